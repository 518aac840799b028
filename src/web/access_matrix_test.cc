// Walks EVERY route of BuildRouter for every role and an anonymous visitor and checks the
// answer against the table below: allowed, 403, or sent to log in. A route added without a
// row here fails this test, so nobody can add a route without deciding who may use it.

#include <set>

#include "domain/api_tokens.h"
#include "domain/imports.h"
#include "domain/sessions.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

enum class Expect { kAllow, kForbidden, kLogin };
constexpr Expect A = Expect::kAllow, F = Expect::kForbidden, L = Expect::kLogin;

const std::vector<std::string> kWho = {"anonymous",  "admin",     "strateg", "chef",
                                       "teammedlem", "politiker", "coach"};

// Route -> expected answer for: anonymous, admin, strateg, chef, teammedlem, politiker, and
// the coach of the demo's programme (who reads the programme's teams and changes nothing).
// The team in /team/{id} is the teammedlem's own team (Trygg hemgång, in the chef's area).
const std::map<std::string, std::vector<Expect>> kExpected = {
    {"GET /healthz", {A, A, A, A, A, A, A}},
    {"GET /readyz", {A, A, A, A, A, A, A}},
    {"GET /static/{file}", {A, A, A, A, A, A, A}},
    {"GET /tillganglighet", {A, A, A, A, A, A, A}},
    {"GET /login", {A, A, A, A, A, A, A}},
    {"POST /login", {A, A, A, A, A, A, A}},
    {"GET /aterstall/{token}", {A, A, A, A, A, A, A}},
    {"POST /aterstall/{token}", {A, A, A, A, A, A, A}},
    {"POST /api/v1/session", {A, A, A, A, A, A, A}},
    {"GET /", {L, A, A, A, A, A, A}},
    {"POST /logout", {L, A, A, A, A, A, A}},
    {"GET /api/v1/session", {L, A, A, A, A, A, A}},
    {"DELETE /api/v1/session", {L, A, A, A, A, A, A}},
    {"GET /team/{id}", {L, A, A, A, A, A, A}},
    {"POST /team/{id}", {L, A, A, A, A, F, F}},
    {"GET /historik/{type}/{id}", {L, A, A, A, A, A, A}},
    // Improvement work: programmes for everyone in a taking-part organisation; the project
    // and measure are Trygg hemgång's (the teammedlem's team, in the chef's area).
    {"GET /program", {L, A, A, A, A, A, A}},
    {"GET /program/{id}", {L, A, A, A, A, A, A}},
    // The dashboard and its funnel plots: whoever sees the programme.
    {"GET /program/{id}/oversikt", {L, A, A, A, A, A, A}},
    {"GET /program/{id}/matt.xlsx", {L, A, A, A, A, A, A}},
    {"GET /api/v1/programmes/{id}/dashboard", {L, A, A, A, A, A, A}},
    // The programme's story: whoever sees the programme.
    {"GET /program/{id}/berattelse", {L, A, A, A, A, A, A}},
    {"GET /api/v1/programmes/{id}/story", {L, A, A, A, A, A, A}},
    {"GET /api/v1/programmes/{id}/story.docx", {L, A, A, A, A, A, A}},
    {"GET /api/v1/programmes/{id}/measures.xlsx", {L, A, A, A, A, A, A}},
    // Publishing a summary: those who run the programme; the public page: anyone.
    {"GET /program/{id}/publicera", {L, A, A, F, F, F, F}},
    {"POST /program/{id}/publicera", {L, A, A, F, F, F, F}},
    {"POST /program/{id}/avpublicera", {L, A, A, F, F, F, F}},
    {"GET /publicerat/program/{slug}", {A, A, A, A, A, A, A}},
    {"POST /api/v1/programmes/{id}/publication", {L, A, A, F, F, F, F}},
    {"DELETE /api/v1/programmes/{id}/publication", {L, A, A, F, F, F, F}},
    // Monthly team reports: read as the team's work, written by those who may change it; the
    // programme's grid and a learning session's material: whoever sees the programme.
    {"GET /projekt/{id}/manadsrapporter", {L, A, A, A, A, A, A}},
    {"GET /projekt/{id}/manadsrapport/{month}", {L, A, A, A, A, A, A}},
    {"POST /projekt/{id}/manadsrapport/{month}", {L, A, A, A, A, F, F}},
    {"GET /api/v1/projects/{id}/monthly-reports", {L, A, A, A, A, A, A}},
    {"GET /api/v1/projects/{id}/monthly-reports/{month}", {L, A, A, A, A, A, A}},
    {"PUT /api/v1/projects/{id}/monthly-reports/{month}", {L, A, A, A, A, F, F}},
    {"POST /api/v1/projects/{id}/monthly-reports/{month}/submit", {L, A, A, A, A, F, F}},
    {"GET /program/{id}/rapporter", {L, A, A, A, A, A, A}},
    {"GET /program/{id}/larandeseminarium/{event_id}", {L, A, A, A, A, A, A}},
    {"GET /api/v1/programmes/{id}/monthly-reports", {L, A, A, A, A, A, A}},
    {"GET /api/v1/programmes/{id}/learning-sessions/{event_id}", {L, A, A, A, A, A, A}},
    {"GET /api/v1/programmes/{id}/measure-definitions/{definition_id}/funnel.svg",
     {L, A, A, A, A, A, A}},
    {"GET /api/v1/programmes/{id}/measure-definitions/{definition_id}/funnel.png",
     {L, A, A, A, A, A, A}},
    {"POST /program", {L, A, A, F, F, F, F}},
    // Those who run the programme add teams, calendar entries, change-package ideas and goal
    // links, each on its own route.
    {"POST /program/{id}/team", {L, A, A, F, F, F, F}},
    {"POST /program/{id}/kalender", {L, A, A, F, F, F, F}},
    // ... and edit, close and reopen it, and move and remove its calendar entries.
    {"GET /program/{id}/andra", {L, A, A, F, F, F, F}},
    {"POST /program/{id}", {L, A, A, F, F, F, F}},
    {"POST /program/{id}/stangd", {L, A, A, F, F, F, F}},
    {"GET /program/{id}/kalender/{event_id}", {L, A, A, F, F, F, F}},
    {"POST /program/{id}/kalender/{event_id}", {L, A, A, F, F, F, F}},
    {"POST /program/{id}/kalender/{event_id}/ta-bort", {L, A, A, F, F, F, F}},
    {"POST /program/{id}/forandringsideer", {L, A, A, F, F, F, F}},
    {"POST /api/v1/programmes/{id}/change-ideas", {L, A, A, F, F, F, F}},
    {"POST /program/{id}/mal", {L, A, A, F, F, F, F}},
    // Common measure definitions: those who run the programme define them; whoever may change
    // the project adopts them.
    {"GET /program/{id}/matt/ny", {L, A, A, F, F, F, F}},
    {"POST /program/{id}/matt", {L, A, A, F, F, F, F}},
    {"GET /program/{id}/matt/{definition_id}", {L, A, A, F, F, F, F}},
    {"POST /program/{id}/matt/{definition_id}", {L, A, A, F, F, F, F}},
    {"POST /program/{id}/matt/{definition_id}/avveckla", {L, A, A, F, F, F, F}},
    {"GET /projekt/{id}/gemensamma-matt", {L, A, A, A, A, F, F}},
    {"POST /projekt/{id}/gemensamma-matt", {L, A, A, A, A, F, F}},
    {"POST /api/v1/projects/{id}/measures", {L, A, A, A, A, F, F}},
    {"GET /api/v1/programmes/{id}/measure-definitions/{definition_id}", {L, A, A, A, A, A, A}},
    // Invitations: those who run the programme invite and withdraw; anyone who may change a
    // team's work may try to answer or leave, and the domain lets only the team's side (its
    // organisation's admin or a chef over it) do it. The ids are of no invitation and of no
    // team in the programme, so every allowed answer is a 404 and the demo stays as it is.
    {"GET /program/{id}/inbjudningar", {L, A, A, F, F, F, F}},
    {"POST /program/{id}/inbjudningar", {L, A, A, F, F, F, F}},
    {"POST /program/{id}/inbjudningar/{invitation_id}/aterkalla", {L, A, A, F, F, F, F}},
    {"GET /inbjudningar", {L, A, A, A, A, A, A}},
    {"POST /inbjudningar/{id}", {L, A, A, A, A, F, F}},
    {"POST /program/{id}/team/{team_id}/lamna", {L, A, A, A, A, F, F}},
    {"POST /api/v1/programmes/{id}/invitations", {L, A, A, F, F, F, F}},
    {"GET /api/v1/invitations", {L, A, A, A, A, A, A}},
    {"GET /api/v1/invitations/{id}", {L, A, A, A, A, A, A}},
    {"POST /api/v1/invitations/{id}/accept", {L, A, A, A, A, F, F}},
    {"POST /api/v1/invitations/{id}/decline", {L, A, A, A, A, F, F}},
    {"POST /api/v1/invitations/{id}/withdraw", {L, A, A, F, F, F, F}},
    {"DELETE /api/v1/programmes/{id}/teams/{team_id}", {L, A, A, A, A, F, F}},
    {"POST /api/v1/programmes/{id}/measure-definitions", {L, A, A, F, F, F, F}},
    {"PUT /api/v1/programmes/{id}/measure-definitions/{definition_id}", {L, A, A, F, F, F, F}},
    {"POST /api/v1/programmes/{id}/measure-definitions/{definition_id}/retire",
     {L, A, A, F, F, F, F}},
    {"POST /team/{id}/projekt", {L, A, A, A, A, F, F}},
    {"GET /projekt/{id}", {L, A, A, A, A, A, A}},
    {"POST /projekt/{id}", {L, A, A, A, A, F, F}},
    {"POST /projekt/{id}/framsteg", {L, A, A, A, A, F, F}},
    {"POST /projekt/{id}/matt", {L, A, A, A, A, F, F}},
    {"GET /projekt/{id}/matt.xlsx", {L, A, A, A, A, A, A}},
    // The improvement story: read as the project is, its choices saved as the project's edits.
    {"GET /projekt/{id}/berattelse", {L, A, A, A, A, A, A}},
    // A project's sustain plan: read with the team's work, written by those who change it.
    {"GET /projekt/{id}/vidmakthall", {L, A, A, A, A, A, A}},
    {"POST /projekt/{id}/vidmakthall", {L, A, A, A, A, F, F}},
    {"POST /projekt/{id}/vidmakthall/uppfoljning/{review_id}", {L, A, A, A, A, F, F}},
    {"GET /api/v1/projects/{id}/sustain-plan", {L, A, A, A, A, A, A}},
    {"PUT /api/v1/projects/{id}/sustain-plan", {L, A, A, A, A, F, F}},
    {"POST /api/v1/projects/{id}/sustain-plan/reviews/{review_id}/done", {L, A, A, A, A, F, F}},
    {"POST /projekt/{id}/berattelse", {L, A, A, A, A, F, F}},
    // Publishing: the chef over the team and the strateg; the public page answers anyone
    // (404 for a slug nothing is published at).
    {"GET /projekt/{id}/publicera", {L, F, A, A, F, F, F}},
    {"POST /projekt/{id}/publicera", {L, F, A, A, F, F, F}},
    {"POST /projekt/{id}/avpublicera", {L, F, A, A, F, F, F}},
    {"GET /publicerat/organisation/{id}/atom.xml", {A, A, A, A, A, A, A}},
    {"GET /publicerat/{slug}", {A, A, A, A, A, A, A}},
    {"POST /api/v1/projects/{id}/publication", {L, F, A, A, F, F, F}},
    {"DELETE /api/v1/projects/{id}/publication", {L, F, A, A, F, F, F}},
    {"GET /matt/{id}", {L, A, A, A, A, A, A}},
    {"POST /matt/{id}", {L, A, A, A, A, F, F}},
    {"POST /matt/{id}/varden", {L, A, A, A, A, F, F}},
    {"GET /matt/{id}/diagram.svg", {L, A, A, A, A, A, A}},
    {"GET /matt/{id}/diagram.png", {L, A, A, A, A, A, A}},
    {"GET /matt/{id}/data.csv", {L, A, A, A, A, A, A}},
    {"GET /matt/{id}/data.xlsx", {L, A, A, A, A, A, A}},
    // Excluding and commenting on points is changing the team's work.
    {"GET /matt/{id}/punkter", {L, A, A, A, A, F, F}},
    {"POST /matt/{id}/punkter", {L, A, A, A, A, F, F}},
    {"GET /api/v1/programmes", {L, A, A, A, A, A, A}},
    {"GET /api/v1/programmes/{id}", {L, A, A, A, A, A, A}},
    {"POST /api/v1/programmes", {L, A, A, F, F, F, F}},
    {"PUT /api/v1/programmes/{id}", {L, A, A, F, F, F, F}},
    {"POST /api/v1/programmes/{id}/teams", {L, A, A, F, F, F, F}},
    {"POST /api/v1/programmes/{id}/calendar", {L, A, A, F, F, F, F}},
    {"PUT /api/v1/programmes/{id}/calendar/{event_id}", {L, A, A, F, F, F, F}},
    {"DELETE /api/v1/programmes/{id}/calendar/{event_id}", {L, A, A, F, F, F, F}},
    {"GET /api/v1/teams", {L, A, A, A, A, A, A}},
    {"GET /api/v1/projects", {L, A, A, A, A, A, A}},
    {"GET /api/v1/projects/{id}", {L, A, A, A, A, A, A}},
    {"PUT /api/v1/projects/{id}", {L, A, A, A, A, F, F}},
    {"POST /api/v1/projects/{id}/progress-scores", {L, A, A, A, A, F, F}},
    {"GET /api/v1/projects/{id}/measures", {L, A, A, A, A, A, A}},
    {"GET /api/v1/projects/{id}/story", {L, A, A, A, A, A, A}},
    {"PUT /api/v1/projects/{id}/story", {L, A, A, A, A, F, F}},
    {"GET /api/v1/projects/{id}/story.docx", {L, A, A, A, A, A, A}},
    {"GET /api/v1/projects/{id}/measures.xlsx", {L, A, A, A, A, A, A}},
    // A measure's definition and how it is analysed (rule set, frozen baseline).
    {"GET /api/v1/measures/{id}", {L, A, A, A, A, A, A}},
    {"PUT /api/v1/measures/{id}", {L, A, A, A, A, F, F}},
    {"GET /api/v1/measures/{id}/observations", {L, A, A, A, A, A, A}},
    {"GET /api/v1/measures/{id}/observations.xlsx", {L, A, A, A, A, A, A}},
    {"POST /api/v1/measures/{id}/phases", {L, A, A, A, A, F, F}},
    {"PUT /api/v1/measures/{id}/observations", {L, A, A, A, A, F, F}},
    {"GET /api/v1/measures/{id}/analysis", {L, A, A, A, A, A, A}},
    {"PUT /api/v1/measures/{id}/exclusions/{period}", {L, A, A, A, A, F, F}},
    {"DELETE /api/v1/measures/{id}/exclusions/{period}", {L, A, A, A, A, F, F}},
    {"PUT /api/v1/measures/{id}/annotations/{period}", {L, A, A, A, A, F, F}},
    {"DELETE /api/v1/measures/{id}/annotations/{period}", {L, A, A, A, A, F, F}},
    {"GET /api/v1/measures/{id}/chart.svg", {L, A, A, A, A, A, A}},
    {"GET /api/v1/measures/{id}/chart.png", {L, A, A, A, A, A, A}},
    {"GET /admin/struktur", {L, A, F, F, F, F, F}},
    {"GET /admin/organisation", {L, A, F, F, F, F, F}},
    {"POST /admin/organisation", {L, A, F, F, F, F, F}},
    {"GET /api/v1/organisation", {L, A, F, F, F, F, F}},
    {"PUT /api/v1/organisation", {L, A, F, F, F, F, F}},
    {"POST /admin/enheter", {L, A, F, F, F, F, F}},
    {"GET /admin/enheter/{id}", {L, A, F, F, F, F, F}},
    {"POST /admin/enheter/{id}", {L, A, F, F, F, F, F}},
    {"POST /admin/team", {L, A, F, F, F, F, F}},
    // Deleting units and teams and moving teams: admins only (the demo's unit and team are not
    // empty, so the admin's answer is a refusal with what is left, not a deletion).
    {"GET /admin/enheter/{id}/ta-bort", {L, A, F, F, F, F, F}},
    {"POST /admin/enheter/{id}/ta-bort", {L, A, F, F, F, F, F}},
    {"GET /admin/team/{id}", {L, A, F, F, F, F, F}},
    {"POST /admin/team/{id}/flytta", {L, A, F, F, F, F, F}},
    {"GET /admin/team/{id}/ta-bort", {L, A, F, F, F, F, F}},
    {"POST /admin/team/{id}/ta-bort", {L, A, F, F, F, F, F}},
    {"GET /api/v1/units", {L, A, F, F, F, F, F}},
    {"POST /api/v1/units", {L, A, F, F, F, F, F}},
    {"PUT /api/v1/units/{id}", {L, A, F, F, F, F, F}},
    {"POST /api/v1/teams", {L, A, F, F, F, F, F}},
    {"PUT /api/v1/teams/{id}", {L, A, A, A, A, F, F}},
    {"DELETE /api/v1/units/{id}", {L, A, F, F, F, F, F}},
    {"DELETE /api/v1/teams/{id}", {L, A, F, F, F, F, F}},
    {"PUT /api/v1/teams/{id}/unit", {L, A, F, F, F, F, F}},
    {"GET /admin/historik.csv", {L, A, F, F, F, F, F}},
    {"GET /admin/historik.xlsx", {L, A, F, F, F, F, F}},
    {"GET /admin/anvandare", {L, A, F, F, F, F, F}},
    {"POST /admin/anvandare", {L, A, F, F, F, F, F}},
    {"GET /admin/anvandare/{id}", {L, A, F, F, F, F, F}},
    {"POST /admin/anvandare/{id}/roller", {L, A, F, F, F, F, F}},
    {"POST /admin/anvandare/{id}/ta-bort-roll", {L, A, F, F, F, F, F}},
    {"POST /admin/anvandare/{id}/aktiv", {L, A, F, F, F, F, F}},
    {"POST /admin/anvandare/{id}/las-upp", {L, A, F, F, F, F, F}},
    {"POST /admin/anvandare/{id}/aterstallning", {L, A, F, F, F, F, F}},
    {"POST /admin/adresser/las-upp", {L, A, F, F, F, F, F}},
    {"GET /api/v1/locked-addresses", {L, A, F, F, F, F, F}},
    {"POST /api/v1/locked-addresses/unlock", {L, A, F, F, F, F, F}},
    {"GET /api/v1/users", {L, A, F, F, F, F, F}},
    {"POST /api/v1/users", {L, A, F, F, F, F, F}},
    {"GET /api/v1/users/{id}", {L, A, F, F, F, F, F}},
    {"POST /api/v1/users/{id}/roles", {L, A, F, F, F, F, F}},
    {"DELETE /api/v1/users/{id}/roles/{role_id}", {L, A, F, F, F, F, F}},
    {"PUT /api/v1/users/{id}/active", {L, A, F, F, F, F, F}},
    {"POST /api/v1/users/{id}/unlock", {L, A, F, F, F, F, F}},
    {"POST /api/v1/users/{id}/reset-link", {L, A, F, F, F, F, F}},
    {"GET /projekt/{id}/pgsa", {L, A, A, A, A, A, A}},
    {"POST /projekt/{id}/pgsa", {L, A, A, A, A, F, F}},
    {"POST /projekt/{id}/forandringsideer", {L, A, A, A, A, F, F}},
    {"GET /pgsa/{id}", {L, A, A, A, A, A, A}},
    {"POST /pgsa/{id}", {L, A, A, A, A, F, F}},
    {"POST /pgsa/{id}/nasta", {L, A, A, A, A, F, F}},
    {"GET /forandringsideer/{id}", {L, A, A, A, A, A, A}},
    {"POST /forandringsideer/{id}", {L, A, A, A, A, F, F}},
    {"POST /forandringsideer/{id}/avveckla", {L, A, A, A, A, F, F}},
    {"POST /matt/{id}/fas", {L, A, A, A, A, F, F}},
    // Spreading an adopted idea: the idea's family is read as the idea (Trygg hemgång's, in
    // Plan: an offer is refused 422); {id} of an offer is nobody's (404).
    {"GET /forandringsideer/{id}/larande", {L, A, A, A, A, A, A}},
    {"POST /forandringsideer/{id}/erbjud", {L, A, A, A, A, F, F}},
    {"POST /erbjudanden/{id}/starta", {L, A, A, A, A, F, F}},
    // Accepting into a change package: those who run programmes; declining: either receiver.
    {"POST /erbjudanden/{id}/ta-in", {L, A, A, F, F, F, F}},
    {"POST /erbjudanden/{id}/avboj", {L, A, A, A, A, F, F}},
    {"GET /api/v1/change-ideas/{id}/learnings", {L, A, A, A, A, A, A}},
    {"POST /api/v1/change-ideas/{id}/offers", {L, A, A, A, A, F, F}},
    {"POST /api/v1/idea-offers/{id}/cycles", {L, A, A, A, A, F, F}},
    {"POST /api/v1/idea-offers/{id}/accept", {L, A, A, F, F, F, F}},
    {"POST /api/v1/idea-offers/{id}/decline", {L, A, A, A, A, F, F}},
    {"GET /api/v1/projects/{id}/pdsa-cycles", {L, A, A, A, A, A, A}},
    {"POST /api/v1/projects/{id}/pdsa-cycles", {L, A, A, A, A, F, F}},
    {"GET /api/v1/projects/{id}/change-ideas", {L, A, A, A, A, A, A}},
    {"POST /api/v1/projects/{id}/change-ideas", {L, A, A, A, A, F, F}},
    {"GET /api/v1/pdsa-cycles/{id}", {L, A, A, A, A, A, A}},
    {"PUT /api/v1/pdsa-cycles/{id}", {L, A, A, A, A, F, F}},
    {"POST /api/v1/pdsa-cycles/{id}/next", {L, A, A, A, A, F, F}},
    {"GET /api/v1/change-ideas/{id}", {L, A, A, A, A, A, A}},
    {"PUT /api/v1/change-ideas/{id}", {L, A, A, A, A, F, F}},
    // The theory of change and the driver diagram of Trygg hemgång's project: like the project.
    {"GET /projekt/{id}/forbattringsteori", {L, A, A, A, A, A, A}},
    {"POST /projekt/{id}/forbattringsteori", {L, A, A, A, A, F, F}},
    {"GET /projekt/{id}/forbattringsteori/diagram.svg", {L, A, A, A, A, A, A}},
    {"GET /projekt/{id}/forbattringsteori/diagram.png", {L, A, A, A, A, A, A}},
    {"GET /projekt/{id}/drivkraftsdiagram", {L, A, A, A, A, A, A}},
    {"POST /projekt/{id}/drivkraftsdiagram", {L, A, A, A, A, F, F}},
    {"GET /projekt/{id}/drivkraftsdiagram/diagram.svg", {L, A, A, A, A, A, A}},
    {"GET /projekt/{id}/drivkraftsdiagram/diagram.png", {L, A, A, A, A, A, A}},
    {"GET /api/v1/projects/{id}/theory-of-change", {L, A, A, A, A, A, A}},
    {"POST /api/v1/projects/{id}/theory-of-change", {L, A, A, A, A, F, F}},
    {"GET /api/v1/projects/{id}/theory-of-change.svg", {L, A, A, A, A, A, A}},
    {"GET /api/v1/projects/{id}/theory-of-change.png", {L, A, A, A, A, A, A}},
    {"GET /api/v1/projects/{id}/driver-diagram", {L, A, A, A, A, A, A}},
    {"POST /api/v1/projects/{id}/driver-diagram", {L, A, A, A, A, F, F}},
    {"GET /api/v1/projects/{id}/driver-diagram.svg", {L, A, A, A, A, A, A}},
    {"GET /api/v1/projects/{id}/driver-diagram.png", {L, A, A, A, A, A, A}},
    // The goals: everyone reads the catalogue, the overview and the report (scoped by what
    // they may see); admins and organisation-wide strateger change the catalogue; links are
    // changed by those who may change the object (Trygg hemgång's project and measure).
    {"GET /mal", {L, A, A, A, A, A, A}},
    {"GET /mal/katalog", {L, A, A, A, A, A, A}},
    {"POST /mal/katalog", {L, A, A, F, F, F, F}},
    {"GET /mal/katalog/{id}", {L, A, A, A, A, A, A}},
    {"POST /mal/katalog/{id}", {L, A, A, F, F, F, F}},
    {"POST /projekt/{id}/mal", {L, A, A, A, A, F, F}},
    {"POST /projekt/{id}/syftesmal", {L, A, A, A, A, F, F}},
    {"POST /matt/{id}/mal", {L, A, A, A, A, F, F}},
    {"GET /rapport/konsuppdelning", {L, A, A, A, A, A, A}},
    {"GET /rapport/konsuppdelning.csv", {L, A, A, A, A, A, A}},
    {"GET /api/v1/goals", {L, A, A, A, A, A, A}},
    {"POST /api/v1/goals", {L, A, A, F, F, F, F}},
    {"GET /api/v1/goals/{id}", {L, A, A, A, A, A, A}},
    {"PUT /api/v1/goals/{id}", {L, A, A, F, F, F, F}},
    // Search: every user with a role; what each finds is only what they may see (the attack
    // tests in search/search_attack_test.cc).
    {"GET /sok", {L, A, A, A, A, A, A}},
    {"GET /api/v1/search", {L, A, A, A, A, A, A}},
    // The API's description: about the software, not anyone's data.
    {"GET /api/v1/openapi.json", {A, A, A, A, A, A, A}},
    {"GET /api/v1/goal-overview", {L, A, A, A, A, A, A}},
    {"GET /api/v1/reports/sex-disaggregation", {L, A, A, A, A, A, A}},
    {"GET /api/v1/programmes/{id}/goals", {L, A, A, A, A, A, A}},
    {"PUT /api/v1/programmes/{id}/goals", {L, A, A, F, F, F, F}},
    {"GET /api/v1/projects/{id}/goals", {L, A, A, A, A, A, A}},
    {"PUT /api/v1/projects/{id}/goals", {L, A, A, A, A, F, F}},
    {"GET /api/v1/projects/{id}/aim-goals", {L, A, A, A, A, A, A}},
    {"PUT /api/v1/projects/{id}/aim-goals", {L, A, A, A, A, F, F}},
    {"GET /api/v1/measures/{id}/goals", {L, A, A, A, A, A, A}},
    {"PUT /api/v1/measures/{id}/goals", {L, A, A, A, A, F, F}},
    // The gender-equality frame: the gender analysis is the team's work; self-assessments of
    // Hemtjänst Norr (in the chef's area) are read by politicians too; reflection notes are
    // the managers' and strategists' alone — never team members' or politicians'.
    {"GET /matt/{id}/jamstalldhetsanalys", {L, A, A, A, A, A, A}},
    {"POST /matt/{id}/jamstalldhetsanalys", {L, A, A, A, A, F, F}},
    // A unit's page: everyone of its organisation (the start page lists its units to all).
    {"GET /enhet/{id}", {L, A, A, A, A, A, A}},
    // The report to the nämnd on Hemtjänst Norr: whoever's scope reaches the unit (the
    // politician's is the organisation), never a team member.
    {"GET /enhet/{id}/rapport", {L, A, A, A, F, A, F}},
    {"GET /api/v1/units/{id}/report", {L, A, A, A, F, A, F}},
    {"GET /api/v1/units/{id}/report.docx", {L, A, A, A, F, A, F}},
    {"GET /enhet/{id}/sjalvskattning", {L, A, A, A, F, A, F}},
    {"POST /enhet/{id}/sjalvskattning", {L, A, A, A, F, F, F}},
    // Correcting a saved assessment (the demo's first of Hemtjänst Norr): as recording one.
    {"GET /enhet/{id}/sjalvskattning/{assessment_id}/ratta", {L, A, A, A, F, F, F}},
    {"POST /enhet/{id}/sjalvskattning/{assessment_id}/ratta", {L, A, A, A, F, F, F}},
    {"GET /enhet/{id}/reflektioner", {L, A, A, A, F, F, F}},
    {"GET /reflektioner", {L, A, A, A, F, F, F}},
    {"POST /reflektioner", {L, A, A, A, F, F, F}},
    {"GET /reflektioner/ny", {L, A, A, A, F, F, F}},
    {"GET /reflektioner/{id}", {L, A, A, A, F, F, F}},
    {"POST /reflektioner/{id}", {L, A, A, A, F, F, F}},
    {"GET /api/v1/measures/{id}/gender-analysis", {L, A, A, A, A, A, A}},
    {"PUT /api/v1/measures/{id}/gender-notes", {L, A, A, A, A, F, F}},
    {"GET /api/v1/units/{id}/self-assessments", {L, A, A, A, F, A, F}},
    {"POST /api/v1/units/{id}/self-assessments", {L, A, A, A, F, F, F}},
    {"PUT /api/v1/units/{id}/self-assessments/{assessment_id}", {L, A, A, A, F, F, F}},
    {"GET /api/v1/units/{id}/reflection-notes", {L, A, A, A, F, F, F}},
    {"GET /api/v1/reflection-notes", {L, A, A, A, F, F, F}},
    {"POST /api/v1/reflection-notes", {L, A, A, A, F, F, F}},
    {"GET /api/v1/reflection-notes/{id}", {L, A, A, A, F, F, F}},
    {"PUT /api/v1/reflection-notes/{id}", {L, A, A, A, F, F, F}},
    // Personal API tokens: every signed-in user manages their own (a token never does more
    // than its user); {id} is no token of theirs, so revoking answers 404. A project is made
    // by those who may change the team, as on the team page.
    {"GET /konto/api-nycklar", {L, A, A, A, A, A, A}},
    {"POST /konto/api-nycklar", {L, A, A, A, A, A, A}},
    {"POST /konto/api-nycklar/{id}/aterkalla", {L, A, A, A, A, A, A}},
    {"GET /api/v1/tokens", {L, A, A, A, A, A, A}},
    {"POST /api/v1/tokens", {L, A, A, A, A, A, A}},
    {"DELETE /api/v1/tokens/{id}", {L, A, A, A, A, A, A}},
    // E-mail reminders: every signed-in user's own setting, and no one else's.
    {"GET /konto/paminnelser", {L, A, A, A, A, A, A}},
    {"POST /konto/paminnelser", {L, A, A, A, A, A, A}},
    {"GET /api/v1/reminders", {L, A, A, A, A, A, A}},
    {"PUT /api/v1/reminders", {L, A, A, A, A, A, A}},
    {"POST /api/v1/projects", {L, A, A, A, A, F, F}},
    // Importing a file of a measure's values: those who may change the measure (Trygg
    // hemgång's); {id} of /import/ and /api/v1/imports/ is a file staged for it, with a
    // problem, so a commit is refused (422) and the demo's data stays as it is.
    {"POST /matt/{id}/import", {L, A, A, A, A, F, F}},
    // Fetching from Kolada: the same people (the tests' server does not fetch: 503).
    {"POST /matt/{id}/kolada", {L, A, A, A, A, F, F}},
    {"POST /api/v1/measures/{id}/kolada-imports", {L, A, A, A, A, F, F}},
    {"GET /import/{id}", {L, A, A, A, A, F, F}},
    {"POST /import/{id}/spara", {L, A, A, A, A, F, F}},
    {"POST /import/{id}/kolumner", {L, A, A, A, A, F, F}},
    {"GET /api/v1/measures/{id}/import-columns", {L, A, A, A, A, A, A}},
    {"PUT /api/v1/measures/{id}/import-columns", {L, A, A, A, A, F, F}},
    {"POST /api/v1/measures/{id}/imports", {L, A, A, A, A, F, F}},
    {"POST /api/v1/projects/{id}/imports", {L, A, A, A, A, F, F}},
    {"GET /projekt/{id}/import", {L, A, A, A, A, F, F}},
    {"POST /projekt/{id}/import", {L, A, A, A, A, F, F}},
    {"GET /projekt/{id}/import/{import_id}", {L, A, A, A, A, F, F}},
    {"POST /projekt/{id}/import/{import_id}/spara", {L, A, A, A, A, F, F}},
    {"POST /projekt/{id}/import/{import_id}/kolumner", {L, A, A, A, A, F, F}},
    {"GET /api/v1/projects/{id}/import-columns", {L, A, A, A, A, A, A}},
    {"PUT /api/v1/projects/{id}/import-columns", {L, A, A, A, A, F, F}},
    {"GET /api/v1/imports/{id}", {L, A, A, A, A, F, F}},
    {"POST /api/v1/imports/{id}/commit", {L, A, A, A, A, F, F}},
};

