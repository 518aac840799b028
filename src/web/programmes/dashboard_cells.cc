#include "web/programmes/dashboard_cells.h"

#include <cmath>

#include "chart/funnel_svg.h"
#include "chart/number_format.h"
#include "web/programmes/handlers.h"
#include "web/render/chart_words.h"

namespace stegvis::web {
namespace {

// The icon of each variation and assurance, by its stored name (domain::VariationName,
// domain::AssuranceName), and the CSS class that colours it.
struct Icon {
  std::string_view name, css, icon;
};
constexpr Icon kIcons[] = {
    {"special_cause_improvement", "mdc--improvement", "+"},
    {"special_cause_concern", "mdc--concern", "!"},
    {"special_cause_neutral_high", "mdc--neutral", "H"},
    {"special_cause_neutral_low", "mdc--neutral", "L"},
    {"common_cause", "mdc--common", "~"},
    {"not_enough_data", "mdc--none", "?"},
    {"consistent_pass", "mdc--improvement", "\u2713"},
    {"consistent_fail", "mdc--concern", "\u2717"},
    {"inconsistent", "mdc--common", "\u00b1"},
    {"no_target", "mdc--none", "\u2013"},
};

std::string Number(const std::optional<double>& v, chart::Lang lang) {
  if (!v) return "\u2013";
  const int decimals = std::fabs(*v - std::round(*v)) < 1e-9 ? 0 : 1;
  return chart::FormatNumber(*v, decimals, lang);
}

}  // namespace

SignalView Signal(const App& app, const std::string& lang, std::string_view kind,
                  std::string_view name) {
  for (const Icon& i : kIcons) {
    if (i.name == name) {
      return {std::string(i.css), std::string(i.icon),
              app.catalogue.Get(lang, "dashboard." + std::string(kind) + "." + std::string(name))};
    }
  }
  return {};
}

DashboardCellView CellView(const App& app, const std::string& lang, chart::Lang chart_lang,
                           const domain::DashboardCell& c, const std::string& last_period) {
  DashboardCellView v;
  v.adopted = c.measure_id.has_value();
  v.measure_id = c.measure_id.value_or(0);
  if (!c.period.empty()) v.period = c.period;
  v.women = Number(c.women, chart_lang);
  v.men = Number(c.men, chart_lang);
  v.total = Number(c.total, chart_lang);
  v.gap = Number(c.gap, chart_lang);
  v.variation = Signal(app, lang, "variation", domain::VariationName(c.variation));
  v.assurance = Signal(app, lang, "assurance", domain::AssuranceName(c.assurance));
  if (c.missing_last_period) {
    v.missing = app.catalogue.Format(lang, "dashboard.missing", {{"period", last_period}});
  }
  return v;
}

DashboardFunnelView FunnelView(const App& app, const std::string& lang, domain::Id programme_id,
                               const domain::ProgrammeFunnel& f) {
  DashboardFunnelView v;
  v.name = f.definition.name;
  v.period = f.period;
  v.svg_href = "/api/v1/programmes/" + std::to_string(programme_id) + "/measure-definitions/" +
               std::to_string(f.definition.id) + "/funnel.svg";
  v.png_href = v.svg_href.substr(0, v.svg_href.size() - 3) + "png";
  v.alt = app.catalogue.Format(lang, "dashboard.funnel_alt",
                               {{"name", f.definition.name}, {"period", f.period}});
  v.width = kFunnelPanelWidth * static_cast<int>(f.groups.size());
  chart::ChartLabels labels = ChartWords(app.catalogue, lang);
  labels.funnel_unit = app.catalogue.Get(lang, "dashboard.col.team");
  for (const domain::FunnelGroup& g : f.groups) {
    labels.title =
        f.definition.name + " \u2013 " + app.catalogue.Get(lang, "group." + g.group + "_label");
    v.tables.html += chart::RenderFunnelTable(g.funnel, labels);
  }
  return v;
}

std::string FunnelSvg(const App& app, const std::string& lang, const domain::ProgrammeFunnel& f) {
  chart::ChartLabels labels = ChartWords(app.catalogue, lang);
  labels.title = f.definition.name + " (" + f.period + ")";
  std::vector<chart::FunnelPanel> panels;
  std::string names;
  for (const domain::FunnelGroup& g : f.groups) {
    panels.push_back({app.catalogue.Get(lang, "group." + g.group + "_label"), &g.funnel});
    names += (names.empty() ? "" : ", ") + panels.back().title;
  }
  const std::string description =
      app.catalogue.Format(lang, "dashboard.funnel_description",
                           {{"name", f.definition.name}, {"period", f.period}, {"panels", names}});
  chart::FunnelRenderOptions options;
  options.direction = f.definition.direction == domain::Better::kUp ? stats::Direction::kUp
                                                                    : stats::Direction::kDown;
  options.width = kFunnelPanelWidth;
  return chart::RenderFunnelPanels(panels, labels, description, options);
}

// The key to the icons, in words: every variation and assurance a measure can have (up or
// down is always better, so never the neutral ones).
std::vector<SignalView> KeyOf(const App& app, const std::string& lang) {
  std::vector<SignalView> key;
  for (const Icon& i : kIcons) {
    if (i.name.find("neutral") != std::string_view::npos) continue;
    const bool variation =
        i.name.find("cause") != std::string_view::npos || i.name == "not_enough_data";
    key.push_back(Signal(app, lang, variation ? "variation" : "assurance", i.name));
    key.back().text = app.catalogue.Get(lang, "dashboard.key." + std::string(i.name));
  }
  return key;
}

}  // namespace stegvis::web
