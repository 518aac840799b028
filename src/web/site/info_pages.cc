#include "web/render/page.h"
#include "web/site/handlers.h"

namespace stegvis::web {
namespace {

// Where to report a problem: both set when the installation names a place
// (App::accessibility_contact), both absent when visitors should ask their administrator.
struct AccessibilityView {
  std::optional<std::string> contact_href;  // "mailto:..." or the web address
  std::optional<std::string> contact_text;
};
constexpr auto Describe(std::type_identity<AccessibilityView>) {
  return std::tuple{core::Field("contact_href", &AccessibilityView::contact_href),
                    core::Field("contact_text", &AccessibilityView::contact_text)};
}

}  // namespace

HandlerResult AccessibilityPage(const App& app, Request& request, const Visitor& visitor) {
  AccessibilityView view;
  const std::string& contact = app.accessibility_contact;
  if (!contact.empty()) {
    const bool web = contact.starts_with("http://") || contact.starts_with("https://");
    view.contact_href = web ? contact : "mailto:" + contact;
    view.contact_text = contact;
  }
  return RenderPage(app, request, {"accessibility", "a11y.title", "a11y"}, view,
                    ChooseLanguage(request), visitor);
}

}  // namespace stegvis::web
