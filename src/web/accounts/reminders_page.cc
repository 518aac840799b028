// /konto/paminnelser and /api/v1/reminders: whether the signed-in user gets e-mail reminders
// (domain/reminder_settings.h). Only their own setting; nobody else's can be read or changed.

#include "domain/reminder_settings.h"
#include "web/accounts/handlers.h"
#include "web/render/forms.h"
#include "web/render/json_body.h"
#include "web/render/json_response.h"
#include "web/render/language.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

// reminders.mustache.
struct RemindersView {
  bool on = true;
  bool saved = false;
  bool mail_enabled = false;
};
constexpr auto Describe(std::type_identity<RemindersView>) {
  using V = RemindersView;
  return std::tuple{core::Field("on", &V::on), core::Field("saved", &V::saved),
                    core::Field("mail_enabled", &V::mail_enabled)};
}

}  // namespace

HandlerResult RemindersPage(const App& app, Request& request, const Visitor& visitor) {
  auto on = domain::EmailRemindersOn(app.store, *visitor.principal());
  if (!on) return core::Fail(on.error());
  RemindersView view{*on, request.Query("sparad").has_value(), app.mail_enabled};
  return RenderPage(app, request, {"reminders", "reminders.title", "", 200}, view,
                    ChooseLanguage(request), visitor);
}

HandlerResult RemindersSubmit(const App& app, Request& request, const Visitor& visitor) {
  Form form(request);
  const bool on = form.Get("email_reminders") == "1";
  auto set = domain::SetEmailReminders(app.store, app.clock, *visitor.principal(), on);
  if (!set) return core::Fail(set.error());
  return Response::Redirect("/konto/paminnelser?sparad=1");
}

HandlerResult ApiReminders(const App& app, Request&, const Visitor& visitor) {
  auto on = domain::EmailRemindersOn(app.store, *visitor.principal());
  if (!on) return core::Fail(on.error());
  return JsonValue(
      boost::json::object{{"email_reminders", *on}, {"mail_enabled", app.mail_enabled}});
}

HandlerResult ApiRemindersUpdate(const App& app, Request& request, const Visitor& visitor) {
  JsonBody body(request);
  const std::optional<bool> on = body.OptionalBool("email_reminders");
  if (!body.ok()) return body.error();
  if (!on) {  // absent must not read as "off"
    return core::Fail(
        core::Error::Invalid("email_reminders is required", "email_reminders", "error.required"));
  }
  auto set = domain::SetEmailReminders(app.store, app.clock, *visitor.principal(), *on);
  if (!set) return core::Fail(set.error());
  return JsonValue(
      boost::json::object{{"email_reminders", *on}, {"mail_enabled", app.mail_enabled}});
}

}  // namespace stegvis::web
