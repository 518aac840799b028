#include "store/sql_tx.h"

#include "store/data_version.h"

namespace stegvis::store {

std::int64_t SqlTx::DataVersion() {
  return ReadDataVersion(tracked_);
}

void SqlTx::BeforeCommit() {
  if (tracked_.changed()) BumpDataVersion(tracked_.inner());
}

}  // namespace stegvis::store
