// A measure's chart as a file to download: SVG (for documents and the web) and PNG (for
// slides), the total or the women-and-men chart (?visa=grupper), as the measure page shows it.

#include "web/improvement/handlers.h"
#include "web/improvement/measure_view.h"
#include "web/render/forms.h"
#include "web/render/image_download.h"
#include "web/render/language.h"

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

}  // namespace

HandlerResult MeasureChartSvg(const App& app, Request& request, const Visitor& visitor) {
  return ChartDownload(app, request, visitor, ImageFormat::kSvg);
}

HandlerResult MeasureChartPng(const App& app, Request& request, const Visitor& visitor) {
  return ChartDownload(app, request, visitor, ImageFormat::kPng);
}

}  // namespace stegvis::web
