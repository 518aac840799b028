// /enhet/{id}/sjalvskattning: a unit's self-assessments of gender mainstreaming — the latest
// result as a table, the development over time as small multiples with a data table, and a
// form to record a new one (the unit's managers, strategists and admins).

#include <map>

#include <boost/json/array.hpp>

#include "chart/self_assessment_svg.h"
#include "core/date.h"
#include "domain/audit.h"
#include "domain/programmes.h"
#include "domain/self_assessment.h"
#include "web/gender/gender_views.h"
#include "web/gender/handlers.h"
#include "web/http/access_guard.h"
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

// The latest assessment per section: rows of item, score in words, comment.
boost::json::array LatestTables(const App& app, const std::string& lang,
                                const domain::SelfAssessment& latest) {
  boost::json::array tables;
  for (const SectionInfo& s : kSections) {
    boost::json::array rows;
    std::string group;
    for (const domain::AssessmentItem& item : domain::AssessmentItems()) {
      if (item.section != s.section) continue;
      boost::json::object row{
          {"item", app.catalogue.Get(lang, "selfassess.item." + std::string(item.key))}};
      if (!item.group.empty() && item.group != group) {
        group = std::string(item.group);
        row["group"] = app.catalogue.Get(lang, "selfassess.group." + group);
      }
      auto score = ScoreOf(latest, item.key);
      row["score"] = ScoreWords(app, lang, score ? score->score : std::nullopt);
      if (score && !score->comment.empty()) row["comment"] = score->comment;
      rows.push_back(std::move(row));
    }
    tables.push_back(boost::json::object{
        {"id", s.key},
        {"caption", app.catalogue.Get(lang, std::string("selfassess.section.") + s.key)},
        {"rows", std::move(rows)}});
  }
  return tables;
}

// The development over time: one chart and one table (items down, dates across) per section.
boost::json::array Development(const App& app, const std::string& lang,
                               const domain::UnitSelfAssessments& u) {
  boost::json::array out;
  std::vector<std::string> dates;
  boost::json::array date_heads;
  for (const auto& a : u.assessments) {
    dates.push_back(a.assessed_on);
    date_heads.push_back(boost::json::string(a.assessed_on));
  }
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
    boost::json::array rows;
    for (const domain::AssessmentItem& item : domain::AssessmentItems()) {
      if (item.section != s.section) continue;
      chart::AssessmentPanel panel;
      panel.title = app.catalogue.Get(lang, "selfassess.short." + std::string(item.key));
      boost::json::array cells;
      for (const auto& a : u.assessments) {
        auto score = ScoreOf(a, item.key);
        panel.scores.push_back(score ? score->score : std::nullopt);
        cells.push_back(boost::json::string(
            score && score->score ? std::to_string(*score->score)
                                  : app.catalogue.Get(lang, "selfassess.not_assessed_short")));
      }
      input.panels.push_back(std::move(panel));
      rows.push_back(boost::json::object{
          {"item", app.catalogue.Get(lang, "selfassess.item." + std::string(item.key))},
          {"cells", std::move(cells)}});
    }
    // The same chart twice: wide for screens, two panels a row for phones (CSS shows one).
    std::string svg = chart::RenderSelfAssessmentSvg(input);
    input.id += "-narrow";
    input.columns = 2;
    std::string narrow = chart::RenderSelfAssessmentSvg(input);
    out.push_back(boost::json::object{
        {"id", s.key},
        {"caption", app.catalogue.Get(lang, std::string("selfassess.section.") + s.key)},
        {"svg", svg},
        {"svg_narrow", narrow},
        {"dates", date_heads},
        {"rows", std::move(rows)}});
  }
  return out;
}

// The form's fieldsets: groups of items, each with radios 1–4 and "not assessed".
boost::json::array FormSections(
    const App& app, const std::string& lang,
    const std::map<std::string, std::pair<std::string, std::string>>& typed,
    const boost::json::object& view) {
  boost::json::array out;
  for (const SectionInfo& s : kSections) {
    boost::json::array groups;
    std::string group = "-";
    for (const domain::AssessmentItem& item : domain::AssessmentItems()) {
      if (item.section != s.section) continue;
      if (groups.empty() || std::string(item.group) != group) {
        group = std::string(item.group);
        groups.push_back(boost::json::object{
            {"legend", group.empty()
                           ? app.catalogue.Get(lang, std::string("selfassess.section.") + s.key)
                           : app.catalogue.Get(lang, "selfassess.group." + group)},
            {"items", boost::json::array()}});
      }
      const std::string key(item.key);
      auto it = typed.find(key);
      const std::string chosen = it == typed.end() ? "" : it->second.first;
      boost::json::array options;
      for (const char* v : {"1", "2", "3", "4", ""}) {
        options.push_back(boost::json::object{
            {"value", v},
            {"id", "score-" + key + "-" + (*v ? std::string(v) : std::string("none"))},
            {"label", *v ? std::string(v) : app.catalogue.Get(lang, "selfassess.not_assessed")},
            {"checked", chosen == v}});
      }
      boost::json::object entry{{"key", key},
                                {"title", app.catalogue.Get(lang, "selfassess.item." + key)},
                                {"options", std::move(options)},
                                {"comment", it == typed.end() ? "" : it->second.second}};
      if (auto e = view.if_contains("error_" + key)) entry["error"] = *e;
      groups.back().as_object()["items"].as_array().push_back(std::move(entry));
    }
    out.push_back(boost::json::object{
        {"scale", app.catalogue.Get(lang, std::string("selfassess.scale.") + s.key)},
        {"groups", std::move(groups)}});
  }
  return out;
}

