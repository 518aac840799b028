// A measure's page: its definition, the automatic statistics (recommended chart, verdicts in
// words, the rules that fired, women and men side by side with the gap, data tables and
// downloads) and the observation grid; POST saves the grid (or a paste from Excel) as one
// all-or-nothing, version-checked batch.

#include <limits>
#include <map>
#include <set>

#include <boost/json/array.hpp>

#include "chart/labels.h"
#include "chart/period_labels.h"
#include "core/date.h"
#include "core/text.h"
#include "domain/audit.h"
#include "domain/measure_phases.h"
#include "domain/measures.h"
#include "io/analysis_writer.h"
#include "web/goals/goal_views.h"
#include "web/http/access_guard.h"
#include "web/improvement/handlers.h"
#include "web/improvement/measure_view.h"
#include "web/pdsa/pdsa_views.h"
#include "web/render/chart_words.h"
#include "web/render/error_status.h"
#include "web/render/forms.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

struct GridValues {
  // (period, group) -> typed value and denominator, as shown in the inputs.
  std::map<std::pair<std::string, std::string>, std::pair<std::string, std::string>> cells;
  std::vector<std::string> periods;
};

// Stored numbers shown as people type them: a decimal comma in Swedish.
std::string Shown(std::string canonical, const std::string& lang) {
  if (lang == "sv") {
    for (char& c : canonical) {
      if (c == '.') c = ',';
    }
  }
  return canonical;
}

GridValues StoredGrid(const domain::MeasureDetails& d, const std::string& lang, std::int64_t now) {
  GridValues g;
  std::set<std::string> periods;
  for (const domain::Observation& o : d.observations) {
    periods.insert(o.period);
    g.cells[{o.period, o.group}] = {Shown(o.value, lang), Shown(o.denominator, lang)};
  }
  g.periods = domain::GridPeriods(
      d.measure.frequency, {periods.begin(), periods.end()},
      domain::PeriodContaining(d.measure.frequency, core::Date::FromUnixSeconds(now)));
  return g;
}

std::string FieldName(const char* prefix, const std::string& period, const std::string& group) {
  return std::string(prefix) + "." + period + "." + group;
}

// The submitted grid as cells (every input, empty ones too: an emptied cell is removed).
std::vector<domain::CellInput> SubmittedCells(const Form& form, const domain::Measure& m,
                                              const std::vector<std::string>& periods) {
  std::vector<domain::CellInput> cells;
  const bool den = domain::HasDenominator(m.data_type);
  for (const std::string& period : periods) {
    for (const std::string& group : domain::GroupsOf(m.grouping)) {
      cells.push_back({period, group, form.Get(FieldName("v", period, group)),
                       den ? form.Get(FieldName("d", period, group)) : std::string()});
    }
  }
  return cells;
}

