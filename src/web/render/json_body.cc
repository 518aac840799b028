#include "web/render/json_body.h"

#include <cmath>
#include <utility>

#include <boost/json/parse.hpp>

#include "core/text.h"

namespace stegvis::web {
namespace {

constexpr std::int64_t kNoMax = std::numeric_limits<std::int64_t>::max();

}  // namespace

const boost::json::value* JsonFields::Member(std::string_view name) const {
  if (!object_) return nullptr;
  const boost::json::value* v = object_->if_contains(name);
  return v && !v->is_null() ? v : nullptr;
}

bool JsonFields::Has(std::string_view name) const {
  return Member(name) != nullptr;
}

bool JsonFields::IsNull(std::string_view name) const {
  const boost::json::value* v = object_ ? object_->if_contains(name) : nullptr;
  return v != nullptr && v->is_null();
}

std::string JsonFields::FieldName(std::string_view name) const {
  return prefix_ + std::string(name);
}

void JsonFields::Refuse(core::Error error) {
  if (!first_->has_value()) *first_ = std::move(error);
}

void JsonFields::RefuseChoice(std::string_view name, std::string_view choices) {
  RefuseMember(name, "error.json.choice", {}, "must be " + std::string(choices),
               {core::ErrorParam::Text("choices", std::string(choices))});
}

void JsonFields::RefuseMember(std::string_view name, std::string_view key,
                              std::string_view override_key, std::string message,
                              std::vector<core::ErrorParam> params) {
  if (first_->has_value()) return;
  const std::string field = FieldName(name);
  core::Error error = core::Error::Invalid(field + ": " + std::move(message), field,
                                           std::string(override_key.empty() ? key : override_key));
  // A key of the caller's own has its own words, which name none of the reader's values.
  if (override_key.empty()) {
    error.params.push_back(core::ErrorParam::Text("field", field));
    for (core::ErrorParam& p : params) error.params.push_back(std::move(p));
  }
  *first_ = std::move(error);
}

void JsonFields::RefuseList(std::string_view name, std::string_view override_key,
                            std::size_t max_items) {
  RefuseMember(name, "error.json.list", override_key,
               "must be a list of at most " + std::to_string(max_items) + " items",
               {core::ErrorParam::Number("max", static_cast<std::int64_t>(max_items))});
}

std::optional<std::string> JsonFields::OptionalText(std::string_view name, std::size_t max_bytes) {
  const boost::json::value* v = Member(name);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    RefuseMember(name, "error.json.text", {}, "must be a string");
    return std::string();
  }
  if (v->as_string().size() > max_bytes) {
    // The domain's own key for a text that is too long, so both refusals read the same.
    RefuseMember(name, "error.too_long", "error.too_long",
                 "at most " + std::to_string(max_bytes) + " bytes");
    return std::string();
  }
  if (core::HasControlCharacter(std::string_view(v->as_string().data(), v->as_string().size()))) {
    RefuseMember(name, "error.control_character", "error.control_character",
                 "must not hold a control character");
    return std::string();
  }
  return std::string(v->as_string());
}

std::string JsonFields::Text(std::string_view name, std::size_t max_bytes) {
  return OptionalText(name, max_bytes).value_or(std::string());
}

std::optional<std::int64_t> JsonFields::OptionalInt(std::string_view name, IntRange range,
                                                    std::string_view key) {
  const boost::json::value* v = Member(name);
  if (!v) return std::nullopt;
  // A uint64 is a whole number above every int64, so it is out of range like any too large one.
  const bool whole = v->is_int64() || v->is_uint64();
  if (!whole) {
    RefuseMember(name, "error.json.number", key, "must be a whole number");
    return 0;
  }
  if (v->is_uint64() || v->as_int64() < range.min || v->as_int64() > range.max) {
    if (range.max == kNoMax) {
      RefuseMember(name, "error.json.at_least", key,
                   "must be a whole number from " + std::to_string(range.min),
                   {core::ErrorParam::Number("min", range.min)});
    } else {
      RefuseMember(
          name, "error.json.range", key,
          "must be a whole number from " + std::to_string(range.min) + " to " +
              std::to_string(range.max),
          {core::ErrorParam::Number("min", range.min), core::ErrorParam::Number("max", range.max)});
    }
    return 0;
  }
  return v->as_int64();
}

std::int64_t JsonFields::Int(std::string_view name, IntRange range, std::string_view key) {
  if (!Member(name)) {
    RefuseMember(name, "error.json.required", key, "is missing");
    return 0;
  }
  return OptionalInt(name, range, key).value_or(0);
}

