#pragma once
// The import pages' form "what do the columns hold?": a choice for every column of the file
// that the words do not name — unknown, skipped or remembered — on a measure's import
// (domain/import_columns.h) and on a project's long table (domain/long_table_columns.h), and
// the form's answer read back as heading → role pairs.

#include <cstdint>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/describe.h"
#include "domain/import_columns.h"
#include "domain/imports.h"
#include "domain/long_import.h"
#include "web/http/http.h"
#include "web/render/catalogue.h"

namespace stegvis::web {

struct ColumnOptionView {
  std::string value;  // a role, or "" for none
  std::string label;
  bool selected = false;
};
constexpr auto Describe(std::type_identity<ColumnOptionView>) {
  return std::tuple{core::Field("value", &ColumnOptionView::value),
                    core::Field("label", &ColumnOptionView::label),
                    core::Field("selected", &ColumnOptionView::selected)};
}

struct ColumnChoiceView {
  std::int64_t index = 0;  // the field's number in the form
  std::string letter;      // the column's letter, "B"
  std::string heading;     // as written in the file
  std::vector<ColumnOptionView> options;
};
constexpr auto Describe(std::type_identity<ColumnChoiceView>) {
  return std::tuple{core::Field("index", &ColumnChoiceView::index),
                    core::Field("letter", &ColumnChoiceView::letter),
                    core::Field("heading", &ColumnChoiceView::heading),
                    core::Field("options", &ColumnChoiceView::options)};
}

// A choice for each column of the import's file that is not mapped by the grid's words: one
// the measure remembers, one skipped, or one not understood; in the file's order.
std::vector<ColumnChoiceView> ColumnChoices(const Catalogue& catalogue, std::string_view lang,
                                            const domain::ImportDetails& details);

// The same for a long table (`check` as ImportLongTable gave it): each column that `words`
// do not name, or that the project remembers, with the roles of domain::kLongColumnRoles.
std::vector<ColumnChoiceView> LongColumnChoices(const Catalogue& catalogue, std::string_view lang,
                                                const domain::LongTableWords& words,
                                                const domain::LongImportResult& check);

// The form's answer: the "heading" and "role" fields, pair by pair (at most
// domain::kMaxRememberedColumns).
std::vector<std::pair<std::string, std::string>> ColumnAnswers(const Request& request);

}  // namespace stegvis::web
