// The programme dashboard (/program/{id}/oversikt): the teams × common measures table with
// the Making Data Count icons in words, sorted and filtered by plain GET parameters, and the
// funnel plots (drawn by /api/v1/programmes/{id}/measure-definitions/{def}/funnel.svg) with
// their data tables.

#include <algorithm>
#include <cmath>

#include "chart/funnel_svg.h"
#include "chart/labels.h"
#include "chart/number_format.h"
#include "domain/programme_dashboard.h"
#include "web/http/access_guard.h"
#include "web/improvement/sustain_plan_view.h"
#include "web/programmes/dashboard_cells.h"
#include "web/programmes/dashboard_view.h"
#include "web/programmes/handlers.h"
#include "web/render/chart_words.h"
#include "web/render/forms.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

std::string ProgressText(const App& app, const std::string& lang, chart::Lang chart_lang,
                         const std::optional<domain::DashboardProgress>& p) {
  if (!p) return "\u2013";
  const std::string score = chart::FormatNumber(p->score_tenths / 10.0, 1, chart_lang);
  if (!p->previous_tenths) return score;
  const std::string previous = chart::FormatNumber(*p->previous_tenths / 10.0, 1, chart_lang);
  const char* trend = p->score_tenths > *p->previous_tenths   ? "dashboard.progress_trend.up"
                      : p->score_tenths < *p->previous_tenths ? "dashboard.progress_trend.down"
                                                              : "dashboard.progress_trend.same";
  return app.catalogue.Format(lang, trend, {{"score", score}, {"previous", previous}});
}

std::string CyclesText(const domain::ProgrammeDashboard& d, const domain::DashboardTeam& t) {
  if (!t.cycles_per_period || d.action_periods.empty()) return "\u2013";
  std::string out;
  for (std::size_t i = 0; i < d.action_periods.size(); ++i) {
    if (!out.empty()) out += "; ";
    out += d.action_periods[i].title + ": " + std::to_string((*t.cycles_per_period)[i]);
  }
  return out;
}

// The sort orders and filters the form offers, by their parameter values.
constexpr std::string_view kSorts[] = {"team", "enhet", "organisation"};
constexpr std::string_view kSignals[] = {"", "forbattring", "forsamring", "saknar-data"};

bool Passes(const domain::DashboardTeam& t, std::string_view signal) {
  if (signal.empty()) return true;
  return std::any_of(t.cells.begin(), t.cells.end(), [&](const domain::DashboardCell& c) {
    if (signal == "saknar-data") return c.missing_last_period;
    const stats::PointType wanted =
        signal == "forbattring" ? stats::PointType::kImprovement : stats::PointType::kConcern;
    return c.variation == wanted;
  });
}

// The teams to show: those passing the signal filter, by the chosen order (team name within
// a unit or organisation).
std::vector<const domain::DashboardTeam*> Chosen(const domain::ProgrammeDashboard& d,
                                                 std::string_view sort, std::string_view signal) {
  std::vector<const domain::DashboardTeam*> teams;
  for (const domain::DashboardTeam& t : d.teams) {
    if (Passes(t, signal)) teams.push_back(&t);
  }
  auto key = [&](const domain::DashboardTeam* t) {
    const std::string& first = sort == "enhet"          ? t->unit_name
                               : sort == "organisation" ? t->organisation_name
                                                        : t->team.name;
    return std::pair{first, t->team.name};
  };
  std::stable_sort(teams.begin(), teams.end(),
                   [&](const auto* a, const auto* b) { return key(a) < key(b); });
  return teams;
}

std::vector<OptionView> Options(const App& app, const std::string& lang, std::string_view prefix,
                                std::span<const std::string_view> values, std::string_view chosen) {
  std::vector<OptionView> out;
  for (std::string_view v : values) {
    const std::string key = std::string(prefix) + (v.empty() ? "all" : std::string(v));
    out.push_back({std::string(v), app.catalogue.Get(lang, key), v == chosen});
  }
  return out;
}

