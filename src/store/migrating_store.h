#pragma once
// What the command line needs from a store beyond domain::Store: bringing the schema up to
// date. Both engines implement it, so `stegvis serve | migrate | demo` work on either.

#include <string>
#include <vector>

#include "domain/store.h"

namespace stegvis::store {

class MigratingStore : public domain::Store {
 public:
  // Applies every migration not yet recorded, each in its own transaction, and returns the
  // versions it applied (empty when the schema was current). Safe to run from several
  // processes at once: each migration is applied exactly once. Throws domain::StoreFailure.
  virtual std::vector<int> Migrate() = 0;
};

}  // namespace stegvis::store
