#pragma once
// A long table: many measures' values in one file, one value per row — measure, period, group,
// value, and for proportions and rates the denominator — as a case-management system or a
// statistics database exports them. Pure: how the header maps itself and how a row's measure
// and group cells are read. domain/long_import.h reads and saves such a file.

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/observation_import.h"

namespace stegvis::domain {

// What the header cells and the group cells may say, in every language of the catalogue; the
// first word of each list is the one a problem names.
struct LongTableWords {
  std::vector<std::string> measure;      // "Mått", "Measure"
  std::vector<std::string> period;       // "Period"
  std::vector<std::string> group;        // "Grupp", "Group"
  std::vector<std::string> value;        // "Värde", "Value", "Täljare", "Numerator"
  std::vector<std::string> denominator;  // "Nämnare", "Denominator"
  // The words of a group cell: "women" -> "Kvinnor", "Women", "K" (HeaderWords::groups).
  std::map<std::string, std::vector<std::string>> groups;
};

// The 0-based columns of a long table; kNone for a column it does not have.
struct LongTableColumns {
  static constexpr std::size_t kNone = SIZE_MAX;
  std::size_t measure = kNone;
  std::size_t period = kNone;
  std::size_t group = kNone;
  std::size_t value = kNone;
  std::size_t denominator = kNone;
};

// What a column of a long table holds, as a remembered heading says it
// (domain/long_table_columns.h): one of the five columns, or nothing to import.
inline constexpr std::string_view kLongColumnRoles[] = {"measure", "period",      "group",
                                                        "value",   "denominator", "skip"};

// The headings a project remembers: NormalWord(heading) → one of kLongColumnRoles.
using LongTableRemembered = std::map<std::string, std::string>;

// The role the words name `heading` by ("measure" for "Mått"), or "" when they do not.
std::string_view LongColumnOfWords(const LongTableWords& words, std::string_view heading);

// Maps `header` (comparison ignores ASCII case and surrounding spaces): a heading `remembered`
// holds is what it says (a "skip" column is not read); any other is read by the words.
// Appends a problem on the header's line for a heading that is neither
// ("error.import.long_unknown_column"), names a column twice ("error.import.duplicate_column"),
// and for each of measure, period, group and value that is missing
// ("error.import.missing_column", parameter "column"); each with the parameter "columns": the
// headings expected.
LongTableColumns MapLongTable(const std::vector<std::string>& header, std::size_t header_line,
                              const LongTableWords& words, const LongTableRemembered& remembered,
                              std::vector<ImportProblem>& problems);

// The groups of a measure (GroupsOf) and the words a group cell may name each by ("Kvinnor",
// "women", "K", …; ASCII case and surrounding spaces ignored), lower-cased once for all rows.
// "K" is women for a measure of adults and girls for one of children.
class GroupCells {
 public:
  GroupCells() = default;
  GroupCells(const LongTableWords& words, std::vector<std::string> groups);
  // The group `cell` names, or nullopt.
  std::optional<std::string> Named(std::string_view cell) const;
  // The groups by their first words, for a problem: "Kvinnor, Män, Totalt".
  const std::string& Listed() const { return listed_; }

 private:
  std::vector<std::pair<std::string, std::string>> named_;  // (lower-case word, group)
  std::string listed_;
};

// A key for one period and group of a measure, equal for equal pairs and only for them:
// canonical periods are at most 8 ASCII characters ("2025-W07"), packed 7 bits each, and the
// group (women, men, girls, boys, total, or another) in the remaining bits.
std::uint64_t CellKey(std::string_view period, std::string_view group);

}  // namespace stegvis::domain
