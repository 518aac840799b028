// The JSON twins of the gender-equality pages under /api/v1/: a measure's gender analysis and
// 4R notes, a unit's self-assessments, and reflection notes. The same domain calls, validation
// and permission policy as the pages. Documented in docs/api.md.

#include <boost/json/array.hpp>

#include "core/clock.h"
#include "domain/audit.h"
#include "domain/gender_analysis.h"
#include "domain/measure_phases.h"
#include "domain/reflection_note.h"
#include "domain/self_assessment.h"
#include "domain/verdict_history.h"
#include "web/gender/gender_views.h"
#include "web/gender/handlers.h"
#include "web/http/access_guard.h"
#include "web/improvement/measure_view.h"
#include "web/render/entity_json.h"
#include "web/render/error_status.h"
#include "web/render/forms.h"
#include "web/render/json_request.h"
#include "web/render/json_response.h"
#include "web/render/language.h"

namespace stegvis::web {
namespace {

// A string member ("" when absent); kInvalidInput when present but not a string.
core::Result<std::string> Text(const boost::json::object& body, const char* field) {
  const boost::json::value* v = body.if_contains(field);
  if (!v || v->is_null()) return std::string();
  if (!v->is_string()) {
    return core::Fail(core::Error::Invalid("must be a string", field, "error.bad_json"));
  }
  return std::string(v->as_string());
}

core::Result<std::int64_t> Integer(const boost::json::object& body, const char* field) {
  const boost::json::value* v = body.if_contains(field);
  if (!v || !v->is_int64()) {
    return core::Fail(core::Error::Invalid("must be a whole number", field, "error.bad_json"));
  }
  return v->as_int64();
}

boost::json::object NoteJson(const domain::GenderNote& n) {
  return EntityJson(n, {"id", "measure_id"});
}

boost::json::object AssessmentJson(const domain::SelfAssessment& a) {
  return EntityJson(a, {"organisation_id"});
}

boost::json::object ReflectionJson(const domain::ReflectionNoteView& v) {
  boost::json::object out = EntityJson(v.note, {"organisation_id"});
  out["may_change"] = v.may_change;
  return out;
}

core::Result<std::vector<domain::Id>> IdList(const boost::json::object& body, const char* field) {
  std::vector<domain::Id> out;
  const boost::json::value* v = body.if_contains(field);
  if (!v || v->is_null()) return out;
  if (!v->is_array()) {
    return core::Fail(core::Error::Invalid("must be a list of ids", field, "error.bad_json"));
  }
  for (const boost::json::value& id : v->as_array()) {
    if (!id.is_int64() || id.as_int64() <= 0) {
      return core::Fail(core::Error::Invalid("must be a list of ids", field, "error.bad_json"));
    }
    out.push_back(id.as_int64());
  }
  return out;
}

core::Result<domain::ReflectionNote> ReflectionFromJson(const boost::json::object& body) {
  domain::ReflectionNote n;
  auto kind = Text(body, "kind");
  if (!kind) return core::Fail(kind.error());
  auto parsed = domain::ParseReflectionKind(*kind);
  if (!parsed) {
    return core::Fail(core::Error::Invalid("meeting or shadowing", "kind", "error.bad_json"));
  }
  n.kind = *parsed;
  for (auto [field, out] : {std::pair<const char*, std::string*>{"held_on", &n.held_on},
                            {"title", &n.title},
                            {"text", &n.text},
                            {"peer", &n.peer}}) {
    auto t = Text(body, field);
    if (!t) return core::Fail(t.error());
    *out = *t;
  }
  auto units = IdList(body, "unit_ids");
  if (!units) return core::Fail(units.error());
  n.unit_ids = *units;
  auto projects = IdList(body, "project_ids");
  if (!projects) return core::Fail(projects.error());
  n.project_ids = *projects;
  return n;
}

}  // namespace

Response ApiGenderAnalysis(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, NotFoundError());
  auto g = domain::LoadGenderAnalysis(app.store, *visitor.principal(), *id);
  if (!g) return JsonError(app, request, g.error());
  const domain::MeasureDetails& d = g->details;
  auto analysis = domain::AnalyzeMeasure(d.measure, d.observations, domain::PhaseStarts(d.phases));
  if (!analysis) return JsonError(app, request, analysis.error());
  auto history =
      domain::ComputeVerdictHistory(d.measure, d.observations, domain::PhaseStarts(d.phases));
  if (!history) return JsonError(app, request, history.error());
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
      {"verdict_history", VerdictHistoryJson(*history)},
      {"notes", boost::json::object{{"current", g->notes.empty() ? boost::json::value(nullptr)
                                                                 : boost::json::value(
                                                                       NoteJson(g->notes.back()))},
                                    {"versions", std::move(versions)}}},
      {"may_change", d.may_change}});
}

Response ApiGenderNotesPut(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, NotFoundError());
  auto body = JsonObjectBody(request);
  if (!body) return JsonError(app, request, body.error());
  auto version = Integer(*body, "version");
  if (!version) return JsonError(app, request, version.error());
  domain::GenderNote note;
  for (auto [field, out] :
       {std::pair<const char*, std::string*>{"representation", &note.representation},
        {"resources", &note.resources},
        {"realia", &note.realia},
        {"realisera", &note.realisera}}) {
    auto t = Text(*body, field);
    if (!t) return JsonError(app, request, t.error());
    *out = *t;
  }
  auto saved = domain::SaveGenderNote(app.store, app.clock, *visitor.principal(),
                                      ActorOf(visitor, request), *id, *version, note);
  if (saved) return JsonValue(NoteJson(*saved));
  return JsonError(app, request, saved.error());
}

