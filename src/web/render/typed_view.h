#pragma once
// C++ values as template views: a page's view is a struct described with core/describe.h, and
// the engine reads its fields in place through operations generated here, one ViewOps per type.
//
// What a field may hold, and how a template sees it:
//   std::string, std::string_view   text, escaped
//   integers                         decimal
//   double (and float)               the shortest decimal that reads back as the same number,
//                                    '.' as the decimal point, never an exponent: 0.1 → "0.1",
//                                    100000 → "100000", 2.5e-7 → "0.00000025"; inf and nan as
//                                    "inf" and "nan". For people, format the number in the
//                                    view (decimal comma) and pass text.
//   bool                             no text; false is falsy
//   RawHtml                          pre-rendered HTML, written as is by {{{x}}} or {{& x}}
//   std::optional<T>                 T when present; absent is falsy and has no text
//   std::vector<T>                   a section repeats per item; empty is falsy
//   a described struct               a section pushes it on the context stack; x.y reads into it
//   anything else with a TextForm    its text form (an enumeration's name), escaped
// Fields flagged core::kInternal (a hash, a secret) are invisible to templates. A field of any
// other type does not compile.
//
// Only RawHtml through a raw tag is written unescaped: text in {{{x}}} is still escaped, and
// RawHtml in {{x}} is escaped too, so a template and its view must both ask for raw output.

#include <array>
#include <charconv>
#include <concepts>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/describe.h"
#include "web/render/html_escape.h"
#include "web/render/view_ref.h"

namespace stegvis::web {

// HTML that is already safe (an SVG chart, a block rendered by another template).
struct RawHtml {
  std::string html;
};

namespace typed_view {

template <typename T>
struct IsOptional : std::false_type {};
template <typename T>
struct IsOptional<std::optional<T>> : std::true_type {};

template <typename T>
struct IsVector : std::false_type {};
template <typename T>
struct IsVector<std::vector<T>> : std::true_type {};

template <typename T>
concept Text = std::same_as<T, std::string> || std::same_as<T, std::string_view>;

template <typename T>
concept Integer = std::integral<T> && !std::same_as<T, bool> && !std::same_as<T, char>;

// Whether T can be a view or a field of one without a TextForm.
template <typename T>
inline constexpr bool kRenderable =
    Text<T> || Integer<T> || std::floating_point<T> || std::same_as<T, bool> ||
    std::same_as<T, RawHtml> || core::Described<T>;
template <typename T>
inline constexpr bool kRenderable<std::optional<T>> = kRenderable<T>;
template <typename T>
inline constexpr bool kRenderable<std::vector<T>> = kRenderable<T> && !std::same_as<T, bool>;

template <typename T>
const ViewOps* OpsOf();

inline bool NeverFalsy(const void*) {
  return false;
}
inline ViewRef NoMember(const void*, ViewName) {
  return {};
}
inline std::size_t NotAList(const void*) {
  return kNotAList;
}
inline ViewRef NoItem(const void*, std::size_t) {
  return {};
}

// Shortest round-trip text in fixed notation; the longest (1e308, 5e-324) take ~330 bytes.
inline void AppendDouble(double number, std::string& out) {
  char buffer[400];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, number, std::chars_format::fixed);
  out.append(buffer, end);
}

template <typename T>
void AppendInteger(T number, std::string& out) {
  char buffer[24];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, number);
  out.append(buffer, end);
}