class AccessMatrixTest : public WebTest {
 protected:
  // The pattern with its placeholders filled with real objects.
  std::string Fill(std::string pattern) {
    const std::map<std::string, std::string> values = {
        {"{file}", "stegvis.css"}, {"{token}", std::string(64, 'a')},
        {"{type}", "team"},        {"{period}", "2025-01"},
        {"{month}", "2025-01"},    {"{invitation_id}", "999999"},
        {"{team_id}", "999999"},   {"{review_id}", "999999"},
        {"{role_id}", "999999"},   {"{slug}", "inget-publicerat-0123456789abcdef"},
        {"{import_id}", "999999"},
    };
    for (const auto& [placeholder, value] : values) {
      if (auto pos = pattern.find(placeholder); pos != std::string::npos) {
        pattern.replace(pos, placeholder.size(), value);
      }
    }
    if (auto pos = pattern.find("{assessment_id}"); pos != std::string::npos) {
      pattern.replace(pos, 15, std::to_string(FirstAssessmentOf(UnitNamed("Hemtjänst Norr"))));
    }
    if (auto pos = pattern.find("{definition_id}"); pos != std::string::npos) {
      pattern.replace(pos, 15,
                      std::to_string(FirstDefinitionOf(ProgrammeId("Jämställd hemtjänst"))));
    }
    if (auto pos = pattern.find("{event_id}"); pos != std::string::npos) {
      pattern.replace(pos, 10, std::to_string(FirstEventOf(ProgrammeId("Jämställd hemtjänst"))));
    }
    if (auto pos = pattern.find("{id}"); pos != std::string::npos) {
      std::string id = std::to_string(TeamId("Trygg hemgång"));
      if (pattern.starts_with("/admin/anvandare") || pattern.starts_with("/api/v1/users/")) {
        id = std::to_string(UserId(kDemoEmails.at("politiker")));
      } else if (pattern.starts_with("/projekt/") || pattern.starts_with("/api/v1/projects/")) {
        id = std::to_string(ProjectOf("Trygg hemgång"));
      } else if (pattern.starts_with("/matt/") || pattern.starts_with("/api/v1/measures/")) {
        id = std::to_string(MeasureOf("Trygg hemgång"));
      } else if (pattern.starts_with("/program/") || pattern.starts_with("/api/v1/programmes/")) {
        id = std::to_string(ProgrammeId("Jämställd hemtjänst"));
      } else if (pattern.starts_with("/mal/katalog/") || pattern.starts_with("/api/v1/goals/")) {
        id = std::to_string(GoalId("cemr", "9"));
      }
      // No token of anyone's: revoking answers 404 and leaves the tests' own tokens alone.
      if (pattern.starts_with("/konto/api-nycklar/") || pattern.starts_with("/api/v1/tokens/")) {
        id = "999999";
      }
      if (pattern.starts_with("/enhet/") || pattern.starts_with("/api/v1/units/")) {
        id = std::to_string(UnitNamed("Hemtjänst Norr"));
      } else if (pattern.starts_with("/reflektioner/") ||
                 pattern.starts_with("/api/v1/reflection-notes/")) {
        id = std::to_string(FirstReflectionNote());
      }
      if (pattern.starts_with("/erbjudanden/") || pattern.starts_with("/api/v1/idea-offers/")) {
        id = "999999";
      }
      if (pattern.starts_with("/inbjudningar/") || pattern.starts_with("/api/v1/invitations/")) {
        id = "999999";
      }
      if (pattern.starts_with("/import/") || pattern.starts_with("/api/v1/imports/")) {
        id = std::to_string(import_);
      }
      // The team's work: a change idea and a cycle in Plan in Trygg hemgång's project.
      for (const auto& [prefix, object] :
           std::vector<std::pair<std::string, domain::Id>>{{"/pgsa/", pdsa_.cycle},
                                                           {"/api/v1/pdsa-cycles/", pdsa_.cycle},
                                                           {"/forandringsideer/", pdsa_.idea},
                                                           {"/api/v1/change-ideas/", pdsa_.idea}}) {
        if (pattern.starts_with(prefix)) id = std::to_string(object);
      }
      pattern.replace(pos, 4, id);
    }
    return pattern;
  }