std::string Choice(const Request& request, std::string_view name,
                   std::span<const std::string_view> allowed) {
  const std::string given = request.Query(name).value_or("");
  return std::find(allowed.begin(), allowed.end(), given) != allowed.end()
             ? given
             : std::string(allowed[0]);
}

}  // namespace

DashboardView DashboardViewOf(const App& app, const Request& request, const std::string& lang,
                              const domain::ProgrammeDashboard& d) {
  const chart::Lang chart_lang = lang == "en" ? chart::Lang::kEn : chart::Lang::kSv;
  DashboardView view;
  view.id = d.programme.id;
  view.heading = d.programme.name;
  for (std::size_t i = 0; i < d.definitions.size(); ++i) {
    const domain::Measure& m = d.definitions[i];
    const bool children = m.grouping == domain::Grouping::kGirlsBoys;
    view.columns.push_back(
        {m.name, m.unit.empty() ? std::nullopt : std::optional(m.unit), d.last_complete_periods[i],
         app.catalogue.Get(lang, children ? "group.girls_label" : "group.women_label"),
         app.catalogue.Get(lang, children ? "group.boys_label" : "group.men_label")});
  }
  view.has_columns = !view.columns.empty();
  const std::string sort = Choice(request, "sortera", kSorts);
  const std::string signal = Choice(request, "signal", kSignals);
  for (const domain::DashboardTeam* t : Chosen(d, sort, signal)) {
    DashboardRowView row{t->team.id,
                         !t->programme_work_only,
                         t->team.name,
                         t->unit_name,
                         t->organisation_name,
                         {},
                         {},
                         {}};
    for (std::size_t i = 0; i < t->cells.size(); ++i) {
      row.cells.push_back(CellView(app, lang, chart_lang, t->cells[i], d.last_complete_periods[i]));
    }
    row.progress = ProgressText(app, lang, chart_lang, t->progress);
    row.cycles = CyclesText(d, *t);
    view.rows.push_back(std::move(row));
  }
  view.has_rows = !view.rows.empty();
  for (const domain::DashboardTeam& t : d.teams) {
    for (const domain::SustainAlert& a : t.sustain_alerts) {
      view.alerts.push_back({t.team.name, a.project_id, a.project_title,
                             a.measure_name + " – " + SustainAlertText(app, lang, a)});
    }
  }
  view.has_alerts = !view.alerts.empty();
  if (!signal.empty()) {
    view.shown = app.catalogue.Format(
        lang, "dashboard.shown",
        {{"shown", std::to_string(view.rows.size())}, {"total", std::to_string(d.teams.size())}});
  }
  if (d.hidden_teams > 0) {
    view.hidden_teams = app.catalogue.Format(lang, "programme.hidden_teams",
                                             {{"n", std::to_string(d.hidden_teams)}});
  }
  view.missing_reports = app.catalogue.Format(lang, "monthly.missing_count",
                                              {{"n", std::to_string(d.missing_reports)}});
  view.key = KeyOf(app, lang);
  view.sort = Options(app, lang, "dashboard.sort.", kSorts, sort);
  view.signal = Options(app, lang, "dashboard.signal.", kSignals, signal);
  for (const domain::ProgrammeFunnel& f : d.funnels) {
    view.funnels.push_back(FunnelView(app, lang, d.programme.id, f));
  }
  view.has_funnels = !view.funnels.empty();
  return view;
}

HandlerResult ProgrammeDashboardPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const LanguageChoice language = ChooseLanguage(request);
  auto dashboard = domain::LoadProgrammeDashboard(app.store, app.clock, *visitor.principal(), *id);
  if (!dashboard) return core::Fail(dashboard.error());
  return RenderPage(app, request, {"dashboard", "dashboard.title", "programmes"},
                    DashboardViewOf(app, request, language.lang, *dashboard), language, visitor);
}

}  // namespace stegvis::web
