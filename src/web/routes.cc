#include "web/routes.h"

#include "web/access_guard.h"
#include "web/handlers.h"

namespace stegvis::web {

Router BuildRouter(const App& app) {
  Router router([&app](Request& r, int status) { return ErrorPage(app, r, status); },
                [&app](Request& r, const Route& route) { return GuardRoute(app, r, route); });
  auto bind = [&app](Response (*handler)(const App&, Request&, const Visitor&)) {
    return [&app, handler](Request& r, const Visitor& v) { return handler(app, r, v); };
  };
  using domain::Action;
  using domain::ResourceKind;
  // Who may call each route: the policy (domain::May) decides from these rules; handlers
  // of /{id} routes ask again about the object. pages_test walks this table for every role.
  const Rule kPublic{Action::kView, ResourceKind::kPublic};
  const Rule kSignedIn{Action::kView, ResourceKind::kAnyUser};
  const Rule kViewTeam{Action::kView, ResourceKind::kTeam};
  const Rule kChangeTeam{Action::kChange, ResourceKind::kTeam};
  const Rule kChangeProgramme{Action::kChange, ResourceKind::kProgramme};
  const Rule kViewHistory{Action::kView, ResourceKind::kAnyUser};
  const Rule kAdmin{Action::kAdminister, ResourceKind::kOrganisation};
  const Rule kAdminUsers{Action::kAdminister, ResourceKind::kUser};

  router.Add("GET", "/healthz", kPublic, bind(Healthz));
  router.Add("GET", "/readyz", kPublic, bind(Readyz));
  router.Add("GET", "/static/{file}", kPublic,
             [&app](Request& r, const Visitor&) { return app.static_files.Serve(r); });
  router.Add("GET", "/tillganglighet", kPublic, bind(AccessibilityPage));
  router.Add("GET", "/login", kPublic, bind(LoginPage));
  router.Add("POST", "/login", kPublic, bind(LoginSubmit));
  router.Add("GET", "/aterstall/{token}", kPublic, bind(ResetPage));
  router.Add("POST", "/aterstall/{token}", kPublic, bind(ResetSubmit));
  router.Add("POST", "/api/v1/session", kPublic, bind(ApiLogin));

  router.Add("GET", "/", kSignedIn, bind(HomePage));
  router.Add("POST", "/logout", kSignedIn, bind(LogoutSubmit));
  router.Add("GET", "/api/v1/session", kSignedIn, bind(ApiSession));
  router.Add("DELETE", "/api/v1/session", kSignedIn, bind(ApiLogout));
  router.Add("GET", "/team/{id}", kViewTeam, bind(TeamPage));
  router.Add("POST", "/team/{id}", kChangeTeam, bind(TeamSubmit));
  router.Add("GET", "/historik/{type}/{id}", kViewHistory, bind(HistoryPage));

  // Improvement work. Programmes are seen by every user of an organisation that takes part
  // (the handler checks); projects and measures are the team's work.
  router.Add("GET", "/program", kSignedIn, bind(ProgrammesPage));
  router.Add("GET", "/program/{id}", kSignedIn, bind(ProgrammePage));
  router.Add("POST", "/program", kChangeProgramme, bind(ProgrammeCreate));
  router.Add("POST", "/program/{id}/{action}", kChangeProgramme, bind(ProgrammeAction));
  router.Add("POST", "/team/{id}/projekt", kChangeTeam, bind(ProjectCreate));
  router.Add("GET", "/projekt/{id}", kViewTeam, bind(ProjectPage));
  router.Add("POST", "/projekt/{id}", kChangeTeam, bind(ProjectSubmit));
  router.Add("POST", "/projekt/{id}/framsteg", kChangeTeam, bind(ProgressSubmit));
  router.Add("POST", "/projekt/{id}/matt", kChangeTeam, bind(MeasureCreate));
  router.Add("GET", "/matt/{id}", kViewTeam, bind(MeasurePage));
  router.Add("POST", "/matt/{id}", kChangeTeam, bind(MeasureSubmit));
  router.Add("POST", "/matt/{id}/varden", kChangeTeam, bind(MeasureDataSubmit));
  router.Add("GET", "/matt/{id}/diagram.svg", kViewTeam, bind(MeasureChartSvg));
  router.Add("GET", "/matt/{id}/data.csv", kViewTeam, bind(MeasureCsv));
  router.Add("GET", "/api/v1/programmes", kSignedIn, bind(ApiProgrammes));
  router.Add("GET", "/api/v1/programmes/{id}", kSignedIn, bind(ApiProgramme));
  router.Add("GET", "/api/v1/teams", kSignedIn, bind(ApiTeams));
  router.Add("GET", "/api/v1/projects", kSignedIn, bind(ApiProjects));
  router.Add("GET", "/api/v1/projects/{id}", kViewTeam, bind(ApiProject));
  router.Add("GET", "/api/v1/projects/{id}/measures", kViewTeam, bind(ApiProjectMeasures));
  router.Add("GET", "/api/v1/measures/{id}/observations", kViewTeam, bind(ApiObservations));
  router.Add("PUT", "/api/v1/measures/{id}/observations", kChangeTeam, bind(ApiObservationsPut));
  router.Add("GET", "/api/v1/measures/{id}/analysis", kViewTeam, bind(ApiAnalysis));
  router.Add("GET", "/api/v1/measures/{id}/chart.svg", kViewTeam, bind(MeasureChartSvg));

  // PDSA cycles and change ideas: the team's work (the domain checks the project's team).
  router.Add("GET", "/projekt/{id}/pgsa", kViewTeam, bind(ProjectCyclesPage));
  router.Add("POST", "/projekt/{id}/pgsa", kChangeTeam, bind(CycleCreate));
  router.Add("POST", "/projekt/{id}/forandringsideer", kChangeTeam, bind(ChangeIdeaCreate));
  router.Add("GET", "/pgsa/{id}", kViewTeam, bind(CyclePage));
  router.Add("POST", "/pgsa/{id}", kChangeTeam, bind(CycleSubmit));
  router.Add("POST", "/pgsa/{id}/nasta", kChangeTeam, bind(CycleNext));
  router.Add("GET", "/forandringsideer/{id}", kViewTeam, bind(ChangeIdeaPage));
  router.Add("POST", "/matt/{id}/fas", kChangeTeam, bind(MeasurePhaseSubmit));
  router.Add("GET", "/api/v1/projects/{id}/pdsa-cycles", kViewTeam, bind(ApiProjectCycles));
  router.Add("POST", "/api/v1/projects/{id}/pdsa-cycles", kChangeTeam, bind(ApiProjectCycleCreate));
  router.Add("POST", "/api/v1/projects/{id}/change-ideas", kChangeTeam, bind(ApiChangeIdeaCreate));
  router.Add("GET", "/api/v1/pdsa-cycles/{id}", kViewTeam, bind(ApiCycle));
  router.Add("PUT", "/api/v1/pdsa-cycles/{id}", kChangeTeam, bind(ApiCycleUpdate));
  router.Add("POST", "/api/v1/pdsa-cycles/{id}/next", kChangeTeam, bind(ApiCycleNext));
  router.Add("GET", "/api/v1/change-ideas/{id}", kViewTeam, bind(ApiChangeIdea));

  // The theory of change and the driver diagram: the team's work, like the project.
  router.Add("GET", "/projekt/{id}/forbattringsteori", kViewTeam, bind(TheoryPage));
  router.Add("POST", "/projekt/{id}/forbattringsteori", kChangeTeam, bind(TheorySubmit));
  router.Add("GET", "/projekt/{id}/forbattringsteori/diagram.svg", kViewTeam, bind(TheorySvg));
  router.Add("GET", "/projekt/{id}/drivkraftsdiagram", kViewTeam, bind(DriverPage));
  router.Add("POST", "/projekt/{id}/drivkraftsdiagram", kChangeTeam, bind(DriverSubmit));
  router.Add("GET", "/projekt/{id}/drivkraftsdiagram/diagram.svg", kViewTeam, bind(DriverSvg));
  router.Add("GET", "/api/v1/projects/{id}/theory-of-change", kViewTeam, bind(ApiTheory));
  router.Add("POST", "/api/v1/projects/{id}/theory-of-change", kChangeTeam, bind(ApiTheoryEdit));
  router.Add("GET", "/api/v1/projects/{id}/theory-of-change.svg", kViewTeam, bind(TheorySvg));
  router.Add("GET", "/api/v1/projects/{id}/driver-diagram", kViewTeam, bind(ApiDriver));
  router.Add("POST", "/api/v1/projects/{id}/driver-diagram", kChangeTeam, bind(ApiDriverEdit));
  router.Add("GET", "/api/v1/projects/{id}/driver-diagram.svg", kViewTeam, bind(DriverSvg));
  // The goals: the catalogue is read by everyone and changed by strateger and admins; links
  // are changed by whoever may change the object (programme links: ProgrammeAction "mal");
  // the overview and the report count only what the user may see.
  const Rule kViewGoals{Action::kView, ResourceKind::kGoalCatalogue};
  const Rule kChangeGoals{Action::kChange, ResourceKind::kGoalCatalogue};
  router.Add("GET", "/mal", kViewGoals, bind(GoalsOverviewPage));
  router.Add("GET", "/mal/katalog", kViewGoals, bind(GoalCataloguePage));
  router.Add("POST", "/mal/katalog", kChangeGoals, bind(GoalCreate));
  router.Add("GET", "/mal/katalog/{id}", kViewGoals, bind(GoalEntryPage));
  router.Add("POST", "/mal/katalog/{id}", kChangeGoals, bind(GoalEntrySubmit));
  router.Add("POST", "/projekt/{id}/mal", kChangeTeam, bind(ProjectGoalsSubmit));
  router.Add("POST", "/projekt/{id}/syftesmal", kChangeTeam, bind(AimGoalsSubmit));
  router.Add("POST", "/matt/{id}/mal", kChangeTeam, bind(MeasureGoalsSubmit));
  router.Add("GET", "/rapport/konsuppdelning", kViewGoals, bind(SexReportPage));
  router.Add("GET", "/rapport/konsuppdelning.csv", kViewGoals, bind(SexReportCsv));
  router.Add("GET", "/api/v1/goals", kViewGoals, bind(ApiGoals));
  router.Add("POST", "/api/v1/goals", kChangeGoals, bind(ApiGoalCreate));
  router.Add("GET", "/api/v1/goals/{id}", kViewGoals, bind(ApiGoal));
  router.Add("PUT", "/api/v1/goals/{id}", kChangeGoals, bind(ApiGoalUpdate));
  router.Add("GET", "/api/v1/goal-overview", kViewGoals, bind(ApiGoalOverview));
  router.Add("GET", "/api/v1/reports/sex-disaggregation", kViewGoals, bind(ApiSexReport));
  router.Add("GET", "/api/v1/programmes/{id}/goals", kSignedIn, bind(ApiProgrammeGoals));
  router.Add("PUT", "/api/v1/programmes/{id}/goals", kChangeProgramme, bind(ApiProgrammeGoalsPut));
  router.Add("GET", "/api/v1/projects/{id}/goals", kViewTeam, bind(ApiProjectGoals));
  router.Add("PUT", "/api/v1/projects/{id}/goals", kChangeTeam, bind(ApiProjectGoalsPut));
  router.Add("GET", "/api/v1/projects/{id}/aim-goals", kViewTeam, bind(ApiAimGoals));
  router.Add("PUT", "/api/v1/projects/{id}/aim-goals", kChangeTeam, bind(ApiAimGoalsPut));
  router.Add("GET", "/api/v1/measures/{id}/goals", kViewTeam, bind(ApiMeasureGoals));
  router.Add("PUT", "/api/v1/measures/{id}/goals", kChangeTeam, bind(ApiMeasureGoalsPut));
  // The gender-equality frame: a measure's gender analysis is the team's work; a unit's
  // self-assessments and the managers' reflection notes have their own kinds (domain/access.h).
  const Rule kViewAssessment{Action::kView, ResourceKind::kSelfAssessment};
  const Rule kChangeAssessment{Action::kChange, ResourceKind::kSelfAssessment};
  const Rule kViewReflection{Action::kView, ResourceKind::kReflection};
  const Rule kChangeReflection{Action::kChange, ResourceKind::kReflection};
  router.Add("GET", "/matt/{id}/jamstalldhetsanalys", kViewTeam, bind(GenderAnalysisPage));
  router.Add("POST", "/matt/{id}/jamstalldhetsanalys", kChangeTeam, bind(GenderNotesSubmit));
  router.Add("GET", "/enhet/{id}/sjalvskattning", kViewAssessment, bind(SelfAssessmentPage));
  router.Add("POST", "/enhet/{id}/sjalvskattning", kChangeAssessment, bind(SelfAssessmentSubmit));
  router.Add("GET", "/enhet/{id}/reflektioner", kViewReflection, bind(UnitReflectionsPage));
  router.Add("GET", "/reflektioner", kViewReflection, bind(ReflectionsPage));
  router.Add("POST", "/reflektioner", kChangeReflection, bind(ReflectionCreate));
  router.Add("GET", "/reflektioner/ny", kChangeReflection, bind(ReflectionNewPage));
  router.Add("GET", "/reflektioner/{id}", kViewReflection, bind(ReflectionPage));
  router.Add("POST", "/reflektioner/{id}", kChangeReflection, bind(ReflectionSubmit));
  router.Add("GET", "/api/v1/measures/{id}/gender-analysis", kViewTeam, bind(ApiGenderAnalysis));
  router.Add("PUT", "/api/v1/measures/{id}/gender-notes", kChangeTeam, bind(ApiGenderNotesPut));
  router.Add("GET", "/api/v1/units/{id}/self-assessments", kViewAssessment,
             bind(ApiSelfAssessments));
  router.Add("POST", "/api/v1/units/{id}/self-assessments", kChangeAssessment,
             bind(ApiSelfAssessmentCreate));
  router.Add("GET", "/api/v1/units/{id}/reflection-notes", kViewReflection,
             bind(ApiUnitReflectionNotes));
  router.Add("GET", "/api/v1/reflection-notes", kViewReflection, bind(ApiReflectionNotes));
  router.Add("POST", "/api/v1/reflection-notes", kChangeReflection, bind(ApiReflectionNoteCreate));
  router.Add("GET", "/api/v1/reflection-notes/{id}", kViewReflection, bind(ApiReflectionNote));
  router.Add("PUT", "/api/v1/reflection-notes/{id}", kChangeReflection,
             bind(ApiReflectionNoteUpdate));

  router.Add("GET", "/admin/struktur", kAdmin, bind(StructurePage));
  router.Add("POST", "/admin/enheter", kAdmin, bind(UnitCreate));
  router.Add("GET", "/admin/enheter/{id}", kAdmin, bind(UnitPage));
  router.Add("POST", "/admin/enheter/{id}", kAdmin, bind(UnitSubmit));
  router.Add("POST", "/admin/team", kAdmin, bind(TeamCreate));
  router.Add("GET", "/admin/enheter/{id}/ta-bort", kAdmin, bind(UnitDeletePage));
  router.Add("POST", "/admin/enheter/{id}/ta-bort", kAdmin, bind(UnitDeletePage));
  router.Add("GET", "/admin/team/{id}", kAdmin, bind(AdminTeamPage));
  router.Add("POST", "/admin/team/{id}/flytta", kAdmin, bind(TeamMoveSubmit));
  router.Add("GET", "/admin/team/{id}/ta-bort", kAdmin, bind(TeamDeletePage));
  router.Add("POST", "/admin/team/{id}/ta-bort", kAdmin, bind(TeamDeletePage));
  router.Add("DELETE", "/api/v1/units/{id}", kAdmin, bind(ApiUnitDelete));
  router.Add("DELETE", "/api/v1/teams/{id}", kAdmin, bind(ApiTeamDelete));
  router.Add("PUT", "/api/v1/teams/{id}/unit", kAdmin, bind(ApiTeamMove));
  router.Add("GET", "/admin/historik.csv", kAdmin, bind(AuditCsv));
  router.Add("GET", "/admin/anvandare", kAdminUsers, bind(UsersPage));
  router.Add("POST", "/admin/anvandare", kAdminUsers, bind(UserCreate));
  router.Add("GET", "/admin/anvandare/{id}", kAdminUsers, bind(UserPage));
  router.Add("POST", "/admin/anvandare/{id}/{action}", kAdminUsers, bind(UserAction));
  router.Add("POST", "/admin/adresser/las-upp", kAdminUsers, bind(AddressUnlockSubmit));
  router.Add("GET", "/api/v1/locked-addresses", kAdminUsers, bind(ApiLockedAddresses));
  router.Add("POST", "/api/v1/locked-addresses/unlock", kAdminUsers, bind(ApiAddressUnlock));
  return router;
}

void AddSecurityHeaders(Response& response) {
  response.SetHeader("Content-Security-Policy",
                     "default-src 'self'; script-src 'self'; style-src 'self'; "
                     "img-src 'self' data:; form-action 'self'; base-uri 'self'; "
                     "object-src 'none'; frame-ancestors 'none'");
  response.SetHeader("X-Content-Type-Options", "nosniff");
  response.SetHeader("Referrer-Policy", "same-origin");
  response.SetHeader("X-Frame-Options", "DENY");
  if (response.Header("Cache-Control").empty()) response.SetHeader("Cache-Control", "no-store");
}

RequestHandler MakeRequestHandler(const Router& router) {
  return [&router](Request& request) {
    Response response = router.Handle(request);
    AddSecurityHeaders(response);
    return response;
  };
}

}  // namespace stegvis::web
