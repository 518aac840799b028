// /enhet/{id}/sjalvskattning: a unit's self-assessments of gender mainstreaming — the latest
// result as a table, the development over time as small multiples with a data table, and a
// form to record a new one, starting from the latest (the unit's managers, strategists and
// admins). /enhet/{id}/sjalvskattning/{assessment_id}/ratta: the same form, to correct a saved
// one against the version it was loaded at.

#include <cstdlib>
#include <map>

#include "chart/self_assessment_svg.h"
#include "core/date.h"
#include "domain/audit.h"
#include "domain/programmes.h"
#include "domain/self_assessment.h"
#include "web/gender/gender_views.h"
#include "web/gender/handlers.h"
#include "web/http/access_guard.h"
#include "web/improvement/measure_view.h"
#include "web/render/error_status.h"
#include "web/render/form_view.h"
#include "web/render/forms.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

using domain::AssessmentSection;

struct SectionInfo {
  AssessmentSection section;
  const char* key;  // selfassess.section.KEY
  int columns;      // panels per row in the chart
};
constexpr SectionInfo kSections[] = {{AssessmentSection::kSteps, "steps", 5},
                                     {AssessmentSection::kPrerequisites, "prerequisites", 5},
                                     {AssessmentSection::kKnowledge, "knowledge", 4}};

std::optional<domain::SelfAssessmentScore> ScoreOf(const domain::SelfAssessment& a,
                                                   std::string_view item) {
  for (const auto& s : a.scores) {
    if (s.item == item) return s;
  }
  return std::nullopt;
}

std::string ScoreWords(const App& app, const std::string& lang, const std::optional<int>& score) {
  if (!score) return app.catalogue.Get(lang, "selfassess.not_assessed");
  return app.catalogue.Format(lang, "selfassess.score_of", {{"score", std::to_string(*score)}});
}

struct LatestRowView {
  std::optional<std::string> group;  // the first item of a group names it
  std::string item;
  std::string score;                   // in words
  std::optional<std::string> comment;  // absent: none written
};
constexpr auto Describe(std::type_identity<LatestRowView>) {
  using R = LatestRowView;
  return std::tuple{core::Field("group", &R::group), core::Field("item", &R::item),
                    core::Field("score", &R::score), core::Field("comment", &R::comment)};
}

struct LatestTableView {
  std::string id;  // the section's key
  std::string caption;
  std::vector<LatestRowView> rows;
};
constexpr auto Describe(std::type_identity<LatestTableView>) {
  return std::tuple{core::Field("id", &LatestTableView::id),
                    core::Field("caption", &LatestTableView::caption),
                    core::Field("rows", &LatestTableView::rows)};
}

struct DevelopmentRowView {
  std::string item;
  std::vector<std::string> cells;  // the score per date
};
constexpr auto Describe(std::type_identity<DevelopmentRowView>) {
  return std::tuple{core::Field("item", &DevelopmentRowView::item),
                    core::Field("cells", &DevelopmentRowView::cells)};
}

struct DevelopmentView {
  std::string id;  // the section's key
  std::string caption;
  RawHtml svg;
  RawHtml svg_narrow;
  std::vector<std::string> dates;
  std::vector<DevelopmentRowView> rows;
};
constexpr auto Describe(std::type_identity<DevelopmentView>) {
  using D = DevelopmentView;
  return std::tuple{core::Field("id", &D::id),       core::Field("caption", &D::caption),
                    core::Field("svg", &D::svg),     core::Field("svg_narrow", &D::svg_narrow),
                    core::Field("dates", &D::dates), core::Field("rows", &D::rows)};
}

struct AssessmentLinkView {
  domain::Id id = 0;
  std::string label;
  std::optional<std::string> correct_url;  // for those who may record
  std::string correct_label;               // the link's accessible name, with the date
};
constexpr auto Describe(std::type_identity<AssessmentLinkView>) {
  using L = AssessmentLinkView;
  return std::tuple{core::Field("id", &L::id), core::Field("label", &L::label),
                    core::Field("correct_url", &L::correct_url),
                    core::Field("correct_label", &L::correct_label)};
}

struct FormItemView {
  std::string key;
  std::string title;
  std::vector<RadioOptionView> options;
  std::string comment;
  std::optional<std::string> error;
};
constexpr auto Describe(std::type_identity<FormItemView>) {
  using I = FormItemView;
  return std::tuple{core::Field("key", &I::key), core::Field("title", &I::title),
                    core::Field("options", &I::options), core::Field("comment", &I::comment),
                    core::Field("error", &I::error)};
}

