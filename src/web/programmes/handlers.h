#pragma once
// Programmes (Genombrott collaboratives): the list, a programme's page with its calendar and
// teams, and their JSON twins (docs/api.md).
// Thin handlers: parse the request, call one domain function, render. Each is registered
// with its access rule in routes.cc beside this file; the access guard has identified the
// visitor and checked the rule and the CSRF token before any of them runs.

#include "web/app.h"
#include "web/http/http.h"
#include "web/http/router.h"
#include "web/http/visitor.h"
#include "web/render/handler_result.h"

namespace stegvis::web {

// Registers the routes of this feature (routes.cc) on `router`, bound to `app`.
void AddProgrammeRoutes(Router& router, const App& app);

// GET /program: the programmes the user's organisation hosts or takes part in.
HandlerResult ProgrammesPage(const App& app, Request& request, const Visitor& visitor);
// GET /program/{id}: aim, calendar, common measures, teams with small multiples.
HandlerResult ProgrammePage(const App& app, Request& request, const Visitor& visitor);
// POST /program: creates a programme (admins, organisation-wide strategists).
HandlerResult ProgrammeCreate(const App& app, Request& request, const Visitor& visitor);
// POST /program/{id}/team adds a team of the host (team_id); POST /program/{id}/kalender a
// learning session or action period (kind, title, starts_on, ends_on). Back to the page, with
// the form marked when the input was refused. (The change package and the goal links have their
// own routes in pdsa/ and goals/.)
HandlerResult ProgrammeTeamAdd(const App& app, Request& request, const Visitor& visitor);
HandlerResult ProgrammeEventAdd(const App& app, Request& request, const Visitor& visitor);
// GET /program/{id}/andra: the form for the programme's name, theme, aim, period and host unit;
// POST /program/{id} saves it (version-checked: a stale form comes back with what was typed
// and who saved in between). POST /program/{id}/stangd closes (closed=1) or reopens it.
HandlerResult ProgrammeEditPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult ProgrammeSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult ProgrammeClosedSubmit(const App& app, Request& request, const Visitor& visitor);
// GET /program/{id}/kalender/{event_id}: the form that moves a calendar entry (kind, title,
// dates); POST saves it; POST .../ta-bort removes the entry. Back to the calendar.
HandlerResult ProgrammeEventPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult ProgrammeEventSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult ProgrammeEventRemove(const App& app, Request& request, const Visitor& visitor);

// GET /program/{id}/matt/ny: the form for a new common measure definition; POST
// /program/{id}/matt creates it. GET /program/{id}/matt/{definition_id}: its edit form; POST
// there saves it (version-checked as the programme's form); POST .../avveckla retires
// (retired=1) or reinstates it. Back to the programme.
HandlerResult MeasureDefinitionNewPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult MeasureDefinitionCreate(const App& app, Request& request, const Visitor& visitor);
HandlerResult MeasureDefinitionPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult MeasureDefinitionSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult MeasureDefinitionRetiredSubmit(const App& app, Request& request,
                                             const Visitor& visitor);
// GET /projekt/{id}/gemensamma-matt: the programme's definitions the project has not adopted,
// with checkboxes; POST adopts the chosen ones (definition_id, repeated) in one step.
HandlerResult MeasureAdoptionPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult MeasureAdoptionSubmit(const App& app, Request& request, const Visitor& visitor);

// GET /program/{id}/oversikt: the dashboard, one row per team the reader may see with each
// common measure's latest values, variation and assurance in words (sorted by "sortera":
// team, enhet, organisation; filtered by "signal": forbattring, forsamring, saknar-data),
// and the funnel plots with their data tables. GET /api/v1/programmes/{id}/dashboard is its
// JSON twin; GET /api/v1/programmes/{id}/measure-definitions/{definition_id}/funnel.svg draws
// one definition's funnel plots (women, men, total) side by side on shared axes, and
// funnel.png the same drawing as a PNG image for slides.
HandlerResult ProgrammeDashboardPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiProgrammeDashboard(const App& app, Request& request, const Visitor& visitor);
HandlerResult ProgrammeStoryPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiProgrammeStory(const App& app, Request& request, const Visitor& visitor);
// GET /api/v1/programmes/{id}/story.docx: the programme's story as a Word document.
HandlerResult ApiProgrammeStoryDocx(const App& app, Request& request, const Visitor& visitor);
// The common measures across the teams as an Excel workbook (ProgrammeWorkbook):
// GET /program/{id}/matt.xlsx and GET /api/v1/programmes/{id}/measures.xlsx.
HandlerResult ProgrammeXlsx(const App& app, Request& request, const Visitor& visitor);
// Publishing a summary of the programme (programme_publication_page.cc): the preview, publish,
// unpublish, the public page and the JSON twins.
HandlerResult ProgrammePublishPreviewPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult ProgrammePublishSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult ProgrammeUnpublishSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult PublishedProgrammePage(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiProgrammePublish(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiProgrammeUnpublish(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiProgrammeFunnelSvg(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiProgrammeFunnelPng(const App& app, Request& request, const Visitor& visitor);

// The width of one funnel panel in the dashboard's drawing.
inline constexpr int kFunnelPanelWidth = 360;

// GET /api/v1/programmes and /api/v1/programmes/{id}; POST /api/v1/programmes creates one
// (201, {"id": …}); PUT /api/v1/programmes/{id} changes it (version-checked; "closed" closes or
// reopens it).
HandlerResult ApiProgrammes(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiProgramme(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiProgrammeCreate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiProgrammeUpdate(const App& app, Request& request, const Visitor& visitor);
// POST /api/v1/programmes/{id}/teams {"team_id"}: a team of the host joins (those who run
// the programme; a team of another organisation is invited instead) → 204.
HandlerResult ApiProgrammeTeamAdd(const App& app, Request& request, const Visitor& visitor);
// POST /api/v1/programmes/{id}/calendar adds an entry (201, {"id": …}); PUT and DELETE
// /api/v1/programmes/{id}/calendar/{event_id} move and remove one.
HandlerResult ApiProgrammeEventCreate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiProgrammeEventUpdate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiProgrammeEventDelete(const App& app, Request& request, const Visitor& visitor);
// GET /api/v1/programmes/{id}/measure-definitions/{definition_id}: one definition, for whoever
// reads the programme. POST /api/v1/programmes/{id}/measure-definitions adds a common measure
// definition (201, {"id": …}); PUT /api/v1/programmes/{id}/measure-definitions/{definition_id}
// changes it (version-checked); POST .../retire retires it ("retired": false reinstates it).
HandlerResult ApiMeasureDefinition(const App& app, Request& request, const Visitor& visitor);

// Invitations of teams of other organisations (domain/programme_invitations.h). Pages:
// GET/POST /program/{id}/inbjudningar (invite), POST .../{invitation_id}/aterkalla (withdraw),
// GET /inbjudningar (the teams' side), POST /inbjudningar/{id} (answer=accept|decline),
// POST /program/{id}/team/{team_id}/lamna (leave).
HandlerResult ProgrammeInvitationsPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult ProgrammeInvitationCreate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ProgrammeInvitationWithdraw(const App& app, Request& request, const Visitor& visitor);
HandlerResult MyInvitationsPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult InvitationAnswer(const App& app, Request& request, const Visitor& visitor);
HandlerResult ProgrammeLeave(const App& app, Request& request, const Visitor& visitor);
// Their JSON twins: POST /api/v1/programmes/{id}/invitations ({"team_id"} → 201 {"id"}),
// GET /api/v1/invitations (the visitor's side), GET /api/v1/invitations/{id},
// POST /api/v1/invitations/{id}/accept, .../decline, .../withdraw, and
// DELETE /api/v1/programmes/{id}/teams/{team_id} (leave).
HandlerResult ApiInvitationCreate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiInvitations(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiInvitation(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiInvitationAccept(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiInvitationDecline(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiInvitationWithdraw(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiProgrammeLeave(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiMeasureDefinitionCreate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiMeasureDefinitionUpdate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiMeasureDefinitionRetire(const App& app, Request& request, const Visitor& visitor);
// POST /api/v1/projects/{id}/measures: with "definition_id" adopts that common definition,
// otherwise adds a measure of the team's own from the measure's fields (201, {"id": …}).
HandlerResult ApiProjectMeasureCreate(const App& app, Request& request, const Visitor& visitor);

// Monthly team reports (monthly_report_page.cc, programme_reports_page.cc,
// monthly_reports_api.cc). GET /projekt/{id}/manadsrapport/{month}: the report, pre-filled
// when not stored, with its form for the team; POST saves the draft (action=save) or submits
// it (action=submit). GET /projekt/{id}/manadsrapporter: the project's months.
HandlerResult MonthlyReportPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult MonthlyReportSubmit(const App& app, Request& request, const Visitor& visitor);
// POST /projekt/{id}/manadsrapport/{month}/kommentarer (field "text"): adds a comment
// (domain/comments.h) and goes back to the report's comments; a refused text shows the page
// again with the refusal next to the field and the text kept.
HandlerResult ReportCommentSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult ProjectReportsPage(const App& app, Request& request, const Visitor& visitor);
// GET /program/{id}/rapporter: team × month; GET /program/{id}/larandeseminarium/{event_id}:
// a learning session's material, printable.
HandlerResult ProgrammeReportsPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult LearningSessionPage(const App& app, Request& request, const Visitor& visitor);
// The JSON twins: GET /api/v1/projects/{id}/monthly-reports, GET and PUT
// /api/v1/projects/{id}/monthly-reports/{month}, POST .../submit,
// GET /api/v1/programmes/{id}/monthly-reports and
// GET /api/v1/programmes/{id}/learning-sessions/{event_id}.
HandlerResult ApiProjectReports(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiMonthlyReport(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiMonthlyReportUpdate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiMonthlyReportSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiProgrammeReports(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiLearningSession(const App& app, Request& request, const Visitor& visitor);

}  // namespace stegvis::web
