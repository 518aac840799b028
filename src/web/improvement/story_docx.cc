// GET /api/v1/projects/{id}/story.docx: the improvement story as a Word document for a
// tjänsteskrivelse — the same story as its page (story_page.cc builds the view both use): the
// summary, problem and aim, the theory of change as an image with its parts in words, each
// included measure's verdicts, its chart as a PNG drawn from the page's SVG and its data as
// a real Word table, every included cycle (abandoned ones too), the progress scores and the
// goals.

#include "docx/package.h"
#include "domain/project_story.h"
#include "web/diagrams/diagram_views.h"
#include "web/http/access_guard.h"
#include "web/improvement/handlers.h"
#include "web/improvement/story_view.h"
#include "web/render/file_name.h"
#include "web/render/forms.h"
#include "web/render/image_download.h"
#include "web/render/language.h"

namespace stegvis::web {
namespace {

// Writes the story's blocks into a document, with the words of `lang`.
class StoryWriter {
 public:
  StoryWriter(const App& app, const std::string& lang, docx::Document& doc)
      : app_(app), lang_(lang), doc_(doc) {}

  std::string Msg(const std::string& key) const { return app_.catalogue.Get(lang_, key); }

  // A section: its heading, then `text`, or the words of `empty_key` when there is none.
  void Section(const std::string& heading_key, const std::optional<std::string>& text,
               const std::string& empty_key) {
    doc_.AddHeading(1, Msg(heading_key));
    if (text) {
      doc_.AddParagraph(*text);
    } else {
      doc_.AddNote(Msg(empty_key));
    }
  }

  void Header(const StoryView& v) {
    doc_.AddHeading(0, v.heading);
    std::string line = Msg("story.title") + " · " + Msg("story.team_label") + ": " + v.team;
    if (v.programme) line += " · " + Msg("project.programme_label") + ": " + *v.programme;
    line += " · " + Msg("project.status_label") + ": " + v.status;
    if (v.score) line += " · " + Msg("project.score_label") + ": " + *v.score;
    doc_.AddNote(line + " · " + Msg("story.date_label") + ": " + v.today);
    Section("story.summary_heading", v.summary, "story.no_summary");
    Section("project.problem_question", v.problem, "project.problem_empty");
    std::string aim = v.aim;
    for (const std::string& whom : v.whom) aim += (&whom == &v.whom.front() ? " (" : ", ") + whom;
    if (v.has_whom) aim += ")";
    Section("project.q_aim", v.has_aim ? std::optional(aim) : std::nullopt, "journey.aim_empty");
  }

  core::Result<void> Theory(const StoryView& v, const domain::ProjectDiagram& theory) {
    doc_.AddHeading(1, Msg("toc.title"));
    if (!v.has_theory) {
      doc_.AddNote(Msg("story.no_theory"));
      return {};
    }
    auto png = DrawPng(DiagramSvg(app_, lang_, theory));
    if (!png) return core::Fail(png.error());
    doc_.AddImage(std::move(*png), Msg("story.docx_theory_alt"), kPngScale);
    for (const chart::TheoryLevel& level : TheoryInputFor(app_, lang_, theory).levels) {
      for (const chart::TheoryItem& item : level.items) {
        doc_.AddLabelled(level.label + ": ", item.text);
      }
    }
    return {};
  }

  core::Result<void> Measures(const StoryView& v, const std::vector<MeasureCharts>& charts) {
    doc_.AddHeading(1, Msg("story.measures_heading"));
    if (!v.has_measures) doc_.AddNote(Msg("story.no_measures"));
    for (std::size_t i = 0; i < v.measures.size(); ++i) {
      const StoryMeasureView& m = v.measures[i];
      const MeasureCharts& c = charts.at(i);
      doc_.AddHeading(2, m.name + " (" + m.kind + ")");
      if (!m.has_data) {
        doc_.AddNote(Msg("story.no_data"));
        continue;
      }
      for (const std::string& verdict : m.verdicts) doc_.AddParagraph(verdict);
      // The same chart as the page: women and men with the gap when split, else the total.
      const bool groups = !c.groups_svg.empty();
      auto png = DrawPng(groups ? c.groups_svg : c.total_svg);
      if (!png) return core::Fail(png.error());
      doc_.AddImage(std::move(*png),
                    app_.catalogue.Format(lang_, "story.docx_chart_alt", {{"name", m.name}}),
                    kPngScale);
      const chart::DataTable& t = groups ? c.groups_data : c.total_data;
      doc_.AddTable({t.caption, t.header, t.rows, t.number_columns});
    }
    return {};
  }

