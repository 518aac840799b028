// A measure's chart as a file to download: SVG (for documents and the web) and PNG (for
// slides), the total or the women-and-men chart (?visa=grupper), as the measure page shows it;
// a series' data with its lines, signals and notes on points as CSV; and all of it as one
// Excel workbook.

#include "domain/measure_phases.h"
#include "domain/point_notes.h"
#include "io/analysis_writer.h"
#include "web/improvement/handlers.h"
#include "web/improvement/measure_view.h"
#include "web/improvement/measure_workbook.h"
#include "web/improvement/point_notes_view.h"
#include "web/render/forms.h"
#include "web/render/image_download.h"
#include "web/render/language.h"
#include "web/render/xlsx_download.h"

namespace stegvis::web {
namespace {

// The chart the request names, as the visitor may see it, downloaded as `format`. A download
// the page does not offer (the groups of a measure not split) is not there.
HandlerResult ChartDownload(const App& app, Request& request, const Visitor& visitor,
                            ImageFormat format) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto details = domain::LoadMeasure(app.store, *visitor.principal(), *id);
  if (!details) return core::Fail(details.error());
  auto charts = BuildMeasureCharts(app, ChooseLanguage(request).lang, *details);
  if (!charts) return core::Fail(charts.error());
  const bool groups = request.Query("visa").value_or("") == "grupper";
  if (groups && charts->groups_svg.empty()) return core::Fail(core::Error::NotFoundObject());
  auto download = ImageDownload(groups ? charts->groups_svg : charts->total_svg, format,
                                "matt-" + std::to_string(*id), app.image_gate);
  if (!download) return core::Fail(download.error());
  return std::move(*download);
}

// A measure as the visitor may see it, analysed as its page analyses it.
struct AnalyzedMeasure {
  domain::MeasureDetails details;
  domain::MeasureAnalysis analysis;
};

core::Result<AnalyzedMeasure> LoadAnalyzed(const App& app, const Visitor& visitor, domain::Id id) {
  auto details = domain::LoadMeasure(app.store, *visitor.principal(), id);
  if (!details) return core::Fail(details.error());
  auto analysis = domain::AnalyzeMeasure(details->measure, details->observations,
                                         domain::PhaseStarts(details->phases),
                                         domain::ExcludedPeriods(details->point_notes));
  if (!analysis) return core::Fail(analysis.error());
  return AnalyzedMeasure{std::move(*details), std::move(*analysis)};
}

}  // namespace

HandlerResult MeasureChartSvg(const App& app, Request& request, const Visitor& visitor) {
  return ChartDownload(app, request, visitor, ImageFormat::kSvg);
}

HandlerResult MeasureChartPng(const App& app, Request& request, const Visitor& visitor) {
  return ChartDownload(app, request, visitor, ImageFormat::kPng);
}

HandlerResult MeasureCsv(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto measure = LoadAnalyzed(app, visitor, *id);
  if (!measure) return core::Fail(measure.error());
  const domain::MeasureDetails* details = &measure->details;
  const domain::MeasureAnalysis* analysis = &measure->analysis;
  // Excel's Swedish dialect: ';' between fields, decimal comma, and a BOM so it reads UTF-8.
  const io::CsvStyle style{';', ','};
  std::string body = "\xEF\xBB\xBF";
  const std::string show = request.Query("visa").value_or("");
  const stats::Analysis* shown = nullptr;
  if (analysis->groups && show == analysis->group_a) {
    shown = &analysis->groups->group_a;
  } else if (analysis->groups && show == analysis->group_b) {
    shown = &analysis->groups->group_b;
  } else if (!show.empty()) {
    return core::Fail(core::Error::NotFoundObject());  // not a group this measure is split by
  } else if (analysis->total) {
    shown = &*analysis->total;
  }
  if (shown) {
    body += CsvWithPointNotes(io::AnalysisToCsv(*shown, style), style.separator, *shown,
                              details->point_notes);
  }
  Response response{200, {}, body};
  response.SetHeader("Content-Type", "text/csv; charset=utf-8");
  response.SetHeader("Content-Disposition", "attachment; filename=\"matt-" + std::to_string(*id) +
                                                (show.empty() ? "" : "-" + show) + ".csv\"");
  return response;
}

HandlerResult MeasureXlsx(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto measure = LoadAnalyzed(app, visitor, *id);
  if (!measure) return core::Fail(measure.error());
  const std::string lang = ChooseLanguage(request).lang;
  auto download = XlsxDownload(MeasureWorkbook(app, lang, measure->details, measure->analysis),
                               "matt-" + std::to_string(*id));
  if (!download) return core::Fail(download.error());
  return std::move(*download);
}

}  // namespace stegvis::web
