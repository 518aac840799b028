// A measure's page: its definition, the automatic statistics (recommended chart, verdicts in
// words, the rules that fired, women and men side by side with the gap, data tables and
// downloads) and the observation grid; POST saves the grid (or a paste from Excel) as one
// all-or-nothing, version-checked batch.

#include <algorithm>
#include <limits>
#include <map>

#include "chart/labels.h"
#include "chart/period_labels.h"
#include "core/date.h"
#include "core/text.h"
#include "domain/audit.h"
#include "domain/measure_page.h"
#include "domain/measure_phases.h"
#include "domain/measures.h"
#include "web/goals/goal_links_view.h"
#include "web/http/access_guard.h"
#include "web/improvement/handlers.h"
#include "web/improvement/import_file.h"
#include "web/improvement/measure_grid.h"
#include "web/improvement/measure_page_view.h"
#include "web/improvement/measure_view.h"
#include "web/pdsa/pdsa_views.h"
#include "web/render/chart_words.h"
#include "web/render/error_status.h"
#include "web/render/forms.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

// The page's view of `page`: the grid showing `grid` (its errors next to their cells), the
// definition form showing `shown` (the stored measure, or what was sent back with an error).
// Fails when the engine refuses the data (validation makes that unreachable; the downloads
// and the API fail the same way).
core::Result<MeasurePageView> MeasureViewOf(const App& app, const Request& request,
                                            const Visitor& visitor, const std::string& lang,
                                            const domain::MeasurePage& page, const GridValues& grid,
                                            const domain::Measure* shown = nullptr) {
  const domain::MeasureDetails& d = page.details;
  const domain::Measure& m = d.measure;
  MeasurePageView view;
  view.id = m.id;
  view.heading = m.name;
  view.team_id = d.team.id;
  view.team = d.team.name;
  view.project_id = d.project.id;
  view.project = d.project.title;
  view.kind =
      app.catalogue.Get(lang, "measure.kind." + std::string(domain::MeasureKindName(m.kind)));
  view.data_type =
      app.catalogue.Get(lang, "measure.data_type." + std::string(stats::DataTypeName(m.data_type)));
  view.frequency = app.catalogue.Get(
      lang, "measure.frequency." + std::string(domain::FrequencyName(m.frequency)));
  view.direction =
      app.catalogue.Get(lang, "measure.direction." + std::string(domain::BetterName(m.direction)));
  // A section opens for any text, an empty one too: set only what has a value.
  auto if_set = [](std::string text) {
    return text.empty() ? std::nullopt : std::optional<std::string>(std::move(text));
  };
  view.unit = if_set(m.unit);
  if (auto kolada = domain::ParseKoladaSource(m.source)) {
    view.source = KoladaSourceText(app.catalogue, lang, *kolada);
  }
  view.target = if_set(Shown(m.target, lang));
  view.target_date = if_set(m.target_date);
  view.baseline = if_set(Shown(m.baseline, lang));
  view.definition = if_set(m.definition);
  if (m.definition_id) view.linked_programme_id = m.programme_id;
  view.no_sex_reason = if_set(m.no_sex_reason);
  view.split = m.grouping != domain::Grouping::kNone;
  view.may_change = d.may_change;
  if (d.may_change && m.frequency == domain::Frequency::kYear && app.kolada_getter != nullptr) {
    KoladaFormView form;
    if (auto source = domain::ParseKoladaSource(m.source)) {
      form = {source->kpi, source->area, source->unit};
    }
    view.kolada = std::move(form);
  }
  view.data_version = m.data_version;
  if (m.data_version > 0 && !d.data_saved_by.empty()) {
    std::string iso = core::FormatIsoUtc(m.data_updated_at);
    view.last_saved = app.catalogue.Format(
        lang, "grid.last_saved",
        {{"who", d.data_saved_by}, {"when", iso.substr(0, 10) + " " + iso.substr(11, 5)}});
  }

  const domain::Measure& f = shown ? *shown : m;
  view.form = {f.name,
               f.definition,
               f.unit,
               Shown(f.target, lang),
               f.target_date,
               Shown(f.baseline, lang),
               f.no_sex_reason,
               f.direction == domain::Better::kUp,
               m.version,
               {},
               {},
               {},
               f.baseline_points ? std::to_string(*f.baseline_points) : ""};
  for (domain::MeasureKind k : {domain::MeasureKind::kOutcome, domain::MeasureKind::kProcess,
                                domain::MeasureKind::kBalancing}) {
    std::string name(domain::MeasureKindName(k));
    view.form.kinds.push_back({name, app.catalogue.Get(lang, "measure.kind." + name), k == f.kind});
  }
  view.form.charts.push_back(
      {"", app.catalogue.Get(lang, "measure.chart_auto"), f.chart_override.empty()});
  const chart::ChartLabels words = ChartWords(app.catalogue, lang);
  for (const char* c : {"run", "i", "xmr", "p", "pp", "u", "up", "c", "g", "t"}) {
    view.form.charts.push_back(
        {c, chart::ChartName(words, *stats::ParseChartType(c)), f.chart_override == c});
  }

  for (stats::RuleSet r : {stats::RuleSet::kAnhoej, stats::RuleSet::kIhi, stats::RuleSet::kMdc,
                           stats::RuleSet::kWesternElectric}) {
    std::string name(stats::RuleSetName(r));
    view.form.rule_sets.push_back(
        {name, app.catalogue.Get(lang, "measure.rule_set." + name), r == f.rule_set});
  }

  auto charts = BuildMeasureCharts(app, lang, d);
  if (!charts) return core::Fail(charts.error());
  view.has_data = !charts->total_svg.empty() || !charts->groups_svg.empty();
  view.recommended = charts->recommended_text;
  view.rules_text = charts->rules_text;
  // Only charts that exist: a figure (and its downloads) would show for an empty one.
  if (!charts->total_svg.empty()) {
    view.total_svg = RawHtml{charts->total_svg + charts->total_svg_narrow};
    view.total_table = RawHtml{charts->total_table};
  }
  if (!charts->groups_svg.empty()) {
    view.groups_svg = RawHtml{charts->groups_svg + charts->groups_svg_narrow};
    view.groups_table = RawHtml{charts->groups_table};
    // One CSV per group the measure is split by, named after the groups it really has
    // (women and men, or girls and boys).
    for (const std::string& g : {charts->analysis.group_a, charts->analysis.group_b}) {
      view.group_downloads.push_back(
          {g, app.catalogue.Format(lang, "charts.download_csv_group",
                                   {{"group", app.catalogue.Get(lang, "group." + g)}})});
    }
  }
  view.verdicts = charts->verdicts;
  std::vector<std::string> hit_periods;
  for (const RuleHit& h : charts->hits) hit_periods.push_back(h.period);
  chart::PeriodLabels hit_labels =
      chart::FormatPeriods(hit_periods, lang == "en" ? chart::Lang::kEn : chart::Lang::kSv);
  for (std::size_t i = 0; i < charts->hits.size(); ++i) {
    view.hits.push_back({charts->hits[i].series, hit_labels.long_labels[i], charts->hits[i].words});
  }
  view.has_hits = !view.hits.empty();
  view.phase_proposal = PhaseProposalOf(app, lang, d.may_change, charts->phase_proposal);
  view.phase_saved = request.Query("fas").has_value();

  // The grid: periods down, groups across (value, and denominator for proportions and rates).
  const std::vector<std::string> groups = domain::GroupsOf(m.grouping);
  const bool den = domain::HasDenominator(m.data_type);
  view.has_denominator = den;
  for (const std::string& g : groups) {
    view.columns.push_back({app.catalogue.Get(lang, "group." + g + "_label"), den ? 2 : 1});
  }
  if (den) {
    for (std::size_t i = 0; i < groups.size(); ++i) {
      view.subcolumns.push_back(app.catalogue.Get(lang, "grid.numerator"));
      view.subcolumns.push_back(app.catalogue.Get(lang, "grid.denominator"));
    }
  }
  chart::PeriodLabels labels =
      chart::FormatPeriods(grid.periods, lang == "en" ? chart::Lang::kEn : chart::Lang::kSv);
  bool focus = true;  // the first marked cell takes the focus
  for (std::size_t r = 0; r < grid.periods.size(); ++r) {
    const std::string& period = grid.periods[r];
    GridRowView row{period, labels.long_labels[r], {}};
    for (const std::string& g : groups) {
      auto it = grid.cells.find({period, g});
      auto error = grid.errors.find({period, g});
      const std::string group_label = app.catalogue.Get(lang, "group." + g + "_label");
      GridCellView cell{FieldName("v", period, g),
                        error != grid.errors.end(),
                        false,
                        error == grid.errors.end() ? "" : error->second,
                        it == grid.cells.end() ? "" : it->second.first,
                        group_label + ", " + labels.long_labels[r] +
                            (den ? ", " + app.catalogue.Get(lang, "grid.numerator") : "")};
      // The first refused cell, or else the first cell of a row just added.
      cell.focus = focus && (grid.errors.empty() ? period == grid.added : cell.invalid);
      focus = focus && !cell.focus;
      row.cells.push_back(std::move(cell));
      if (den) {
        row.cells.push_back({FieldName("d", period, g), false, false, "",
                             it == grid.cells.end() ? "" : it->second.second,
                             group_label + ", " + labels.long_labels[r] + ", " +
                                 app.catalogue.Get(lang, "grid.denominator")});
      }
    }
    view.rows.push_back(std::move(row));
  }
  view.can_add_earlier = grid.can_add_earlier;
  view.goal_links = RenderGoalLinks(
      app, lang,
      GoalLinksBlock(app, lang, page.goals, 2, visitor.csrf_token, request.Query("malfel")));
  return view;
}

