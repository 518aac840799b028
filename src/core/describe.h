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
// TextForm: its stored text and the way back.

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
  kKey = 1u << 0,         // the row's identity: assigned by the store, never inserted or updated
  kFixed = 1u << 1,       // set when the row is created, never changed by an update
  kNotAudited = 1u << 2,  // bookkeeping (version, who and when): left out of the audit JSON
  kInternal = 1u << 3,    // never leaves the server (a hash, a secret): left out of API JSON
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
  constexpr bool Has(unsigned flag) const { return (flags & flag) != 0; }

  std::string_view name;
  M T::*member;
  unsigned flags;
  const TextForm<M>* text;  // set for values that are stored and shown as text
};

template <typename T>
concept Described = requires {
  Describe(std::type_identity<T>{});
};

// The description of T, computed once.
template <Described T>
inline constexpr auto kFieldsOf = Describe(std::type_identity<T>{});

// Number of fields in T's description.
template <Described T>
inline constexpr std::size_t kFieldCount =
    std::tuple_size_v<std::remove_cv_t<decltype(kFieldsOf<T>)>>;

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
