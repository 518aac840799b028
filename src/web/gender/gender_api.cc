// The JSON twins of the gender-equality pages under /api/v1/: a measure's gender analysis and
// 4R notes, a unit's self-assessments, and reflection notes. The same domain calls, validation
// and permission policy as the pages. Documented in docs/api.md.

#include <boost/json/array.hpp>

#include "core/clock.h"
#include "domain/audit.h"
#include "domain/gender_analysis.h"
#include "domain/measure_phases.h"
#include "domain/point_notes.h"
#include "domain/reflection_note.h"
#include "domain/self_assessment.h"
#include "domain/verdict_history.h"
#include "web/gender/gender_views.h"
#include "web/gender/handlers.h"
#include "web/gender/verdict_histories.h"
#include "web/http/access_guard.h"
#include "web/improvement/measure_view.h"
#include "web/render/entity_json.h"
#include "web/render/error_status.h"
#include "web/render/forms.h"
#include "web/render/json_body.h"
#include "web/render/json_response.h"
#include "web/render/language.h"
#include "web/render/paged_list.h"

namespace stegvis::web {
namespace {

// The most scores one self-assessment may carry (there are 19 items).
constexpr std::size_t kMaxScores = 100;
constexpr IntRange kAnyScore{std::numeric_limits<int>::min(), std::numeric_limits<int>::max()};

boost::json::object NoteJson(const domain::GenderNote& n) {
  return EntityJson(n, {"id", "measure_id"});
}

boost::json::object AssessmentJson(const domain::SelfAssessment& a) {
  return EntityJson(a, {"organisation_id"});
}

// An assessment's date, note and scores; problems are left in `body`.
domain::SelfAssessment AssessmentFromJson(JsonBody& body) {
  domain::SelfAssessment a;
  a.assessed_on = body.Text("assessed_on");
  a.note = body.Text("note");
  for (JsonFields& score : body.Objects("scores", kMaxScores, "score")) {
    domain::SelfAssessmentScore s{score.Text("item"), std::nullopt, score.Text("comment")};
    // Any whole number the domain can hold: it refuses one outside 1–4 naming the item.
    if (auto value = score.OptionalInt("score", kAnyScore, "selfassess.error.score")) {
      s.score = static_cast<int>(*value);
    }
    a.scores.push_back(std::move(s));
  }
  return a;
}

boost::json::object ReflectionJson(const domain::ReflectionNoteView& v) {
  boost::json::object out = EntityJson(v.note, {"organisation_id"});
  out["may_change"] = v.may_change;
  return out;
}

// A reflection note's members; problems are left in `body`.
domain::ReflectionNote ReflectionFromJson(JsonBody& body) {
  domain::ReflectionNote n;
  auto kind = domain::ParseReflectionKind(body.Text("kind"));
  if (!kind) body.RefuseChoice("kind", "meeting, shadowing");
  n.kind = kind.value_or(n.kind);
  for (auto [field, out] : {std::pair<const char*, std::string*>{"held_on", &n.held_on},
                            {"title", &n.title},
                            {"text", &n.text},
                            {"peer", &n.peer}}) {
    *out = body.Text(field);
  }
  n.unit_ids = body.Ids("unit_ids");
  n.project_ids = body.Ids("project_ids");
  return n;
}

}  // namespace

HandlerResult ApiGenderAnalysis(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto g = domain::LoadGenderAnalysis(app.store, *visitor.principal(), *id);
  if (!g) return core::Fail(g.error());
  const domain::MeasureDetails& d = g->details;
  auto analysis = domain::AnalyzeMeasure(d.measure, d.observations, domain::PhaseStarts(d.phases),
                                         domain::ExcludedPeriods(d.point_notes));
  if (!analysis) return core::Fail(analysis.error());
  auto history = KeptVerdictHistory(app.verdict_histories, d, app.clock);
  if (!history) return core::Fail(history.error());
  boost::json::value verdicts = nullptr;
  if (analysis->groups) {
    verdicts = boost::json::object{
        {"verdict_a", stats::SeriesVerdictName(analysis->groups->verdict_a.verdict)},
        {"verdict_b", stats::SeriesVerdictName(analysis->groups->verdict_b.verdict)},
        {"gap", stats::GapVerdictName(analysis->groups->gap_verdict)}};
  }
  boost::json::array versions;
  for (const domain::GenderNote& n : g->notes) versions.push_back(NoteJson(n));
  const std::vector<std::string> groups = domain::GroupsOf(d.measure.grouping);
  return JsonValue(boost::json::object{
      {"measure_id", d.measure.id},
      {"group_a", groups[0]},
      {"group_b", groups[1]},
      {"verdicts", std::move(verdicts)},
      {"verdict_history", VerdictHistoryJson(**history)},
      {"notes", boost::json::object{{"current", g->notes.empty() ? boost::json::value(nullptr)
                                                                 : boost::json::value(
                                                                       NoteJson(g->notes.back()))},
                                    {"versions", std::move(versions)}}},
      {"may_change", d.may_change}});
}

HandlerResult ApiGenderNotesPut(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  const std::int64_t version = body.Int("version", kVersions);
  domain::GenderNote note;
  for (auto [field, out] :
       {std::pair<const char*, std::string*>{"representation", &note.representation},
        {"resources", &note.resources},
        {"realia", &note.realia},
        {"realisera", &note.realisera}}) {
    *out = body.Text(field);
  }
  if (!body.ok()) return body.error();
  auto saved = domain::SaveGenderNote(app.store, app.clock, *visitor.principal(),
                                      ActorOf(visitor, request), *id, version, note);
  if (saved) return JsonValue(NoteJson(*saved));
  return core::Fail(saved.error());
}

HandlerResult ApiSelfAssessments(const App& app, Request& request, const Visitor& visitor) {
  auto page = ReadPageRequest(request);
  if (!page) return core::Fail(page.error());
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto u = domain::LoadSelfAssessments(app.store, *visitor.principal(), *id);
  if (!u) return core::Fail(u.error());
  boost::json::array items;
  for (const domain::AssessmentItem& item : domain::AssessmentItems()) {
    static constexpr const char* kSection[] = {"steps", "prerequisites", "knowledge"};
    items.push_back(boost::json::object{{"item", item.key},
                                        {"section", kSection[static_cast<int>(item.section)]},
                                        {"group", item.group}});
  }
  boost::json::array list;
  for (const domain::SelfAssessment& a : u->assessments) list.push_back(AssessmentJson(a));
  return JsonValue(PagedList("assessments", std::move(list), *page,
                             {{"unit_id", u->unit.id},
                              {"unit", u->unit.name},
                              {"may_record", u->may_record},
                              {"items", std::move(items)}}));
}

HandlerResult ApiSelfAssessmentCreate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  domain::SelfAssessment a = AssessmentFromJson(body);
  if (!body.ok()) return body.error();
  auto created = domain::RecordSelfAssessment(app.store, app.clock, *visitor.principal(),
                                              ActorOf(visitor, request), *id, a);
  if (!created) return core::Fail(created.error());
  return JsonValue(boost::json::object{{"id", *created}}, 201);
}