struct FormGroupView {
  std::string legend;
  std::vector<FormItemView> items;
};
constexpr auto Describe(std::type_identity<FormGroupView>) {
  return std::tuple{core::Field("legend", &FormGroupView::legend),
                    core::Field("items", &FormGroupView::items)};
}

struct FormSectionView {
  std::string scale;
  std::vector<FormGroupView> groups;
};
constexpr auto Describe(std::type_identity<FormSectionView>) {
  return std::tuple{core::Field("scale", &FormSectionView::scale),
                    core::Field("groups", &FormSectionView::groups)};
}

// self_assessment.mustache: the latest result, the development, the history and, for those who
// may record one, the form; when correcting, only the form.
struct SelfAssessmentView {
  domain::Id unit_id = 0;
  std::string unit;
  std::string heading;
  std::optional<std::string> correcting;  // the correction form's heading
  std::string form_action;
  std::optional<std::int64_t> version;  // the corrected assessment's, as the writer had it
  std::optional<std::string> conflict;  // a stale save: who saved in between, and when
  bool may_record = false;
  bool may_reflect_unit = false;
  bool saved = false;
  bool has_assessments = false;
  std::string latest_on;
  std::optional<std::string> latest_note;
  std::vector<LatestTableView> latest_tables;
  std::vector<DevelopmentView> development;
  std::vector<AssessmentLinkView> history;  // newest first
  std::vector<FormSectionView> form_sections;
  std::string assessed_on;                 // in the form
  std::optional<std::string> starts_from;  // the form shows the latest assessment's answers
  std::string note;
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_assessed_on;
  std::optional<std::string> error_note;
};
constexpr auto Describe(std::type_identity<SelfAssessmentView>) {
  using V = SelfAssessmentView;
  return std::tuple{core::Field("unit_id", &V::unit_id),
                    core::Field("unit", &V::unit),
                    core::Field("heading", &V::heading),
                    core::Field("correcting", &V::correcting),
                    core::Field("form_action", &V::form_action),
                    core::Field("version", &V::version),
                    core::Field("conflict", &V::conflict),
                    core::Field("may_record", &V::may_record),
                    core::Field("may_reflect_unit", &V::may_reflect_unit),
                    core::Field("saved", &V::saved),
                    core::Field("has_assessments", &V::has_assessments),
                    core::Field("latest_on", &V::latest_on),
                    core::Field("latest_note", &V::latest_note),
                    core::Field("latest_tables", &V::latest_tables),
                    core::Field("development", &V::development),
                    core::Field("history", &V::history),
                    core::Field("form_sections", &V::form_sections),
                    core::Field("assessed_on", &V::assessed_on),
                    core::Field("starts_from", &V::starts_from),
                    core::Field("note", &V::note),
                    core::Field("has_errors", &V::has_errors),
                    core::Field("errors", &V::errors),
                    core::Field("error_assessed_on", &V::error_assessed_on),
                    core::Field("error_note", &V::error_note)};
}

// What was typed in the form (after a refusal): per item its score and comment, and the refusal.
struct TypedAssessment {
  std::optional<std::string> assessed_on;  // absent: today
  std::string note;
  std::map<std::string, std::pair<std::string, std::string>> items;
  std::optional<FormErrorView> error;
};

// The form as the unit's latest assessment left it (scores, comments, note), dated today:
// a new assessment starts from the last one.
TypedAssessment StartingFrom(const domain::SelfAssessment& latest) {
  TypedAssessment typed;
  typed.note = latest.note;
  for (const domain::SelfAssessmentScore& s : latest.scores) {
    typed.items[s.item] = {s.score ? std::to_string(*s.score) : std::string(), s.comment};
  }
  return typed;
}