  // The programme's first common measure definition.
  domain::Id FirstDefinitionOf(domain::Id programme) {
    domain::Id id = 0;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      auto definitions = tx.Measures().ListOfProgramme(programme);
      if (!definitions.empty()) id = definitions.front().id;
      return true;
    });
    return id;
  }

  // The programme's first calendar entry.
  domain::Id FirstEventOf(domain::Id programme) {
    domain::Id id = 0;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      auto events = tx.Programmes().ListEvents(programme);
      if (!events.empty()) id = events.front().id;
      return true;
    });
    return id;
  }

  // The unit's first self-assessment.
  domain::Id FirstAssessmentOf(domain::Id unit) {
    domain::Id id = 0;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      auto assessments = tx.SelfAssessments().List(unit);
      if (!assessments.empty()) id = assessments.front().id;
      return true;
    });
    return id;
  }

  // The demo's first reflection note (linked to Hemtjänst Norr and Söder).
  domain::Id FirstReflectionNote() {
    domain::Id id = 0;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      auto notes = tx.ReflectionNotes().List(tx.Units().ListOrganisations().front().id);
      for (const auto& n : notes) id = n.id;  // oldest last
      return true;
    });
    return id;
  }

  // A project of Trygg hemgång with one change idea and one cycle in Plan.
  struct PdsaObjects {
    domain::Id project = 0;
    domain::Id idea = 0;
    domain::Id cycle = 0;
  };
  void SeedPdsa() {
    pdsa_.project = ProjectOf("Trygg hemgång");
    store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
      domain::Project project = *tx.Projects().Find(pdsa_.project);
      domain::ChangeIdea idea;
      idea.organisation_id = project.organisation_id;
      idea.project_id = pdsa_.project;
      idea.title = "Hembesök dag 1";
      pdsa_.idea = tx.Pdsa().CreateIdea(idea, 1);
      domain::PdsaCycle cycle;
      cycle.organisation_id = project.organisation_id;
      cycle.project_id = pdsa_.project;
      cycle.change_idea_id = pdsa_.idea;
      cycle.content.title = "Första testet";
      pdsa_.cycle = tx.Pdsa().CreateCycle(cycle);
      return true;
    });
  }
  PdsaObjects pdsa_;

  // A file for Trygg hemgång's measure, staged from the command line: only a period column,
  // so it has a problem and no commit changes the demo's data.
  void SeedImport() {
    domain::ImportSheet sheet;
    sheet.header = {"Period"};
    sheet.rows = {{"2026-01"}};
    sheet.lines = {2};
    const domain::Actor cli{std::nullopt, std::nullopt, "cli", ""};
    core::FixedClock clock(1'800'000'000);
    auto staged = domain::StageImport(*store_, clock, nullptr, cli, MeasureOf("Trygg hemgång"),
                                      "matt.csv", sheet, domain::HeaderWords{});
    ASSERT_TRUE(staged);
    import_ = staged->record.id;
  }
  domain::Id import_ = 0;

  static Expect Classify(const std::string& path, const Response& r) {
    if (r.status == 403) return Expect::kForbidden;
    if (RedirectsToLogin(r)) return Expect::kLogin;
    if (path.starts_with("/api/") && r.status == 401) return Expect::kLogin;
    return Expect::kAllow;
  }
};

