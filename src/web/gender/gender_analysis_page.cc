// /matt/{id}/jamstalldhetsanalys: the gender analysis of a measure split by sex — women and
// men side by side with the gap, the engine's verdict over time, and the team's 4R notes
// kept with their history (POST saves a new version, version-checked).

#include <boost/json/array.hpp>

#include "domain/audit.h"
#include "domain/gender_analysis.h"
#include "domain/measure_phases.h"
#include "domain/verdict_history.h"
#include "web/gender/gender_views.h"
#include "web/gender/handlers.h"
#include "web/http/access_guard.h"
#include "web/improvement/measure_view.h"
#include "web/render/error_status.h"
#include "web/render/forms.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

constexpr const char* kFields[] = {"representation", "resources", "realia", "realisera"};

const std::string& FieldOf(const domain::GenderNote& n, std::string_view field) {
  if (field == "representation") return n.representation;
  if (field == "resources") return n.resources;
  if (field == "realia") return n.realia;
  return n.realisera;
}

// The four texts of a version, with their headings, for reading.
boost::json::array Sections(const App& app, const std::string& lang, const domain::GenderNote& n) {
  boost::json::array out;
  for (const char* f : kFields) {
    const std::string& text = FieldOf(n, f);
    boost::json::object s{{"heading", app.catalogue.Get(lang, std::string("gender.r.") + f)}};
    if (!text.empty()) s["text"] = text;
    out.push_back(std::move(s));
  }
  return out;
}

HandlerResult RenderAnalysis(const App& app, Request& request, const Visitor& visitor,
                             const domain::GenderAnalysis& g, const domain::GenderNote& form_note,
                             boost::json::object view, int status) {
  const LanguageChoice language = ChooseLanguage(request);
  const std::string& lang = language.lang;
  const domain::MeasureDetails& d = g.details;
  view["id"] = d.measure.id;
  view["measure"] = d.measure.name;
  view["team_id"] = d.team.id;
  view["team"] = d.team.name;
  view["project_id"] = d.project.id;
  view["project"] = d.project.title;
  view["may_change"] = d.may_change;
  view["heading"] = app.catalogue.Format(lang, "gender.heading", {{"measure", d.measure.name}});

  auto charts = BuildMeasureCharts(app, lang, d);
  if (!charts) return core::Fail(charts.error());
  const domain::MeasureAnalysis& a = charts->analysis;
  view["groups_svg"] = charts->groups_svg + charts->groups_svg_narrow;
  view["groups_table"] = charts->groups_table;
  boost::json::array verdicts;
  // The group and gap sentences (the total's comes first when there is a total).
  const std::size_t skip = a.total ? 1 : 0;
  for (std::size_t i = skip; i < charts->verdicts.size(); ++i) {
    verdicts.push_back(boost::json::string(charts->verdicts[i]));
  }
  view["has_groups"] = a.groups.has_value();
  view["verdicts"] = std::move(verdicts);

  const std::vector<std::string> groups = domain::GroupsOf(d.measure.grouping);
  auto history =
      domain::ComputeVerdictHistory(d.measure, d.observations, domain::PhaseStarts(d.phases));
  if (!history) return core::Fail(history.error());
  view["history"] = VerdictHistoryView(app, lang, *history, groups[0], groups[1]);

  // The 4R notes: the current version, the form, and every earlier version newest first.
  const domain::GenderNote* current = g.notes.empty() ? nullptr : &g.notes.back();
  if (current) {
    view["current"] = boost::json::object{
        {"version", current->version},
        {"saved", app.catalogue.Format(lang, "gender.saved_by",
                                       {{"version", std::to_string(current->version)},
                                        {"who", current->created_by},
                                        {"when", WhenText(current->created_at)}})},
        {"sections", Sections(app, lang, *current)}};
  }
  boost::json::array earlier;
  for (auto it = g.notes.rbegin(); it != g.notes.rend(); ++it) {
    if (current && it->version == current->version) continue;
    earlier.push_back(boost::json::object{
        {"summary", app.catalogue.Format(lang, "gender.saved_by",
                                         {{"version", std::to_string(it->version)},
                                          {"who", it->created_by},
                                          {"when", WhenText(it->created_at)}})},
        {"sections", Sections(app, lang, *it)}});
  }
  view["has_earlier"] = !earlier.empty();
  view["earlier"] = std::move(earlier);
  boost::json::array fields;
  for (const char* f : kFields) {
    boost::json::object field{{"name", f},
                              {"label", app.catalogue.Get(lang, std::string("gender.r.") + f)},
                              {"help", app.catalogue.Get(lang, std::string("gender.help.") + f)},
                              {"value", FieldOf(form_note, f)}};
    if (auto e = view.if_contains(std::string("error_") + f)) field["error"] = *e;
    fields.push_back(std::move(field));
  }
  view["fields"] = std::move(fields);
  // Realisera: the PDSA cycles that test changes on this measure, to link from the analysis.
  boost::json::array cycles;
  for (const domain::CycleMarker& c : d.cycle_markers) {
    cycles.push_back(boost::json::object{
        {"id", c.cycle_id},
        {"text",
         app.catalogue.Format(
             lang, "gender.cycle",
             {{"number", std::to_string(c.number)},
              {"title", c.title},
              {"phase", app.catalogue.Get(lang, "pdsa.phase." + std::string(domain::PdsaPhaseName(
                                                                    c.phase)))}})}});
  }
  view["has_cycles"] = !cycles.empty();
  view["cycles"] = std::move(cycles);
  if (!view.contains("base_version")) view["base_version"] = current ? current->version : 0;
  return RenderPage(app, request, {"gender_analysis", "gender.title", "", status}, std::move(view),
                    language, visitor);
}

}  // namespace