Response ApiSelfAssessments(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, NotFoundError());
  auto u = domain::LoadSelfAssessments(app.store, *visitor.principal(), *id);
  if (!u) return JsonError(app, request, u.error());
  boost::json::array items;
  for (const domain::AssessmentItem& item : domain::AssessmentItems()) {
    static constexpr const char* kSection[] = {"steps", "prerequisites", "knowledge"};
    items.push_back(boost::json::object{{"item", item.key},
                                        {"section", kSection[static_cast<int>(item.section)]},
                                        {"group", item.group}});
  }
  boost::json::array list;
  for (const domain::SelfAssessment& a : u->assessments) list.push_back(AssessmentJson(a));
  return JsonValue(boost::json::object{{"unit_id", u->unit.id},
                                       {"unit", u->unit.name},
                                       {"may_record", u->may_record},
                                       {"items", std::move(items)},
                                       {"assessments", std::move(list)}});
}

Response ApiSelfAssessmentCreate(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, NotFoundError());
  auto body = JsonObjectBody(request);
  if (!body) return JsonError(app, request, body.error());
  domain::SelfAssessment a;
  auto date = Text(*body, "assessed_on");
  if (!date) return JsonError(app, request, date.error());
  a.assessed_on = *date;
  auto note = Text(*body, "note");
  if (!note) return JsonError(app, request, note.error());
  a.note = *note;
  const boost::json::value* scores = body->if_contains("scores");
  if (scores && !scores->is_array()) {
    return JsonError(app, request,
                     core::Error::Invalid("must be a list", "scores", "error.bad_json"));
  }
  if (scores) {
    for (const boost::json::value& v : scores->as_array()) {
      if (!v.is_object()) {
        return JsonError(
            app, request,
            core::Error::Invalid("must be a list of objects", "scores", "error.bad_json"));
      }
      const boost::json::object& o = v.as_object();
      auto item = Text(o, "item");
      auto comment = Text(o, "comment");
      if (!item) return JsonError(app, request, item.error());
      if (!comment) return JsonError(app, request, comment.error());
      domain::SelfAssessmentScore s{*item, std::nullopt, *comment};
      const boost::json::value* score = o.if_contains("score");
      if (score && score->is_int64()) {
        s.score = static_cast<int>(score->as_int64());
      } else if (score && !score->is_null()) {
        return JsonError(app, request,
                         core::Error::Invalid("a score is 1, 2, 3 or 4, or null", *item,
                                              "selfassess.error.score"));
      }
      a.scores.push_back(std::move(s));
    }
  }
  auto created = domain::RecordSelfAssessment(app.store, app.clock, *visitor.principal(),
                                              ActorOf(visitor, request), *id, a);
  if (!created) return JsonError(app, request, created.error());
  return JsonValue(boost::json::object{{"id", *created}}, 201);
}

Response ApiReflectionNotes(const App& app, Request& request, const Visitor& visitor) {
  auto notes = domain::ListReflectionNotes(app.store, *visitor.principal(),
                                           request.Query("mine").value_or("") == "1");
  if (!notes) return JsonError(app, request, notes.error());
  boost::json::array list;
  for (const auto& v : *notes) list.push_back(ReflectionJson(v));
  return JsonValue(boost::json::object{{"notes", std::move(list)}});
}

Response ApiUnitReflectionNotes(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, NotFoundError());
  auto u = domain::LoadUnitReflections(app.store, *visitor.principal(), *id);
  if (!u) return JsonError(app, request, u.error());
  boost::json::array list;
  for (const auto& v : u->notes) list.push_back(ReflectionJson(v));
  return JsonValue(boost::json::object{
      {"unit_id", u->unit.id}, {"may_write", u->may_write}, {"notes", std::move(list)}});
}

Response ApiReflectionNote(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, NotFoundError());
  auto v = domain::LoadReflectionNote(app.store, *visitor.principal(), *id);
  if (!v) return JsonError(app, request, v.error());
  return JsonValue(ReflectionJson(*v));
}

Response ApiReflectionNoteCreate(const App& app, Request& request, const Visitor& visitor) {
  auto body = JsonObjectBody(request);
  if (!body) return JsonError(app, request, body.error());
  auto note = ReflectionFromJson(*body);
  if (!note) return JsonError(app, request, note.error());
  auto id = domain::CreateReflectionNote(app.store, app.clock, *visitor.principal(),
                                         ActorOf(visitor, request), *note);
  if (!id) return JsonError(app, request, id.error());
  auto v = domain::LoadReflectionNote(app.store, *visitor.principal(), *id);
  if (!v) return JsonError(app, request, v.error());
  return JsonValue(ReflectionJson(*v), 201);
}

Response ApiReflectionNoteUpdate(const App& app, Request& request, const Visitor& visitor) {
  std::optional<domain::Id> id = PathId(request, "id");
  if (!id) return JsonError(app, request, NotFoundError());
  auto body = JsonObjectBody(request);
  if (!body) return JsonError(app, request, body.error());
  auto note = ReflectionFromJson(*body);
  if (!note) return JsonError(app, request, note.error());
  auto version = Integer(*body, "version");
  if (!version) return JsonError(app, request, version.error());
  note->id = *id;
  note->version = *version;
  auto done = domain::ChangeReflectionNote(app.store, app.clock, *visitor.principal(),
                                           ActorOf(visitor, request), *note);
  if (!done) return JsonError(app, request, done.error());
  auto v = domain::LoadReflectionNote(app.store, *visitor.principal(), *id);
  if (!v) return JsonError(app, request, v.error());
  return JsonValue(ReflectionJson(*v));
}

}  // namespace stegvis::web