TEST_F(AccessMatrixTest, EveryRouteTimesEveryRoleGetsTheExpectedAnswer) {
  SeedDemo();
  SeedPdsa();
  SeedImport();
  App app{*store_, clock_, log_, catalogue_, templates_, static_files_, base_url_};
  Router router = BuildRouter(app);
  std::set<std::string> seen;
  for (const Route& route : router.routes()) {
    const std::string key = route.method + " " + route.pattern;
    seen.insert(key);
    auto expected = kExpected.find(key);
    if (expected == kExpected.end()) {
      ADD_FAILURE() << "route " << key
                    << " has no expected answers in access_matrix_test.cc: decide who may use it";
      continue;
    }
    if (expected->second.size() != kWho.size()) {
      ADD_FAILURE() << key << " has " << expected->second.size() << " answers for " << kWho.size()
                    << " visitors";
      continue;
    }
    for (std::size_t i = 0; i < kWho.size(); ++i) {
      // A fresh session per request: POST /logout and DELETE /api/v1/session end it.
      TestClient client = i == 0 ? Anonymous() : As(kDemoEmails.at(kWho[i]));
      const std::string target = Fill(route.pattern);
      HeaderList headers{{"x-csrf-token", client.csrf}};
      std::string body;
      if (key == "POST /api/v1/session") {
        headers.emplace_back("content-type", "application/json");
        body = "{}";
      }
      // An empty form would deactivate the politiker the row is about, and every later row
      // would then see the politiker logged out; "active=1" keeps the account as it is.
      if (key == "POST /admin/anvandare/{id}/aktiv") body = "active=1";
      Response r = Send(route.method, target, client, body, headers);
      EXPECT_EQ(Classify(target, r), expected->second[i])
          << key << " as " << kWho[i] << ": status " << r.status << " " << r.Header("Location");
    }
  }
  for (const auto& [key, unused] : kExpected) {
    EXPECT_TRUE(seen.count(key)) << key << " is in the table but not a route any more";
  }
}