HandlerResult ApiSelfAssessmentCorrect(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto assessment_id = PathId(request, "assessment_id");
  if (!assessment_id) return core::Fail(assessment_id.error());
  JsonBody body(request);
  const std::int64_t version = body.Int("version", kVersions);
  domain::SelfAssessment a = AssessmentFromJson(body);
  if (!body.ok()) return body.error();
  a.id = *assessment_id;
  a.version = version;
  auto corrected = domain::CorrectSelfAssessment(app.store, app.clock, *visitor.principal(),
                                                 ActorOf(visitor, request), *id, a);
  if (!corrected) return core::Fail(corrected.error());
  return JsonValue(boost::json::object{{"id", a.id}, {"version", version + 1}});
}

HandlerResult ApiReflectionNotes(const App& app, Request& request, const Visitor& visitor) {
  auto page = ReadPageRequest(request);
  if (!page) return core::Fail(page.error());
  auto notes = domain::ListReflectionNotes(app.store, *visitor.principal(),
                                           request.Query("mine").value_or("") == "1");
  if (!notes) return core::Fail(notes.error());
  boost::json::array list;
  for (const auto& v : *notes) list.push_back(ReflectionJson(v));
  return JsonValue(PagedList("notes", std::move(list), *page));
}

HandlerResult ApiUnitReflectionNotes(const App& app, Request& request, const Visitor& visitor) {
  auto page = ReadPageRequest(request);
  if (!page) return core::Fail(page.error());
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto u = domain::LoadUnitReflections(app.store, *visitor.principal(), *id);
  if (!u) return core::Fail(u.error());
  boost::json::array list;
  for (const auto& v : u->notes) list.push_back(ReflectionJson(v));
  return JsonValue(PagedList("notes", std::move(list), *page,
                             {{"unit_id", u->unit.id}, {"may_write", u->may_write}}));
}

HandlerResult ApiReflectionNote(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto v = domain::LoadReflectionNote(app.store, *visitor.principal(), *id);
  if (!v) return core::Fail(v.error());
  return JsonValue(ReflectionJson(*v));
}

HandlerResult ApiReflectionNoteCreate(const App& app, Request& request, const Visitor& visitor) {
  JsonBody body(request);
  const domain::ReflectionNote note = ReflectionFromJson(body);
  if (!body.ok()) return body.error();
  auto id = domain::CreateReflectionNote(app.store, app.clock, *visitor.principal(),
                                         ActorOf(visitor, request), note);
  if (!id) return core::Fail(id.error());
  auto v = domain::LoadReflectionNote(app.store, *visitor.principal(), *id);
  if (!v) return core::Fail(v.error());
  return JsonValue(ReflectionJson(*v), 201);
}

HandlerResult ApiReflectionNoteUpdate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  domain::ReflectionNote note = ReflectionFromJson(body);
  note.id = *id;
  note.version = body.Int("version", kVersions);
  if (!body.ok()) return body.error();
  auto done = domain::ChangeReflectionNote(app.store, app.clock, *visitor.principal(),
                                           ActorOf(visitor, request), note);
  if (!done) return core::Fail(done.error());
  auto v = domain::LoadReflectionNote(app.store, *visitor.principal(), *id);
  if (!v) return core::Fail(v.error());
  return JsonValue(ReflectionJson(*v));
}

}  // namespace stegvis::web