Response RenderMeasure(const App& app, Request& request, const Visitor& visitor,
                       const domain::MeasureDetails& d, const GridValues& grid,
                       boost::json::object view, int status,
                       const domain::Measure* shown_measure = nullptr) {
  const LanguageChoice language = ChooseLanguage(request);
  const std::string& lang = language.lang;
  const domain::Measure& m = d.measure;
  view["id"] = m.id;
  view["heading"] = m.name;
  view["team_id"] = d.team.id;
  view["team"] = d.team.name;
  view["project_id"] = d.project.id;
  view["project"] = d.project.title;
  view["kind"] =
      app.catalogue.Get(lang, "measure.kind." + std::string(domain::MeasureKindName(m.kind)));
  view["data_type"] =
      app.catalogue.Get(lang, "measure.data_type." + std::string(stats::DataTypeName(m.data_type)));
  view["frequency"] = app.catalogue.Get(
      lang, "measure.frequency." + std::string(domain::FrequencyName(m.frequency)));
  view["direction"] =
      app.catalogue.Get(lang, "measure.direction." + std::string(domain::BetterName(m.direction)));
  // Mustache treats an empty string as true: set only what has a value.
  for (const auto& [key, value] : {std::pair<const char*, std::string>{"unit", m.unit},
                                   {"target", Shown(m.target, lang)},
                                   {"target_date", m.target_date},
                                   {"baseline", Shown(m.baseline, lang)},
                                   {"definition", m.definition},
                                   {"no_sex_reason", m.no_sex_reason}}) {
    if (!value.empty()) view[key] = value;
  }
  view["split"] = m.grouping != domain::Grouping::kNone;
  view["may_change"] = d.may_change;
  view["data_version"] = m.data_version;
  if (m.data_version > 0 && !m.data_updated_by.empty()) {
    std::string iso = core::FormatIsoUtc(m.data_updated_at);
    view["last_saved"] = app.catalogue.Format(
        lang, "grid.last_saved",
        {{"who", m.data_updated_by}, {"when", iso.substr(0, 10) + " " + iso.substr(11, 5)}});
  }

  // The definition form: what was submitted when shown again with an error, else what is stored.
  const domain::Measure& f = shown_measure ? *shown_measure : m;
  boost::json::object form{{"name", f.name},
                           {"definition", f.definition},
                           {"unit", f.unit},
                           {"target", Shown(f.target, lang)},
                           {"target_date", f.target_date},
                           {"baseline", Shown(f.baseline, lang)},
                           {"no_sex_reason", f.no_sex_reason},
                           {"up", f.direction == domain::Better::kUp},
                           {"data_type", stats::DataTypeName(f.data_type)},
                           {"grouping", domain::GroupingName(f.grouping)},
                           {"version", m.version}};
  boost::json::array kinds;
  for (domain::MeasureKind k : {domain::MeasureKind::kOutcome, domain::MeasureKind::kProcess,
                                domain::MeasureKind::kBalancing}) {
    std::string name(domain::MeasureKindName(k));
    kinds.push_back(boost::json::object{{"value", name},
                                        {"label", app.catalogue.Get(lang, "measure.kind." + name)},
                                        {"selected", k == f.kind}});
  }
  form["kinds"] = std::move(kinds);
  boost::json::array charts_list{
      boost::json::object{{"value", ""},
                          {"label", app.catalogue.Get(lang, "measure.chart_auto")},
                          {"selected", f.chart_override.empty()}}};
  const chart::ChartLabels words = ChartWords(app.catalogue, lang);
  for (const char* c : {"run", "i", "xmr", "p", "pp", "u", "up", "c", "g", "t"}) {
    charts_list.push_back(
        boost::json::object{{"value", c},
                            {"label", chart::ChartName(words, *stats::ParseChartType(c))},
                            {"selected", f.chart_override == c}});
  }
  form["charts"] = std::move(charts_list);
  view["form"] = std::move(form);

  auto charts = BuildMeasureCharts(app, lang, d);
  if (charts) {
    view["has_data"] = !charts->total_svg.empty() || !charts->groups_svg.empty();
    view["recommended"] = charts->recommended_text;
    // Only charts that exist: Mustache would show a figure (and its downloads) for "".
    if (!charts->total_svg.empty()) {
      view["total_svg"] = charts->total_svg;
      view["total_table"] = charts->total_table;
    }
    if (!charts->groups_svg.empty()) {
      view["groups_svg"] = charts->groups_svg;
      view["groups_table"] = charts->groups_table;
      // One CSV per group the measure is split by, named after the groups it really has
      // (women and men, or girls and boys).
      boost::json::array downloads;
      for (const std::string& g : {charts->analysis.group_a, charts->analysis.group_b}) {
        downloads.push_back(boost::json::object{
            {"group", g},
            {"text", app.catalogue.Format(lang, "charts.download_csv_group",
                                          {{"group", app.catalogue.Get(lang, "group." + g)}})}});
      }
      view["group_downloads"] = std::move(downloads);
    }
    boost::json::array verdicts;
    for (const std::string& v : charts->verdicts) verdicts.push_back(boost::json::string(v));
    view["verdicts"] = std::move(verdicts);
    boost::json::array hits;
    std::vector<std::string> hit_periods;
    for (const RuleHit& h : charts->hits) hit_periods.push_back(h.period);
    chart::PeriodLabels hit_labels =
        chart::FormatPeriods(hit_periods, lang == "en" ? chart::Lang::kEn : chart::Lang::kSv);
    for (std::size_t i = 0; i < charts->hits.size(); ++i) {
      hits.push_back(boost::json::object{{"series", charts->hits[i].series},
                                         {"period", hit_labels.long_labels[i]},
                                         {"words", charts->hits[i].words}});
    }
    AddPhaseProposal(app, lang, d, charts->phase_proposal, view);
    view["phase_saved"] = request.Query("fas").has_value();
    view["has_hits"] = !hits.empty();
    view["hits"] = std::move(hits);
  }

  // The grid: periods down, groups across (value, and denominator for proportions and rates).
  const std::vector<std::string> groups = domain::GroupsOf(m.grouping);
  const bool den = domain::HasDenominator(m.data_type);
  view["has_denominator"] = den;
  boost::json::array columns;
  for (const std::string& g : groups) {
    columns.push_back(boost::json::object{
        {"name", app.catalogue.Get(lang, "group." + g + "_label")}, {"span", den ? 2 : 1}});
  }
  view["columns"] = std::move(columns);
  boost::json::array subcolumns;
  if (den) {
    for (std::size_t i = 0; i < groups.size(); ++i) {
      subcolumns.push_back(boost::json::string(app.catalogue.Get(lang, "grid.numerator")));
      subcolumns.push_back(boost::json::string(app.catalogue.Get(lang, "grid.denominator")));
    }
  }
  view["subcolumns"] = std::move(subcolumns);
  chart::PeriodLabels labels =
      chart::FormatPeriods(grid.periods, lang == "en" ? chart::Lang::kEn : chart::Lang::kSv);
  // The cell a refused save names: marked invalid, described by the message, and focused.
  const boost::json::string* error_cell =
      view.contains("error_cell") ? view.at("error_cell").if_string() : nullptr;
  boost::json::array rows;
  for (std::size_t r = 0; r < grid.periods.size(); ++r) {
    const std::string& period = grid.periods[r];
    boost::json::array cells;
    for (const std::string& g : groups) {
      auto it = grid.cells.find({period, g});
      const std::string group_label = app.catalogue.Get(lang, "group." + g + "_label");
      const std::string name = FieldName("v", period, g);
      cells.push_back(boost::json::object{
          {"name", name},
          {"invalid", error_cell && *error_cell == name},
          {"value", it == grid.cells.end() ? "" : it->second.first},
          {"label", group_label + ", " + labels.long_labels[r] +
                        (den ? ", " + app.catalogue.Get(lang, "grid.numerator") : "")}});
      if (den) {
        cells.push_back(
            boost::json::object{{"name", FieldName("d", period, g)},
                                {"value", it == grid.cells.end() ? "" : it->second.second},
                                {"label", group_label + ", " + labels.long_labels[r] + ", " +
                                              app.catalogue.Get(lang, "grid.denominator")}});
      }
    }
    rows.push_back(boost::json::object{
        {"period", period}, {"label", labels.long_labels[r]}, {"cells", std::move(cells)}});
  }
  view["rows"] = std::move(rows);
  AddGoalLinksBlock(app, request, visitor, domain::GoalObject::kMeasure, d.measure.id, 2, view);
  return RenderPage(app, request, {"measure", "measure.title", "", status}, std::move(view),
                    language, visitor);
}

}  // namespace