HandlerResult GenderAnalysisPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto g = domain::LoadGenderAnalysis(app.store, *visitor.principal(), *id);
  if (!g) return core::Fail(g.error());
  domain::GenderNote shown = g->notes.empty() ? domain::GenderNote{} : g->notes.back();
  return RenderAnalysis(app, request, visitor, *g, shown,
                        {{"saved_notice", request.Query("sparat").has_value()}}, 200);
}

HandlerResult GenderNotesSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  domain::GenderNote note;
  note.representation = form.Get("representation");
  note.resources = form.Get("resources");
  note.realia = form.Get("realia");
  note.realisera = form.Get("realisera");
  const std::string base_text = form.Get("base_version");
  const std::int64_t base = std::strtoll(base_text.c_str(), nullptr, 10);
  auto saved =
      domain::SaveGenderNote(app.store, app.clock, principal,
                             domain::ActorFor(principal, ClientAddress(request)), *id, base, note);
  if (saved) {
    return Response::Redirect("/matt/" + std::to_string(*id) +
                              "/jamstalldhetsanalys?sparat=1#fyra-r");
  }
  const core::Error& error = saved.error();
  if (error.code != core::ErrorCode::kInvalidInput && error.code != core::ErrorCode::kConflict) {
    return core::Fail(error);
  }
  auto g = domain::LoadGenderAnalysis(app.store, principal, *id);
  if (!g) return core::Fail(g.error());
  const std::string lang = ChooseLanguage(request).lang;
  // What the user wrote stays in the form, with the version they had: nothing is lost.
  boost::json::object view{{"base_version", base}};
  if (error.code == core::ErrorCode::kConflict && !g->notes.empty()) {
    const domain::GenderNote& latest = g->notes.back();
    view["conflict"] = ChangedByWords(app, lang, latest.created_by, latest.created_at);
  } else {
    AddFormError(view, app, lang, error);
  }
  return RenderAnalysis(app, request, visitor, *g, note, std::move(view), HttpStatus(error.code));
}

}  // namespace stegvis::web
