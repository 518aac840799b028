#include "web/render/page.h"
#include "web/site/handlers.h"

namespace stegvis::web {

HandlerResult AccessibilityPage(const App& app, Request& request, const Visitor& visitor) {
  boost::json::object view;
  const std::string& contact = app.accessibility_contact;
  if (!contact.empty()) {
    const bool web = contact.starts_with("http://") || contact.starts_with("https://");
    view["contact_href"] = web ? contact : "mailto:" + contact;
    view["contact_text"] = contact;
  }
  return RenderPage(app, request, {"accessibility", "a11y.title", "a11y"}, std::move(view),
                    ChooseLanguage(request), visitor);
}

}  // namespace stegvis::web