// A user without a role sees only the start page (docs/security.md): every route that is not
// public and not the start page's own (the session, logging out) answers 403 — programmes and
// the goals too.
TEST_F(AccessMatrixTest, AUserWithoutARoleSeesOnlyTheStartPage) {
  SeedDemo();
  SeedPdsa();
  App app{*store_, clock_, log_, catalogue_, templates_, static_files_, base_url_};
  Router router = BuildRouter(app);
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    const domain::Id org = tx.Users().FindByEmail(kDemoEmails.at("admin"))->organisation_id;
    tx.Users().Create({org, "utan-roll@solvik.example", "Nils Nilsson", "sv", "x"}, 1);
    return true;
  });
  // The start page is the list of units with each unit's page (teams: none), and the lists
  // of the teams and projects the user may see (empty); their own API tokens, which can do
  // no more than they can; and their own reminder setting.
  const std::set<std::string> allowed = {"GET /",
                                         "POST /logout",
                                         "GET /api/v1/session",
                                         "DELETE /api/v1/session",
                                         "GET /enhet/{id}",
                                         "GET /api/v1/teams",
                                         "GET /api/v1/projects",
                                         "GET /konto/api-nycklar",
                                         "POST /konto/api-nycklar",
                                         "POST /konto/api-nycklar/{id}/aterkalla",
                                         "GET /api/v1/tokens",
                                         "POST /api/v1/tokens",
                                         "DELETE /api/v1/tokens/{id}",
                                         "GET /konto/paminnelser",
                                         "POST /konto/paminnelser",
                                         "GET /api/v1/reminders",
                                         "PUT /api/v1/reminders"};
  for (const Route& route : router.routes()) {
    const std::string key = route.method + " " + route.pattern;
    if (route.rule.kind == domain::ResourceKind::kPublic) continue;
    TestClient client = As("utan-roll@solvik.example");
    const std::string target = Fill(route.pattern);
    Response r = Send(route.method, target, client, "", {{"x-csrf-token", client.csrf}});
    EXPECT_EQ(Classify(target, r), allowed.count(key) ? Expect::kAllow : Expect::kForbidden)
        << key << " without a role: status " << r.status;
  }
}

