#pragma once
// The one exception of the storage layer (see domain/store.h).

#include <stdexcept>

namespace stegvis::domain {

// Thrown by a store when the database itself fails (not for anything a user can cause).
class StoreFailure : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace stegvis::domain
