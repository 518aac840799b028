#pragma once
// The columns a measure's import remembers: a file whose header does not use the grid's words
// ("Månad", "Antal kvinnor", "Enhet") is told once what each such column holds — the period, a
// group's value or denominator, or nothing to import — and every later file of the measure with
// the same headings maps itself (PreviewImport). Headings are compared as NormalWord compares
// them. Only those who may change the measure change what it remembers; each change is audited.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/import_columns_record.h"
#include "domain/measure.h"
#include "domain/observation_import.h"
#include "domain/store.h"

namespace stegvis::domain {

// The most headings a measure remembers, and the longest heading (in characters).
inline constexpr std::size_t kMaxRememberedColumns = 100;
inline constexpr std::size_t kMaxRememberedHeading = 200;

// What a column holds, as text: "period", "skip" (nothing to import), a group ("women") for
// its value (the numerator of a proportion or rate), or "denominator:GROUP".
inline constexpr std::string_view kColumnPeriod = "period";
inline constexpr std::string_view kColumnSkip = "skip";

// What the measure's remembered headings say, for PreviewImport: NormalWord(heading) → the
// column, or nullopt for a column to skip. Choices the measure cannot hold (a group it does not
// have, a denominator of a count) are left out.
RememberedColumns RememberedOf(const Measure& measure,
                               const std::vector<ImportColumnChoice>& choices);

// The column `role` stands for in `measure`: nullopt for a role the measure cannot hold; else
// the column, or nullopt inside for "skip".
std::optional<std::optional<ImportColumn>> ColumnOfRole(const Measure& measure,
                                                        std::string_view role);

// The roles a column of `measure` may be given, in order: period, each group's value (and, for
// proportions and rates, each group's denominator), skip.
std::vector<std::string> ColumnRolesOf(const Measure& measure);

// `before` (NormalWord(heading) → role) with `choices` applied: each heading as written, with
// its role, or an empty role to forget it. Refused with kInvalidInput: a heading that is empty or
// longer than kMaxRememberedHeading characters ("error.import.column_heading"), a role
// `role_ok` refuses (`role_key`), more than kMaxRememberedColumns headings in
// all ("error.import.too_many_columns", parameter "max").
core::Result<std::map<std::string, std::string>> ApplyColumnChoices(
    std::map<std::string, std::string> before,
    const std::vector<std::pair<std::string, std::string>>& choices,
    const std::function<bool(std::string_view)>& role_ok, const std::string& role_key);

// Remembered headings as the audit trail keeps them: {"heading": "role", …}.
std::string ColumnChoicesJson(const std::map<std::string, std::string>& choices);

// Makes the measure remember `choices` (heading as written → role; an empty role forgets the
// heading). Refused as ApplyColumnChoices refuses, with the roles of ColumnRolesOf
// ("error.import.column_role"); kNotFound /
// kForbidden for the measure as its page. Audited as one "update" of "import_columns" with the
// measure's id, before and after. Returns what the measure remembers now.
core::Result<std::vector<ImportColumnChoice>> RememberColumns(
    Store& store, const core::Clock& clock, const Principal& acting, const Actor& actor,
    Id measure_id, const std::vector<std::pair<std::string, std::string>>& choices);

// What the measure remembers (kView on its team).
core::Result<std::vector<ImportColumnChoice>> LoadRememberedColumns(Store& store,
                                                                    const Principal& acting,
                                                                    Id measure_id);

}  // namespace stegvis::domain
