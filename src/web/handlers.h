#pragma once
// Request handlers: thin functions that parse the request, call one domain function and
// render. Each is registered in the route table (routes.cc) with its access rule; the
// access guard has identified the visitor and checked the rule and CSRF token before any
// of them runs.

#include "web/app.h"
#include "web/http.h"
#include "web/visitor.h"

namespace stegvis::web {

// GET /healthz: 200 "ok" while the process runs.
Response Healthz(const App& app, Request& request, const Visitor& visitor);
// GET /readyz: 200 when the database answers and is migrated, else 503 with the reason.
Response Readyz(const App& app, Request& request, const Visitor& visitor);
// GET /: the start page with the organisation's units and the user's teams.
Response HomePage(const App& app, Request& request, const Visitor& visitor);
// GET /tillganglighet: the accessibility statement the DOS law requires.
Response AccessibilityPage(const App& app, Request& request, const Visitor& visitor);
// Any unmatched request or refused one: a page in the user's language with status 403,
// 404 or 405.
Response ErrorPage(const App& app, Request& request, int status);

// GET /login: the login form. POST /login: logs in (fields email, password, next) and
// redirects, or shows the form again with the reason (401, 429 with Retry-After).
Response LoginPage(const App& app, Request& request, const Visitor& visitor);
Response LoginSubmit(const App& app, Request& request, const Visitor& visitor);
// POST /logout: ends the session server-side and goes to /login.
Response LogoutSubmit(const App& app, Request& request, const Visitor& visitor);
// POST /api/v1/session {"email","password"}: 200 {user, csrf_token} and the cookie.
Response ApiLogin(const App& app, Request& request, const Visitor& visitor);
// GET /api/v1/session: the signed-in user and the CSRF token.
Response ApiSession(const App& app, Request& request, const Visitor& visitor);
// DELETE /api/v1/session: logs out; 204.
Response ApiLogout(const App& app, Request& request, const Visitor& visitor);

// GET/POST /aterstall/{token}: the one-time password reset link an admin handed over.
Response ResetPage(const App& app, Request& request, const Visitor& visitor);
Response ResetSubmit(const App& app, Request& request, const Visitor& visitor);

// GET /team/{id}: a team's page; POST /team/{id}: change its name and description.
Response TeamPage(const App& app, Request& request, const Visitor& visitor);
Response TeamSubmit(const App& app, Request& request, const Visitor& visitor);

// GET /historik/{type}/{id}: the audit trail of one unit, team or user.
Response HistoryPage(const App& app, Request& request, const Visitor& visitor);
// GET /admin/historik.csv: the whole trail as CSV for Swedish Excel (admins).
Response AuditCsv(const App& app, Request& request, const Visitor& visitor);

// GET /admin/struktur: units and teams with forms to add them; POST /admin/enheter and
// POST /admin/team add one.
Response StructurePage(const App& app, Request& request, const Visitor& visitor);
Response UnitCreate(const App& app, Request& request, const Visitor& visitor);
Response TeamCreate(const App& app, Request& request, const Visitor& visitor);

// GET /admin/enheter/{id}: a unit's form; POST saves its name, kind and parent.
Response UnitPage(const App& app, Request& request, const Visitor& visitor);
Response UnitSubmit(const App& app, Request& request, const Visitor& visitor);

// GET /admin/enheter/{id}/ta-bort asks whether to delete the unit; POST deletes it, or shows
// what is left in it (409). GET /admin/team/{id}: the admin's team page (move to another unit;
// POST /admin/team/{id}/flytta); GET and POST /admin/team/{id}/ta-bort as for units.
Response UnitDeletePage(const App& app, Request& request, const Visitor& visitor);
Response AdminTeamPage(const App& app, Request& request, const Visitor& visitor);
Response TeamMoveSubmit(const App& app, Request& request, const Visitor& visitor);
Response TeamDeletePage(const App& app, Request& request, const Visitor& visitor);
// DELETE /api/v1/units/{id}, DELETE /api/v1/teams/{id} (204), PUT /api/v1/teams/{id}/unit.
// POST /admin/adresser/las-upp unlocks an address locked after failed logins (the list is on
// /admin/anvandare); GET /api/v1/locked-addresses and POST /api/v1/locked-addresses/unlock.
Response AddressUnlockSubmit(const App& app, Request& request, const Visitor& visitor);
Response ApiLockedAddresses(const App& app, Request& request, const Visitor& visitor);
Response ApiAddressUnlock(const App& app, Request& request, const Visitor& visitor);
Response ApiUnitDelete(const App& app, Request& request, const Visitor& visitor);
Response ApiTeamDelete(const App& app, Request& request, const Visitor& visitor);
Response ApiTeamMove(const App& app, Request& request, const Visitor& visitor);

// GET /admin/anvandare: users and a form to add one; POST adds it.
Response UsersPage(const App& app, Request& request, const Visitor& visitor);
Response UserCreate(const App& app, Request& request, const Visitor& visitor);
// GET /admin/anvandare/{id}: one user's roles and account actions.
Response UserPage(const App& app, Request& request, const Visitor& visitor);
// POST /admin/anvandare/{id}/{action}: roller (add a role), ta-bort-roll, aktiv, las-upp,
// aterstallning (shows the one-time link).
Response UserAction(const App& app, Request& request, const Visitor& visitor);

// Improvement work (programmes, projects, measures; see docs/api.md for the JSON twins).
// GET /program: the programmes the user's organisation hosts or takes part in.
Response ProgrammesPage(const App& app, Request& request, const Visitor& visitor);
// GET /program/{id}: aim, calendar, common measures, teams with small multiples.
Response ProgrammePage(const App& app, Request& request, const Visitor& visitor);
// POST /program: creates a programme (admins, organisation-wide strategists).
Response ProgrammeCreate(const App& app, Request& request, const Visitor& visitor);
// POST /program/{id}/{action}: "team" adds a team of the host, "kalender" a calendar entry.
Response ProgrammeAction(const App& app, Request& request, const Visitor& visitor);
// POST /team/{id}/projekt: starts a project for the team (title, problem).
Response ProjectCreate(const App& app, Request& request, const Visitor& visitor);
// GET /projekt/{id}: the project along the three questions; POST saves problem, aim, status.
Response ProjectPage(const App& app, Request& request, const Visitor& visitor);
Response ProjectSubmit(const App& app, Request& request, const Visitor& visitor);
// POST /projekt/{id}/framsteg: records a progress score (0.5–5).
Response ProgressSubmit(const App& app, Request& request, const Visitor& visitor);
// POST /projekt/{id}/matt: adds a measure to the project.
Response MeasureCreate(const App& app, Request& request, const Visitor& visitor);
// GET /matt/{id}: definition, statistics, verdicts and the grid; POST /matt/{id}/varden
// saves the grid or a paste from Excel.
Response MeasurePage(const App& app, Request& request, const Visitor& visitor);
Response MeasureDataSubmit(const App& app, Request& request, const Visitor& visitor);
// POST /matt/{id}: saves the measure's definition, target and chart override (version-checked).
Response MeasureSubmit(const App& app, Request& request, const Visitor& visitor);
// GET /matt/{id}/diagram.svg (?visa=grupper for the two groups) and /matt/{id}/data.csv
// (?visa=women|men|girls|boys for one group): the downloads; also GET
// /api/v1/measures/{id}/chart.svg. 404 for groups the measure is not split by (or has no data
// for): only the downloads the measure page offers exist.
Response MeasureChartSvg(const App& app, Request& request, const Visitor& visitor);
Response MeasureCsv(const App& app, Request& request, const Visitor& visitor);

// GET /api/v1/programmes, /programmes/{id}, /teams, /projects, /projects/{id},
// /projects/{id}/measures, /measures/{id}/observations (and PUT of a batch),
// /measures/{id}/analysis.
Response ApiProgrammes(const App& app, Request& request, const Visitor& visitor);
Response ApiProgramme(const App& app, Request& request, const Visitor& visitor);
Response ApiTeams(const App& app, Request& request, const Visitor& visitor);
Response ApiProjects(const App& app, Request& request, const Visitor& visitor);
Response ApiProject(const App& app, Request& request, const Visitor& visitor);
Response ApiProjectMeasures(const App& app, Request& request, const Visitor& visitor);
Response ApiObservations(const App& app, Request& request, const Visitor& visitor);
Response ApiObservationsPut(const App& app, Request& request, const Visitor& visitor);
Response ApiAnalysis(const App& app, Request& request, const Visitor& visitor);

// PDSA cycles and change ideas (pdsa_pages.cc, pdsa_api.cc):
// GET /projekt/{id}/pgsa: a project's cycles and change ideas; POST adds a cycle in Plan
// (change_idea_id, title); POST /projekt/{id}/forandringsideer adds the team's own idea.
Response ProjectCyclesPage(const App& app, Request& request, const Visitor& visitor);
Response CycleCreate(const App& app, Request& request, const Visitor& visitor);
Response ChangeIdeaCreate(const App& app, Request& request, const Visitor& visitor);
// GET /pgsa/{id}: a cycle's phases; POST saves them (action=advance moves to the next
// phase; version is checked); POST /pgsa/{id}/nasta starts the next cycle.
Response CyclePage(const App& app, Request& request, const Visitor& visitor);
Response CycleSubmit(const App& app, Request& request, const Visitor& visitor);
Response CycleNext(const App& app, Request& request, const Visitor& visitor);
// POST /matt/{id}/fas: starts the new phase the measure page proposes after an adopted change
// (cycle_id, period); back to the measure page.
Response MeasurePhaseSubmit(const App& app, Request& request, const Visitor& visitor);
// POST /program/{id}/forandringsideer (through ProgrammeAction): adds an idea to the
// programme's change package (idea_title, idea_description).
Response ChangePackageIdeaCreate(const App& app, Request& request, const Visitor& visitor);
// GET /forandringsideer/{id}: a change idea and every cycle that tested it.
Response ChangeIdeaPage(const App& app, Request& request, const Visitor& visitor);
// The JSON twins (docs/api.md).
Response ApiProjectCycles(const App& app, Request& request, const Visitor& visitor);
Response ApiProjectCycleCreate(const App& app, Request& request, const Visitor& visitor);
Response ApiChangeIdeaCreate(const App& app, Request& request, const Visitor& visitor);
Response ApiCycle(const App& app, Request& request, const Visitor& visitor);
Response ApiCycleUpdate(const App& app, Request& request, const Visitor& visitor);
Response ApiCycleNext(const App& app, Request& request, const Visitor& visitor);
Response ApiChangeIdea(const App& app, Request& request, const Visitor& visitor);

// The theory of change and the driver diagram (diagram_pages.cc, diagram_api.cc):
// GET /projekt/{id}/forbattringsteori and /projekt/{id}/drivkraftsdiagram: the diagram, its
// list and (for those who may change) the editor; POST applies one edit (field `op`);
// GET .../diagram.svg downloads the SVG (also /api/v1/projects/{id}/theory-of-change.svg and
// /driver-diagram.svg). GET/POST /api/v1/projects/{id}/theory-of-change and
// /driver-diagram are the JSON twins (docs/api.md).
Response TheoryPage(const App& app, Request& request, const Visitor& visitor);
Response TheorySubmit(const App& app, Request& request, const Visitor& visitor);
Response TheorySvg(const App& app, Request& request, const Visitor& visitor);
Response DriverPage(const App& app, Request& request, const Visitor& visitor);
Response DriverSubmit(const App& app, Request& request, const Visitor& visitor);
Response DriverSvg(const App& app, Request& request, const Visitor& visitor);
Response ApiTheory(const App& app, Request& request, const Visitor& visitor);
Response ApiTheoryEdit(const App& app, Request& request, const Visitor& visitor);
Response ApiDriver(const App& app, Request& request, const Visitor& visitor);
Response ApiDriverEdit(const App& app, Request& request, const Visitor& visitor);
// The goals (docs/goals.md). GET /mal: the overview (?enhet= filters by unit).
Response GoalsOverviewPage(const App& app, Request& request, const Visitor& visitor);
// GET /mal/katalog: the catalogue; POST adds an entry (strateger, admins).
Response GoalCataloguePage(const App& app, Request& request, const Visitor& visitor);
Response GoalCreate(const App& app, Request& request, const Visitor& visitor);
// GET /mal/katalog/{id}: one entry; POST changes it (version-checked).
Response GoalEntryPage(const App& app, Request& request, const Visitor& visitor);
Response GoalEntrySubmit(const App& app, Request& request, const Visitor& visitor);
// POST /projekt/{id}/mal, /projekt/{id}/syftesmal, /matt/{id}/mal: the object's goal links
// (the checked "goal" fields); back to its page.
Response ProjectGoalsSubmit(const App& app, Request& request, const Visitor& visitor);
Response AimGoalsSubmit(const App& app, Request& request, const Visitor& visitor);
Response MeasureGoalsSubmit(const App& app, Request& request, const Visitor& visitor);
// GET /rapport/konsuppdelning(.csv): measures without sex disaggregation and their reasons.
Response SexReportPage(const App& app, Request& request, const Visitor& visitor);
Response SexReportCsv(const App& app, Request& request, const Visitor& visitor);
// The JSON twins (docs/api.md).
Response ApiGoals(const App& app, Request& request, const Visitor& visitor);
Response ApiGoal(const App& app, Request& request, const Visitor& visitor);
Response ApiGoalCreate(const App& app, Request& request, const Visitor& visitor);
Response ApiGoalUpdate(const App& app, Request& request, const Visitor& visitor);
Response ApiGoalOverview(const App& app, Request& request, const Visitor& visitor);
Response ApiSexReport(const App& app, Request& request, const Visitor& visitor);
Response ApiProgrammeGoals(const App& app, Request& request, const Visitor& visitor);
Response ApiProgrammeGoalsPut(const App& app, Request& request, const Visitor& visitor);
Response ApiProjectGoals(const App& app, Request& request, const Visitor& visitor);
Response ApiProjectGoalsPut(const App& app, Request& request, const Visitor& visitor);
Response ApiAimGoals(const App& app, Request& request, const Visitor& visitor);
Response ApiAimGoalsPut(const App& app, Request& request, const Visitor& visitor);
Response ApiMeasureGoals(const App& app, Request& request, const Visitor& visitor);
Response ApiMeasureGoalsPut(const App& app, Request& request, const Visitor& visitor);
// The gender-equality frame (gender_analysis_page.cc, self_assessment_page.cc,
// reflection_page.cc, gender_api.cc):
// GET /matt/{id}/jamstalldhetsanalys: a measure split by sex — women and men, the gap, the
// engine's verdict over time and the 4R notes; POST saves the notes as a new version.
Response GenderAnalysisPage(const App& app, Request& request, const Visitor& visitor);
Response GenderNotesSubmit(const App& app, Request& request, const Visitor& visitor);
// GET /enhet/{id}/sjalvskattning: a unit's self-assessments; POST records a new one.
Response SelfAssessmentPage(const App& app, Request& request, const Visitor& visitor);
Response SelfAssessmentSubmit(const App& app, Request& request, const Visitor& visitor);
// GET /reflektioner (?mina=1): reflection notes; GET /enhet/{id}/reflektioner: a unit's;
// GET /reflektioner/ny (?enhet=ID) and POST /reflektioner: a new note; GET/POST
// /reflektioner/{id}: one note and its version-checked edit.
Response ReflectionsPage(const App& app, Request& request, const Visitor& visitor);
Response UnitReflectionsPage(const App& app, Request& request, const Visitor& visitor);
Response ReflectionNewPage(const App& app, Request& request, const Visitor& visitor);
Response ReflectionCreate(const App& app, Request& request, const Visitor& visitor);
Response ReflectionPage(const App& app, Request& request, const Visitor& visitor);
Response ReflectionSubmit(const App& app, Request& request, const Visitor& visitor);
// The JSON twins (docs/api.md).
Response ApiGenderAnalysis(const App& app, Request& request, const Visitor& visitor);
Response ApiGenderNotesPut(const App& app, Request& request, const Visitor& visitor);
Response ApiSelfAssessments(const App& app, Request& request, const Visitor& visitor);
Response ApiSelfAssessmentCreate(const App& app, Request& request, const Visitor& visitor);
Response ApiReflectionNotes(const App& app, Request& request, const Visitor& visitor);
Response ApiUnitReflectionNotes(const App& app, Request& request, const Visitor& visitor);
Response ApiReflectionNote(const App& app, Request& request, const Visitor& visitor);
Response ApiReflectionNoteCreate(const App& app, Request& request, const Visitor& visitor);
Response ApiReflectionNoteUpdate(const App& app, Request& request, const Visitor& visitor);

}  // namespace stegvis::web
