#include "store/data_version.h"

#include <random>
#include <string>

namespace stegvis::store {

std::int64_t ReadDataVersion(SqlConnection& db) {
  return FindColumn<std::int64_t>(db, std::string("SELECT ") + kDataVersionSql).value_or(0);
}

void BumpDataVersion(SqlConnection& db) {
  thread_local std::minstd_rand random{std::random_device{}()};
  std::uniform_int_distribution<int> slot(0, kDataVersionSlots - 1);
  Run(db, "UPDATE data_version SET version = version + 1 WHERE slot = ?", slot(random));
}

}  // namespace stegvis::store