// The latest assessment per section: rows of item, score in words, comment.
std::vector<LatestTableView> LatestTables(const App& app, const std::string& lang,
                                          const domain::SelfAssessment& latest) {
  std::vector<LatestTableView> tables;
  for (const SectionInfo& s : kSections) {
    LatestTableView table{
        s.key, app.catalogue.Get(lang, std::string("selfassess.section.") + s.key), {}};
    std::string group;
    for (const domain::AssessmentItem& item : domain::AssessmentItems()) {
      if (item.section != s.section) continue;
      LatestRowView row;
      row.item = app.catalogue.Get(lang, "selfassess.item." + std::string(item.key));
      if (!item.group.empty() && item.group != group) {
        group = std::string(item.group);
        row.group = app.catalogue.Get(lang, "selfassess.group." + group);
      }
      auto score = ScoreOf(latest, item.key);
      row.score = ScoreWords(app, lang, score ? score->score : std::nullopt);
      if (score && !score->comment.empty()) row.comment = score->comment;
      table.rows.push_back(std::move(row));
    }
    tables.push_back(std::move(table));
  }
  return tables;
}

// The development over time: one chart and one table (items down, dates across) per section.
std::vector<DevelopmentView> Development(const App& app, const std::string& lang,
                                         const domain::UnitSelfAssessments& u) {
  std::vector<DevelopmentView> out;
  std::vector<std::string> dates;
  for (const auto& a : u.assessments) dates.push_back(a.assessed_on);
  for (const SectionInfo& s : kSections) {
    chart::AssessmentChartInput input;
    input.id = std::string("selfassess-") + s.key;
    input.title = app.catalogue.Format(
        lang, "selfassess.chart_title",
        {{"section", app.catalogue.Get(lang, std::string("selfassess.section.") + s.key)},
         {"unit", u.unit.name}});
    input.desc =
        app.catalogue.Format(lang, "selfassess.chart_desc", {{"n", std::to_string(dates.size())}});
    input.dates = dates;
    input.columns = s.columns;
    DevelopmentView view;
    view.id = s.key;
    view.caption = app.catalogue.Get(lang, std::string("selfassess.section.") + s.key);
    view.dates = dates;
    for (const domain::AssessmentItem& item : domain::AssessmentItems()) {
      if (item.section != s.section) continue;
      chart::AssessmentPanel panel;
      panel.title = app.catalogue.Get(lang, "selfassess.short." + std::string(item.key));
      DevelopmentRowView row{app.catalogue.Get(lang, "selfassess.item." + std::string(item.key)),
                             {}};
      for (const auto& a : u.assessments) {
        auto score = ScoreOf(a, item.key);
        panel.scores.push_back(score ? score->score : std::nullopt);
        row.cells.push_back(score && score->score
                                ? std::to_string(*score->score)
                                : app.catalogue.Get(lang, "selfassess.not_assessed_short"));
      }
      input.panels.push_back(std::move(panel));
      view.rows.push_back(std::move(row));
    }
    // The same chart twice: wide for screens, two panels a row for phones (CSS shows one).
    view.svg.html = chart::RenderSelfAssessmentSvg(input);
    input.id += "-narrow";
    input.columns = 2;
    view.svg_narrow.html = chart::RenderSelfAssessmentSvg(input);
    out.push_back(std::move(view));
  }
  return out;
}

// The form's fieldsets: groups of items, each with radios 1–4 and "not assessed".
std::vector<FormSectionView> FormSections(const App& app, const std::string& lang,
                                          const TypedAssessment& typed) {
  std::vector<FormSectionView> out;
  for (const SectionInfo& s : kSections) {
    FormSectionView section{app.catalogue.Get(lang, std::string("selfassess.scale.") + s.key), {}};
    std::string group = "-";
    for (const domain::AssessmentItem& item : domain::AssessmentItems()) {
      if (item.section != s.section) continue;
      if (section.groups.empty() || std::string(item.group) != group) {
        group = std::string(item.group);
        section.groups.push_back(
            {group.empty() ? app.catalogue.Get(lang, std::string("selfassess.section.") + s.key)
                           : app.catalogue.Get(lang, "selfassess.group." + group),
             {}});
      }
      const std::string key(item.key);
      auto it = typed.items.find(key);
      const std::string chosen = it == typed.items.end() ? "" : it->second.first;
      FormItemView entry;
      entry.key = key;
      entry.title = app.catalogue.Get(lang, "selfassess.item." + key);
      for (const char* v : {"1", "2", "3", "4", ""}) {
        entry.options.push_back(
            {v, "score-" + key + "-" + (*v ? std::string(v) : std::string("none")),
             *v ? std::string(v) : app.catalogue.Get(lang, "selfassess.not_assessed"),
             chosen == v});
      }
      entry.comment = it == typed.items.end() ? "" : it->second.second;
      if (typed.error && typed.error->field == key) entry.error = typed.error->text;
      section.groups.back().items.push_back(std::move(entry));
    }
    out.push_back(std::move(section));
  }
  return out;
}

