#pragma once
// Expected failures as values: bad input, not found, conflict, forbidden.
// Infrastructure failures (a broken disk, a lost database) may throw inside store/ and are
// caught once at the request boundary; everything a user can cause is an Error.

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <tl/expected.hpp>

namespace stegvis::core {

enum class ErrorCode {
  kInvalidInput,     // the user's input is wrong; `field` names the field or row
  kNotFound,         // the object does not exist (or the caller may not know it does)
  kConflict,         // someone else changed it first, or it already exists
  kForbidden,        // the caller may not do this
  kUnauthenticated,  // the caller must log in first
  kTooManyRequests,  // slow down
  kUnavailable,      // a dependency (the database) is not reachable right now
  kInternal,         // a bug or an infrastructure failure
};

// A value the catalogue text of an error names as {{name}}: plain text, a moment (unix
// seconds, UTC; pages show "2026-11-23 13:43", JSON ISO 8601) or a whole number.
struct ErrorParam {
  enum class Kind { kText, kTime, kNumber };
  std::string name;
  Kind kind = Kind::kText;
  std::string text;         // kText
  std::int64_t number = 0;  // kTime (unix seconds) and kNumber

  static ErrorParam Text(std::string name, std::string text) {
    return {std::move(name), Kind::kText, std::move(text), 0};
  }
  static ErrorParam Time(std::string name, std::int64_t unix_seconds) {
    return {std::move(name), Kind::kTime, {}, unix_seconds};
  }
  static ErrorParam Number(std::string name, std::int64_t n) {
    return {std::move(name), Kind::kNumber, {}, n};
  }
};

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;  // English, for logs and the CLI; the UI maps `key` through the catalogue
  std::string field;    // the field, column or row the error is about; empty if none
  std::string key;      // message-catalogue key for the UI; empty if none
  std::int64_t retry_after_seconds = 0;  // kTooManyRequests: how long to wait; else 0
  std::vector<ErrorParam> params{};      // the values `key`'s text names, in order; may be empty

  static Error Invalid(std::string message, std::string field = {}, std::string key = {}) {
    return {ErrorCode::kInvalidInput, std::move(message), std::move(field), std::move(key)};
  }
  static Error NotFound(std::string message) {
    return {ErrorCode::kNotFound, std::move(message), {}, {}};
  }
  // An object that does not exist, or that the caller may not know exists: kNotFound with
  // the key "error.not_found_body" (the text of the 404 page). `message` is for logs.
  static Error NotFoundObject(std::string message = "no such object") {
    return {ErrorCode::kNotFound, std::move(message), {}, "error.not_found_body"};
  }
  static Error Conflict(std::string message) {
    return {ErrorCode::kConflict, std::move(message), {}, {}};
  }
  static Error Internal(std::string message) {
    return {ErrorCode::kInternal, std::move(message), {}, {}};
  }
  static Error Forbidden(std::string message) {
    return {ErrorCode::kForbidden, std::move(message), {}, "error.forbidden"};
  }
  // A stale save: kConflict, field "version", key "error.changed_by", message "changed by WHO
  // at UNIX_SECONDS", with the parameters "who" and "when" and, when `version` > 0, "version"
  // (the stored version now, to base the next save on).
  static Error ChangedBy(std::string who, std::int64_t at, std::int64_t version = 0) {
    Error e{ErrorCode::kConflict, "changed by " + who + " at " + std::to_string(at), "version",
            "error.changed_by"};
    e.params.push_back(ErrorParam::Text("who", std::move(who)));
    e.params.push_back(ErrorParam::Time("when", at));
    if (version > 0) e.params.push_back(ErrorParam::Number("version", version));
    return e;
  }
  // The parameter called `name`, or nullptr.
  const ErrorParam* Param(std::string_view name) const {
    for (const ErrorParam& p : params) {
      if (p.name == name) return &p;
    }
    return nullptr;
  }
};

template <typename T>
using Result = tl::expected<T, Error>;

// Shorthand for returning an error from a function that returns Result<T>.
inline tl::unexpected<Error> Fail(Error e) {
  return tl::unexpected<Error>(std::move(e));
}

// The name of an error code, for logs and JSON ("invalid_input", "not_found", ...).
const char* ErrorCodeName(ErrorCode code);

}  // namespace stegvis::core
