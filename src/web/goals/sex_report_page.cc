// The report on statistics by sex (/rapport/konsuppdelning): the measures in the user's view
// that are not split by sex, with the reason recorded for each, their project, team and unit,
// and how many measures there are in all; as a page, as CSV for Swedish Excel and as JSON
// (/api/v1/reports/sex-disaggregation).

#include <boost/json/array.hpp>

#include "domain/sex_report.h"
#include "web/goals/goal_views.h"
#include "web/goals/handlers.h"
#include "web/render/excel_csv.h"
#include "web/render/forms.h"
#include "web/render/json_response.h"
#include "web/render/page.h"

namespace stegvis::web {

namespace {

// A row of the JSON twin.
boost::json::object RowJson(const domain::SexReportRow& r) {
  return {{"measure_id", r.measure.id},
          {"measure", r.measure.name},
          {"reason", r.measure.no_sex_reason},
          {"project_id", r.project.id},
          {"project", r.project.title},
          {"team_id", r.team.id},
          {"team", r.team.name},
          {"unit_id", r.team.unit_id},
          {"unit", r.unit_name}};
}

}  // namespace

HandlerResult SexReportPage(const App& app, Request& request, const Visitor& visitor) {
  auto report = domain::LoadSexReport(app.store, *visitor.principal(), UnitFilter(request));
  if (!report) return core::Fail(report.error());
  const LanguageChoice language = ChooseLanguage(request);
  SexReportView view;
  for (const domain::SexReportRow& r : report->rows) {
    view.rows.push_back({r.measure.id, r.measure.name, r.measure.no_sex_reason, r.project.id,
                         r.project.title, r.team.id, r.team.name, r.unit_name});
  }
  view.has_rows = !view.rows.empty();
  view.units = UnitOptions(report->units, report->unit);
  if (report->unit) view.query = "?enhet=" + std::to_string(report->unit->id);
  view.summary = app.catalogue.Format(language.lang, "report.summary",
                                      {{"without", std::to_string(report->rows.size())},
                                       {"all", std::to_string(report->measures)}});
  if (report->unit) view.unit_name = report->unit->name;
  return RenderPage(app, request, {"sex_report", "report.title", "goals"}, view, language, visitor);
}

HandlerResult SexReportCsv(const App& app, Request& request, const Visitor& visitor) {
  auto report = domain::LoadSexReport(app.store, *visitor.principal(), UnitFilter(request));
  if (!report) return core::Fail(report.error());
  std::string csv = kExcelCsvBom;
  csv += app.catalogue.Get(ChooseLanguage(request).lang, "report.csv_header") + "\r\n";
  for (const domain::SexReportRow& r : report->rows) {
    csv += std::to_string(r.measure.id) + ";" + ExcelCsvCell(r.measure.name) + ";" +
           ExcelCsvCell(r.measure.no_sex_reason) + ";" + ExcelCsvCell(r.project.title) + ";" +
           ExcelCsvCell(r.team.name) + ";" + ExcelCsvCell(r.unit_name) + "\r\n";
  }
  Response response{200, {{"Content-Type", "text/csv; charset=utf-8"}}, std::move(csv)};
  response.SetHeader("Content-Disposition",
                     "attachment; filename=\"stegvis-matt-utan-konsuppdelning.csv\"");
  return response;
}

HandlerResult ApiSexReport(const App& app, Request& request, const Visitor& visitor) {
  auto report = domain::LoadSexReport(app.store, *visitor.principal(), UnitFilter(request, "unit"));
  if (!report) return core::Fail(report.error());
  boost::json::array rows;
  for (const domain::SexReportRow& r : report->rows) rows.push_back(RowJson(r));
  return JsonValue(boost::json::object{
      {"unit_id", report->unit ? boost::json::value(report->unit->id) : nullptr},
      {"measures", report->measures},
      {"without_sex_disaggregation", report->rows.size()},
      {"rows", std::move(rows)}});
}

}  // namespace stegvis::web
