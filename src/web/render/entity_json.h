#pragma once
// An entity's fields as a JSON object for the API, walked from its description
// (core/describe.h): every field not flagged kInternal, in the description's order, except
// those named in `omit` — a string as a string, a number as a number, a bool as true or
// false, an empty optional as null, a kUnixTime as ISO 8601 UTC, a list of ids as an array,
// a list of described values as an array of objects, anything else by its TextForm. The
// field names and value forms are the API's contract (docs/api.md): use it where they are
// exactly what the API documents.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/clock.h"
#include "core/describe.h"

namespace stegvis::web {

template <core::Described T>
boost::json::object EntityJson(const T& value, std::initializer_list<std::string_view> omit = {});

namespace entity_json {

template <typename V>
inline constexpr bool kIsOptional = false;
template <typename V>
inline constexpr bool kIsOptional<std::optional<V>> = true;
template <typename V>
inline constexpr bool kIsVector = false;
template <typename V>
inline constexpr bool kIsVector<std::vector<V>> = true;

template <typename V>
boost::json::value Value(const V& value) {
  if constexpr (std::is_same_v<V, std::string> || std::is_same_v<V, bool>) {
    return boost::json::value(value);
  } else if constexpr (std::is_integral_v<V>) {
    return boost::json::value(static_cast<std::int64_t>(value));
  } else if constexpr (kIsOptional<V>) {
    return value ? Value(*value) : boost::json::value(nullptr);
  } else if constexpr (kIsVector<V>) {
    boost::json::array out;
    for (const auto& item : value) {
      if constexpr (core::Described<typename V::value_type>) {
        out.push_back(EntityJson(item));
      } else {
        out.push_back(Value(item));
      }
    }
    return out;
  }
}

template <typename F, typename T>
boost::json::value FieldValue(const F& field, const T& object) {
  using V = core::FieldType<F>;
  const auto& value = field.Get(object);
  if constexpr (std::is_integral_v<V> && !std::is_same_v<V, bool>) {
    if (field.Has(core::kUnixTime)) return boost::json::value(core::FormatIsoUtc(value));
  }
  if constexpr (std::is_same_v<V, std::string> || std::is_arithmetic_v<V> || kIsOptional<V> ||
                kIsVector<V>) {
    return Value(value);
  } else {
    return boost::json::value(field.text->to_text(value));
  }
}

}  // namespace entity_json

template <core::Described T>
boost::json::object EntityJson(const T& value, std::initializer_list<std::string_view> omit) {
  boost::json::object out;
  core::ForEachField<T>([&](const auto& field) {
    if (field.Has(core::kInternal)) return;
    if (std::find(omit.begin(), omit.end(), field.name) != omit.end()) return;
    out[field.name] = entity_json::FieldValue(field, value);
  });
  return out;
}

}  // namespace stegvis::web
