#include "web/programmes/programme_workbook.h"

#include "web/improvement/project_workbook.h"
#include "web/programmes/handlers.h"
#include "web/render/forms.h"
#include "web/render/language.h"
#include "web/render/xlsx_download.h"

namespace stegvis::web {
namespace {

xlsx::Sheet ValuesSheet(const App& app, std::string_view lang,
                        const domain::ProgrammeDetails& details, std::vector<std::string>& taken) {
  xlsx::Sheet sheet;
  sheet.name = xlsx::SheetName(app.catalogue.Get(lang, "xlsx.sheet.values"), taken);
  for (const char* key :
       {"xlsx.column.measure_id", "xlsx.column.measure", "xlsx.column.team", "xlsx.column.unit",
        "grid.period", "xlsx.column.group", "chart.value", "xlsx.column.denominator"}) {
    sheet.header.push_back(app.catalogue.Get(lang, key));
  }
  for (const domain::Measure& definition : details.common_measures) {
    for (const domain::ProgrammeTeam& t : details.teams) {
      for (std::size_t m = 0; m < t.measures.size() && m < t.observations.size(); ++m) {
        if (t.measures[m].definition_id != definition.id) continue;
        for (const domain::Observation* o :
             InGridOrder(t.observations[m], t.measures[m].grouping)) {
          sheet.rows.push_back({static_cast<double>(definition.id), definition.name, t.team.name,
                                t.unit_name, PeriodCell(o->period),
                                app.catalogue.Get(lang, "group." + o->group + "_label"),
                                NumberCell(o->value), NumberCell(o->denominator)});
        }
      }
    }
  }
  return sheet;
}

}  // namespace

xlsx::Workbook ProgrammeWorkbook(const App& app, std::string_view lang,
                                 const domain::ProgrammeDetails& details) {
  xlsx::Workbook book;
  book.title = details.programme.name;
  std::vector<std::string> taken;
  book.sheets.push_back(MeasureListSheet(app, lang, details.common_measures, taken));
  book.sheets.push_back(ValuesSheet(app, lang, details, taken));
  return book;
}

HandlerResult ProgrammeXlsx(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto details = domain::LoadProgramme(app.store, *visitor.principal(), *id);
  if (!details) return core::Fail(details.error());
  auto download = XlsxDownload(ProgrammeWorkbook(app, ChooseLanguage(request).lang, *details),
                               "program-" + std::to_string(*id));
  if (!download) return core::Fail(download.error());
  return std::move(*download);
}

}  // namespace stegvis::web
