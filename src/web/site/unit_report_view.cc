#include "web/site/unit_report_view.h"

#include "chart/number_format.h"
#include "chart/period_labels.h"
#include "domain/goals.h"
#include "web/goals/goal_views.h"
#include "web/improvement/measure_view.h"

namespace stegvis::web {
namespace {

// How many years back the period picker offers.
constexpr int kPickerYears = 4;

chart::Lang ChartLang(const std::string& lang) {
  return lang == "en" ? chart::Lang::kEn : chart::Lang::kSv;
}

std::string GroupWord(const App& app, const std::string& lang, const std::string& group) {
  return app.catalogue.Get(lang, "group." + group);
}

std::string Count(std::size_t n) {
  return std::to_string(n);
}

std::vector<ReportChoiceView> Choices(const App& app, const std::string& lang,
                                      const domain::ReportPeriod& shown, core::Date today) {
  std::vector<ReportChoiceView> out;
  for (int year = today.Year(); year > today.Year() - kPickerYears; --year) {
    for (int tertial : {3, 2, 1, 0}) {
      const domain::ReportPeriod p = domain::MakeReportPeriod(year, tertial);
      if (p.first > today) continue;
      out.push_back({p.Code(), ReportPeriodWords(app, lang, p), p == shown});
    }
  }
  return out;
}

ReportMeasureView MeasureLine(const domain::ReportMeasure& m) {
  const domain::MeasureDetails& d = m.details;
  return {d.measure.id, d.measure.name, d.project.title, d.team.name, {}};
}

ReportCycleView CycleOf(const App& app, const std::string& lang, const domain::ReportCycle& c) {
  const domain::PdsaContent& t = c.cycle.content;
  ReportCycleView view{
      c.cycle.id, t.title,
      app.catalogue.Format(
          lang, "unitreport.cycle_detail",
          {{"project", c.project_title}, {"team", c.team_name}, {"date", c.decided_on}}),
      std::nullopt, std::nullopt};
  if (!t.learning.empty()) view.learning = t.learning;
  if (!t.result.empty()) view.result = t.result;
  return view;
}

ReportDecisionView Decision(const App& app, const std::string& lang, const char* css,
                            const std::vector<domain::ReportCycle>& cycles) {
  ReportDecisionView view{
      app.catalogue.Get(lang, std::string("unitreport.decision.") + css), css, !cycles.empty(), {}};
  for (const domain::ReportCycle& c : cycles) view.cycles.push_back(CycleOf(app, lang, c));
  return view;
}

ReportItemView GoalItem(const App& app, const std::string& lang, const domain::GoalCoverage& g,
                        bool counts) {
  ReportItemView item{g.entry.id,
                      GoalLabel(app, lang, g.entry) + " " + domain::GoalTitle(g.entry, lang), ""};
  if (counts) {
    item.detail = app.catalogue.Format(lang, "unitreport.goal_counts",
                                       {{"projects", std::to_string(g.projects)},
                                        {"programmes", std::to_string(g.programmes)},
                                        {"measures", std::to_string(g.measures)}});
  }
  return item;
}

std::vector<std::string> Summary(const App& app, const std::string& lang,
                                 const domain::UnitReport& r) {
  std::size_t active = 0, signals = 0, narrowed = 0, widened = 0;
  for (const domain::ReportProject& p : r.projects) {
    active += p.project.status == domain::ProjectStatus::kActive;
  }
  for (const domain::ReportMeasure& m : r.measures) {
    signals += !m.signals.empty();
    narrowed += m.GapNarrowed();
    widened += m.GapWidened();
  }
  const auto& c = app.catalogue;
  return {c.Format(lang, "unitreport.summary.work",
                   {{"unit", r.unit.name},
                    {"projects", Count(r.projects.size())},
                    {"active", Count(active)},
                    {"programmes", Count(r.programmes.size())}}),
          c.Format(lang, "unitreport.summary.measures",
                   {{"signals", Count(signals)},
                    {"narrowed", Count(narrowed)},
                    {"widened", Count(widened)}}),
          c.Format(lang, "unitreport.summary.cycles",
                   {{"adopted", Count(r.adopted.size())},
                    {"adapted", Count(r.adapted.size())},
                    {"abandoned", Count(r.abandoned.size())}}),
          c.Format(lang, "unitreport.summary.goals",
                   {{"addressed", Count(r.goals_addressed.size())},
                    {"unaddressed", Count(r.goals_unaddressed.size())}})};
}

void AddWork(const App& app, const std::string& lang, const domain::UnitReport& r,
             UnitReportView& view) {
  for (const domain::ReportProject& p : r.projects) {
    const std::string status = app.catalogue.Get(
        lang, "project.status." + std::string(domain::ProjectStatusName(p.project.status)));
    view.projects.push_back({p.project.id, p.project.title, status + " · " + p.team_name});
  }
  for (const domain::ReportProgramme& p : r.programmes) {
    std::string teams;
    for (const std::string& t : p.team_names) teams += (teams.empty() ? "" : ", ") + t;
    const std::string state = app.catalogue.Get(
        lang, p.programme.closed ? "unitreport.programme_closed" : "unitreport.programme_open");
    view.programmes.push_back({p.programme.id, p.programme.name, state + " · " + teams});
  }
  view.has_projects = !view.projects.empty();
  view.has_programmes = !view.programmes.empty();
}

core::Result<void> AddMeasures(const App& app, const std::string& lang, const domain::UnitReport& r,
                               UnitReportView& view) {
  for (const domain::ReportMeasure& m : r.measures) {
    if (m.GapNarrowed() || m.GapWidened()) {
      ReportMeasureView line = MeasureLine(m);
      line.lines.push_back(GapWords(app, lang, m));
      view.gaps.push_back(std::move(line));
    }
    if (m.signals.empty()) continue;
    ReportMeasureView line = MeasureLine(m);
    for (const domain::GroupSignal& s : m.signals) line.lines.push_back(SignalWords(app, lang, s));
    view.signals.push_back(std::move(line));
    auto charts =
        BuildMeasureCharts(app, lang, m.details, "r" + std::to_string(m.details.measure.id) + "-");
    if (!charts) return core::Fail(charts.error());
    view.charts.push_back({m.details.measure.id, m.details.measure.name,
                           RawHtml{charts->groups_svg + charts->groups_svg_narrow},
                           charts->verdicts});
  }
  view.has_signals = !view.signals.empty();
  view.has_gaps = !view.gaps.empty();
  view.has_charts = !view.charts.empty();
  return {};
}

}  // namespace

std::string ReportPeriodWords(const App& app, const std::string& lang,
                              const domain::ReportPeriod& period) {
  const std::string year = std::to_string(period.year);
  if (period.tertial == 0)
    return app.catalogue.Format(lang, "unitreport.period_year", {{"year", year}});
  const std::string n = std::to_string(period.tertial);
  return app.catalogue.Format(
      lang, "unitreport.period_tertial",
      {{"n", n}, {"year", year}, {"months", app.catalogue.Get(lang, "unitreport.months_t" + n)}});
}

core::Result<domain::ReportPeriod> RequestedPeriod(const Request& request, core::Date today) {
  std::optional<std::string> text = request.Query("period");
  if (!text) return domain::DefaultReportPeriod(today);
  return domain::ParseReportPeriod(*text, today);
}

std::string SignalWords(const App& app, const std::string& lang, const domain::GroupSignal& s) {
  const chart::PeriodLabels labels = chart::FormatPeriods(s.periods, ChartLang(lang));
  std::string periods = labels.long_labels.front();
  if (labels.long_labels.size() > 1) periods += " – " + labels.long_labels.back();
  const std::string type(stats::PointTypeName(s.type)), kind(stats::SignalKindName(s.kind));
  return app.catalogue.Format(lang, "unitreport.signal",
                              {{"group", GroupWord(app, lang, s.group)},
                               {"type", app.catalogue.Get(lang, "dashboard.variation." + type)},
                               {"kind", app.catalogue.Get(lang, "unitreport.kind." + kind)},
                               {"periods", periods}});
}

std::string GapWords(const App& app, const std::string& lang, const domain::ReportMeasure& m) {
  const std::vector<std::string> groups = domain::GroupsOf(m.details.measure.grouping);
  const std::string a = GroupWord(app, lang, groups[0]), b = GroupWord(app, lang, groups[1]);
  std::string words = app.catalogue.Format(
      lang, m.GapNarrowed() ? "unitreport.gap_narrowed" : "unitreport.gap_widened",
      {{"a", a}, {"b", b}});
  auto number = [&](const std::optional<double>& v) {
    return v ? chart::FormatNumber(*v, 1, ChartLang(lang)) : std::string("–");
  };
  words += " " + app.catalogue.Format(lang, "unitreport.gap_values",
                                      {{"a", a},
                                       {"b", b},
                                       {"before", number(m.gap_value_before)},
                                       {"end", number(m.gap_value_end)}});
  if (m.gap_before) {
    words +=
        " " + app.catalogue.Format(
                  lang, "unitreport.gap_before",
                  {{"verdict",
                    app.catalogue.Get(
                        lang, "gender.gap." + std::string(stats::GapVerdictName(*m.gap_before)))}});
  }
  return words;
}

core::Result<UnitReportView> MakeUnitReportView(const App& app, const std::string& lang,
                                                const domain::UnitReport& report,
                                                core::Date today) {
  UnitReportView view;
  view.id = report.unit.id;
  view.unit = report.unit.name;
  view.period = ReportPeriodWords(app, lang, report.period);
  view.code = report.period.Code();
  view.today = today.ToString();
  view.choices = Choices(app, lang, report.period, today);
  view.summary = Summary(app, lang, report);
  AddWork(app, lang, report, view);
  auto measures = AddMeasures(app, lang, report, view);
  if (!measures) return core::Fail(measures.error());
  view.decisions = {Decision(app, lang, "adopted", report.adopted),
                    Decision(app, lang, "adapted", report.adapted),
                    Decision(app, lang, "abandoned", report.abandoned)};
  for (const domain::GoalCoverage& g : report.goals_addressed) {
    view.goals_addressed.push_back(GoalItem(app, lang, g, true));
  }
  for (const domain::GoalCoverage& g : report.goals_unaddressed) {
    view.goals_unaddressed.push_back(GoalItem(app, lang, g, false));
  }
  view.has_goals_addressed = !view.goals_addressed.empty();
  view.has_goals_unaddressed = !view.goals_unaddressed.empty();
  return view;
}

}  // namespace stegvis::web