std::optional<double> JsonFields::OptionalNumber(std::string_view name) {
  const boost::json::value* v = Member(name);
  if (!v) return std::nullopt;
  if (!v->is_number()) {
    RefuseMember(name, "error.json.decimal", {}, "must be a number");
    return 0.0;
  }
  const double d = v->to_number<double>();
  if (!std::isfinite(d)) {
    RefuseMember(name, "error.json.decimal", {}, "must be a number");
    return 0.0;
  }
  return d;
}

std::optional<bool> JsonFields::OptionalBool(std::string_view name) {
  const boost::json::value* v = Member(name);
  if (!v) return std::nullopt;
  if (!v->is_bool()) {
    RefuseMember(name, "error.json.true_false", {}, "must be true or false");
    return false;
  }
  return v->as_bool();
}

bool JsonFields::Bool(std::string_view name) {
  return OptionalBool(name).value_or(false);
}

std::optional<std::vector<std::int64_t>> JsonFields::OptionalIds(std::string_view name,
                                                                 std::size_t max_items,
                                                                 std::string_view key) {
  const boost::json::value* v = Member(name);
  if (!v) return std::nullopt;
  std::vector<std::int64_t> ids;
  if (!v->is_array() || v->as_array().size() > max_items) {
    RefuseList(name, key, max_items);
    return ids;
  }
  for (const boost::json::value& item : v->as_array()) {
    if (!item.is_int64() || item.as_int64() < kIds.min) {
      RefuseMember(name, "error.json.ids", key, "must be a list of ids (whole numbers from 1)");
      return std::vector<std::int64_t>();
    }
    ids.push_back(item.as_int64());
  }
  return ids;
}

std::vector<std::int64_t> JsonFields::Ids(std::string_view name, std::size_t max_items,
                                          std::string_view key) {
  return OptionalIds(name, max_items, key).value_or(std::vector<std::int64_t>());
}

std::vector<JsonFields> JsonFields::Objects(std::string_view name, std::size_t max_items,
                                            std::string_view label) {
  std::vector<JsonFields> out;
  const boost::json::value* v = Member(name);
  if (!v) return out;
  if (!v->is_array() || v->as_array().size() > max_items) {
    RefuseList(name, {}, max_items);
    return out;
  }
  for (const boost::json::value& item : v->as_array()) {
    const std::string row = std::string(label) + " " + std::to_string(out.size() + 1);
    if (!item.is_object()) {
      // Named after the row, as the domain names a bad row of a batch ("row 2").
      RefuseMember(row, "error.json.object", {}, "must be an object");
      return {};
    }
    out.push_back(JsonFields(&item.as_object(), first_, FieldName(row) + ": "));
  }
  return out;
}

std::optional<JsonFields> JsonFields::OptionalObject(std::string_view name) {
  const boost::json::value* v = Member(name);
  if (!v) return std::nullopt;
  if (!v->is_object()) {
    RefuseMember(name, "error.json.object", {}, "must be an object");
    return std::nullopt;
  }
  return JsonFields(&v->as_object(), first_, FieldName(name) + ": ");
}

std::optional<std::vector<std::string>> JsonFields::OptionalTexts(std::string_view name,
                                                                  std::size_t max_items,
                                                                  std::size_t max_bytes) {
  const boost::json::value* v = Member(name);
  if (!v) return std::nullopt;
  std::vector<std::string> out;
  if (!v->is_array() || v->as_array().size() > max_items) {
    RefuseList(name, {}, max_items);
    return out;
  }
  for (const boost::json::value& item : v->as_array()) {
    if (!item.is_string() || item.as_string().size() > max_bytes ||
        core::HasControlCharacter(
            std::string_view(item.as_string().data(), item.as_string().size()))) {
      RefuseMember(name, "error.json.texts", {},
                   "must be a list of texts of at most " + std::to_string(max_bytes) + " bytes",
                   {core::ErrorParam::Number("max", static_cast<std::int64_t>(max_bytes))});
      return std::vector<std::string>();
    }
    out.emplace_back(item.as_string());
  }
  return out;
}

std::string JsonFields::CellText(std::string_view name) {
  const boost::json::value* v = Member(name);
  if (!v) return {};
  if (v->is_int64()) return std::to_string(v->as_int64());
  if (v->is_uint64()) return std::to_string(v->as_uint64());
  if (!v->is_string()) {
    RefuseMember(name, "error.json.cell", {}, "send the value as a string, such as \"12.5\"");
    return {};
  }
  return Text(name);
}

JsonBody::JsonBody(const Request& request) : JsonFields(nullptr, &problem_, "") {
  boost::system::error_code ec;
  value_ = boost::json::parse(request.body, ec);
  if (ec || !value_.is_object()) {
    Refuse(core::Error::Invalid("the body must be a JSON object", "body", "error.bad_json"));
    return;
  }
  Attach(&value_.as_object());
}

}  // namespace stegvis::web