// The CSRF token may be missing only from a JSON body to the API login: every other route
// that changes state, public or not, refuses a JSON body without the token (403), whoever
// sends it; a signed-in user's JSON without the token is refused too.
TEST_F(AccessMatrixTest, OnlyTheApiLoginTakesJsonWithoutACsrfToken) {
  SeedDemo();
  SeedPdsa();
  App app{*store_, clock_, log_, catalogue_, templates_, static_files_, base_url_};
  Router router = BuildRouter(app);
  for (const Route& route : router.routes()) {
    if (route.method == "GET") continue;
    const std::string key = route.method + " " + route.pattern;
    for (const char* who : {"anonymous", "admin"}) {
      TestClient client = std::string(who) == "anonymous" ? Anonymous() : As(kDemoEmails.at(who));
      Response r = Send(route.method, Fill(route.pattern), client, "{}",
                        {{"content-type", "application/json"}});
      if (key == "POST /api/v1/session") {
        EXPECT_NE(r.status, 403) << key << " as " << who;
      } else if (route.rule.kind == domain::ResourceKind::kPublic || std::string(who) == "admin") {
        EXPECT_EQ(r.status, 403) << key << " as " << who;
      } else {
        EXPECT_EQ(Classify(Fill(route.pattern), r), Expect::kLogin) << key << " as " << who;
      }
    }
  }
}