  void Cycles(const StoryView& v) {
    doc_.AddHeading(1, Msg("story.cycles_heading"));
    doc_.AddNote(Msg("story.cycles_intro"));
    if (!v.has_cycles) doc_.AddNote(Msg("story.no_cycles"));
    for (const StoryCycleView& c : v.cycles) {
      doc_.AddHeading(2, c.heading);
      std::string facts = c.idea.empty() ? "" : Msg("story.idea_label") + ": " + c.idea + " · ";
      facts += Msg("story.phase_label") + ": " + c.phase;
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

  void ScoresAndGoals(const StoryView& v) {
    doc_.AddHeading(1, Msg("project.progress_heading"));
    if (v.has_scores) {
      docx::Table t{
          Msg("story.score_history"),
          {Msg("project.score_date"), Msg("project.score_label"), Msg("project.score_note")},
          {},
          {false, true, false}};
      for (const ProgressScoreView& s : v.scores) t.rows.push_back({s.date, s.score, s.note});
      doc_.AddTable(std::move(t));
    } else {
      doc_.AddNote(Msg("story.no_scores"));
    }
    doc_.AddHeading(1, Msg("goals.links_heading.project"));
    if (!v.has_goals) doc_.AddNote(Msg("story.no_goals"));
    for (const GoalChipView& g : v.goals) doc_.AddLabelled(g.label + " ", g.title);
  }

 private:
  const App& app_;
  const std::string& lang_;
  docx::Document& doc_;
};

}  // namespace

HandlerResult ApiStoryDocx(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto story = domain::LoadProjectStory(app.store, *visitor.principal(), *id);
  if (!story) return core::Fail(story.error());
  const std::string lang = ChooseLanguage(request).lang;
  std::vector<MeasureCharts> charts;
  auto view = StoryViewOf(app, lang, *story, nullptr, &charts);
  if (!view) return core::Fail(view.error());
  // The document's images are drawn in one slot of the image gate.
  std::optional<core::WorkGate::Slot> slot =
      app.image_gate ? app.image_gate->TryEnter() : std::nullopt;
  if (app.image_gate && !slot) return core::Fail(ImagesBusy());

  docx::Document doc;
  doc.title = app.catalogue.Get(lang, "story.title") + ": " + view->heading;
  doc.language = lang == "sv" ? "sv-SE" : "en-GB";
  doc.date = view->today;
  doc.footer = app.catalogue.Get(lang, "story.title") + " · " + view->heading + " · " +
               view->today + " · " + app.catalogue.Get(lang, "story.docx_page");
  StoryWriter writer(app, lang, doc);
  writer.Header(*view);
  auto theory = writer.Theory(*view, story->theory);
  if (!theory) return core::Fail(theory.error());
  auto measures = writer.Measures(*view, charts);
  if (!measures) return core::Fail(measures.error());
  writer.Cycles(*view);
  writer.ScoresAndGoals(*view);
  auto docx = docx::WriteDocx(doc);
  if (!docx) return core::Fail(docx.error());

  Response response{200, {}, std::move(*docx)};
  response.SetHeader("Content-Type",
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  response.SetHeader("Content-Disposition",
                     "attachment; filename=\"berattelse-" +
                         FileNameOf(view->heading, "projekt-" + std::to_string(*id)) + ".docx\"");
  return response;
}

}  // namespace stegvis::web
