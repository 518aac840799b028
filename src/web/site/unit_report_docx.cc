// GET /api/v1/units/{id}/report.docx?period=2026-T2: the report to the nämnd as a Word
// document for a tjänsteskrivelse — the same report as its page (unit_report_view.h builds
// the view both use), plain language first: the summary, the work under way, the measures
// with new signals for women and men, the gaps that narrowed or widened, the decided tests
// with what was learned and the goals; then each measure with signals as a chart (PNG drawn
// from the page's SVG) with its verdicts and its data as a real Word table.

#include "docx/package.h"
#include "domain/unit_report.h"
#include "web/http/access_guard.h"
#include "web/improvement/measure_view.h"
#include "web/render/file_name.h"
#include "web/render/forms.h"
#include "web/render/image_download.h"
#include "web/render/json_response.h"
#include "web/render/language.h"
#include "web/site/handlers.h"
#include "web/site/unit_report_view.h"

namespace stegvis::web {
namespace {

class ReportWriter {
 public:
  ReportWriter(const App& app, const std::string& lang, docx::Document& doc)
      : app_(app), lang_(lang), doc_(doc) {}

  std::string Msg(const std::string& key) const { return app_.catalogue.Get(lang_, key); }

  void Header(const UnitReportView& v) {
    doc_.AddHeading(0, v.unit);
    doc_.AddNote(Msg("unitreport.title") + " · " + Msg("unitreport.period_label") + ": " +
                 v.period + " · " + Msg("story.date_label") + ": " + v.today);
    doc_.AddHeading(1, Msg("unitreport.summary_heading"));
    for (const std::string& s : v.summary) doc_.AddParagraph(s);
    doc_.AddNote(Msg("unitreport.scope_note"));
  }

  void Items(const std::vector<ReportItemView>& items, const std::string& empty_key) {
    if (items.empty()) doc_.AddNote(Msg(empty_key));
    for (const ReportItemView& i : items) {
      doc_.AddParagraph(i.detail.empty() ? i.name : i.name + " – " + i.detail);
    }
  }

  void Work(const UnitReportView& v) {
    doc_.AddHeading(1, Msg("unitreport.work_heading"));
    doc_.AddHeading(2, Msg("unitreport.projects_heading"));
    Items(v.projects, "unitreport.no_projects");
    doc_.AddHeading(2, Msg("unitreport.programmes_heading"));
    Items(v.programmes, "unitreport.no_programmes");
  }

  void Measures(const std::string& heading, const std::string& intro,
                const std::vector<ReportMeasureView>& measures, const std::string& empty_key) {
    doc_.AddHeading(1, Msg(heading));
    doc_.AddNote(Msg(intro));
    if (measures.empty()) doc_.AddNote(Msg(empty_key));
    for (const ReportMeasureView& m : measures) {
      doc_.AddHeading(2, m.name);
      doc_.AddNote(m.project + " · " + m.team);
      for (const std::string& line : m.lines) doc_.AddParagraph(line);
    }
  }

  void Cycles(const UnitReportView& v) {
    doc_.AddHeading(1, Msg("unitreport.cycles_heading"));
    doc_.AddNote(Msg("unitreport.cycles_intro"));
    for (const ReportDecisionView& d : v.decisions) {
      doc_.AddHeading(2, d.heading);
      if (!d.has_cycles) doc_.AddNote(Msg("unitreport.no_cycles"));
      for (const ReportCycleView& c : d.cycles) {
        doc_.AddHeading(3, c.title);
        doc_.AddNote(c.detail);
        if (c.result) doc_.AddLabelled(Msg("story.result") + ": ", *c.result);
        if (c.learning) doc_.AddLabelled(Msg("story.learned") + ": ", *c.learning);
      }
    }
  }

