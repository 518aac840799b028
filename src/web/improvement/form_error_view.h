#pragma once
// A refused form's error in a typed page view: the summary at the top of the page lists it
// with a link to its field, and the field shows its text (each page's view has an optional
// error_FIELD member for each field its template marks).

#include <string>

#include "core/describe.h"
#include "core/error.h"
#include "web/app.h"

namespace stegvis::web {

struct FormErrorItem {
  std::string field;  // the id of the field the summary links to ("form" when none)
  std::string text;
};
constexpr auto Describe(std::type_identity<FormErrorItem>) {
  return std::tuple{core::Field("field", &FormErrorItem::field),
                    core::Field("text", &FormErrorItem::text)};
}

// The error in `lang`: its key's text (its English message when it has none) and its field,
// as web/render/forms.h's AddFormError writes them into a JSON view.
inline FormErrorItem FormErrorOf(const App& app, const std::string& lang,
                                 const core::Error& error) {
  return {error.field.empty() ? "form" : error.field,
          error.key.empty() ? error.message : app.catalogue.Get(lang, error.key)};
}

}  // namespace stegvis::web
