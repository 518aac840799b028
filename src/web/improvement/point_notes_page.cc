// A measure's exclusions and comments on its points, on a page of their own (/matt/{id}/punkter):
// every period with a value, what is noted on it, and a form per note and one for a new note,
// usable with the keyboard alone. A refused save shows the page again with why.

#include <set>

#include "chart/period_labels.h"
#include "core/clock.h"
#include "domain/measures.h"
#include "domain/point_notes.h"
#include "web/http/access_guard.h"
#include "web/improvement/handlers.h"
#include "web/render/error_status.h"
#include "web/render/form_view.h"
#include "web/render/forms.h"
#include "web/render/language.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

struct PeriodOptionView {
  std::string value;  // "2025-03"
  std::string label;  // "mars 2025"
  bool selected = false;
};
constexpr auto Describe(std::type_identity<PeriodOptionView>) {
  return std::tuple{core::Field("value", &PeriodOptionView::value),
                    core::Field("label", &PeriodOptionView::label),
                    core::Field("selected", &PeriodOptionView::selected)};
}

// One note with its form.
struct PointNoteView {
  std::string form_id;  // "n-exclusion-2025-03": the ids of its form's fields start with it
  std::string kind;     // "exclusion" or "annotation"
  std::string kind_words;
  std::string period;
  std::string period_label;
  std::string text;
  std::int64_t version = 0;
  std::string written;  // "Anna Berg, 2026-12-06 13:43"
};
constexpr auto Describe(std::type_identity<PointNoteView>) {
  using V = PointNoteView;
  return std::tuple{
      core::Field("form_id", &V::form_id),           core::Field("kind", &V::kind),
      core::Field("kind_words", &V::kind_words),     core::Field("period", &V::period),
      core::Field("period_label", &V::period_label), core::Field("text", &V::text),
      core::Field("version", &V::version),           core::Field("written", &V::written)};
}

// point_notes.mustache.
struct PointNotesPageView {
  domain::Id measure_id = 0;
  std::string measure_name;
  bool saved = false;
  std::optional<std::string> refusal;  // why the last save was refused
  bool has_periods = false;
  std::vector<PeriodOptionView> periods;
  bool kind_annotation = false;  // the new note's kind as sent (exclusion by default)
  std::string new_text;          // the new note's text as sent
  std::vector<PointNoteView> notes;
  std::int64_t max_text = static_cast<std::int64_t>(domain::kPointNoteMax);
};
constexpr auto Describe(std::type_identity<PointNotesPageView>) {
  using V = PointNotesPageView;
  return std::tuple{core::Field("measure_id", &V::measure_id),
                    core::Field("measure_name", &V::measure_name),
                    core::Field("saved", &V::saved),
                    core::Field("refusal", &V::refusal),
                    core::Field("has_periods", &V::has_periods),
                    core::Field("periods", &V::periods),
                    core::Field("kind_annotation", &V::kind_annotation),
                    core::Field("new_text", &V::new_text),
                    core::Field("notes", &V::notes),
                    core::Field("max_text", &V::max_text)};
}

std::string LongLabel(const std::string& period, const std::string& lang) {
  return chart::FormatPeriods(std::vector<std::string>{period},
                              lang == "en" ? chart::Lang::kEn : chart::Lang::kSv)
      .long_labels.front();
}

PointNotesPageView ViewOf(const App& app, const std::string& lang, const domain::MeasureDetails& d,
                          const std::string& chosen_period) {
  PointNotesPageView view;
  view.measure_id = d.measure.id;
  view.measure_name = d.measure.name;
  std::set<std::string> periods;
  for (const domain::Observation& o : d.observations) {
    if (!o.value.empty()) periods.insert(o.period);
  }
  for (const std::string& p : periods) {
    view.periods.push_back({p, LongLabel(p, lang), p == chosen_period});
  }
  view.has_periods = !view.periods.empty();
  for (std::size_t i = 0; i < d.point_notes.size(); ++i) {
    const domain::PointNote& n = d.point_notes[i];
    const std::string kind(domain::PointNoteKindName(n.kind));
    const std::string iso = core::FormatIsoUtc(n.updated_at);
    view.notes.push_back({"n-" + kind + "-" + n.period, kind,
                          app.catalogue.Get(lang, "point_note.kind." + kind), n.period,
                          LongLabel(n.period, lang), n.text, n.version,
                          d.point_note_by[i] + ", " + iso.substr(0, 10) + " " + iso.substr(11, 5)});
  }
  return view;
}

HandlerResult Render(const App& app, Request& request, const Visitor& visitor,
                     const PointNotesPageView& view, int status) {
  return RenderPage(app, request, {"point_notes", "point_note.title", "", status}, view,
                    ChooseLanguage(request), visitor);
}

// The measure for its notes page: only those who may change it see the forms.
core::Result<domain::MeasureDetails> Editable(const App& app, const Visitor& visitor,
                                              domain::Id id) {
  auto d = domain::LoadMeasure(app.store, *visitor.principal(), id);
  if (!d) return core::Fail(d.error());
  if (!d->may_change) return core::Fail(core::Error::Forbidden("read only"));
  return d;
}

}  // namespace

HandlerResult PointNotesPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto d = Editable(app, visitor, *id);
  if (!d) return core::Fail(d.error());
  PointNotesPageView view = ViewOf(app, ChooseLanguage(request).lang, *d, "");
  view.saved = request.Query("sparat").has_value();
  return Render(app, request, visitor, view, 200);
}

HandlerResult PointNotesSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  Form form(request);
  const std::optional<domain::PointNoteKind> kind = domain::ParsePointNoteKind(form.Get("kind"));
  if (!kind)
    return core::Fail(core::Error::Invalid("no such kind", "kind", "error.unknown_choice"));
  const std::string period = form.Get("period");
  const std::string text = form.Get("text");
  const domain::Principal& principal = *visitor.principal();
  const domain::Actor actor = domain::ActorFor(principal, ClientAddress(request));
  core::Result<void> done;
  if (form.Get("action") == "remove") {
    done = domain::RemovePointNote(app.store, app.clock, principal, actor, *id, *kind, period);
  } else {
    const std::int64_t version = ParseId(form.Get("version")).value_or(0);
    auto saved = domain::SetPointNote(app.store, app.clock, principal, actor, *id, *kind, period,
                                      text, version);
    if (!saved) done = core::Fail(saved.error());
  }
  if (done) return Response::Redirect("/matt/" + std::to_string(*id) + "/punkter?sparat=1");
  const core::ErrorCode code = done.error().code;
  if (code != core::ErrorCode::kInvalidInput && code != core::ErrorCode::kConflict) {
    return core::Fail(done.error());
  }
  auto d = Editable(app, visitor, *id);
  if (!d) return core::Fail(d.error());
  const std::string lang = ChooseLanguage(request).lang;
  PointNotesPageView view = ViewOf(app, lang, *d, period);
  view.refusal = FormErrorOf(app, lang, done.error()).text;
  view.kind_annotation = *kind == domain::PointNoteKind::kAnnotation;
  view.new_text = text;
  return Render(app, request, visitor, view, HttpStatus(code));
}

}  // namespace stegvis::web
