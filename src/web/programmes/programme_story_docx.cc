// GET /api/v1/programmes/{id}/story.docx: a programme's improvement story as a Word document —
// the same story as its page (programme_story_page.cc builds the view both use): the aim, the
// teams, each common measure's table across the teams as a real Word table with its funnel
// plot as a PNG, and every idea of the change package with the teams' tests and what they
// learned, then the goals.

#include "docx/package.h"
#include "domain/programme_story.h"
#include "web/http/access_guard.h"
#include "web/programmes/dashboard_cells.h"
#include "web/programmes/handlers.h"
#include "web/programmes/programme_story_view.h"
#include "web/render/file_name.h"
#include "web/render/forms.h"
#include "web/render/image_download.h"
#include "web/render/language.h"

namespace stegvis::web {
namespace {

class ProgrammeStoryWriter {
 public:
  ProgrammeStoryWriter(const App& app, const std::string& lang, docx::Document& doc)
      : app_(app), lang_(lang), doc_(doc) {}

  std::string Msg(const std::string& key) const { return app_.catalogue.Get(lang_, key); }

  void Header(const ProgrammeStoryView& v) {
    doc_.AddHeading(0, v.heading);
    std::string line = Msg("programme_story.title");
    if (!v.facts.empty()) line += " · " + v.facts;
    doc_.AddNote(line + " · " + Msg("story.date_label") + ": " + v.today);
    doc_.AddHeading(1, Msg("programme.aim"));
    if (v.aim) {
      doc_.AddParagraph(*v.aim);
    } else {
      doc_.AddNote(Msg("programme_story.no_aim"));
    }
    doc_.AddHeading(1, Msg("programme_story.teams_heading"));
    if (!v.has_teams) doc_.AddNote(Msg("programme.no_teams"));
    for (const ProgrammeStoryTeamView& t : v.teams) {
      doc_.AddParagraph(t.name + " (" + (t.unit.empty() ? "" : t.unit + ", ") + t.organisation +
                        ")");
    }
    if (v.hidden_teams) doc_.AddNote(*v.hidden_teams);
  }

  core::Result<void> Measures(const ProgrammeStoryView& v, const domain::ProgrammeStory& story) {
    doc_.AddHeading(1, Msg("programme_story.measures_heading"));
    if (!v.has_measures) {
      doc_.AddNote(Msg("programme.no_common"));
      return {};
    }
    doc_.AddNote(Msg("programme_story.measures_intro"));
    for (const ProgrammeStoryMeasureView& m : v.measures) {
      const DashboardColumnView& c = m.column;
      doc_.AddHeading(2, c.unit ? c.name + " (" + *c.unit + ")" : c.name);
      docx::Table table{
          Msg("programme_story.measure_caption"),
          {Msg("dashboard.col.team"), Msg("dashboard.col.period"), c.first_group, c.second_group,
           Msg("dashboard.col.total"), Msg("dashboard.col.gap"), Msg("dashboard.col.variation")},
          {},
          {false, false, true, true, true, true, false}};
      for (const ProgrammeStoryRowView& r : m.rows) {
        const std::string team = r.team + " (" + r.organisation + ")";
        if (!r.cell.adopted) {
          table.rows.push_back({team, Msg("dashboard.not_adopted")});
          continue;
        }
        table.rows.push_back({team, r.cell.period.value_or(Msg("dashboard.no_data")), r.cell.women,
                              r.cell.men, r.cell.total, r.cell.gap, r.cell.variation.text});
      }
      doc_.AddTable(std::move(table));
      for (const domain::ProgrammeFunnel& f : story.dashboard.funnels) {
        if (f.definition.id != m.id || !m.funnel) continue;
        auto png = DrawPng(FunnelSvg(app_, lang_, f));
        if (!png) return core::Fail(png.error());
        doc_.AddImage(std::move(*png), m.funnel->alt, kPngScale);
      }
    }
    doc_.AddNote(Msg("dashboard.key_hint"));
    return {};
  }

