#pragma once
// The one reader of JSON request bodies. Every API handler reads its members through it:
//
//   JsonBody body(request);
//   std::string name = body.Text("name");
//   std::int64_t version = body.Int("version", kVersions);
//   if (!body.ok()) return body.error();
//
// Reading goes on after a problem (a read that fails answers an empty value: "", 0, false, no
// items), and only the first problem is kept: a kInvalidInput naming the member (`field`) with a
// catalogue key, so a handler checks once, after reading everything. Every input is bounded: text
// length, list length and the range of every whole number; a member of the wrong type (a string
// where a number is wanted, 1.5 or 1e-400 where a whole number is, "6abc" anywhere a number is) is
// refused, never coerced. An absent member and `null` read the same.

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "core/error.h"
#include "web/http/http.h"

namespace stegvis::web {

// The whole numbers a member may hold, both ends included.
struct IntRange {
  std::int64_t min = 0;
  std::int64_t max = std::numeric_limits<std::int64_t>::max();
};

inline constexpr IntRange kIds{1};       // an object's id
inline constexpr IntRange kVersions{0};  // a version read earlier (0: there was none)

// The longest text any member may hold, in bytes: the longest any domain field allows (8000);
// the domain refuses shorter maxima in its own words.
inline constexpr std::size_t kMaxJsonText = 8000;
// The most items a list of ids may hold.
inline constexpr std::size_t kMaxJsonIds = 1000;

// Reads the members of one JSON object. A problem is recorded in the body the object belongs
// to; the members of nested objects are named "<label> N: <member>" ("row 2: value"). A nested
// reader points into its body and is valid while the body lives.
class JsonFields {
 public:
  // The member's text; "" when absent or null. Refused: not a string, longer than `max_bytes`.
  std::string Text(std::string_view name, std::size_t max_bytes = kMaxJsonText);
  // The same, or nullopt when absent or null (a partial update leaves it as it is).
  std::optional<std::string> OptionalText(std::string_view name,
                                          std::size_t max_bytes = kMaxJsonText);

  // The member as a whole number in `range`. Refused: absent, not a whole JSON number, outside
  // the range. With `key`, every refusal of this member uses that catalogue key instead of the
  // reader's own (an API that documented its own key for a member keeps it).
  std::int64_t Int(std::string_view name, IntRange range, std::string_view key = {});
  // The same, or nullopt when absent or null.
  std::optional<std::int64_t> OptionalInt(std::string_view name, IntRange range,
                                          std::string_view key = {});

  // The member as a number (whole or with a fraction); nullopt when absent or null. Refused:
  // not a JSON number, or not finite. For values such as a progress score of 2.5, which the
  // domain then checks against its few allowed values.
  std::optional<double> OptionalNumber(std::string_view name);

  // The member as true or false; false when absent or null.
  bool Bool(std::string_view name);
  // The same, or nullopt when absent or null.
  std::optional<bool> OptionalBool(std::string_view name);

  // A list of ids (whole numbers from 1); empty when absent or null. Refused: not a list, more
  // than `max_items`, an item that is not an id. With `key` as for Int.
  std::vector<std::int64_t> Ids(std::string_view name, std::size_t max_items = kMaxJsonIds,
                                std::string_view key = {});
  // The same, or nullopt when absent or null.
  std::optional<std::vector<std::int64_t>> OptionalIds(std::string_view name,
                                                       std::size_t max_items = kMaxJsonIds,
                                                       std::string_view key = {});

  // A list of objects, each read with its own JsonFields whose members are named
  // "<label> N: <member>" (N from 1); empty when absent or null. Refused: not a list, more than
  // `max_items`, an item that is not an object (named "<label> N").
  std::vector<JsonFields> Objects(std::string_view name, std::size_t max_items,
                                  std::string_view label);

  // A nested object, read with its own JsonFields whose members are named "<name>: <member>"
  // ("aim: what"); nullopt when absent or null. Refused: not an object.
  std::optional<JsonFields> OptionalObject(std::string_view name);

  // A list of texts, each at most `max_bytes`; nullopt when absent or null. Refused: not a
  // list, more than `max_items`, an item that is not a string or is too long.
  std::optional<std::vector<std::string>> OptionalTexts(std::string_view name,
                                                        std::size_t max_items,
                                                        std::size_t max_bytes = 200);

  // The member as text for a cell of a measure's grid: a string as it is, a whole number as
  // its digits; "" when absent or null. Refused: a fraction or exponent (write "12.5": a JSON
  // number may already have lost digits, as 1e-400 becomes 0), anything else.
  std::string CellText(std::string_view name);

  // True when the member is present and not null.
  bool Has(std::string_view name) const;
  // True when the member is present and null (a PUT clearing it, unlike an absent member).
  bool IsNull(std::string_view name) const;

  // Records `error` (a check of the caller's own, such as an unknown choice) unless a problem
  // was recorded before.
  void Refuse(core::Error error);
  // Refuses member `name` for holding none of `choices` ("meeting or shadowing"), unless a
  // problem was recorded before.
  void RefuseChoice(std::string_view name, std::string_view choices);

  // False once a problem was recorded.
  bool ok() const { return !first_->has_value(); }

  // The full name of member `name` in messages: "name", or "row 2: name" in a nested object.
  std::string FieldName(std::string_view name) const;

 protected:
  JsonFields(const boost::json::object* object, std::optional<core::Error>* first,
             std::string prefix)
      : object_(object), first_(first), prefix_(std::move(prefix)) {}
  void Attach(const boost::json::object* object) { object_ = object; }

 private:
  // The member, or nullptr when absent, null, or the body is not an object.
  const boost::json::value* Member(std::string_view name) const;
  // Refuses member `name` with `key` (or `override_key`), the English `message` for logs and
  // the parameters the catalogue text names.
  void RefuseMember(std::string_view name, std::string_view key, std::string_view override_key,
                    std::string message, std::vector<core::ErrorParam> params = {});
  // Refuses member `name` for not being a list of at most `max_items` ("error.json.list").
  void RefuseList(std::string_view name, std::string_view override_key, std::size_t max_items);

  const boost::json::object* object_;
  std::optional<core::Error>* first_;
  std::string prefix_;
};

// The body of a request read as one JSON object. Refused at once (on "body", "error.bad_json")
// when the body is not JSON or not an object; every read then answers an empty value.
class JsonBody : public JsonFields {
 public:
  explicit JsonBody(const Request& request);
  JsonBody(const JsonBody&) = delete;
  JsonBody& operator=(const JsonBody&) = delete;

  // The first problem, to return from a handler or a reader: `return body.error();`.
  // Only meaningful when !ok(). A copy: keep `body.error().value()` by value, not by reference.
  tl::unexpected<core::Error> error() const { return tl::unexpected<core::Error>(*problem_); }

 private:
  boost::json::value value_;
  std::optional<core::Error> problem_;
};

}  // namespace stegvis::web
