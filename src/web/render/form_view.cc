#include "web/render/form_view.h"

namespace stegvis::web {

FormErrorView FormErrorOf(const App& app, const std::string& lang, const core::Error& error) {
  return {error.field.empty() ? "form" : error.field,
          error.key.empty() ? error.message : app.catalogue.Get(lang, error.key)};
}

}  // namespace stegvis::web
