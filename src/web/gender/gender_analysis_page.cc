// /matt/{id}/jamstalldhetsanalys: the gender analysis of a measure split by sex — women and
// men side by side with the gap, the engine's verdict over time, and the team's 4R notes
// kept with their history (POST saves a new version, version-checked).

#include "domain/audit.h"
#include "domain/gender_analysis.h"
#include "domain/measure_phases.h"
#include "domain/verdict_history.h"
#include "web/gender/gender_views.h"
#include "web/gender/handlers.h"
#include "web/gender/verdict_histories.h"
#include "web/http/access_guard.h"
#include "web/improvement/measure_view.h"
#include "web/render/error_status.h"
#include "web/render/form_view.h"
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

// One of the four texts of a version, with its heading, for reading.
struct NoteSectionView {
  std::string heading;
  std::optional<std::string> text;  // absent: nothing written
};
constexpr auto Describe(std::type_identity<NoteSectionView>) {
  return std::tuple{core::Field("heading", &NoteSectionView::heading),
                    core::Field("text", &NoteSectionView::text)};
}

struct CurrentNoteView {
  std::int64_t version = 0;
  std::string saved;  // "Version 3, sparad av … den …"
  std::vector<NoteSectionView> sections;
};
constexpr auto Describe(std::type_identity<CurrentNoteView>) {
  return std::tuple{core::Field("version", &CurrentNoteView::version),
                    core::Field("saved", &CurrentNoteView::saved),
                    core::Field("sections", &CurrentNoteView::sections)};
}

struct EarlierNoteView {
  std::string summary;  // the version, who saved it and when
  std::vector<NoteSectionView> sections;
};
constexpr auto Describe(std::type_identity<EarlierNoteView>) {
  return std::tuple{core::Field("summary", &EarlierNoteView::summary),
                    core::Field("sections", &EarlierNoteView::sections)};
}

// One text of the form, with what was typed and its refusal.
struct NoteFieldView {
  std::string name;
  std::string label;
  std::string help;
  std::string value;
  std::optional<std::string> error;
};
constexpr auto Describe(std::type_identity<NoteFieldView>) {
  using F = NoteFieldView;
  return std::tuple{core::Field("name", &F::name), core::Field("label", &F::label),
                    core::Field("help", &F::help), core::Field("value", &F::value),
                    core::Field("error", &F::error)};
}

struct CycleLinkView {
  domain::Id id = 0;
  std::string text;
};
constexpr auto Describe(std::type_identity<CycleLinkView>) {
  return std::tuple{core::Field("id", &CycleLinkView::id),
                    core::Field("text", &CycleLinkView::text)};
}

// gender_analysis.mustache: women and men side by side, the verdict over time and the 4R notes.
struct GenderAnalysisView {
  domain::Id id = 0;  // the measure's
  std::string measure;
  domain::Id team_id = 0;
  std::string team;
  domain::Id project_id = 0;
  std::string project;
  bool may_change = false;
  std::string heading;
  RawHtml groups_svg;
  RawHtml groups_table;
  bool has_groups = false;
  std::vector<std::string> verdicts;  // the groups' and the gap's sentences
  VerdictHistoryView history;
  bool saved_notice = false;
  std::optional<CurrentNoteView> current;  // absent until the first version is saved
  bool has_earlier = false;
  std::vector<EarlierNoteView> earlier;  // newest first
  std::vector<NoteFieldView> fields;
  bool has_cycles = false;
  std::vector<CycleLinkView> cycles;
  std::int64_t base_version = 0;        // the version the form was opened on
  std::optional<std::string> conflict;  // a stale save: who saved meanwhile, and when
  bool has_errors = false;
  std::vector<FormErrorView> errors;
};
constexpr auto Describe(std::type_identity<GenderAnalysisView>) {
  using G = GenderAnalysisView;
  return std::tuple{core::Field("id", &G::id),
                    core::Field("measure", &G::measure),
                    core::Field("team_id", &G::team_id),
                    core::Field("team", &G::team),
                    core::Field("project_id", &G::project_id),
                    core::Field("project", &G::project),
                    core::Field("may_change", &G::may_change),
                    core::Field("heading", &G::heading),
                    core::Field("groups_svg", &G::groups_svg),
                    core::Field("groups_table", &G::groups_table),
                    core::Field("has_groups", &G::has_groups),
                    core::Field("verdicts", &G::verdicts),
                    core::Field("history", &G::history),
                    core::Field("saved_notice", &G::saved_notice),
                    core::Field("current", &G::current),
                    core::Field("has_earlier", &G::has_earlier),
                    core::Field("earlier", &G::earlier),
                    core::Field("fields", &G::fields),
                    core::Field("has_cycles", &G::has_cycles),
                    core::Field("cycles", &G::cycles),
                    core::Field("base_version", &G::base_version),
                    core::Field("conflict", &G::conflict),
                    core::Field("has_errors", &G::has_errors),
                    core::Field("errors", &G::errors)};
}

// The four texts of a version, with their headings, for reading.
std::vector<NoteSectionView> Sections(const App& app, const std::string& lang,
                                      const domain::GenderNote& n) {
  std::vector<NoteSectionView> out;
  for (const char* f : kFields) {
    const std::string& text = FieldOf(n, f);
    NoteSectionView s{app.catalogue.Get(lang, std::string("gender.r.") + f), std::nullopt};
    if (!text.empty()) s.text = text;
    out.push_back(std::move(s));
  }
  return out;
}

