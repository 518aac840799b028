#pragma once
// The audit trail's JSON: a flat object of string values, {"name":"X","kind":"enhet"}. An
// entity's is walked from its description (core/describe.h): every field not flagged kKey,
// kNotAudited or kInternal, in the description's order, written as text — a string as it
// is, a number in decimal, a bool "true" or "false", an empty optional "", a list of ids
// "3,5", anything else by its TextForm. Pairs a use case adds (an id the entity does not
// carry, a name looked up) go before or after.

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/describe.h"

namespace stegvis::domain {

using AuditPairs = std::initializer_list<std::pair<std::string_view, std::string_view>>;

// A flat JSON object of string values, keys in the given order.
std::string AuditJson(AuditPairs fields);

namespace audit_json {

// Appends "key":"value" (with a comma after an earlier member) to an object being written.
void Append(std::string& out, std::string_view key, std::string_view value);
// "3,5"
std::string IdsText(const std::vector<std::int64_t>& ids);

template <typename F, typename T>
std::string FieldText(const F& field, const T& object) {
  using V = core::FieldType<F>;
  const auto& value = field.Get(object);
  if constexpr (std::is_same_v<V, std::string>) {
    return value;
  } else if constexpr (std::is_same_v<V, bool>) {
    return value ? "true" : "false";
  } else if constexpr (std::is_integral_v<V>) {
    return std::to_string(value);
  } else if constexpr (std::is_same_v<V, std::optional<std::int64_t>> ||
                       std::is_same_v<V, std::optional<int>>) {
    return value ? std::to_string(*value) : std::string();
  } else if constexpr (std::is_same_v<V, std::vector<std::int64_t>>) {
    return IdsText(value);
  } else {
    return field.text->to_text(value);
  }
}

}  // namespace audit_json

// `before`, then the audited fields of `value`, then `after`.
template <core::Described T>
std::string AuditJson(AuditPairs before, const T& value, AuditPairs after = {}) {
  std::string out = "{";
  for (const auto& [key, text] : before) audit_json::Append(out, key, text);
  core::ForEachField<T>([&](const auto& field) {
    if (field.Has(core::kKey | core::kNotAudited | core::kInternal)) return;
    audit_json::Append(out, field.name, audit_json::FieldText(field, value));
  });
  for (const auto& [key, text] : after) audit_json::Append(out, key, text);
  return out + "}";
}

// The audited fields of `value`, then `after`.
template <core::Described T>
std::string AuditJson(const T& value, AuditPairs after = {}) {
  return AuditJson({}, value, after);
}

}  // namespace stegvis::domain