Response RenderSelfAssessment(const App& app, Request& request, const Visitor& visitor,
                              const domain::UnitSelfAssessments& u, const TypedAssessment& typed,
                              SelfAssessmentView view, int status) {
  const LanguageChoice language = ChooseLanguage(request);
  const std::string& lang = language.lang;
  view.unit_id = u.unit.id;
  view.unit = u.unit.name;
  view.heading = app.catalogue.Format(lang, "selfassess.heading", {{"unit", u.unit.name}});
  view.may_record = u.may_record;
  view.may_reflect_unit = u.may_read_reflections;
  view.has_assessments = !u.assessments.empty();
  view.form_action = "/enhet/" + std::to_string(u.unit.id) + "/sjalvskattning";
  if (!u.assessments.empty()) {
    const domain::SelfAssessment& latest = u.assessments.back();
    view.latest_on = app.catalogue.Format(
        lang, "selfassess.latest_on", {{"date", latest.assessed_on}, {"who", latest.created_by}});
    if (!latest.note.empty()) view.latest_note = latest.note;
    view.latest_tables = LatestTables(app, lang, latest);
    view.development = Development(app, lang, u);
    for (auto it = u.assessments.rbegin(); it != u.assessments.rend(); ++it) {
      AssessmentLinkView link{
          it->id,
          app.catalogue.Format(lang, "history.self_assessment_link",
                               {{"date", it->assessed_on}, {"who", it->created_by}}),
          {},
          ""};
      if (u.may_record) {
        link.correct_url = view.form_action + "/" + std::to_string(it->id) + "/ratta";
        link.correct_label =
            app.catalogue.Format(lang, "selfassess.correct_link", {{"date", it->assessed_on}});
      }
      view.history.push_back(std::move(link));
    }
  }
  if (u.may_record) {
    view.form_sections = FormSections(app, lang, typed);
    view.assessed_on = typed.assessed_on.value_or(
        core::Date::FromUnixSeconds(app.clock.NowUnixSeconds()).ToString());
    view.note = typed.note;
  }
  if (typed.error) SetFormError(view, *typed.error);
  return RenderPage(app, request, {"self_assessment", "selfassess.title", "", status}, view,
                    language, visitor);
}

// The form as sent: the assessment, what was typed, and the first score that is not one.
struct FormAssessment {
  domain::SelfAssessment assessment;
  TypedAssessment typed;
  std::optional<core::Error> error;
};

FormAssessment ReadAssessmentForm(Form& form) {
  FormAssessment out;
  domain::SelfAssessment& a = out.assessment;
  a.assessed_on = form.Get("assessed_on");
  a.note = form.Get("note");
  out.typed.assessed_on = a.assessed_on;
  out.typed.note = a.note;
  for (const domain::AssessmentItem& item : domain::AssessmentItems()) {
    const std::string key(item.key);
    const std::string score_text = form.Get("score." + key);
    const std::string comment = form.Get("comment." + key);
    out.typed.items[key] = {score_text, comment};
    auto score = domain::ParseAssessmentScore(score_text);
    if (!score) {
      if (!out.error) {
        out.error = score.error();
        out.error->field = key;
      }
      continue;
    }
    a.scores.push_back({key, *score, comment});
  }
  return out;
}

// The correction form alone, for the assessment `c` (the page's other parts are not shown).
Response RenderCorrection(const App& app, Request& request, const Visitor& visitor,
                          const domain::SelfAssessmentToCorrect& c, const TypedAssessment& typed,
                          SelfAssessmentView view, int status) {
  const LanguageChoice language = ChooseLanguage(request);
  const std::string& lang = language.lang;
  view.unit_id = c.unit.id;
  view.unit = c.unit.name;
  view.heading = app.catalogue.Format(lang, "selfassess.heading", {{"unit", c.unit.name}});
  view.correcting = app.catalogue.Format(lang, "selfassess.correct_heading",
                                         {{"date", c.assessment.assessed_on}});
  view.form_action = "/enhet/" + std::to_string(c.unit.id) + "/sjalvskattning/" +
                     std::to_string(c.assessment.id) + "/ratta";
  view.may_record = true;
  view.form_sections = FormSections(app, lang, typed);
  view.assessed_on = typed.assessed_on.value_or(c.assessment.assessed_on);
  view.note = typed.note;
  if (!view.version) view.version = c.assessment.version;
  if (typed.error) SetFormError(view, *typed.error);
  return RenderPage(app, request, {"self_assessment", "selfassess.correct_title", "", status}, view,
                    language, visitor);
}

}  // namespace

HandlerResult SelfAssessmentCorrectPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto assessment_id = PathId(request, "assessment_id");
  if (!assessment_id) return core::Fail(assessment_id.error());
  auto c =
      domain::LoadSelfAssessmentToCorrect(app.store, *visitor.principal(), *id, *assessment_id);
  if (!c) return core::Fail(c.error());
  TypedAssessment typed = StartingFrom(c->assessment);
  typed.assessed_on = c->assessment.assessed_on;
  return RenderCorrection(app, request, visitor, *c, typed, {}, 200);
}

HandlerResult SelfAssessmentCorrectSubmit(const App& app, Request& request,
                                          const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto assessment_id = PathId(request, "assessment_id");
  if (!assessment_id) return core::Fail(assessment_id.error());
  const domain::Principal& principal = *visitor.principal();
  const std::string lang = ChooseLanguage(request).lang;
  Form form(request);
  FormAssessment sent = ReadAssessmentForm(form);
  sent.assessment.id = *assessment_id;
  sent.assessment.version = std::strtoll(form.Get("version").c_str(), nullptr, 10);
  core::Result<void> saved =
      sent.error ? core::Result<void>(core::Fail(*sent.error))
                 : domain::CorrectSelfAssessment(
                       app.store, app.clock, principal,
                       domain::ActorFor(principal, ClientAddress(request)), *id, sent.assessment);
  if (saved) {
    return Response::Redirect("/enhet/" + std::to_string(*id) + "/sjalvskattning?sparat=1");
  }
  const core::Error& e = saved.error();
  if (e.code != core::ErrorCode::kInvalidInput && e.code != core::ErrorCode::kConflict) {
    return core::Fail(e);
  }
  auto c = domain::LoadSelfAssessmentToCorrect(app.store, principal, *id, *assessment_id);
  if (!c) return core::Fail(c.error());
  // What the writer typed stays in the form with the version they had: nothing is lost.
  SelfAssessmentView view;
  view.version = sent.assessment.version;
  if (e.code == core::ErrorCode::kConflict) {
    view.conflict = ChangedByWords(app, lang, c->updated_by_name, c->assessment.updated_at);
  } else {
    sent.typed.error = FormErrorOf(app, lang, e);
  }
  return RenderCorrection(app, request, visitor, *c, sent.typed, std::move(view),
                          HttpStatus(e.code));
}

HandlerResult SelfAssessmentPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto u = domain::LoadSelfAssessments(app.store, *visitor.principal(), *id);
  if (!u) return core::Fail(u.error());
  SelfAssessmentView view;
  view.saved = request.Query("sparat").has_value();
  TypedAssessment typed;
  if (!u->assessments.empty()) {
    typed = StartingFrom(u->assessments.back());
    view.starts_from = app.catalogue.Format(ChooseLanguage(request).lang, "selfassess.starts_from",
                                            {{"date", u->assessments.back().assessed_on}});
  }
  return RenderSelfAssessment(app, request, visitor, *u, typed, std::move(view), 200);
}

HandlerResult SelfAssessmentSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  const std::string lang = ChooseLanguage(request).lang;
  Form form(request);
  FormAssessment sent = ReadAssessmentForm(form);
  TypedAssessment& typed = sent.typed;
  core::Result<domain::Id> saved =
      sent.error ? core::Result<domain::Id>(core::Fail(*sent.error))
                 : domain::RecordSelfAssessment(app.store, app.clock, principal,
                                                domain::ActorFor(principal, ClientAddress(request)),
                                                *id, sent.assessment);
  if (saved)
    return Response::Redirect("/enhet/" + std::to_string(*id) + "/sjalvskattning?sparat=1");
  if (saved.error().code != core::ErrorCode::kInvalidInput) {
    return core::Fail(saved.error());
  }
  auto u = domain::LoadSelfAssessments(app.store, principal, *id);
  if (!u) return core::Fail(u.error());
  typed.error = FormErrorOf(app, lang, saved.error());
  return RenderSelfAssessment(app, request, visitor, *u, typed, {}, 422);
}

}  // namespace stegvis::web