std::string SavedBy(const App& app, const std::string& lang, const domain::GenderNote& n) {
  return app.catalogue.Format(lang, "gender.saved_by",
                              {{"version", std::to_string(n.version)},
                               {"who", n.created_by},
                               {"when", WhenText(n.created_at)}});
}

// The page for `g` with `form_note` in the form; `view` holds what the caller sets (the saved
// notice, a refusal, the base version after a refusal).
HandlerResult RenderAnalysis(const App& app, Request& request, const Visitor& visitor,
                             const domain::GenderAnalysis& g, const domain::GenderNote& form_note,
                             const std::optional<FormErrorView>& error, GenderAnalysisView view,
                             int status) {
  const LanguageChoice language = ChooseLanguage(request);
  const std::string& lang = language.lang;
  const domain::MeasureDetails& d = g.details;
  view.id = d.measure.id;
  view.measure = d.measure.name;
  view.team_id = d.team.id;
  view.team = d.team.name;
  view.project_id = d.project.id;
  view.project = d.project.title;
  view.may_change = d.may_change;
  view.heading = app.catalogue.Format(lang, "gender.heading", {{"measure", d.measure.name}});

  auto charts = BuildMeasureCharts(app, lang, d);
  if (!charts) return core::Fail(charts.error());
  const domain::MeasureAnalysis& a = charts->analysis;
  view.groups_svg.html = charts->groups_svg + charts->groups_svg_narrow;
  view.groups_table.html = charts->groups_table;
  // The group and gap sentences (the total's comes first when there is a total).
  const std::size_t skip = a.total ? 1 : 0;
  for (std::size_t i = skip; i < charts->verdicts.size(); ++i) {
    view.verdicts.push_back(charts->verdicts[i]);
  }
  view.has_groups = a.groups.has_value();

  const std::vector<std::string> groups = domain::GroupsOf(d.measure.grouping);
  auto history = KeptVerdictHistory(app.verdict_histories, d, app.clock);
  if (!history) return core::Fail(history.error());
  view.history = VerdictHistoryOf(app, lang, **history, groups[0], groups[1]);

  // The 4R notes: the current version, the form, and every earlier version newest first.
  const domain::GenderNote* current = g.notes.empty() ? nullptr : &g.notes.back();
  if (current) {
    view.current = CurrentNoteView{current->version, SavedBy(app, lang, *current),
                                   Sections(app, lang, *current)};
  }
  for (auto it = g.notes.rbegin(); it != g.notes.rend(); ++it) {
    if (current && it->version == current->version) continue;
    view.earlier.push_back({SavedBy(app, lang, *it), Sections(app, lang, *it)});
  }
  view.has_earlier = !view.earlier.empty();
  for (const char* f : kFields) {
    NoteFieldView field{f, app.catalogue.Get(lang, std::string("gender.r.") + f),
                        app.catalogue.Get(lang, std::string("gender.help.") + f),
                        FieldOf(form_note, f), std::nullopt};
    if (error && error->field == f) field.error = error->text;
    view.fields.push_back(std::move(field));
  }
  // Realisera: the PDSA cycles that test changes on this measure, to link from the analysis.
  for (const domain::CycleMarker& c : d.cycle_markers) {
    view.cycles.push_back(
        {c.cycle_id,
         app.catalogue.Format(
             lang, "gender.cycle",
             {{"number", std::to_string(c.number)},
              {"title", c.title},
              {"phase", app.catalogue.Get(
                            lang, "pdsa.phase." + std::string(domain::PdsaPhaseName(c.phase)))}})});
  }
  view.has_cycles = !view.cycles.empty();
  if (error) SetFormError(view, *error);
  Response page = RenderPage(app, request, {"gender_analysis", "gender.title", "", status}, view,
                             language, visitor);
  // A history cut short by its budget is not the page: the page cache must not keep it, so
  // that the next view computes the history again.
  if (!(*history)->complete) page.SetHeader("Cache-Control", "no-store");
  return page;
}

}  // namespace

HandlerResult GenderAnalysisPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto g = domain::LoadGenderAnalysis(app.store, *visitor.principal(), *id);
  if (!g) return core::Fail(g.error());
  domain::GenderNote shown = g->notes.empty() ? domain::GenderNote{} : g->notes.back();
  GenderAnalysisView view;
  view.saved_notice = request.Query("sparat").has_value();
  view.base_version = g->notes.empty() ? 0 : g->notes.back().version;
  return RenderAnalysis(app, request, visitor, *g, shown, std::nullopt, std::move(view), 200);
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
  GenderAnalysisView view;
  view.base_version = base;
  std::optional<FormErrorView> refusal;
  if (error.code == core::ErrorCode::kConflict && !g->notes.empty()) {
    const domain::GenderNote& latest = g->notes.back();
    view.conflict = ChangedByWords(app, lang, latest.created_by, latest.created_at);
  } else {
    refusal = FormErrorOf(app, lang, error);
  }
  return RenderAnalysis(app, request, visitor, *g, note, refusal, std::move(view),
                        HttpStatus(error.code));
}

}  // namespace stegvis::web