  void Goals(const UnitReportView& v) {
    doc_.AddHeading(1, Msg("unitreport.goals_heading"));
    doc_.AddHeading(2, Msg("unitreport.goals_addressed"));
    Items(v.goals_addressed, "unitreport.no_goals_addressed");
    doc_.AddHeading(2, Msg("unitreport.goals_unaddressed"));
    Items(v.goals_unaddressed, "unitreport.no_goals_unaddressed");
  }

  // Each measure with new signals: its verdicts, its chart of women and men with the gap, and
  // the chart's data as a Word table.
  core::Result<void> Charts(const domain::UnitReport& report) {
    doc_.AddHeading(1, Msg("unitreport.charts_heading"));
    bool any = false;
    for (const domain::ReportMeasure& m : report.measures) {
      if (m.signals.empty()) continue;
      any = true;
      auto charts = BuildMeasureCharts(app_, lang_, m.details);
      if (!charts) return core::Fail(charts.error());
      doc_.AddHeading(2, m.details.measure.name);
      for (const std::string& verdict : charts->verdicts) doc_.AddParagraph(verdict);
      if (charts->groups_svg.empty()) continue;
      auto png = DrawPng(charts->groups_svg);
      if (!png) return core::Fail(png.error());
      doc_.AddImage(
          std::move(*png),
          app_.catalogue.Format(lang_, "story.docx_chart_alt", {{"name", m.details.measure.name}}),
          kPngScale);
      const chart::DataTable& t = charts->groups_data;
      doc_.AddTable({t.caption, t.header, t.rows, t.number_columns});
    }
    if (!any) doc_.AddNote(Msg("unitreport.no_charts"));
    return {};
  }

 private:
  const App& app_;
  const std::string& lang_;
  docx::Document& doc_;
};

}  // namespace

HandlerResult ApiUnitReportDocx(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const core::Date today = core::Date::FromUnixSeconds(app.clock.NowUnixSeconds());
  auto period = RequestedPeriod(request, today);
  if (!period) return JsonErrors(app, request, {period.error()});
  auto report = domain::LoadUnitReport(app.store, *visitor.principal(), *id, *period);
  if (!report) return core::Fail(report.error());
  const std::string lang = ChooseLanguage(request).lang;
  auto view = MakeUnitReportView(app, lang, *report, today);
  if (!view) return core::Fail(view.error());
  // The document's images are drawn in one slot of the image gate.
  std::optional<core::WorkGate::Slot> slot =
      app.image_gate ? app.image_gate->TryEnter() : std::nullopt;
  if (app.image_gate && !slot) return core::Fail(ImagesBusy());

  docx::Document doc;
  doc.title = app.catalogue.Get(lang, "unitreport.title") + ": " + view->unit + " " + view->code;
  doc.language = lang == "sv" ? "sv-SE" : "en-GB";
  doc.date = view->today;
  doc.footer = app.catalogue.Get(lang, "unitreport.title") + " · " + view->unit + " · " +
               view->period + " · " + app.catalogue.Get(lang, "story.docx_page");
  ReportWriter writer(app, lang, doc);
  writer.Header(*view);
  writer.Work(*view);
  writer.Measures("unitreport.signals_heading", "unitreport.signals_intro", view->signals,
                  "unitreport.no_signals");
  writer.Measures("unitreport.gaps_heading", "unitreport.gaps_intro", view->gaps,
                  "unitreport.no_gaps");
  writer.Cycles(*view);
  writer.Goals(*view);
  auto charts = writer.Charts(*report);
  if (!charts) return core::Fail(charts.error());
  auto docx = docx::WriteDocx(doc);
  if (!docx) return core::Fail(docx.error());

  Response response{200, {}, std::move(*docx)};
  response.SetHeader("Content-Type",
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  response.SetHeader("Content-Disposition",
                     "attachment; filename=\"rapport-" +
                         FileNameOf(view->unit, "enhet-" + std::to_string(*id)) + "-" + view->code +
                         ".docx\"");
  return response;
}

}  // namespace stegvis::web
