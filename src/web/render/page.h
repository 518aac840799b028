#pragma once
// Rendering a full HTML page: the page's own template inside the one base layout, in the
// language the request asks for, with the catalogue available as {{msg.*}}. The page's body
// is rendered with the layout's values below its own on the context stack, so a form in the
// body finds {{csrf_token}} without the page's view carrying it.

#include <optional>
#include <string>
#include <string_view>

#include <boost/json/object.hpp>

#include "core/describe.h"
#include "web/app.h"
#include "web/http/http.h"
#include "web/http/visitor.h"
#include "web/render/language.h"
#include "web/render/typed_view.h"
#include "web/render/view_ref.h"

namespace stegvis::web {

struct PageSpec {
  std::string_view template_name;  // e.g. "home" for templates/home.mustache
  std::string_view title_key;      // catalogue key of the <title> and heading
  std::string_view nav;            // which navigation entry is current: "home", "a11y", ""
  int status = 200;
};

// The signed-in user as the layout shows them.
struct SignedInView {
  std::string name;
  bool reminders = false;  // the server sends e-mail: link to the reminder setting
};
constexpr auto Describe(std::type_identity<SignedInView>) {
  return std::tuple{core::Field("name", &SignedInView::name),
                    core::Field("reminders", &SignedInView::reminders)};
}

// What layout.mustache shows around every page.
struct LayoutView {
  std::string lang;
  std::string title;
  std::string csrf_token;
  std::optional<SignedInView> signed_in;
  bool is_admin = false;
  bool may_reflect = false;
  std::string lang_switch_href;
  // The current navigation entry (PageSpec::nav), one flag per entry.
  bool nav_home = false;
  bool nav_programmes = false;
  bool nav_goals = false;
  bool nav_search = false;
  bool nav_reflections = false;
  bool nav_admin_structure = false;
  bool nav_admin_users = false;
  bool nav_a11y = false;
  RawHtml content;
};
constexpr auto Describe(std::type_identity<LayoutView>) {
  using L = LayoutView;
  return std::tuple{core::Field("lang", &L::lang),
                    core::Field("title", &L::title),
                    core::Field("csrf_token", &L::csrf_token),
                    core::Field("signed_in", &L::signed_in),
                    core::Field("is_admin", &L::is_admin),
                    core::Field("may_reflect", &L::may_reflect),
                    core::Field("lang_switch_href", &L::lang_switch_href),
                    core::Field("nav_home", &L::nav_home),
                    core::Field("nav_programmes", &L::nav_programmes),
                    core::Field("nav_goals", &L::nav_goals),
                    core::Field("nav_search", &L::nav_search),
                    core::Field("nav_reflections", &L::nav_reflections),
                    core::Field("nav_admin_structure", &L::nav_admin_structure),
                    core::Field("nav_admin_users", &L::nav_admin_users),
                    core::Field("nav_a11y", &L::nav_a11y),
                    core::Field("content", &L::content)};
}

// Renders the page from `body`, its own view: the page template with the layout's values
// (lang, title, the CSRF token for forms, the signed-in user with the logout button, the
// admin menu for admins) below `body`, then the layout around it. Sets the language cookie
// when the user just chose a language.
Response RenderPageFrom(const App& app, const Request& request, const PageSpec& spec, ViewRef body,
                        const LanguageChoice& language, const Visitor& visitor);

// The same for a typed view: a struct described with core/describe.h.
template <core::Described View>
Response RenderPage(const App& app, const Request& request, const PageSpec& spec, const View& view,
                    const LanguageChoice& language, const Visitor& visitor) {
  return RenderPageFrom(app, request, spec, TypedView(view), language, visitor);
}

// The same for a Boost.JSON view.
Response RenderPage(const App& app, const Request& request, const PageSpec& spec,
                    const boost::json::object& view, const LanguageChoice& language,
                    const Visitor& visitor);

}  // namespace stegvis::web
