#pragma once
// A heading an import remembers, as the database keeps it: a measure's (domain/import_columns.h)
// and a project's long table's (domain/long_table_columns.h).

#include <cstdint>
#include <string>
#include <tuple>
#include <type_traits>

#include "core/describe.h"
#include "domain/organisation.h"

namespace stegvis::domain {

// One remembered heading of a measure.
struct ImportColumnChoice {
  Id measure_id = 0;
  std::string heading;  // NormalWord of the heading
  std::string role;     // "period", "skip", a group ("women") or "denominator:GROUP"
  std::int64_t updated_at = 0;
  std::string updated_by;
};

constexpr auto Describe(std::type_identity<ImportColumnChoice>) {
  using C = ImportColumnChoice;
  return std::tuple{core::Field("measure_id", &C::measure_id, core::kFixed),
                    core::Field("heading", &C::heading, core::kFixed),
                    core::Field("role", &C::role),
                    core::Field("updated_at", &C::updated_at, core::kUnixTime),
                    core::Field("updated_by", &C::updated_by)};
}

// One remembered heading of a project's long tables.
struct LongColumnChoice {
  Id project_id = 0;
  std::string heading;  // NormalWord of the heading
  std::string role;     // one of kLongColumnRoles (domain/long_table.h)
  std::int64_t updated_at = 0;
  std::string updated_by;
};

constexpr auto Describe(std::type_identity<LongColumnChoice>) {
  using C = LongColumnChoice;
  return std::tuple{core::Field("project_id", &C::project_id, core::kFixed),
                    core::Field("heading", &C::heading, core::kFixed),
                    core::Field("role", &C::role),
                    core::Field("updated_at", &C::updated_at, core::kUnixTime),
                    core::Field("updated_by", &C::updated_by)};
}

}  // namespace stegvis::domain