Response RenderMeasure(const App& app, const Request& request, const Visitor& visitor,
                       const MeasurePageView& view, int status) {
  return RenderPage(app, request, {"measure", "measure.title", "", status}, view,
                    ChooseLanguage(request), visitor);
}

}  // namespace

HandlerResult MeasurePage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto page = domain::LoadMeasurePage(app.store, *visitor.principal(), *id);
  if (!page) return core::Fail(page.error());
  const std::string lang = ChooseLanguage(request).lang;
  auto view = MeasureViewOf(app, request, visitor, lang, *page,
                            StoredGrid(page->details, lang, app.clock.NowUnixSeconds()));
  if (!view) return core::Fail(view.error());
  view->saved = request.Query("sparat").has_value();
  return RenderMeasure(app, request, visitor, *view, 200);
}

namespace {

// The most errors of a paste listed one by one; the rest are counted ("och 12 till").
constexpr std::size_t kMaxPasteErrors = 20;

// The grid refused: the page with `grid` (what was typed), each error next to its cell and
// all of them in the summary above the grid, answered with `status`.
HandlerResult RefusedGrid(const App& app, const Request& request, const Visitor& visitor,
                          const std::string& lang, domain::Id id, GridValues grid,
                          const std::vector<GridError>& errors, const std::string& paste,
                          int status) {
  auto page = domain::LoadMeasurePage(app.store, *visitor.principal(), id);
  if (!page) return core::Fail(page.error());
  for (const GridError& e : errors) {
    if (!e.period.empty()) grid.errors.emplace(std::pair{e.period, e.group}, e.reason);
  }
  auto view = MeasureViewOf(app, request, visitor, lang, *page, grid);
  if (!view) return core::Fail(view.error());
  // An error of no cell links to the paste box when the grid came from one, else the grid.
  const std::string whole = core::IsBlank(paste) ? "data" : "paste";
  for (const GridError& e : errors) {
    view->errors.push_back({e.period.empty() ? whole : FieldName("v", e.period, e.group), e.text});
  }
  view->has_errors = !view->errors.empty();
  // The paste box opens for any text, an empty one too: only for a real paste.
  if (!core::IsBlank(paste)) view->paste = paste;
  return RenderMeasure(app, request, visitor, *view, status);
}

// After a save in between: the typed grid, each cell where the stored value now differs from
// what was typed marked with the stored value, and who saved (by name) in the summary.
std::vector<GridError> ConflictErrors(const App& app, const std::string& lang,
                                      const domain::MeasureDetails& now,
                                      const std::vector<domain::CellInput>& typed) {
  std::vector<GridError> errors{{"", "", "", ""}};
  std::string iso = core::FormatIsoUtc(now.measure.data_updated_at);
  errors.front().text = errors.front().reason = app.catalogue.Format(
      lang, "grid.changed_by",
      {{"who", now.data_saved_by}, {"when", iso.substr(0, 10) + " " + iso.substr(11, 5)}});
  std::map<std::pair<std::string, std::string>, const domain::Observation*> stored;
  for (const domain::Observation& o : now.observations) stored[{o.period, o.group}] = &o;
  // Compared as stored (canonical), so "12,5" typed in English is the stored 12.5.
  auto canonical = [](const std::string& typed_text) {
    auto number = domain::ParseStoredNumber(typed_text);
    return number ? *number : std::string(core::Trim(typed_text));
  };
  for (const domain::CellInput& c : typed) {
    auto it = stored.find({c.period, c.group});
    if (canonical(c.value) == (it == stored.end() ? "" : it->second->value) &&
        canonical(c.denominator) == (it == stored.end() ? "" : it->second->denominator)) {
      continue;
    }
    const std::string value = it == stored.end() ? "" : Shown(it->second->value, lang);
    const std::string den = it == stored.end() ? "" : Shown(it->second->denominator, lang);
    std::string shown = value.empty() ? app.catalogue.Get(lang, "grid.stored_empty")
                                      : value + (den.empty() ? "" : " / " + den);
    std::string words = app.catalogue.Format(lang, "grid.stored_now",
                                             {{"who", now.data_saved_by}, {"value", shown}});
    std::string period = chart::FormatPeriods(std::vector<std::string>{c.period},
                                              lang == "en" ? chart::Lang::kEn : chart::Lang::kSv)
                             .long_labels.front();
    errors.push_back({c.period, c.group,
                      period + " (" + app.catalogue.Get(lang, "group." + c.group) + "): " + words,
                      words});
  }
  return errors;
}

}  // namespace

