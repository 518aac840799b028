#include "web/improvement/project_workbook.h"

#include <algorithm>

#include "web/improvement/handlers.h"
#include "web/render/forms.h"
#include "web/render/language.h"
#include "web/render/xlsx_download.h"

namespace stegvis::web {

std::vector<const domain::Observation*> InGridOrder(
    const std::vector<domain::Observation>& observations, domain::Grouping grouping) {
  const std::vector<std::string> groups = domain::GroupsOf(grouping);
  auto rank = [&](const std::string& group) {
    return std::find(groups.begin(), groups.end(), group) - groups.begin();
  };
  std::vector<const domain::Observation*> out;
  out.reserve(observations.size());
  for (const domain::Observation& o : observations) out.push_back(&o);
  std::stable_sort(out.begin(), out.end(), [&](const auto* a, const auto* b) {
    if (a->period != b->period) return a->period < b->period;
    return rank(a->group) < rank(b->group);
  });
  return out;
}

xlsx::Sheet MeasureListSheet(const App& app, std::string_view lang,
                             const std::vector<domain::Measure>& measures,
                             std::vector<std::string>& taken) {
  xlsx::Sheet sheet;
  sheet.name = xlsx::SheetName(app.catalogue.Get(lang, "xlsx.sheet.measures"), taken);
  for (const char* key :
       {"xlsx.column.measure_id", "measure.name_label", "measure.definition_label",
        "measure.kind_label", "measure.data_type_label", "measure.frequency_label",
        "measure.direction_label", "measure.target_label", "measure.unit_label"}) {
    sheet.header.push_back(app.catalogue.Get(lang, key));
  }
  auto word = [&](std::string_view prefix, std::string_view name) {
    return app.catalogue.Get(lang, std::string(prefix) + std::string(name));
  };
  for (const domain::Measure& m : measures) {
    sheet.rows.push_back({static_cast<double>(m.id), m.name, m.definition,
                          word("measure.kind.", domain::MeasureKindName(m.kind)),
                          word("measure.data_type.", stats::DataTypeName(m.data_type)),
                          word("measure.frequency.", domain::FrequencyName(m.frequency)),
                          word("measure.direction.", domain::BetterName(m.direction)),
                          NumberCell(m.target), m.unit});
  }
  return sheet;
}

namespace {

xlsx::Sheet ValuesSheet(const App& app, std::string_view lang, const domain::ProjectData& data,
                        std::vector<std::string>& taken) {
  xlsx::Sheet sheet;
  sheet.name = xlsx::SheetName(app.catalogue.Get(lang, "xlsx.sheet.values"), taken);
  for (const char* key : {"xlsx.column.measure_id", "xlsx.column.measure", "grid.period",
                          "xlsx.column.group", "chart.value", "xlsx.column.denominator"}) {
    sheet.header.push_back(app.catalogue.Get(lang, key));
  }
  for (const domain::MeasureDetails& d : data.measures) {
    for (const domain::Observation* o : InGridOrder(d.observations, d.measure.grouping)) {
      sheet.rows.push_back({static_cast<double>(d.measure.id), d.measure.name,
                            PeriodCell(o->period),
                            app.catalogue.Get(lang, "group." + o->group + "_label"),
                            NumberCell(o->value), NumberCell(o->denominator)});
    }
  }
  return sheet;
}

}  // namespace

xlsx::Workbook ProjectWorkbook(const App& app, std::string_view lang,
                               const domain::ProjectData& data) {
  xlsx::Workbook book;
  book.title = data.details.project.title;
  std::vector<std::string> taken;
  book.sheets.push_back(MeasureListSheet(app, lang, data.details.measures, taken));
  book.sheets.push_back(ValuesSheet(app, lang, data, taken));
  return book;
}

HandlerResult ProjectXlsx(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto data = domain::LoadProjectData(app.store, *visitor.principal(), *id);
  if (!data) return core::Fail(data.error());
  auto download = XlsxDownload(ProjectWorkbook(app, ChooseLanguage(request).lang, *data),
                               "projekt-" + std::to_string(*id));
  if (!download) return core::Fail(download.error());
  return std::move(*download);
}

}  // namespace stegvis::web
