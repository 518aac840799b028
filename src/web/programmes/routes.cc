// The routes of this feature, each with its access rule (see web/route_rules.h).

#include "web/programmes/handlers.h"
#include "web/route_rules.h"

namespace stegvis::web {

void AddProgrammeRoutes(Router& router, const App& app) {
  FeatureRoutes routes(router, app);
  // Programmes are seen by every user of an organisation that takes part (the handler
  // checks); those who run them change them.
  routes.Get("/program", kSignedIn, ProgrammesPage);
  routes.Get("/program/{id}", kSignedIn, ProgrammePage);
  routes.Get("/program/{id}/oversikt", kSignedIn, ProgrammeDashboardPage);
  routes.Get("/program/{id}/matt.xlsx", kSignedIn, ProgrammeXlsx);
  routes.Get("/program/{id}/berattelse", kSignedIn, ProgrammeStoryPage);
  routes.Post("/program", kChangeProgramme, ProgrammeCreate);
  routes.Post("/program/{id}/team", kChangeProgramme, ProgrammeTeamAdd);
  routes.Post("/api/v1/programmes/{id}/teams", kChangeProgramme, ApiProgrammeTeamAdd);
  routes.Post("/program/{id}/kalender", kChangeProgramme, ProgrammeEventAdd);
  routes.Get("/program/{id}/andra", kChangeProgramme, ProgrammeEditPage);
  routes.Post("/program/{id}", kChangeProgramme, ProgrammeSubmit);
  routes.Post("/program/{id}/stangd", kChangeProgramme, ProgrammeClosedSubmit);
  routes.Get("/program/{id}/kalender/{event_id}", kChangeProgramme, ProgrammeEventPage);
  routes.Post("/program/{id}/kalender/{event_id}", kChangeProgramme, ProgrammeEventSubmit);
  routes.Post("/program/{id}/kalender/{event_id}/ta-bort", kChangeProgramme, ProgrammeEventRemove);
  routes.Get("/program/{id}/matt/ny", kChangeProgramme, MeasureDefinitionNewPage);
  routes.Post("/program/{id}/matt", kChangeProgramme, MeasureDefinitionCreate);
  routes.Get("/program/{id}/matt/{definition_id}", kChangeProgramme, MeasureDefinitionPage);
  routes.Post("/program/{id}/matt/{definition_id}", kChangeProgramme, MeasureDefinitionSubmit);
  routes.Post("/program/{id}/matt/{definition_id}/avveckla", kChangeProgramme,
              MeasureDefinitionRetiredSubmit);
  // Adopting common definitions is a change of the team's project.
  routes.Get("/projekt/{id}/gemensamma-matt", kChangeTeam, MeasureAdoptionPage);
  routes.Post("/projekt/{id}/gemensamma-matt", kChangeTeam, MeasureAdoptionSubmit);
  routes.Post("/api/v1/projects/{id}/measures", kChangeTeam, ApiProjectMeasureCreate);
  routes.Get("/api/v1/programmes", kSignedIn, ApiProgrammes);
  routes.Post("/api/v1/programmes", kChangeProgramme, ApiProgrammeCreate);
  routes.Get("/api/v1/programmes/{id}", kSignedIn, ApiProgramme);
  routes.Put("/api/v1/programmes/{id}", kChangeProgramme, ApiProgrammeUpdate);
  routes.Get("/api/v1/programmes/{id}/dashboard", kSignedIn, ApiProgrammeDashboard);
  routes.Get("/api/v1/programmes/{id}/story", kSignedIn, ApiProgrammeStory);
  routes.Get("/api/v1/programmes/{id}/story.docx", kSignedIn, ApiProgrammeStoryDocx);
  routes.Get("/api/v1/programmes/{id}/measures.xlsx", kSignedIn, ProgrammeXlsx);
  // Those who run the programme publish a summary of it; anyone reads the public page.
  routes.Get("/program/{id}/publicera", kChangeProgramme, ProgrammePublishPreviewPage);
  routes.Post("/program/{id}/publicera", kChangeProgramme, ProgrammePublishSubmit);
  routes.Post("/program/{id}/avpublicera", kChangeProgramme, ProgrammeUnpublishSubmit);
  routes.GetPublicCached("/publicerat/program/{slug}", PublishedProgrammePage);
  routes.Post("/api/v1/programmes/{id}/publication", kChangeProgramme, ApiProgrammePublish);
  routes.Delete("/api/v1/programmes/{id}/publication", kChangeProgramme, ApiProgrammeUnpublish);
  routes.Get("/api/v1/programmes/{id}/measure-definitions/{definition_id}/funnel.svg", kSignedIn,
             ApiProgrammeFunnelSvg);
  routes.Get("/api/v1/programmes/{id}/measure-definitions/{definition_id}/funnel.png", kSignedIn,
             ApiProgrammeFunnelPng);
  routes.Post("/api/v1/programmes/{id}/calendar", kChangeProgramme, ApiProgrammeEventCreate);
  routes.Put("/api/v1/programmes/{id}/calendar/{event_id}", kChangeProgramme,
             ApiProgrammeEventUpdate);
  routes.Delete("/api/v1/programmes/{id}/calendar/{event_id}", kChangeProgramme,
                ApiProgrammeEventDelete);
  routes.Post("/api/v1/programmes/{id}/measure-definitions", kChangeProgramme,
              ApiMeasureDefinitionCreate);
  routes.Get("/api/v1/programmes/{id}/measure-definitions/{definition_id}", kSignedIn,
             ApiMeasureDefinition);
  routes.Put("/api/v1/programmes/{id}/measure-definitions/{definition_id}", kChangeProgramme,
             ApiMeasureDefinitionUpdate);
  routes.Post("/api/v1/programmes/{id}/measure-definitions/{definition_id}/retire",
              kChangeProgramme, ApiMeasureDefinitionRetire);
  // Invitations: the host invites and withdraws; the team's side (the domain decides who that
  // is) answers and leaves.
  routes.Get("/program/{id}/inbjudningar", kChangeProgramme, ProgrammeInvitationsPage);
  routes.Post("/program/{id}/inbjudningar", kChangeProgramme, ProgrammeInvitationCreate);
  routes.Post("/program/{id}/inbjudningar/{invitation_id}/aterkalla", kChangeProgramme,
              ProgrammeInvitationWithdraw);
  routes.Get("/inbjudningar", kSignedIn, MyInvitationsPage);
  routes.Post("/inbjudningar/{id}", kChangeTeam, InvitationAnswer);
  routes.Post("/program/{id}/team/{team_id}/lamna", kChangeTeam, ProgrammeLeave);
  routes.Post("/api/v1/programmes/{id}/invitations", kChangeProgramme, ApiInvitationCreate);
  routes.Get("/api/v1/invitations", kSignedIn, ApiInvitations);
  routes.Get("/api/v1/invitations/{id}", kSignedIn, ApiInvitation);
  routes.Post("/api/v1/invitations/{id}/accept", kChangeTeam, ApiInvitationAccept);
  routes.Post("/api/v1/invitations/{id}/decline", kChangeTeam, ApiInvitationDecline);
  routes.Post("/api/v1/invitations/{id}/withdraw", kChangeProgramme, ApiInvitationWithdraw);
  routes.Delete("/api/v1/programmes/{id}/teams/{team_id}", kChangeTeam, ApiProgrammeLeave);
  // Monthly team reports: read as the team's work (the host reads a guest team's; the domain
  // decides), written by the team; the programme's grid and learning sessions by its readers.
  routes.Get("/projekt/{id}/manadsrapporter", kViewTeam, ProjectReportsPage);
  routes.Get("/projekt/{id}/manadsrapport/{month}", kViewTeam, MonthlyReportPage);
  routes.Post("/projekt/{id}/manadsrapport/{month}", kChangeTeam, MonthlyReportSubmit);
  routes.Post("/projekt/{id}/manadsrapport/{month}/kommentarer", kCommentTeam, ReportCommentSubmit);
  routes.Get("/program/{id}/rapporter", kSignedIn, ProgrammeReportsPage);
  routes.Get("/program/{id}/larandeseminarium/{event_id}", kSignedIn, LearningSessionPage);
  routes.Get("/api/v1/projects/{id}/monthly-reports", kViewTeam, ApiProjectReports);
  routes.Get("/api/v1/projects/{id}/monthly-reports/{month}", kViewTeam, ApiMonthlyReport);
  routes.Put("/api/v1/projects/{id}/monthly-reports/{month}", kChangeTeam, ApiMonthlyReportUpdate);
  routes.Post("/api/v1/projects/{id}/monthly-reports/{month}/submit", kChangeTeam,
              ApiMonthlyReportSubmit);
  routes.Get("/api/v1/programmes/{id}/monthly-reports", kSignedIn, ApiProgrammeReports);
  routes.Get("/api/v1/programmes/{id}/learning-sessions/{event_id}", kSignedIn, ApiLearningSession);
}

}  // namespace stegvis::web
