#pragma once
// Helpers the page handlers share: reading form fields and ids, and putting a domain error
// into a view as words next to the field it is about.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/object.hpp>

#include "core/error.h"
#include "domain/organisation.h"
#include "web/app.h"
#include "web/http/http.h"

namespace stegvis::web {

// The fields of an application/x-www-form-urlencoded body (Request::form, parsed once by the
// access guard, which refused bodies of more than kMaxFormFields fields), in a map so a large
// form (the observation grid) looks each field up in log n.
class Form {
 public:
  using Fields = std::map<std::string, std::vector<std::string>, std::less<>>;

  explicit Form(const Request& request);
  // The first value of `name`, or empty.
  std::string Get(std::string_view name) const;
  // Every value of `name`, in order (checkboxes, multiple selects).
  std::vector<std::string> GetAll(std::string_view name) const;
  // Whether the body holds a field `name` (an empty one too).
  bool Has(std::string_view name) const { return fields_.find(name) != fields_.end(); }
  // Every field, by name.
  const Fields& All() const { return fields_; }

 private:
  Fields fields_;
};

// A positive decimal id ("42"); nullopt for anything else.
std::optional<domain::Id> ParseId(std::string_view text);

// A whole number from `min` to `max` written strictly: an optional '-' and decimal digits,
// nothing else (no '+', space, decimal mark, exponent or trailing text: "6abc", "5,5" and
// "4294967297" for an int are refused, never read as 6, 5 or 1). kInvalidInput naming `field`
// with the key "error.whole_number" and the parameters "min" and "max" otherwise.
core::Result<std::int64_t> ParseWholeNumber(std::string_view text, std::int64_t min,
                                            std::int64_t max, const std::string& field);

// The {id}-style path parameter as an id; kNotFound (NotFoundError) when it is not one, since
// such an address names nothing.
core::Result<domain::Id> PathId(const Request& request, std::string_view name);

// Adds the error to `view`: `error_FIELD` (the text shown next to the field) and `errors`
// (the summary at the top, each with the field's anchor), in `lang`.
void AddFormError(boost::json::object& view, const App& app, const std::string& lang,
                  const core::Error& error);

}  // namespace stegvis::web
