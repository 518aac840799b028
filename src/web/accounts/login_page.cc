// /login, /logout and the password reset link: the pages an anonymous visitor can use.

#include "domain/accounts.h"
#include "domain/sessions.h"
#include "web/accounts/handlers.h"
#include "web/http/access_guard.h"
#include "web/http/local_path.h"
#include "web/render/error_status.h"
#include "web/render/form_view.h"
#include "web/render/forms.h"
#include "web/render/language.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

// login.mustache: the form, with what was typed and the refusal after a failed login.
struct LoginView {
  std::string next;  // where to go after logging in
  bool reset_done = false;
  bool logged_out = false;
  std::string email;
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_email;
};
constexpr auto Describe(std::type_identity<LoginView>) {
  using L = LoginView;
  return std::tuple{core::Field("next", &L::next),
                    core::Field("reset_done", &L::reset_done),
                    core::Field("logged_out", &L::logged_out),
                    core::Field("email", &L::email),
                    core::Field("has_errors", &L::has_errors),
                    core::Field("errors", &L::errors),
                    core::Field("error_email", &L::error_email)};
}

// reset.mustache: the new password's form while the link is valid.
struct ResetView {
  bool valid = false;
  std::string intro;   // whose password is set (on the first visit)
  std::string action;  // the link itself
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_password;
  std::optional<std::string> error_password_again;
};
constexpr auto Describe(std::type_identity<ResetView>) {
  using R = ResetView;
  return std::tuple{core::Field("valid", &R::valid),
                    core::Field("intro", &R::intro),
                    core::Field("action", &R::action),
                    core::Field("has_errors", &R::has_errors),
                    core::Field("errors", &R::errors),
                    core::Field("error_password", &R::error_password),
                    core::Field("error_password_again", &R::error_password_again)};
}

Response RenderLogin(const App& app, Request& request, const Visitor& visitor,
                     const LoginView& view, int status) {
  return RenderPage(app, request, {"login", "login.title", "login", status}, view,
                    ChooseLanguage(request), visitor);
}

}  // namespace

HandlerResult LoginPage(const App& app, Request& request, const Visitor& visitor) {
  std::string next = LocalPathOr(request.Query("next").value_or("/"));
  if (visitor.principal()) return Response::Redirect(next);
  LoginView view;
  view.next = next;
  view.reset_done = request.Query("reset").has_value();
  view.logged_out = request.Query("utloggad").has_value();
  return RenderLogin(app, request, visitor, view, 200);
}

HandlerResult LoginSubmit(const App& app, Request& request, const Visitor& visitor) {
  Form form(request);
  std::string next = LocalPathOr(form.Get("next"));
  core::Result<domain::Session> session =
      domain::Login(app.store, app.clock, form.Get("email"), form.Get("password"),
                    ClientAddress(request), app.password_gate);
  if (!session) {
    const std::string lang = ChooseLanguage(request).lang;
    LoginView view;
    view.next = next;
    view.email = form.Get("email");
    core::Error error = session.error();
    if (error.key == "login.too_many") {
      std::int64_t minutes = (error.retry_after_seconds + 59) / 60;
      std::string text =
          app.catalogue.Format(lang, "login.too_many", {{"minutes", std::to_string(minutes)}});
      error.key.clear();
      error.message = text;
    }
    SetFormError(view, app, lang, error);
    Response response = RenderLogin(app, request, visitor, view, HttpStatus(error.code));
    if (error.retry_after_seconds > 0) {
      response.SetHeader("Retry-After", std::to_string(error.retry_after_seconds));
    }
    return response;
  }
  Response response = Response::Redirect(next);
  // A new session id at every login (no fixation); the pre-session token is spent.
  response.headers.emplace_back("Set-Cookie", SessionCookie(app, session->id));
  // From now on the pages speak the user's own language (until they choose another), unless
  // they chose one on this browser before signing in (the language link sets the cookie):
  // the last choice a person made wins.
  if (!request.Cookie("lang")) {
    response.headers.emplace_back("Set-Cookie", LanguageCookie(session->principal.user.language));
  }
  return response;
}

HandlerResult LogoutSubmit(const App& app, Request& request, const Visitor& visitor) {
  if (visitor.session)
    domain::Logout(app.store, app.clock, *visitor.session, ClientAddress(request));
  Response response = Response::Redirect("/login?utloggad=1");
  response.headers.emplace_back("Set-Cookie", ClearSessionCookie(app));
  return response;
}

HandlerResult ResetPage(const App& app, Request& request, const Visitor& visitor) {
  const LanguageChoice language = ChooseLanguage(request);
  ResetView view;
  core::Result<domain::User> user =
      domain::CheckPasswordReset(app.store, app.clock, std::string(request.PathParam("token")));
  int status = 200;
  if (user) {
    view.valid = true;
    view.intro = app.catalogue.Format(language.lang, "reset.intro", {{"email", user->email}});
  } else {
    status = HttpStatus(user.error().code);
  }
  view.action = request.path;
  return RenderPage(app, request, {"reset", "reset.title", "", status}, view, language, visitor);
}

HandlerResult ResetSubmit(const App& app, Request& request, const Visitor& visitor) {
  Form form(request);
  const std::string lang = ChooseLanguage(request).lang;
  std::string password = form.Get("password");
  core::Result<void> done =
      password != form.Get("password_again")
          ? core::Result<void>(core::Fail(core::Error::Invalid(
                "the passwords differ", "password_again", "error.passwords_differ")))
          : domain::UsePasswordReset(app.store, app.clock, std::string(request.PathParam("token")),
                                     password, ClientAddress(request));
  if (done) return Response::Redirect("/login?reset=1");
  ResetView view;
  view.valid = done.error().code != core::ErrorCode::kNotFound;
  view.action = request.path;
  SetFormError(view, app, lang, done.error());
  return RenderPage(app, request, {"reset", "reset.title", "", HttpStatus(done.error().code)}, view,
                    ChooseLanguage(request), visitor);
}

}  // namespace stegvis::web
