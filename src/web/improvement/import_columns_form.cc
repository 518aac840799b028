#include "web/improvement/import_columns_form.h"

#include <algorithm>

#include "web/render/forms.h"

namespace stegvis::web {
namespace {

constexpr std::string_view kDenominatorPrefix = "denominator:";

std::string RoleLabel(const Catalogue& catalogue, std::string_view lang, const std::string& role) {
  if (role == domain::kColumnPeriod) return catalogue.Get(lang, "import.columns.period");
  if (role == domain::kColumnSkip) return catalogue.Get(lang, "import.columns.skip");
  if (role.starts_with(kDenominatorPrefix)) {
    const std::string group = role.substr(kDenominatorPrefix.size());
    return catalogue.Format(lang, "import.columns.denominator",
                            {{"group", catalogue.Get(lang, "group." + group + "_label")}});
  }
  return catalogue.Get(lang, "group." + role + "_label");
}

}  // namespace

std::vector<ColumnChoiceView> ColumnChoices(const Catalogue& catalogue, std::string_view lang,
                                            const domain::ImportDetails& details,
                                            const std::vector<domain::ImportColumnChoice>& known) {
  const domain::ImportPreview& preview = details.preview;
  const std::vector<std::string> roles = domain::ColumnRolesOf(details.measure);
  std::vector<ColumnChoiceView> out;
  for (std::size_t c = 0; c < preview.header.size(); ++c) {
    const std::string normal = domain::NormalWord(preview.header[c]);
    const auto remembered = std::find_if(known.begin(), known.end(),
                                         [&](const auto& k) { return k.heading == normal; });
    const bool mapped = c < preview.columns.size() && preview.columns[c];
    if (mapped && remembered == known.end()) continue;  // the grid's own word
    if (normal.empty() || normal.size() > domain::kMaxRememberedHeading) continue;
    ColumnChoiceView choice;
    choice.index = static_cast<std::int64_t>(out.size());
    choice.letter = domain::ColumnLetter(c + 1);
    choice.heading = preview.header[c];
    const std::string current = remembered == known.end() ? "" : remembered->role;
    choice.options.push_back({"", catalogue.Get(lang, "import.columns.none"), current.empty()});
    for (const std::string& role : roles) {
      choice.options.push_back({role, RoleLabel(catalogue, lang, role), role == current});
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
