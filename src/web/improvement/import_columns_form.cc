#include "web/improvement/import_columns_form.h"

#include <algorithm>

#include "core/text.h"
#include "web/render/forms.h"

namespace stegvis::web {
namespace {

// A role of ColumnRolesOf(measure) in words: "Period", "Kvinnor", "Kvinnor, nämnare",
// "Importeras inte".
std::string RoleLabel(const Catalogue& catalogue, std::string_view lang,
                      const domain::Measure& measure, const std::string& role) {
  const std::optional<domain::ImportColumn> column =
      domain::ColumnOfRole(measure, role).value_or(std::nullopt);
  if (!column) return catalogue.Get(lang, "import.columns.skip");
  switch (column->kind) {
    case domain::ImportColumn::Kind::kPeriod: return catalogue.Get(lang, "import.columns.period");
    case domain::ImportColumn::Kind::kDenominator:
      return catalogue.Format(
          lang, "import.columns.denominator",
          {{"group", catalogue.Get(lang, "group." + column->group + "_label")}});
    case domain::ImportColumn::Kind::kValue: break;
  }
  return catalogue.Get(lang, "group." + column->group + "_label");
}

}  // namespace

std::vector<ColumnChoiceView> ColumnChoices(const Catalogue& catalogue, std::string_view lang,
                                            const domain::ImportDetails& details) {
  const domain::ImportPreview& preview = details.preview;
  const std::vector<domain::ImportColumnChoice>& known = details.remembered;
  const std::vector<std::string> roles = domain::ColumnRolesOf(details.measure);
  std::vector<ColumnChoiceView> out;
  for (std::size_t c = 0; c < preview.header.size(); ++c) {
    const std::string normal = domain::NormalWord(preview.header[c]);
    const auto remembered = std::find_if(known.begin(), known.end(),
                                         [&](const auto& k) { return k.heading == normal; });
    const bool mapped = c < preview.columns.size() && preview.columns[c];
    if (mapped && remembered == known.end()) continue;  // the grid's own word
    if (normal.empty() || core::CodePointCount(normal) > domain::kMaxRememberedHeading) continue;
    ColumnChoiceView choice;
    choice.index = static_cast<std::int64_t>(out.size());
    choice.letter = domain::ColumnLetter(c + 1);
    choice.heading = preview.header[c];
    const std::string current = remembered == known.end() ? "" : remembered->role;
    choice.options.push_back({"", catalogue.Get(lang, "import.columns.none"), current.empty()});
    for (const std::string& role : roles) {
      choice.options.push_back(
          {role, RoleLabel(catalogue, lang, details.measure, role), role == current});
    }
    out.push_back(std::move(choice));
    if (out.size() == domain::kMaxRememberedColumns) break;
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> ColumnAnswers(const Request& request) {
  const Form form(request);
  const std::vector<std::string> headings = form.GetAll("heading");
  const std::vector<std::string> roles = form.GetAll("role");
  std::vector<std::pair<std::string, std::string>> out;
  for (std::size_t i = 0; i < headings.size() && i < roles.size(); ++i) {
    if (out.size() == domain::kMaxRememberedColumns) break;
    out.emplace_back(headings[i], roles[i]);
  }
  return out;
}

}  // namespace stegvis::web
