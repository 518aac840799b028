#pragma once
// Expected failures as values: bad input, not found, conflict, forbidden.
// Infrastructure failures (a broken disk, a lost database) may throw inside store/ and are
// caught once at the request boundary; everything a user can cause is an Error.

#include <cstdint>
#include <string>
#include <utility>

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

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;  // English, for logs and the CLI; the UI maps `key` through the catalogue
  std::string field;    // the field, column or row the error is about; empty if none
  std::string key;      // message-catalogue key for the UI; empty if none
  std::int64_t retry_after_seconds = 0;  // kTooManyRequests: how long to wait; else 0

  static Error Invalid(std::string message, std::string field = {}, std::string key = {}) {
    return {ErrorCode::kInvalidInput, std::move(message), std::move(field), std::move(key)};
  }
  static Error NotFound(std::string message) {
    return {ErrorCode::kNotFound, std::move(message), {}, {}};
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