HandlerResult MeasurePage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto details = domain::LoadMeasure(app.store, *visitor.principal(), *id);
  if (!details) return core::Fail(details.error());
  const std::string lang = ChooseLanguage(request).lang;
  return RenderMeasure(app, request, visitor, *details,
                       StoredGrid(*details, lang, app.clock.NowUnixSeconds()),
                       {{"saved", request.Query("sparat").has_value()}}, 200);
}

HandlerResult MeasureDataSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  auto details = domain::LoadMeasure(app.store, principal, *id);
  if (!details) return core::Fail(details.error());
  const std::string lang = ChooseLanguage(request).lang;
  Form form(request);
  // Strictly digits: "6abc" must not be read as version 6.
  const std::string base_text = form.Get("data_version");
  auto base = base_text.empty()
                  ? core::Result<std::int64_t>(0)
                  : ParseWholeNumber(base_text, 0, std::numeric_limits<std::int64_t>::max(),
                                     "data_version");
  if (!base) return core::Fail(base.error());
  const std::string paste = form.Get("paste");
  GridValues shown = StoredGrid(*details, lang, app.clock.NowUnixSeconds());
  core::Result<std::vector<domain::CellInput>> cells =
      !core::IsBlank(paste) ? domain::ParsePastedGrid(details->measure, paste)
                            : core::Result<std::vector<domain::CellInput>>(
                                  SubmittedCells(form, details->measure, shown.periods));
  core::Result<domain::SavedBatch> saved =
      cells ? domain::SaveObservations(app.store, app.clock, principal,
                                       domain::ActorFor(principal, ClientAddress(request)), *id,
                                       *base, *cells)
            : core::Result<domain::SavedBatch>(core::Fail(cells.error()));
  if (saved) return Response::Redirect("/matt/" + std::to_string(*id) + "?sparat=1#data");
  const core::Error& error = saved.error();
  if (error.code != core::ErrorCode::kInvalidInput && error.code != core::ErrorCode::kConflict) {
    return core::Fail(error);
  }
  boost::json::object view;
  std::string text;
  if (error.code == core::ErrorCode::kConflict) {
    auto now = domain::LoadMeasure(app.store, principal, *id);
    if (now) details = std::move(now);
    text = ChangedByWords(app, lang, details->measure.data_updated_by,
                          details->measure.data_updated_at);
  } else {
    // Name the period (what the user sees) instead of the cell's place in the batch.
    core::Error named = error;
    if (cells && named.field.rfind("row ", 0) == 0) {
      std::size_t index = std::strtoul(named.field.c_str() + 4, nullptr, 10);
      if (!paste.empty()) {
        text = CellErrorWords(app, lang, named);
      } else if (index >= 1 && index <= cells->size()) {
        const domain::CellInput& c = (*cells)[index - 1];
        std::string period =
            chart::FormatPeriods(std::vector<std::string>{c.period},
                                 lang == "en" ? chart::Lang::kEn : chart::Lang::kSv)
                .long_labels.front();
        text = app.catalogue.Format(
            lang, "grid.period_error",
            {{"period", period},
             {"group", app.catalogue.Get(lang, "group." + c.group)},
             {"reason", named.key.empty() ? named.message : app.catalogue.Get(lang, named.key)}});
        view["error_cell"] = FieldName("v", c.period, c.group);
      }
    } else {
      text = CellErrorWords(app, lang, named);
    }
  }
  const boost::json::string* cell =
      view.contains("error_cell") ? view.at("error_cell").if_string() : nullptr;
  view["errors"] = boost::json::array{
      boost::json::object{{"field", cell ? std::string(*cell) : "data"}, {"text", text}}};
  view["has_errors"] = true;
  // Mustache opens the paste box for any string, an empty one too: only for a real paste.
  if (!core::IsBlank(paste)) view["paste"] = paste;
  // Show what the user typed, not what is stored, so nothing they wrote is lost.
  if (paste.empty() && error.code == core::ErrorCode::kInvalidInput) {
    for (const std::string& period : shown.periods) {
      for (const std::string& g : domain::GroupsOf(details->measure.grouping)) {
        shown.cells[{period, g}] = {form.Get(FieldName("v", period, g)),
                                    form.Get(FieldName("d", period, g))};
      }
    }
  } else {
    shown = StoredGrid(*details, lang, app.clock.NowUnixSeconds());
  }
  return RenderMeasure(app, request, visitor, *details, shown, std::move(view),
                       HttpStatus(error.code));
}