Response RenderSelfAssessment(
    const App& app, Request& request, const Visitor& visitor, const domain::UnitSelfAssessments& u,
    const std::map<std::string, std::pair<std::string, std::string>>& typed,
    boost::json::object view, int status) {
  const LanguageChoice language = ChooseLanguage(request);
  const std::string& lang = language.lang;
  view["unit_id"] = u.unit.id;
  view["unit"] = u.unit.name;
  view["heading"] = app.catalogue.Format(lang, "selfassess.heading", {{"unit", u.unit.name}});
  view["may_record"] = u.may_record;
  view["may_reflect_unit"] = u.may_read_reflections;
  view["has_assessments"] = !u.assessments.empty();
  if (!u.assessments.empty()) {
    const domain::SelfAssessment& latest = u.assessments.back();
    view["latest_on"] = app.catalogue.Format(
        lang, "selfassess.latest_on", {{"date", latest.assessed_on}, {"who", latest.created_by}});
    if (!latest.note.empty()) view["latest_note"] = latest.note;
    view["latest_tables"] = LatestTables(app, lang, latest);
    view["development"] = Development(app, lang, u);
    boost::json::array history;
    for (auto it = u.assessments.rbegin(); it != u.assessments.rend(); ++it) {
      history.push_back(boost::json::object{
          {"id", it->id},
          {"label", app.catalogue.Format(lang, "history.self_assessment_link",
                                         {{"date", it->assessed_on}, {"who", it->created_by}})}});
    }
    view["history"] = std::move(history);
  }
  if (u.may_record) {
    view["form_sections"] = FormSections(app, lang, typed, view);
    if (!view.contains("assessed_on")) {
      view["assessed_on"] = core::Date::FromUnixSeconds(app.clock.NowUnixSeconds()).ToString();
    }
  }
  return RenderPage(app, request, {"self_assessment", "selfassess.title", "", status},
                    std::move(view), language, visitor);
}

}  // namespace

HandlerResult SelfAssessmentPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto u = domain::LoadSelfAssessments(app.store, *visitor.principal(), *id);
  if (!u) return core::Fail(u.error());
  return RenderSelfAssessment(app, request, visitor, *u, {},
                              {{"saved", request.Query("sparat").has_value()}}, 200);
}

HandlerResult SelfAssessmentSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  const std::string lang = ChooseLanguage(request).lang;
  Form form(request);
  domain::SelfAssessment a;
  a.assessed_on = form.Get("assessed_on");
  a.note = form.Get("note");
  std::map<std::string, std::pair<std::string, std::string>> typed;
  std::optional<core::Error> error;
  for (const domain::AssessmentItem& item : domain::AssessmentItems()) {
    const std::string key(item.key);
    const std::string score_text = form.Get("score." + key);
    const std::string comment = form.Get("comment." + key);
    typed[key] = {score_text, comment};
    auto score = domain::ParseAssessmentScore(score_text);
    if (!score) {
      if (!error) {
        error = score.error();
        error->field = key;
      }
      continue;
    }
    a.scores.push_back({key, *score, comment});
  }
  core::Result<domain::Id> saved =
      error ? core::Result<domain::Id>(core::Fail(*error))
            : domain::RecordSelfAssessment(app.store, app.clock, principal,
                                           domain::ActorFor(principal, ClientAddress(request)), *id,
                                           a);
  if (saved)
    return Response::Redirect("/enhet/" + std::to_string(*id) + "/sjalvskattning?sparat=1");
  if (saved.error().code != core::ErrorCode::kInvalidInput) {
    return core::Fail(saved.error());
  }
  auto u = domain::LoadSelfAssessments(app.store, principal, *id);
  if (!u) return core::Fail(u.error());
  boost::json::object view{{"assessed_on", a.assessed_on}, {"note", a.note}};
  AddFormError(view, app, lang, saved.error());
  return RenderSelfAssessment(app, request, visitor, *u, typed, std::move(view), 422);
}

}  // namespace stegvis::web
