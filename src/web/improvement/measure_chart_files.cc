// A measure's chart as a file to download: SVG (for documents and the web) and PNG (for
// slides), the total or the women-and-men chart (?visa=grupper), as the measure page shows it.

#include "raster/png.h"
#include "web/improvement/handlers.h"
#include "web/improvement/measure_view.h"
#include "web/render/forms.h"
#include "web/render/language.h"

namespace stegvis::web {
namespace {

// PNG images are drawn at twice the SVG's size, so they stay sharp on a projected slide.
constexpr double kPngScale = 2;

struct ChartFile {
  domain::Id measure_id = 0;
  std::string svg;
};

// The chart the request names, as the visitor may see it. A download the page does not offer
// (the groups of a measure not split) is not there.
core::Result<ChartFile> RequestedChart(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto details = domain::LoadMeasure(app.store, *visitor.principal(), *id);
  if (!details) return core::Fail(details.error());
  auto charts = BuildMeasureCharts(app, ChooseLanguage(request).lang, *details);
  if (!charts) return core::Fail(charts.error());
  const bool groups = request.Query("visa").value_or("") == "grupper";
  if (groups && charts->groups_svg.empty()) return core::Fail(core::Error::NotFoundObject());
  return ChartFile{*id, groups ? std::move(charts->groups_svg) : std::move(charts->total_svg)};
}

Response Download(std::string body, const std::string& type, domain::Id id,
                  const std::string& extension) {
  Response response{200, {}, std::move(body)};
  response.SetHeader("Content-Type", type);
  response.SetHeader("Content-Disposition",
                     "attachment; filename=\"matt-" + std::to_string(id) + "." + extension + "\"");
  return response;
}

}  // namespace

HandlerResult MeasureChartSvg(const App& app, Request& request, const Visitor& visitor) {
  auto chart = RequestedChart(app, request, visitor);
  if (!chart) return core::Fail(chart.error());
  return Download("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + chart->svg,
                  "image/svg+xml; charset=utf-8", chart->measure_id, "svg");
}

HandlerResult MeasureChartPng(const App& app, Request& request, const Visitor& visitor) {
  auto chart = RequestedChart(app, request, visitor);
  if (!chart) return core::Fail(chart.error());
  auto png = raster::RenderPng(chart->svg, kPngScale);
  // The SVG is ours: a failure to draw it is a fault here, not the visitor's.
  if (!png) return core::Fail(core::Error::Internal("chart PNG: " + png.error().message));
  return Download(std::move(*png), "image/png", chart->measure_id, "png");
}

}  // namespace stegvis::web
