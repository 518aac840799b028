// /konto/api-nycklar: the signed-in user's own API tokens (domain/api_tokens.h) — the list, a
// form that makes one and shows its secret this once, and revoking one after a confirmation.

#include "core/date.h"
#include "domain/api_tokens.h"
#include "web/accounts/handlers.h"
#include "web/http/access_guard.h"
#include "web/render/form_view.h"
#include "web/render/forms.h"
#include "web/render/language.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

struct TokenRowView {
  domain::Id id = 0;
  std::string name;
  bool write = false;
  std::string created_on;
  std::string expires_on;
  bool expired = false;
  std::optional<std::string> last_used_on;
};
constexpr auto Describe(std::type_identity<TokenRowView>) {
  using T = TokenRowView;
  return std::tuple{core::Field("id", &T::id),
                    core::Field("name", &T::name),
                    core::Field("write", &T::write),
                    core::Field("created_on", &T::created_on),
                    core::Field("expires_on", &T::expires_on),
                    core::Field("expired", &T::expired),
                    core::Field("last_used_on", &T::last_used_on)};
}

// api_tokens.mustache.
struct TokensView {
  bool created = false;
  std::string token;  // the new token's secret, only in the answer that made it
  bool revoked = false;
  bool has_tokens = false;
  std::vector<TokenRowView> tokens;
  std::string new_name;
  bool new_write = false;
  std::vector<OptionView> day_choices;
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_name;
  std::optional<std::string> error_days;
};
constexpr auto Describe(std::type_identity<TokensView>) {
  using V = TokensView;
  return std::tuple{
      core::Field("created", &V::created),       core::Field("token", &V::token),
      core::Field("revoked", &V::revoked),       core::Field("has_tokens", &V::has_tokens),
      core::Field("tokens", &V::tokens),         core::Field("new_name", &V::new_name),
      core::Field("new_write", &V::new_write),   core::Field("day_choices", &V::day_choices),
      core::Field("has_errors", &V::has_errors), core::Field("errors", &V::errors),
      core::Field("error_name", &V::error_name), core::Field("error_days", &V::error_days)};
}

std::string Day(std::int64_t unix_seconds) {
  return core::Date::FromUnixSeconds(unix_seconds).ToString();
}

// Lists the tokens into `view` and renders the page.
HandlerResult RenderTokens(const App& app, Request& request, const Visitor& visitor,
                           TokensView view, std::int64_t days, int status) {
  auto tokens = domain::ListApiTokens(app.store, *visitor.principal());
  if (!tokens) return core::Fail(tokens.error());
  const std::int64_t now = app.clock.NowUnixSeconds();
  for (const domain::ApiToken& t : *tokens) {
    view.tokens.push_back({t.id, t.name, t.write, Day(t.created_at), Day(t.expires_at),
                           t.expires_at <= now,
                           t.last_used_at ? std::optional(Day(*t.last_used_at)) : std::nullopt});
  }
  view.has_tokens = !view.tokens.empty();
  const LanguageChoice language = ChooseLanguage(request);
  for (std::int64_t d : {30, 90, 180, 365}) {
    view.day_choices.push_back(
        {std::to_string(d), app.catalogue.Get(language.lang, "tokens.days_" + std::to_string(d)),
         d == days});
  }
  return RenderPage(app, request, {"api_tokens", "tokens.title", "", status}, view, language,
                    visitor);
}

}  // namespace

HandlerResult TokensPage(const App& app, Request& request, const Visitor& visitor) {
  TokensView view;
  view.revoked = request.Query("aterkallad").has_value();
  return RenderTokens(app, request, visitor, std::move(view), domain::kApiTokenDefaultDays, 200);
}

HandlerResult TokenCreateSubmit(const App& app, Request& request, const Visitor& visitor) {
  Form form(request);
  domain::NewApiToken input;
  input.name = form.Get("name");
  input.write = form.Get("write") == "1";
  const std::string days = form.Get("days");
  // Anything but a whole number of days is refused by the use case's own range check.
  input.days =
      days.empty() || days.size() > 4 || days.find_first_not_of("0123456789") != std::string::npos
          ? 0
          : std::stoll(days);
  TokensView view;
  auto created = domain::CreateApiToken(app.store, app.clock, *visitor.principal(),
                                        ActorOf(visitor, request), input);
  if (created) {
    view.created = true;
    view.token = created->token;
    return RenderTokens(app, request, visitor, std::move(view), domain::kApiTokenDefaultDays, 200);
  }
  if (created.error().code != core::ErrorCode::kInvalidInput) return core::Fail(created.error());
  // Every wrong field at once, and what was typed stays.
  std::vector<core::Error> errors = domain::ApiTokenErrors(input);
  if (errors.empty()) errors.push_back(created.error());
  const std::string lang = ChooseLanguage(request).lang;
  for (const core::Error& e : errors) SetFormError(view, app, lang, e);
  view.new_name = input.name;
  view.new_write = input.write;
  return RenderTokens(app, request, visitor, std::move(view),
                      input.days >= 1 && input.days <= domain::kApiTokenMaxDays
                          ? input.days
                          : domain::kApiTokenDefaultDays,
                      422);
}

HandlerResult TokenRevokeSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto revoked = domain::RevokeApiToken(app.store, app.clock, *visitor.principal(),
                                        ActorOf(visitor, request), *id);
  if (!revoked) return core::Fail(revoked.error());
  return Response::Redirect("/konto/api-nycklar?aterkallad=1");
}

}  // namespace stegvis::web