// a == b, written out: names are short, and a call to memcmp costs more than the loop.
inline bool SameText(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

// The fields of a described struct, looked up by name: hashes first, then the text.
template <core::Described T>
struct Members {
  struct Entry {
    std::uint64_t hash;
    std::string_view name;
    ViewRef (*get)(const void*);
  };

  // The text form of field I, for a field type the engine does not know.
  template <std::size_t I>
  static void AppendTextForm(const void* data, bool, std::string& out) {
    const auto& field = std::get<I>(core::kDescriptionOf<T>);
    using M = typename std::remove_cvref_t<decltype(field)>::Type;
    AppendEscaped(field.text->to_text(*static_cast<const M*>(data)), out);
  }

  // Whether field I has a TextForm. Comparing its address with nullptr is not a constant
  // expression in g++ under -fsanitize=undefined, so this reads the form instead: without
  // one, the compilation stops here ("dereferencing a null pointer").
  template <std::size_t I>
  static consteval bool HasTextForm() {
    const auto form = *std::get<I>(core::kDescriptionOf<T>).text;
    return form.to_text == form.to_text;
  }

  template <std::size_t I>
  static ViewRef Get(const void* data) {
    const auto& field = std::get<I>(core::kDescriptionOf<T>);
    using M = typename std::remove_cvref_t<decltype(field)>::Type;
    const M& value = field.Get(*static_cast<const T*>(data));
    if constexpr (kRenderable<M>) {
      return {&value, OpsOf<M>()};
    } else {
      static_assert(HasTextForm<I>(),
                    "a view field must be text, a number, bool, RawHtml, an optional or vector "
                    "of those, a described struct, or carry a TextForm");
      static constexpr ViewOps kTextFormOps{&NeverFalsy, &AppendTextForm<I>, &NoMember, &NotAList,
                                            &NoItem};
      return {&value, &kTextFormOps};
    }
  }

  template <std::size_t I>
  static constexpr Entry MakeEntry() {
    const auto& field = std::get<I>(core::kDescriptionOf<T>);
    if (field.Has(core::kInternal)) return {0, {}, &Get<I>};  // matches no name
    return {HashName(field.name), field.name, &Get<I>};
  }

  static constexpr auto kEntries = []<std::size_t... I>(std::index_sequence<I...>) {
    return std::array<Entry, sizeof...(I)>{MakeEntry<I>()...};
  }
  (std::make_index_sequence<core::kDescriptionSize<T>>{});

  static ViewRef Find(const void* data, ViewName name) {
    for (const Entry& entry : kEntries) {
      if (entry.hash == name.hash && SameText(entry.name, name.text)) return entry.get(data);
    }
    return {};
  }
};

template <typename T>
struct Ops {
  static const T& Of(const void* data) { return *static_cast<const T*>(data); }

  static bool Falsy(const void* data) {
    if constexpr (std::same_as<T, bool>) {
      return !Of(data);
    } else if constexpr (IsOptional<T>::value) {
      const T& optional = Of(data);
      return !optional || OpsOf<typename T::value_type>()->falsy(&*optional);
    } else if constexpr (IsVector<T>::value) {
      return Of(data).empty();
    } else {
      return false;
    }
  }

  static void Append(const void* data, bool raw_tag, std::string& out) {
    if constexpr (Text<T>) {
      AppendEscaped(Of(data), out);
    } else if constexpr (std::same_as<T, RawHtml>) {
      if (raw_tag) {
        out.append(Of(data).html);
      } else {
        AppendEscaped(Of(data).html, out);
      }
    } else if constexpr (Integer<T>) {
      AppendInteger(Of(data), out);
    } else if constexpr (std::floating_point<T>) {
      AppendDouble(static_cast<double>(Of(data)), out);
    } else if constexpr (IsOptional<T>::value) {
      const T& optional = Of(data);
      if (optional) OpsOf<typename T::value_type>()->append(&*optional, raw_tag, out);
    }
  }

  static ViewRef Member(const void* data, ViewName name) {
    if constexpr (core::Described<T>) {
      return Members<T>::Find(data, name);
    } else if constexpr (IsOptional<T>::value) {
      const T& optional = Of(data);
      return optional ? OpsOf<typename T::value_type>()->member(&*optional, name) : ViewRef{};
    } else {
      return {};
    }
  }

  static std::size_t ListSize(const void* data) {
    if constexpr (IsVector<T>::value) {
      return Of(data).size();
    } else if constexpr (IsOptional<T>::value) {
      const T& optional = Of(data);
      return optional ? OpsOf<typename T::value_type>()->list_size(&*optional) : kNotAList;
    } else {
      return kNotAList;
    }
  }

  static ViewRef Item(const void* data, std::size_t index) {
    if constexpr (IsVector<T>::value) {
      return {&Of(data)[index], OpsOf<typename T::value_type>()};
    } else if constexpr (IsOptional<T>::value) {
      return OpsOf<typename T::value_type>()->item(&*Of(data), index);
    } else {
      return {};
    }
  }
};

template <typename T>
const ViewOps* OpsOf() {
  static_assert(kRenderable<T>, "not a type a template can render (see typed_view.h)");
  static constexpr ViewOps kOps{&Ops<T>::Falsy, &Ops<T>::Append, &Ops<T>::Member, &Ops<T>::ListSize,
                                &Ops<T>::Item};
  return &kOps;
}

}  // namespace typed_view

// `value` as a view; `value` must outlive the render.
template <typename T>
ViewRef TypedView(const T& value) {
  return {&value, typed_view::OpsOf<T>()};
}

}  // namespace stegvis::web