HandlerResult MeasureSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  auto details = domain::LoadMeasure(app.store, principal, *id);
  if (!details) return core::Fail(details.error());
  Form form(request);
  domain::Measure m = details->measure;
  m.name = form.Get("name");
  m.definition = form.Get("definition");
  m.unit = form.Get("unit");
  m.kind = domain::ParseMeasureKind(form.Get("kind")).value_or(m.kind);
  m.direction = domain::ParseBetter(form.Get("direction")).value_or(m.direction);
  m.target = form.Get("target");
  m.target_date = form.Get("target_date");
  m.baseline = form.Get("baseline");
  m.no_sex_reason = form.Get("no_sex_reason");
  m.chart_override = form.Get("chart_override");
  m.version = std::strtoll(form.Get("version").c_str(), nullptr, 10);
  auto done = domain::ChangeMeasure(app.store, app.clock, principal,
                                    domain::ActorFor(principal, ClientAddress(request)), m);
  if (done) return Response::Redirect("/matt/" + std::to_string(*id) + "?sparat=1");
  const core::Error& e = done.error();
  if (e.code != core::ErrorCode::kInvalidInput && e.code != core::ErrorCode::kConflict) {
    return core::Fail(e);
  }
  const std::string lang = ChooseLanguage(request).lang;
  boost::json::object view{{"edit_open", true}};
  if (e.code == core::ErrorCode::kConflict) {
    view["errors"] = boost::json::array{boost::json::object{
        {"field", "e_name"},
        {"text",
         ChangedByWords(app, lang, details->measure.updated_by, details->measure.updated_at)}}};
    view["has_errors"] = true;
  } else {
    core::Error field_error = e;
    field_error.field = "e_" + e.field;
    AddFormError(view, app, lang, field_error);
  }
  // The summary goes above the definition form, not above the grid.
  view["edit_errors"] = view["errors"];
  view["edit_has_errors"] = true;
  view.erase("errors");
  view.erase("has_errors");
  return RenderMeasure(app, request, visitor, *details,
                       StoredGrid(*details, lang, app.clock.NowUnixSeconds()), std::move(view),
                       HttpStatus(e.code), &m);
}

