#pragma once
// Describing a struct's fields once. A description is a tuple of Field values — a name, a
// member pointer and flags saying where the field takes part — returned by a function
// `Describe(std::type_identity<T>)` written beside the struct and found by argument-dependent
// lookup. Everything that would otherwise spell the fields out again walks the description:
// the store's column lists, row reader and binder, the audit trail's JSON, the API's JSON and
// the page templates.
//
//   struct Programme { Id id; std::string name; ProgrammeStatus status; ... };
//   constexpr auto Describe(std::type_identity<Programme>) {
//     return std::tuple{core::Field("id", &Programme::id, core::kKey),
//                       core::Field("name", &Programme::name),
//                       core::Field("status", &Programme::status, core::kNoFlags,
//                                   &core::kTextForm<ProgrammeStatus, StatusName, ParseStatus>)};
//   }
//
// Values a field may hold directly: integers, bool, double, std::string, std::optional of
// those. Anything else (an enumeration, a small composite such as a set of flags) carries a
// TextForm: its stored text and the way back. A member whose type is itself described (a
// group of fields kept in a struct of their own) is walked as its fields, in place; a value
// that has no member of its own is a Computed field.
//
// Every field kind answers the same calls, which is all a walker uses: `name`, `flags`,
// `text`, `Has(flag)`, `Get(object)` (the value) and `Set(object, value)`.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

namespace stegvis::core {

// Where a field takes part. Combine with |.
enum FieldFlags : unsigned {
  kNoFlags = 0,
  kKey = 1u << 0,          // the row's identity: assigned by the store, never inserted or updated
  kFixed = 1u << 1,        // set when the row is created; the entity's update leaves it alone (it
                           // never changes, or changes only through a method of its own)
  kNotAudited = 1u << 2,   // bookkeeping (version, who and when): left out of the audit JSON
  kInternal = 1u << 3,     // never leaves the server (a hash, a secret): left out of API JSON
  kStoredApart = 1u << 4,  // a list kept in rows of its own (links, child rows): not one of the
                           // record's own values; the code that stores the record stores it
  kUnixTime = 1u << 5,     // an integer of Unix seconds: JSON shows it as ISO 8601 UTC
};

// A value's text form and the way back; `from_text` gives nullopt for text that is not a
// form of any value (stored data a constraint should have refused).
template <typename V>
struct TextForm {
  std::string (*to_text)(const V&);
  std::optional<V> (*from_text)(std::string_view);
};

// The TextForm of a type with a name function and a parse function, e.g.
// kTextForm<ProjectStatus, ProjectStatusName, ParseProjectStatus>. `kTo` returns anything
// convertible to std::string; `kFrom` returns V or std::optional<V>.
template <typename V, auto kTo, auto kFrom>
inline constexpr TextForm<V> kTextForm{
    [](const V& value) { return std::string(kTo(value)); },
    [](std::string_view text) -> std::optional<V> { return kFrom(text); }};

template <typename T, typename M>
struct Field {
  using Owner = T;
  using Type = M;

  constexpr Field(std::string_view field_name, M T::*field_member, unsigned field_flags = kNoFlags,
                  const TextForm<M>* field_text = nullptr)
      : name(field_name), member(field_member), flags(field_flags), text(field_text) {}

  constexpr const M& Get(const T& object) const { return object.*member; }
  constexpr M& Get(T& object) const { return object.*member; }
  constexpr void Set(T& object, M value) const { object.*member = std::move(value); }
  constexpr bool Has(unsigned flag) const { return (flags & flag) != 0; }

  std::string_view name;
  M T::*member;
  unsigned flags;
  const TextForm<M>* text;  // set for values that are stored and shown as text
};

// A value with no member of its own, computed from the object (e.g. a level's name, which
// depends on the diagram's kind). `set` may read the fields described before this one: a
// reader sets the fields in the order of the description.
template <typename T, typename V>
struct Computed {
  using Owner = T;
  using Type = V;