  void Ideas(const ProgrammeStoryView& v) {
    doc_.AddHeading(1, Msg("programme_story.ideas_heading"));
    doc_.AddNote(Msg("programme_story.ideas_intro"));
    if (!v.cycles_shown) doc_.AddNote(Msg("programme_story.cycles_hidden"));
    if (!v.has_ideas) doc_.AddNote(Msg("idea.package_none"));
    for (const ProgrammeStoryIdeaView& idea : v.ideas) {
      doc_.AddHeading(2, idea.title);
      if (idea.description) doc_.AddParagraph(*idea.description);
      if (!v.cycles_shown) continue;
      doc_.AddLabelled("", idea.counts);
      if (!idea.has_cycles) doc_.AddNote(Msg("programme_story.no_tests"));
      for (const ProgrammeStoryCycleView& pc : idea.cycles) {
        const StoryCycleView& c = pc.cycle;
        doc_.AddHeading(3, pc.team + " (" + pc.organisation + "): " + c.heading);
        std::string facts = Msg("story.phase_label") + ": " + c.phase;
        if (!c.dates.empty()) facts += " · " + c.dates;
        doc_.AddNote(facts);
        doc_.AddLabelled(Msg("story.decision_label") + ": ",
                         c.decision.value_or(Msg("pdsa.decision.none")));
        for (auto [key, text] : {std::pair{"pdsa.field.question", &c.question},
                                 {"story.predicted", &c.prediction},
                                 {"story.happened", &c.observations},
                                 {"story.result", &c.result},
                                 {"story.learned", &c.learning},
                                 {"story.next_step", &c.next_step}}) {
          if (*text) doc_.AddLabelled(Msg(key) + ": ", **text);
        }
      }
    }
  }

  void Goals(const ProgrammeStoryView& v) {
    doc_.AddHeading(1, Msg("goals.links_heading.programme"));
    if (!v.has_goals) doc_.AddNote(Msg("story.no_goals"));
    for (const GoalChipView& g : v.goals) doc_.AddLabelled(g.label + " ", g.title);
  }

 private:
  const App& app_;
  const std::string& lang_;
  docx::Document& doc_;
};

}  // namespace

HandlerResult ApiProgrammeStoryDocx(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto story = domain::LoadProgrammeStory(app.store, app.clock, *visitor.principal(), *id);
  if (!story) return core::Fail(story.error());
  const std::string lang = ChooseLanguage(request).lang;
  const ProgrammeStoryView view = ProgrammeStoryViewOf(app, lang, *story);
  // The document's images are drawn in one slot of the image gate.
  std::optional<core::WorkGate::Slot> slot =
      app.image_gate ? app.image_gate->TryEnter() : std::nullopt;
  if (app.image_gate && !slot) return core::Fail(ImagesBusy());

  docx::Document doc;
  doc.title = app.catalogue.Get(lang, "programme_story.title") + ": " + view.heading;
  doc.language = lang == "sv" ? "sv-SE" : "en-GB";
  doc.date = view.today;
  doc.footer = app.catalogue.Get(lang, "programme_story.title") + " · " + view.heading + " · " +
               view.today + " · " + app.catalogue.Get(lang, "story.docx_page");
  ProgrammeStoryWriter writer(app, lang, doc);
  writer.Header(view);
  auto measures = writer.Measures(view, *story);
  if (!measures) return core::Fail(measures.error());
  writer.Ideas(view);
  writer.Goals(view);
  auto docx = docx::WriteDocx(doc);
  if (!docx) return core::Fail(docx.error());

  Response response{200, {}, std::move(*docx)};
  response.SetHeader("Content-Type",
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  response.SetHeader("Content-Disposition",
                     "attachment; filename=\"berattelse-" +
                         FileNameOf(view.heading, "program-" + std::to_string(*id)) + ".docx\"");
  return response;
}

}  // namespace stegvis::web
