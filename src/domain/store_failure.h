#pragma once
// The one exception of the storage layer (see domain/store.h).

#include <stdexcept>
#include <string>

namespace stegvis::domain {

// Thrown by a store when the database itself fails (not for anything a user can cause).
class StoreFailure : public std::runtime_error {
 public:
  explicit StoreFailure(const std::string& message, bool unavailable = false)
      : std::runtime_error(message), unavailable_(unavailable) {}

  // True when the database cannot be reached now (its server restarting, the connection
  // lost): asking again shortly may succeed, so a request is answered 503, not 500.
  bool unavailable() const { return unavailable_; }

 private:
  bool unavailable_ = false;
};

}  // namespace stegvis::domain
