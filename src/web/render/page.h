#pragma once
// Rendering a full HTML page: the page's own template inside the one base layout, in the
// language the request asks for, with the catalogue available as {{msg.*}}.

#include <string>
#include <string_view>

#include <boost/json/object.hpp>

#include "web/app.h"
#include "web/http/http.h"
#include "web/http/visitor.h"
#include "web/render/language.h"

namespace stegvis::web {

struct PageSpec {
  std::string_view template_name;  // e.g. "home" for templates/home.mustache
  std::string_view title_key;      // catalogue key of the <title> and heading
  std::string_view nav;            // which navigation entry is current: "home", "a11y", ""
  int status = 200;
};

// Renders the page. `view` holds the page's own values; the layout adds lang, title,
// the language switch and, from `visitor`, the CSRF token for forms (`csrf_token`), the
// signed-in user with the logout button and the admin menu for admins. Sets the language
// cookie when the user just chose a language.
Response RenderPage(const App& app, const Request& request, const PageSpec& spec,
                    boost::json::object view, const LanguageChoice& language,
                    const Visitor& visitor);

}  // namespace stegvis::web
