#pragma once
// The headings a project's long tables remember: a file whose header does not use the long
// table's words ("Indikator", "Månad", "Kön", "Antal") is told once what each such column
// holds — the measure, the period, the group, the value, the denominator, or nothing to import
// — and every later long table of the project with the same headings maps itself
// (ImportLongTable). Headings are compared as NormalWord compares them. Only those who may
// change the project change what it remembers; each change is audited.

#include <string>
#include <utility>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/import_columns_record.h"
#include "domain/long_table.h"
#include "domain/store.h"

namespace stegvis::domain {

// What the project's remembered headings say, for MapLongTable.
LongTableRemembered LongRememberedOf(const std::vector<LongColumnChoice>& choices);

// Makes the project remember `choices` (heading as written → one of kLongColumnRoles; an empty
// role forgets the heading). Refused as ApplyColumnChoices refuses (a role that is none of
// kLongColumnRoles: "error.import.long_column_role"); kNotFound / kForbidden for the project
// as CheckedProject with kChange. Audited as one "update" of "long_table_columns" with the
// project's id, before and after. Returns what the project remembers now.
core::Result<std::vector<LongColumnChoice>> RememberLongColumns(
    Store& store, const core::Clock& clock, const Principal& acting, const Actor& actor,
    Id project_id, const std::vector<std::pair<std::string, std::string>>& choices);

// What the project remembers (kView on its team).
core::Result<std::vector<LongColumnChoice>> LoadLongColumns(Store& store, const Principal& acting,
                                                            Id project_id);

}  // namespace stegvis::domain
