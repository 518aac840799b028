#include "web/render/form_view.h"

#include "web/render/error_text.h"

namespace stegvis::web {

FormErrorView FormErrorOf(const App& app, const std::string& lang, const core::Error& error) {
  // With its parameters: a bound the text names ("från {{min}} till {{max}}") is filled in.
  return {error.field.empty() ? "form" : error.field,
          error.key.empty() ? error.message : ErrorText(app.catalogue, lang, error)};
}

std::vector<FormErrorView> FormErrorsOf(const App& app, const std::string& lang,
                                        const std::vector<core::Error>& errors) {
  std::vector<FormErrorView> out;
  for (const core::Error& e : errors) out.push_back(FormErrorOf(app, lang, e));
  return out;
}

}  // namespace stegvis::web
