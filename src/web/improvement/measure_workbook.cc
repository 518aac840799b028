#include "web/improvement/measure_workbook.h"

#include <map>
#include <utility>

#include "web/render/xlsx_download.h"

namespace stegvis::web {
namespace {

std::string GroupWord(const App& app, std::string_view lang, const std::string& group) {
  return app.catalogue.Get(lang, "group." + group + "_label");
}

xlsx::Sheet ValuesSheet(const App& app, std::string_view lang, const domain::MeasureDetails& d,
                        std::vector<std::string>& taken) {
  const bool fraction = domain::HasDenominator(d.measure.data_type);
  const std::vector<std::string> groups = domain::GroupsOf(d.measure.grouping);
  xlsx::Sheet sheet;
  sheet.name = xlsx::SheetName(app.catalogue.Get(lang, "xlsx.sheet.values"), taken);
  sheet.header.push_back(app.catalogue.Get(lang, "grid.period"));
  for (const std::string& group : groups) {
    const std::string word = GroupWord(app, lang, group);
    if (!fraction) {
      sheet.header.push_back(word);
      continue;
    }
    sheet.header.push_back(word + " (" + app.catalogue.Get(lang, "grid.numerator") + ")");
    sheet.header.push_back(word + " (" + app.catalogue.Get(lang, "grid.denominator") + ")");
  }
  const std::size_t per_group = fraction ? 2 : 1;
  std::map<std::string, std::size_t> row_of;  // period -> index in sheet.rows
  for (const domain::Observation& o : d.observations) {
    auto [at, added] = row_of.try_emplace(o.period, sheet.rows.size());
    if (added) {
      sheet.rows.emplace_back(sheet.header.size());
      sheet.rows.back()[0] = PeriodCell(o.period);
    }
    std::size_t group = 0;
    while (group < groups.size() && groups[group] != o.group) ++group;
    if (group == groups.size()) continue;  // a group the measure is no longer split by
    auto& row = sheet.rows[at->second];
    row[1 + group * per_group] = NumberCell(o.value);
    if (fraction) row[2 + group * per_group] = NumberCell(o.denominator);
  }
  return sheet;
}

const domain::PointNote* NoteOf(const domain::MeasureDetails& d, const std::string& period,
                                domain::PointNoteKind kind) {
  for (const domain::PointNote& n : d.point_notes) {
    if (n.period == period && n.kind == kind) return &n;
  }
  return nullptr;
}

// The rules that fired on `point`, in words, joined by "; ".
std::string RulesInWords(const App& app, std::string_view lang, const stats::Point& point) {
  std::string out;
  for (int r = 0; r < stats::kRuleCount; ++r) {
    const auto rule = static_cast<stats::Rule>(r);
    if (!point.rules.Has(rule)) continue;
    if (!out.empty()) out += "; ";
    out += app.catalogue.Get(lang, "chart.rule." + std::string(stats::RuleName(rule)));
  }
  return out;
}

xlsx::Sheet SeriesSheet(const App& app, std::string_view lang, const domain::MeasureDetails& d,
                        const std::string& group, const stats::Analysis& analysis, double multiply,
                        std::vector<std::string>& taken) {
  xlsx::Sheet sheet;
  sheet.name = xlsx::SheetName(
      app.catalogue.Format(lang, "xlsx.sheet.series", {{"group", GroupWord(app, lang, group)}}),
      taken);
  for (const char* key : {"chart.period", "chart.value", "chart.centre_line", "chart.lower_limit",
                          "chart.upper_limit", "chart.part_column", "chart.signal",
                          "xlsx.column.exclusion", "xlsx.column.annotation"}) {
    sheet.header.push_back(app.catalogue.Get(lang, key));
  }
  // The value as charted carries its unit: percent for proportions, else the measure's own.
  const std::string unit = multiply == 100 ? "%" : d.measure.unit;
  if (!unit.empty()) sheet.header[1] += " (" + unit + ")";
  for (const stats::Point& p : analysis.points) {
    const domain::PointNote* excluded = NoteOf(d, p.label, domain::PointNoteKind::kExclusion);
    const domain::PointNote* comment = NoteOf(d, p.label, domain::PointNoteKind::kAnnotation);
    sheet.rows.push_back({PeriodCell(p.label), p.y, p.cl, p.lcl, p.ucl, static_cast<double>(p.part),
                          RulesInWords(app, lang, p), excluded ? excluded->text : std::string(),
                          comment ? comment->text : std::string()});
  }
  return sheet;
}

}  // namespace

xlsx::Workbook MeasureWorkbook(const App& app, std::string_view lang,
                               const domain::MeasureDetails& d,
                               const domain::MeasureAnalysis& analysis) {
  xlsx::Workbook book;
  book.title = d.measure.name;
  std::vector<std::string> taken;
  book.sheets.push_back(ValuesSheet(app, lang, d, taken));
  if (analysis.total) {
    book.sheets.push_back(
        SeriesSheet(app, lang, d, "total", *analysis.total, analysis.multiply, taken));
  }
  if (analysis.groups) {
    book.sheets.push_back(SeriesSheet(app, lang, d, analysis.group_a, analysis.groups->group_a,
                                      analysis.multiply, taken));
    book.sheets.push_back(SeriesSheet(app, lang, d, analysis.group_b, analysis.groups->group_b,
                                      analysis.multiply, taken));
  }
  return book;
}

}  // namespace stegvis::web