HandlerResult MeasureChartSvg(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto details = domain::LoadMeasure(app.store, *visitor.principal(), *id);
  if (!details) return core::Fail(details.error());
  const std::string lang = ChooseLanguage(request).lang;
  auto charts = BuildMeasureCharts(app, lang, *details);
  if (!charts) return core::Fail(charts.error());
  const bool groups = request.Query("visa").value_or("") == "grupper";
  // A download the page does not offer (the groups of a measure not split) is not there.
  if (groups && charts->groups_svg.empty()) return core::Fail(core::Error::NotFoundObject());
  Response response{200,
                    {},
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
                        (groups ? charts->groups_svg : charts->total_svg)};
  response.SetHeader("Content-Type", "image/svg+xml; charset=utf-8");
  response.SetHeader("Content-Disposition",
                     "attachment; filename=\"matt-" + std::to_string(*id) + ".svg\"");
  return response;
}

HandlerResult MeasureCsv(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto details = domain::LoadMeasure(app.store, *visitor.principal(), *id);
  if (!details) return core::Fail(details.error());
  auto analysis = domain::AnalyzeMeasure(details->measure, details->observations,
                                         domain::PhaseStarts(details->phases));
  if (!analysis) return core::Fail(analysis.error());
  // Excel's Swedish dialect: ';' between fields, decimal comma, and a BOM so it reads UTF-8.
  const io::CsvStyle style{';', ','};
  std::string body = "\xEF\xBB\xBF";
  const std::string show = request.Query("visa").value_or("");
  if (analysis->groups && show == analysis->group_a) {
    body += io::AnalysisToCsv(analysis->groups->group_a, style);
  } else if (analysis->groups && show == analysis->group_b) {
    body += io::AnalysisToCsv(analysis->groups->group_b, style);
  } else if (!show.empty()) {
    return core::Fail(core::Error::NotFoundObject());  // not a group this measure is split by
  } else if (analysis->total) {
    body += io::AnalysisToCsv(*analysis->total, style);
  }
  Response response{200, {}, body};
  response.SetHeader("Content-Type", "text/csv; charset=utf-8");
  response.SetHeader("Content-Disposition", "attachment; filename=\"matt-" + std::to_string(*id) +
                                                (show.empty() ? "" : "-" + show) + ".csv\"");
  return response;
}

}  // namespace stegvis::web
