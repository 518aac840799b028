#include "web/improvement/import_columns_form.h"

#include <algorithm>
#include <map>

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

// A role of domain::kLongColumnRoles in words: "Mått", "Period", …, "Importeras inte".
std::string LongRoleLabel(const Catalogue& catalogue, std::string_view lang,
                          std::string_view role) {
  static const std::map<std::string_view, std::string_view> kKeys = {
      {"measure", "import.long.measure"},
      {"period", "grid.period"},
      {"group", "import.long.group"},
      {"value", "import.long.role_value"},
      {"denominator", "import.long.denominator"},
      {"skip", "import.columns.skip"}};
  return catalogue.Get(lang, std::string(kKeys.at(role)));
}

// A choice for column `c` (`heading` as written) whose role is now `current` ("" for none).
ColumnChoiceView Choice(std::size_t index, std::size_t c, const std::string& heading,
                        const std::string& current, std::vector<ColumnOptionView> options) {
  ColumnChoiceView choice;
  choice.index = static_cast<std::int64_t>(index);
  choice.letter = domain::ColumnLetter(c + 1);
  choice.heading = heading;
  for (ColumnOptionView& o : options) o.selected = o.value == current;
  choice.options = std::move(options);
  return choice;
}

}  // namespace

std::vector<ColumnChoiceView> ColumnChoices(const Catalogue& catalogue, std::string_view lang,
                                            const domain::ImportDetails& details) {
  const domain::ImportPreview& preview = details.preview;
  const std::vector<domain::ImportColumnChoice>& known = details.remembered;
  std::vector<ColumnOptionView> options{{"", catalogue.Get(lang, "import.columns.none")}};
  for (const std::string& role : domain::ColumnRolesOf(details.measure)) {
    options.push_back({role, RoleLabel(catalogue, lang, details.measure, role)});
  }
  std::vector<ColumnChoiceView> out;
  for (std::size_t c = 0; c < preview.header.size(); ++c) {
    const std::string normal = domain::NormalWord(preview.header[c]);
    const auto remembered = std::find_if(known.begin(), known.end(),
                                         [&](const auto& k) { return k.heading == normal; });
    const bool mapped = c < preview.columns.size() && preview.columns[c];
    if (mapped && remembered == known.end()) continue;  // the grid's own word
    if (normal.empty() || core::CodePointCount(normal) > domain::kMaxRememberedHeading) continue;
    const std::string current = remembered == known.end() ? "" : remembered->role;
    out.push_back(Choice(out.size(), c, preview.header[c], current, options));
    if (out.size() == domain::kMaxRememberedColumns) break;
  }
  return out;
}

std::vector<ColumnChoiceView> LongColumnChoices(const Catalogue& catalogue, std::string_view lang,
                                                const domain::LongTableWords& words,
                                                const domain::LongImportResult& check) {
  std::vector<ColumnOptionView> options{{"", catalogue.Get(lang, "import.columns.none")}};
  for (std::string_view role : domain::kLongColumnRoles) {
    options.push_back({std::string(role), LongRoleLabel(catalogue, lang, role)});
  }
  std::vector<ColumnChoiceView> out;
  for (std::size_t c = 0; c < check.header.size(); ++c) {
    const std::string normal = domain::NormalWord(check.header[c]);
    const auto remembered = check.remembered.find(normal);
    const bool known = remembered != check.remembered.end();
    if (!known && !domain::LongColumnOfWords(words, normal).empty()) continue;  // its own word
    if (normal.empty() || core::CodePointCount(normal) > domain::kMaxRememberedHeading) continue;
    out.push_back(Choice(out.size(), c, check.header[c], known ? remembered->second : "", options));
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