HandlerResult MeasureDataSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  auto details = domain::LoadMeasure(app.store, principal, *id);
  if (!details) return core::Fail(details.error());
  const std::string lang = ChooseLanguage(request).lang;
  const std::int64_t now = app.clock.NowUnixSeconds();
  Form form(request);
  // Strictly digits: "6abc" must not be read as version 6.
  const std::string base_text = form.Get("data_version");
  auto base = base_text.empty()
                  ? core::Result<std::int64_t>(0)
                  : ParseWholeNumber(base_text, 0, std::numeric_limits<std::int64_t>::max(),
                                     "data_version");
  if (!base) return core::Fail(base.error());
  const std::string paste = form.Get("paste");
  const domain::Actor actor = domain::ActorFor(principal, ClientAddress(request));
  const std::string redirect = "/matt/" + std::to_string(*id) + "?sparat=1#data";
  const std::vector<domain::CellInput> typed = SubmittedCells(form);
  if (form.Has("earlier")) {
    // "Add an earlier period": the grid again as typed, one row longer; nothing is saved.
    return RefusedGrid(app, request, visitor, lang, *id,
                       TypedGrid(*details, lang, now, typed, true), {}, paste, 200);
  }
  if (!core::IsBlank(paste)) {
    // Every bad line at once, naming each ("Rad 3: ..."); a long list stops at
    // kMaxPasteErrors and says how many more there are.
    const std::vector<core::Error> problems = domain::PastedGridErrors(
        details->measure, paste, details->observations,
        domain::PeriodContaining(details->measure.frequency, core::Date::FromUnixSeconds(now)));
    if (!problems.empty()) {
      std::vector<GridError> errors;
      for (std::size_t i = 0; i < problems.size() && i < kMaxPasteErrors; ++i) {
        const std::string words = CellErrorWords(app, lang, problems[i]);
        errors.push_back({"", "", words, words});
      }
      if (problems.size() > kMaxPasteErrors) {
        const std::string more = app.catalogue.Format(
            lang, "grid.paste_more", {{"n", std::to_string(problems.size() - kMaxPasteErrors)}});
        errors.push_back({"", "", more, more});
      }
      return RefusedGrid(app, request, visitor, lang, *id, StoredGrid(*details, lang, now), errors,
                         paste, 422);
    }
    auto cells = domain::ParsePastedGrid(details->measure, paste);
    auto saved =
        cells ? domain::SaveObservations(app.store, app.clock, principal, actor, *id, *base, *cells)
              : core::Result<domain::SavedBatch>(core::Fail(cells.error()));
    if (saved) return Response::Redirect(redirect);
    const core::Error& e = saved.error();
    if (e.code != core::ErrorCode::kInvalidInput && e.code != core::ErrorCode::kConflict) {
      return core::Fail(e);
    }
    std::vector<GridError> errors;
    if (e.code == core::ErrorCode::kConflict) {
      auto reloaded = domain::LoadMeasure(app.store, principal, *id);
      if (!reloaded) return core::Fail(reloaded.error());
      errors = {ConflictErrors(app, lang, *reloaded, {}).front()};
    } else {
      const std::string words = CellErrorWords(app, lang, e);
      errors.push_back({"", "", words, words});
    }
    return RefusedGrid(app, request, visitor, lang, *id, StoredGrid(*details, lang, now), errors,
                       paste, HttpStatus(e.code));
  }
  // Every error at once: each bad cell, then what the cells that are right cannot be together.
  domain::CellCheck check = domain::CheckEachCell(details->measure, typed);
  std::vector<GridError> errors;
  for (const core::Error& e : check.errors)
    errors.push_back(GridErrorOf(app, lang, details->measure, e, typed));
  for (const core::Error& e :
       domain::ImpossibleCells(details->measure, check.valid, details->observations,
                               domain::PeriodContaining(details->measure.frequency,
                                                        core::Date::FromUnixSeconds(now)))) {
    errors.push_back(GridErrorOf(app, lang, details->measure, e, check.valid));
  }
  if (!errors.empty()) {
    return RefusedGrid(app, request, visitor, lang, *id,
                       TypedGrid(*details, lang, now, typed, false), errors, "", 422);
  }
  auto saved = domain::SaveObservations(app.store, app.clock, principal, actor, *id, *base, typed);
  if (saved) return Response::Redirect(redirect);
  const core::Error& e = saved.error();
  if (e.code == core::ErrorCode::kConflict) {
    auto reloaded = domain::LoadMeasure(app.store, principal, *id);
    if (!reloaded) return core::Fail(reloaded.error());
    return RefusedGrid(app, request, visitor, lang, *id,
                       TypedGrid(*reloaded, lang, now, typed, false),
                       ConflictErrors(app, lang, *reloaded, typed), "", 409);
  }
  if (e.code != core::ErrorCode::kInvalidInput) return core::Fail(e);
  // The data changed between the checks above and the save's own (another save came first).
  return RefusedGrid(app, request, visitor, lang, *id, TypedGrid(*details, lang, now, typed, false),
                     {GridErrorOf(app, lang, details->measure, e, typed)}, "", 422);
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
  // A linked measure's operational definition is the programme's: a form without the field
  // leaves it as it is, one that changes it is refused by ChangeMeasure.
  if (!m.definition_id || form.Has("definition")) m.definition = form.Get("definition");
  m.unit = form.Get("unit");
  m.kind = domain::ParseMeasureKind(form.Get("kind")).value_or(m.kind);
  m.direction = domain::ParseBetter(form.Get("direction")).value_or(m.direction);
  m.target = form.Get("target");
  m.target_date = form.Get("target_date");
  m.baseline = form.Get("baseline");
  m.no_sex_reason = form.Get("no_sex_reason");
  m.chart_override = form.Get("chart_override");
  m.version = std::strtoll(form.Get("version").c_str(), nullptr, 10);
  // Every wrong field at once; the save itself runs only on a sound form.
  // The two fields the measure cannot hold when wrong (a rule set, a number) are checked
  // here; their errors go where the form has them, after the chart.
  std::vector<core::Error> form_errors;
  if (auto rules = domain::ParseMeasureRuleSet(form.Get("rule_set"))) {
    m.rule_set = *rules;
  } else if (form.Has("rule_set")) {
    form_errors.push_back(core::Error::Invalid("not a rule set", "rule_set", "error.bad_rule_set"));
  }
  const std::string baseline_text(core::Trim(form.Get("baseline_points")));
  if (baseline_text.empty()) {
    m.baseline_points.reset();
  } else if (auto n = ParseWholeNumber(baseline_text, 0, std::numeric_limits<int>::max(),
                                       "baseline_points")) {
    m.baseline_points = static_cast<int>(*n);
  } else {
    m.baseline_points.reset();
    form_errors.push_back(domain::BaselinePointsError());
  }
  std::vector<core::Error> errors = domain::MeasureErrors(m);
  errors.insert(std::find_if(errors.begin(), errors.end(),
                             [](const core::Error& e) { return e.field == "baseline_points"; }),
                form_errors.begin(), form_errors.end());
  if (errors.empty()) {
    auto done = domain::ChangeMeasure(app.store, app.clock, principal,
                                      domain::ActorFor(principal, ClientAddress(request)), m);
    if (done) return Response::Redirect("/matt/" + std::to_string(*id) + "?sparat=1");
    errors.push_back(done.error());
  }
  const core::Error& first = errors.front();
  if (first.code != core::ErrorCode::kInvalidInput && first.code != core::ErrorCode::kConflict) {
    return core::Fail(first);
  }
  const std::string lang = ChooseLanguage(request).lang;
  auto page = domain::LoadMeasurePage(app.store, principal, *id);
  if (!page) return core::Fail(page.error());
  auto view = MeasureViewOf(app, request, visitor, lang, *page,
                            StoredGrid(page->details, lang, app.clock.NowUnixSeconds()), &m);
  if (!view) return core::Fail(view.error());
  view->edit_open = true;
  view->form.baseline_points = form.Get("baseline_points");  // as typed
  // The summary goes above the definition form, not above the grid.
  if (first.code == core::ErrorCode::kConflict) {
    const domain::Measure& now = page->details.measure;
    view->edit_errors.push_back(
        {"e_name", ChangedByWords(app, lang, now.updated_by, now.updated_at)});
  }
  for (const core::Error& e : errors) {
    if (e.code != core::ErrorCode::kInvalidInput) continue;
    // The definition form's fields are named e_FIELD on the page.
    core::Error field_error = e;
    field_error.field = e.field == "chart_override" ? "e_chart" : "e_" + e.field;
    const FormErrorView item = FormErrorOf(app, lang, field_error);
    for (auto [name, member] : {std::pair{"e_name", &MeasurePageView::error_e_name},
                                {"e_definition", &MeasurePageView::error_e_definition},
                                {"e_unit", &MeasurePageView::error_e_unit},
                                {"e_target", &MeasurePageView::error_e_target},
                                {"e_target_date", &MeasurePageView::error_e_target_date},
                                {"e_baseline", &MeasurePageView::error_e_baseline},
                                {"e_no_sex_reason", &MeasurePageView::error_e_no_sex_reason},
                                {"e_chart", &MeasurePageView::error_e_chart},
                                {"e_rule_set", &MeasurePageView::error_e_rule_set},
                                {"e_baseline_points", &MeasurePageView::error_e_baseline_points}}) {
      if (item.field == name) (*view).*member = item.text;
    }
    view->edit_errors.push_back(item);
  }
  view->edit_has_errors = true;
  return RenderMeasure(app, request, visitor, *view, HttpStatus(first.code));
}

}  // namespace stegvis::web
