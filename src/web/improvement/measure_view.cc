#include "web/improvement/measure_view.h"

#include <boost/json/array.hpp>

#include "chart/analysis_view.h"
#include "chart/chart_svg.h"
#include "chart/data_table.h"
#include "chart/groups_input.h"
#include "chart/labels.h"
#include "core/clock.h"
#include "domain/measure_phases.h"
#include "domain/point_notes.h"
#include "stats/verdict.h"
#include "web/improvement/import_file.h"
#include "web/improvement/point_notes_view.h"
#include "web/improvement/verdict_text.h"
#include "web/pdsa/pdsa_views.h"
#include "web/render/chart_words.h"

namespace stegvis::web {
namespace {

// Inline SVG goes into HTML without its XML declaration.
std::string Inline(std::string svg) {
  if (svg.rfind("<?xml", 0) == 0) svg.erase(0, svg.find('\n') + 1);
  return svg;
}

chart::RenderOptions Narrow(const chart::RenderOptions& wide) {
  chart::RenderOptions narrow = chart::NarrowOptions(wide);
  narrow.css_class = "chart-narrow";
  return narrow;
}

void CollectHits(const stats::Analysis& analysis, const std::string& series,
                 const chart::ChartLabels& labels, std::vector<RuleHit>& out) {
  for (const stats::Point& p : analysis.points) {
    if (p.rules.Empty()) continue;
    RuleHit hit{series, p.label, {}, chart::SignalWords(p, labels)};
    for (int r = 0; r < stats::kRuleCount; ++r) {
      auto rule = static_cast<stats::Rule>(r);
      if (p.rules.Has(rule)) hit.rules.emplace_back(stats::RuleName(rule));
    }
    out.push_back(std::move(hit));
  }
}

// How the frozen baseline set a chart's lines, in words; "" without one. `series` names the
// chart ("Kvinnor och män: ") when the page's charts were set differently.
std::string BaselineWords(const App& app, const std::string& lang, const domain::Measure& measure,
                          domain::BaselineUse use, const std::string& series) {
  if (use == domain::BaselineUse::kNone || !measure.baseline_points) return "";
  return series +
         app.catalogue.Format(lang, "measure.baseline." + std::string(domain::BaselineUseName(use)),
                              {{"n", std::to_string(*measure.baseline_points)}});
}

// The rules and the baseline of the analysis `a` of `measure`, in words.
std::vector<std::string> RulesWords(const App& app, const std::string& lang,
                                    const domain::Measure& measure,
                                    const domain::MeasureAnalysis& a) {
  std::vector<std::string> out{
      app.catalogue.Get(lang, "measure.rules." + std::string(stats::RuleSetName(a.rules)))};
  // A programme's common measure follows the rules the programme chose for it.
  if (measure.definition_id) out.push_back(app.catalogue.Get(lang, "measure.rules_by_programme"));
  const bool differ = a.total && a.groups && a.baseline_total != a.baseline_groups;
  if (a.total) {
    std::string words =
        BaselineWords(app, lang, measure, a.baseline_total,
                      differ ? app.catalogue.Get(lang, "group.total_label") + ": " : "");
    if (!words.empty()) out.push_back(std::move(words));
  }
  if (a.groups && (!a.total || differ)) {
    std::string words =
        BaselineWords(app, lang, measure, a.baseline_groups,
                      differ ? app.catalogue.Format(
                                   lang, "measure.baseline.groups_prefix",
                                   {{"a", app.catalogue.Get(lang, "group." + a.group_a + "_label")},
                                    {"b", app.catalogue.Get(lang, "group." + a.group_b)}})
                             : "");
    if (!words.empty()) out.push_back(std::move(words));
  }
  return out;
}

}  // namespace

core::Result<MeasureCharts> BuildMeasureCharts(const App& app, const std::string& lang,
                                               const domain::MeasureDetails& details,
                                               const std::string& id_prefix) {
  const std::set<std::string> excluded = domain::ExcludedPeriods(details.point_notes);
  auto analysis = domain::AnalyzeMeasure(details.measure, details.observations,
                                         domain::PhaseStarts(details.phases), excluded);
  if (!analysis) return core::Fail(analysis.error());
  MeasureCharts out;
  out.analysis = std::move(*analysis);
  out.phase_proposal = domain::ProposePhaseFor(out.analysis, details.cycle_markers);
  const domain::MeasureAnalysis& a = out.analysis;
  chart::ChartLabels labels = ChartWords(app.catalogue, lang);
  labels.y_axis = details.measure.unit;
  const stats::RuleSet rules = a.rules;

  out.recommended_text = app.catalogue.Format(
      lang, "measure.recommended",
      {{"chart", chart::ChartName(labels, a.recommended.chart)},
       {"reason", app.catalogue.Get(lang, "choice." + std::string(stats::ChoiceReasonName(
                                                          a.recommended.reason)))}});
  out.rules_text = RulesWords(app, lang, details.measure, a);
  if (!excluded.empty()) {
    out.rules_text.push_back(app.catalogue.Format(lang, "point_note.excluded_summary",
                                                  {{"n", std::to_string(excluded.size())}}));
    if (a.groups && !a.groups_exclude) {
      out.rules_text.push_back(app.catalogue.Get(lang, "point_note.groups_not_excluded"));
    }
  }
  std::vector<chart::Annotation> markers = CycleAnnotations(app, lang, details.cycle_markers);
  for (chart::Annotation& m : PointNoteAnnotations(app, lang, details)) {
    markers.push_back(std::move(m));
  }
  if (a.overridden) {
    out.recommended_text +=
        " " + app.catalogue.Format(lang, "measure.overridden",
                                   {{"chart", chart::ChartName(labels, a.chart)}});
  }
  if (a.total) {
    labels.title = details.measure.name + (details.measure.grouping == domain::Grouping::kNone
                                               ? ""
                                               : " – " + app.catalogue.Get(lang, "group.total"));
    chart::ChartInput input;
    input.series.push_back({&*a.total, ""});
    input.rules = rules;
    input.annotations = markers;
    chart::RenderOptions options;
    options.id = id_prefix + "total";
    options.css_class = "chart-wide";
    out.total_svg = Inline(chart::RenderChartSvg(input, labels, options));
    out.total_svg_narrow = Inline(chart::RenderChartSvg(input, labels, Narrow(options)));
    out.total_data = chart::BuildDataTable(input, labels);
    out.total_table = chart::DataTableHtml(out.total_data);
    stats::Judgement j = stats::JudgeSeries(*a.total, rules, a.direction);
    out.verdicts.push_back(DescribeJudgement(
        app.catalogue, lang, app.catalogue.Get(lang, "group.total_in_sentence"), j, *a.total));
    CollectHits(*a.total, app.catalogue.Get(lang, "group.total"), labels, out.hits);
  }
  if (a.groups) {
    const std::string name_a = app.catalogue.Get(lang, "group." + a.group_a);
    const std::string name_b = app.catalogue.Get(lang, "group." + a.group_b);
    chart::ChartLabels group_labels = labels;
    group_labels.title =
        details.measure.name + " – " +
        app.catalogue.Format(lang, "measure.groups_title", {{"a", name_a}, {"b", name_b}});
    group_labels.women = app.catalogue.Get(lang, "group." + a.group_a + "_label");
    group_labels.men = app.catalogue.Get(lang, "group." + a.group_b + "_label");
    chart::ChartInput input = chart::GroupsInput(*a.groups, group_labels, rules);
    input.annotations = markers;
    chart::RenderOptions options;
    options.id = id_prefix + "groups";
    options.css_class = "chart-wide";
    out.groups_svg = Inline(chart::RenderChartSvg(input, group_labels, options));
    out.groups_svg_narrow = Inline(chart::RenderChartSvg(input, group_labels, Narrow(options)));
    out.groups_data = chart::BuildDataTable(input, group_labels);
    out.groups_table = chart::DataTableHtml(out.groups_data);
    out.verdicts.push_back(
        DescribeJudgement(app.catalogue, lang, name_a, a.groups->verdict_a, a.groups->group_a));
    out.verdicts.push_back(
        DescribeJudgement(app.catalogue, lang, name_b, a.groups->verdict_b, a.groups->group_b));
    out.verdicts.push_back(DescribeGap(app.catalogue, lang, name_a, name_b, *a.groups));
    CollectHits(a.groups->group_a, group_labels.women, labels, out.hits);
    CollectHits(a.groups->group_b, group_labels.men, labels, out.hits);
  }
  return out;
}

namespace {

// Measure::source as JSON: KoladaSourceJson, or null when the values have no named source.
boost::json::value SourceJson(const std::string& source) {
  auto kolada = domain::ParseKoladaSource(source);
  return kolada ? boost::json::value(KoladaSourceJson(*kolada)) : boost::json::value(nullptr);
}

}  // namespace

boost::json::object MeasureJson(const domain::Measure& m) {
  boost::json::array groups;
  for (const std::string& g : domain::GroupsOf(m.grouping))
    groups.push_back(boost::json::string(g));
  boost::json::object o{
      {"id", m.id},
      {"project_id", m.project_id ? boost::json::value(*m.project_id) : nullptr},
      {"programme_id", m.programme_id ? boost::json::value(*m.programme_id) : nullptr},
      {"definition_id", m.definition_id ? boost::json::value(*m.definition_id) : nullptr},
      {"name", m.name},
      {"definition", m.definition},
      {"kind", domain::MeasureKindName(m.kind)},
      {"data_type", stats::DataTypeName(m.data_type)},
      {"unit", m.unit},
      {"frequency", domain::FrequencyName(m.frequency)},
      {"direction", domain::BetterName(m.direction)},
      {"target", m.target},
      {"target_date", m.target_date},
      {"baseline", m.baseline},
      {"grouping", domain::GroupingName(m.grouping)},
      {"groups", std::move(groups)},
      {"no_sex_reason", m.no_sex_reason},
      {"chart_override", m.chart_override},
      {"rule_set", stats::RuleSetName(m.rule_set)},
      {"baseline_points",
       m.baseline_points ? boost::json::value(*m.baseline_points) : boost::json::value(nullptr)},
      {"source", SourceJson(m.source)},
      {"version", m.version},
      {"data_version", m.data_version}};
  // A programme's common definition may be retired; a team's measure never is.
  if (!m.project_id) o["retired"] = m.retired;
  return o;
}

std::string ChangedByWords(const App& app, const std::string& lang, const std::string& who,
                           std::int64_t at) {
  std::string iso = core::FormatIsoUtc(at);
  return app.catalogue.Format(
      lang, "error.changed_by",
      {{"who", who}, {"when", iso.substr(0, 10) + " " + iso.substr(11, 5)}});
}

std::string CellErrorWords(const App& app, const std::string& lang, const core::Error& error) {
  std::string reason = error.key.empty() ? error.message : app.catalogue.Get(lang, error.key);
  if (error.field.rfind("row ", 0) != 0) return reason;
  std::string rest = error.field.substr(4);
  std::size_t colon = rest.find(':');
  std::string row = rest.substr(0, colon);
  if (colon == std::string::npos) {
    return app.catalogue.Format(lang, "grid.row_error", {{"row", row}, {"reason", reason}});
  }
  std::string group = app.catalogue.Get(lang, "group." + rest.substr(colon + 2));
  return app.catalogue.Format(lang, "grid.cell_error",
                              {{"row", row}, {"group", group}, {"reason", reason}});
}

}  // namespace stegvis::web