  constexpr Computed(std::string_view field_name, V (*getter)(const T&), void (*setter)(T&, V),
                     unsigned field_flags = kNoFlags)
      : name(field_name), flags(field_flags), get(getter), set(setter) {}

  V Get(const T& object) const { return get(object); }
  void Set(T& object, V value) const { set(object, std::move(value)); }
  constexpr bool Has(unsigned flag) const { return (flags & flag) != 0; }

  std::string_view name;
  unsigned flags;
  const TextForm<V>* text = nullptr;  // a computed value is directly held
  V (*get)(const T&);
  void (*set)(T&, V);
};

// A field of a described member, seen from the outer struct: the inner field's name and
// text form, the flags of both.
template <typename Outer, typename Inner>
struct Within {
  using Owner = typename Outer::Owner;
  using Type = typename Inner::Type;

  constexpr Within(Outer outer_field, Inner inner_field)
      : name(inner_field.name),
        flags(outer_field.flags | inner_field.flags),
        text(inner_field.text),
        outer(outer_field),
        inner(inner_field) {}

  decltype(auto) Get(const Owner& object) const { return inner.Get(outer.Get(object)); }
  void Set(Owner& object, Type value) const { inner.Set(outer.Get(object), std::move(value)); }
  constexpr bool Has(unsigned flag) const { return (flags & flag) != 0; }

  std::string_view name;
  unsigned flags;
  const TextForm<Type>* text;
  Outer outer;
  Inner inner;
};

template <typename T>
concept Described = requires {
  Describe(std::type_identity<T>{});
};

namespace detail {

template <typename F>
constexpr auto Flatten(const F& field);

template <typename T>
constexpr auto FlatFields() {
  return std::apply([](const auto&... field) { return std::tuple_cat(Flatten(field)...); },
                    Describe(std::type_identity<T>{}));
}

template <typename F>
constexpr auto Flatten(const F& field) {
  using M = typename F::Type;
  if constexpr (Described<M>) {
    return std::apply(
        [&](const auto&... inner) { return std::tuple_cat(Flatten(Within(field, inner))...); },
        FlatFields<M>());
  } else {
    return std::tuple{field};
  }
}

}  // namespace detail

// The description of T with described members walked as their fields, computed once: a
// record's flat list of values, as the store, the audit trail and API JSON see it.
template <Described T>
inline constexpr auto kFieldsOf = detail::FlatFields<T>();

// The description of T as written, a described member being one field: a tree, as the page
// templates see it (a nested struct is a section).
template <Described T>
inline constexpr auto kDescriptionOf = Describe(std::type_identity<T>{});

// Number of fields in T's description as written.
template <Described T>
inline constexpr std::size_t kDescriptionSize =
    std::tuple_size_v<std::remove_cv_t<decltype(kDescriptionOf<T>)>>;

// Number of fields in T's description (described members counted as their fields).
template <Described T>
inline constexpr std::size_t kFieldCount =
    std::tuple_size_v<std::remove_cv_t<decltype(kFieldsOf<T>)>>;

// The value type of a field (the F of a `const auto& field` parameter).
template <typename F>
using FieldType = typename std::decay_t<F>::Type;

// Calls fn(field) for each field of T, in the order of the description.
template <Described T, typename Fn>
constexpr void ForEachField(Fn&& fn) {
  std::apply([&](const auto&... field) { (fn(field), ...); }, kFieldsOf<T>);
}

// Calls fn(field) for the field named `name` and returns true, or returns false when T has
// no such field.
template <Described T, typename Fn>
constexpr bool VisitField(std::string_view name, Fn&& fn) {
  bool found = false;
  ForEachField<T>([&](const auto& field) {
    if (!found && field.name == name) {
      found = true;
      fn(field);
    }
  });
  return found;
}

}  // namespace stegvis::core