TEST_F(AccessMatrixTest, EveryRouteCarriesARuleThePolicyKnows) {
  store_->Migrate();
  App app{*store_, clock_, log_, catalogue_, templates_, static_files_, base_url_};
  Router router = BuildRouter(app);
  for (const Route& route : router.routes()) {
    // State-changing routes never use the read-only any-user kind with a write action.
    if (route.method != "GET") {
      EXPECT_TRUE(route.rule.kind == domain::ResourceKind::kPublic ||
                  route.rule.kind == domain::ResourceKind::kAnyUser ||
                  route.rule.action != domain::Action::kView)
          << route.method << " " << route.pattern << " changes data under a view rule";
    }
  }
}

// A personal API token (Authorization: Bearer) gets on every /api/ route what its user's own
// session gets, never more: a read-write token the same answer, a read-only one 403 on every
// method but GET, and both 403 on the routes that manage tokens and sessions. On a page the
// header is no login at all: the answer is an anonymous visitor's.
TEST_F(AccessMatrixTest, ATokenNeverGetsMoreThanItsUsersSession) {
  SeedDemo();
  SeedPdsa();
  App app{*store_, clock_, log_, catalogue_, templates_, static_files_, base_url_};
  Router router = BuildRouter(app);
  for (const char* who : {"teammedlem", "politiker", "chef"}) {
    const std::string email = kDemoEmails.at(who);
    const domain::Principal principal = *domain::LoadPrincipal(*store_, UserId(email));
    const domain::Actor actor = domain::ActorFor(principal, "192.0.2.10");
    // Each token may send 120 requests at once (api_rate_limit.h): a fresh pair every 100 API
    // routes keeps the walk below the limit, which is tested on its own.
    std::string read_write, read_only;
    int api_routes = 0, pair = -1;
    for (const Route& route : router.routes()) {
      const std::string key = route.method + " " + route.pattern;
      const std::string target = Fill(route.pattern);
      if (target.starts_with("/api/")) ++api_routes;
      if (api_routes / 100 != pair) {
        pair = api_routes / 100;
        const std::string n = std::to_string(pair);
        read_write =
            domain::CreateApiToken(*store_, clock_, principal, actor, {"rw" + n, true, 30})->token;
        read_only =
            domain::CreateApiToken(*store_, clock_, principal, actor, {"ro" + n, false, 30})->token;
      }
      std::string body;
      HeaderList json;
      if (key == "POST /api/v1/session") {
        json.emplace_back("content-type", "application/json");
        body = "{}";
      }
      if (key == "POST /admin/anvandare/{id}/aktiv") body = "active=1";
      auto send = [&](const TestClient& client, HeaderList headers) {
        headers.insert(headers.end(), json.begin(), json.end());
        return Send(route.method, target, client, body, std::move(headers));
      };
      TestClient session = As(email);
      const Expect own = Classify(target, send(session, {{"x-csrf-token", session.csrf}}));
      const Expect nobody = Classify(target, send(TestClient{}, {}));
      const Response rw = send(TestClient{}, {{"authorization", "Bearer " + read_write}});
      const Response ro = send(TestClient{}, {{"authorization", "Bearer " + read_only}});
      if (!target.starts_with("/api/")) {
        EXPECT_EQ(Classify(target, rw), nobody) << key << " as " << who << ": " << rw.status;
        EXPECT_EQ(Classify(target, ro), nobody) << key << " as " << who << ": " << ro.status;
      } else if (route.pattern.starts_with("/api/v1/tokens") ||
                 route.pattern == "/api/v1/session") {
        EXPECT_EQ(rw.status, 403) << key << " as " << who;
        EXPECT_EQ(ro.status, 403) << key << " as " << who;
      } else {
        EXPECT_EQ(Classify(target, rw), own) << key << " as " << who << ": " << rw.status;
        EXPECT_EQ(Classify(target, ro), route.method == "GET" ? own : Expect::kForbidden)
            << key << " as " << who << ": " << ro.status;
      }
    }
  }
}

}  // namespace
}  // namespace stegvis::web
