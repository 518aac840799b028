#pragma once
// Typed pieces the page views of forms share: an <option> of a select, a radio button, and a
// refusal shown next to its field and in the summary at the top of the form (the typed
// counterpart of AddFormError in forms.h).
//
// A page view that shows form errors has `bool has_errors`, `std::vector<FormErrorView>
// errors` and, for each field the template marks, `std::optional<std::string> error_FIELD`
// (absent: the field is fine), all in its description:
//
//   struct ThingView {
//     std::string name;
//     bool has_errors = false;
//     std::vector<FormErrorView> errors;
//     std::optional<std::string> error_name;
//   };

#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include "core/describe.h"
#include "core/error.h"
#include "web/app.h"

namespace stegvis::web {

// One <option>: its value, its words and whether it is chosen.
struct OptionView {
  std::string value;
  std::string label;
  bool selected = false;
};
constexpr auto Describe(std::type_identity<OptionView>) {
  return std::tuple{core::Field("value", &OptionView::value),
                    core::Field("label", &OptionView::label),
                    core::Field("selected", &OptionView::selected)};
}

// One radio button of a group: its value, its element id (for its label), its words and
// whether it is checked.
struct RadioOptionView {
  std::string value;
  std::string id;
  std::string label;
  bool checked = false;
};
constexpr auto Describe(std::type_identity<RadioOptionView>) {
  using R = RadioOptionView;
  return std::tuple{core::Field("value", &R::value), core::Field("id", &R::id),
                    core::Field("label", &R::label), core::Field("checked", &R::checked)};
}

// One refusal: the field's id (the summary links to it; "form" for the form as a whole) and
// the words.
struct FormErrorView {
  std::string field;
  std::string text;
};
constexpr auto Describe(std::type_identity<FormErrorView>) {
  return std::tuple{core::Field("field", &FormErrorView::field),
                    core::Field("text", &FormErrorView::text)};
}

// `error` in `lang`: its catalogue text with its parameters (ErrorText; the English message
// when it has no key) and its field ("form" when it names none).
FormErrorView FormErrorOf(const App& app, const std::string& lang, const core::Error& error);

// FormErrorOf of each of `errors`, in their order.
std::vector<FormErrorView> FormErrorsOf(const App& app, const std::string& lang,
                                        const std::vector<core::Error>& errors);

// A view with a form's error summary and, maybe, error_FIELD members.
template <typename View>
concept FormErrorsView = core::Described<View> && requires(View view) {
  { view.has_errors } -> std::convertible_to<bool>;
  view.errors.push_back(FormErrorView{});
};

// Adds `error` to `view`: to the summary (`errors`, `has_errors`), and as the text of the
// member error_FIELD when the view has one (a field the template does not mark has none).
template <FormErrorsView View>
void SetFormError(View& view, const FormErrorView& error) {
  const std::string member = "error_" + error.field;
  std::apply(
      [&](const auto&... field) {
        auto set = [&](const auto& f) {
          if constexpr (std::is_same_v<core::FieldType<decltype(f)>, std::optional<std::string>>) {
            if (f.name == member) f.Get(view) = error.text;
          }
        };
        (set(field), ...);
      },
      core::kDescriptionOf<View>);
  view.errors.push_back(error);
  view.has_errors = true;
}

// The same for a domain error, in `lang`.
template <FormErrorsView View>
void SetFormError(View& view, const App& app, const std::string& lang, const core::Error& error) {
  SetFormError(view, FormErrorOf(app, lang, error));
}

}  // namespace stegvis::web
