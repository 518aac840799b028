// One line per operation of the integration API, for its OpenAPI document (openapi.h). A
// route without a line here, or a line without a route, fails web_test (openapi_test.cc).

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>
#include <vector>

#include "web/openapi/openapi.h"

namespace stegvis::web {
namespace {

using Line = std::pair<std::string_view, std::string_view>;

constexpr auto kSummaries = std::to_array<Line>({
    {"POST /api/v1/session", "Sign in with e-mail and password; sets the session cookie"},
    {"GET /api/v1/session", "The signed-in user and their roles"},
    {"DELETE /api/v1/session", "Sign out"},
    {"GET /api/v1/tokens", "The user's API tokens (never their secrets)"},
    {"POST /api/v1/tokens", "Create a personal API token; its secret is shown once"},
    {"DELETE /api/v1/tokens/{id}", "Revoke an API token"},
    {"GET /api/v1/reminders", "Whether the user gets e-mail reminders"},
    {"PUT /api/v1/reminders", "Turn the user's e-mail reminders on or off"},
    {"GET /api/v1/locked-addresses", "Addresses locked out after failed sign-ins (admin)"},
    {"POST /api/v1/locked-addresses/unlock", "Unlock an address (admin)"},
    {"GET /api/v1/projects/{id}/theory-of-change", "A project's theory of change"},
    {"POST /api/v1/projects/{id}/theory-of-change", "Save a project's theory of change"},
    {"GET /api/v1/projects/{id}/theory-of-change.svg", "The theory of change drawn as SVG"},
    {"GET /api/v1/projects/{id}/theory-of-change.png", "The theory of change drawn as PNG"},
    {"GET /api/v1/projects/{id}/driver-diagram", "A project's driver diagram"},
    {"POST /api/v1/projects/{id}/driver-diagram", "Save a project's driver diagram"},
    {"GET /api/v1/projects/{id}/driver-diagram.svg", "The driver diagram drawn as SVG"},
    {"GET /api/v1/projects/{id}/driver-diagram.png", "The driver diagram drawn as PNG"},
    {"GET /api/v1/measures/{id}/gender-analysis",
     "A measure's gender analysis: verdicts for women, men and the gap, with their history"},
    {"PUT /api/v1/measures/{id}/gender-notes", "Save the team's 4R notes on a measure"},
    {"GET /api/v1/units/{id}/self-assessments", "A unit's gender-equality self-assessments"},
    {"POST /api/v1/units/{id}/self-assessments", "Record a unit's self-assessment"},
    {"PUT /api/v1/units/{id}/self-assessments/{assessment_id}", "Change a self-assessment"},
    {"GET /api/v1/units/{id}/reflection-notes", "The reflection notes about a unit"},
    {"GET /api/v1/reflection-notes", "The reflection notes the user may read"},
    {"POST /api/v1/reflection-notes", "Write a reflection note"},
    {"GET /api/v1/reflection-notes/{id}", "One reflection note"},
    {"PUT /api/v1/reflection-notes/{id}", "Change a reflection note"},
    {"GET /api/v1/goals", "The goals catalogue"},
    {"POST /api/v1/goals", "Add a goal to the catalogue"},
    {"GET /api/v1/goals/{id}", "One goal of the catalogue"},
    {"PUT /api/v1/goals/{id}", "Change or retire a goal"},
    {"GET /api/v1/goal-overview", "Which goals the work the user may see addresses"},
    {"GET /api/v1/reports/sex-disaggregation", "How many measures about people are split by sex"},
    {"GET /api/v1/programmes/{id}/goals", "The goals a programme serves"},
    {"PUT /api/v1/programmes/{id}/goals", "Set the goals a programme serves"},
    {"GET /api/v1/projects/{id}/goals", "The goals a project serves"},
    {"PUT /api/v1/projects/{id}/goals", "Set the goals a project serves"},
    {"GET /api/v1/projects/{id}/aim-goals", "The goals a project's aim serves"},
    {"PUT /api/v1/projects/{id}/aim-goals", "Set the goals a project's aim serves"},
    {"GET /api/v1/measures/{id}/goals", "The goals a measure follows up"},
    {"PUT /api/v1/measures/{id}/goals", "Set the goals a measure follows up"},
    {"GET /api/v1/teams", "The teams the user may see"},
    {"GET /api/v1/projects", "The projects the user may see"},
    {"POST /api/v1/projects", "Start a project for a team, optionally in a programme"},
    {"GET /api/v1/projects/{id}", "One project"},
    {"PUT /api/v1/projects/{id}", "Change a project's texts, aim or status (closed ends it)"},
    {"POST /api/v1/projects/{id}/progress-scores", "Record a project's progress score"},
    {"GET /api/v1/projects/{id}/measures", "A project's measures"},
    {"GET /api/v1/projects/{id}/story", "A project's improvement story as data"},
    {"PUT /api/v1/projects/{id}/story", "Save the team's summary and choices for its story"},
    {"GET /api/v1/projects/{id}/story.docx", "A project's improvement story as a Word document"},
    {"GET /api/v1/projects/{id}/measures.xlsx",
     "A project's measures and every value as an Excel workbook"},
    {"POST /api/v1/projects/{id}/publication",
     "Publish a project's story on a public page, small numbers suppressed"},
    {"DELETE /api/v1/projects/{id}/publication", "Unpublish a project's story"},
    {"POST /api/v1/programmes/{id}/publication",
     "Publish a summary of a programme (the host's teams) on a public page"},
    {"DELETE /api/v1/programmes/{id}/publication", "Unpublish a programme's summary"},
    {"GET /api/v1/projects/{id}/monthly-reports",
     "A project's months of reporting and their state"},
    {"GET /api/v1/projects/{id}/monthly-reports/{month}",
     "A monthly team report, pre-filled when not saved yet"},
    {"PUT /api/v1/projects/{id}/monthly-reports/{month}", "Save a monthly report's draft"},
    {"POST /api/v1/projects/{id}/monthly-reports/{month}/submit", "Submit a monthly report"},
    {"GET /api/v1/projects/{id}/monthly-reports/{month}/comments",
     "The comments on a monthly report"},
    {"POST /api/v1/projects/{id}/monthly-reports/{month}/comments", "Comment on a monthly report"},
    {"GET /api/v1/programmes/{id}/monthly-reports",
     "The programme's teams by month: reports on time, late, missing"},
    {"GET /api/v1/programmes/{id}/learning-sessions/{event_id}",
     "A learning session's material: the reports and the dashboard as of its day"},
    {"GET /api/v1/projects/{id}/sustain-plan",
     "A project's sustain plan: owner, standardised work, continuing measures, alerts, reviews"},
    {"PUT /api/v1/projects/{id}/sustain-plan", "Save a sustaining project's sustain plan"},
    {"POST /api/v1/projects/{id}/sustain-plan/reviews/{review_id}/done",
     "Mark a review of a sustain plan done"},
    {"GET /api/v1/measures/{id}", "One measure"},
    {"PUT /api/v1/measures/{id}", "Change a measure (rule set, baseline, target …)"},
    {"GET /api/v1/measures/{id}/observations", "A measure's values per period and group"},
    {"PUT /api/v1/measures/{id}/observations", "Write a measure's values (all or nothing)"},
    {"GET /api/v1/measures/{id}/observations.xlsx",
     "A measure's values and chart lines as an Excel workbook"},
    {"GET /api/v1/measures/{id}/analysis", "A measure's run or control chart analysis"},
    {"POST /api/v1/measures/{id}/phases", "Start the new phase the analysis proposes"},
    {"PUT /api/v1/measures/{id}/exclusions/{period}", "Exclude a point from the lines, with why"},
    {"DELETE /api/v1/measures/{id}/exclusions/{period}", "Take a point's exclusion back"},
    {"PUT /api/v1/measures/{id}/annotations/{period}", "Annotate a point"},
    {"DELETE /api/v1/measures/{id}/annotations/{period}", "Remove a point's annotation"},
    {"GET /api/v1/measures/{id}/chart.svg", "A measure's chart as SVG"},
    {"GET /api/v1/measures/{id}/chart.png", "A measure's chart as PNG"},
    {"GET /api/v1/users", "The organisation's users with their roles (admins)"},
    {"POST /api/v1/users", "Add a user, with a first role if wanted (admins)"},
    {"GET /api/v1/users/{id}", "One user with roles and lock state (admins)"},
    {"POST /api/v1/users/{id}/roles", "Give a user a role for the organisation, a unit or a team"},
    {"DELETE /api/v1/users/{id}/roles/{role_id}", "Take one of a user's roles away"},
    {"PUT /api/v1/users/{id}/active", "Deactivate or activate a user"},
    {"POST /api/v1/users/{id}/unlock", "Clear the failed logins of a user's account"},
    {"POST /api/v1/users/{id}/reset-link", "A one-time password reset link for a user"},
    {"POST /api/v1/measures/{id}/imports",
     "Upload a file of values (CSV, Excel or a Kolada answer) for preview"},
    {"POST /api/v1/measures/{id}/kolada-imports",
     "Fetch a Kolada key figure for one area from Kolada's API, for preview"},
    {"GET /api/v1/measures/{id}/import-columns",
     "The headings a measure's import remembers and what each column holds"},
    {"PUT /api/v1/measures/{id}/import-columns",
     "Tell a measure's import what columns with their own headings hold"},
    {"GET /api/v1/projects/{id}/import-columns",
     "The headings a project's long tables remember and what each column holds"},
    {"PUT /api/v1/projects/{id}/import-columns",
     "Tell a project's long tables what columns with their own headings hold"},
    {"POST /api/v1/projects/{id}/imports",
     "Import a long table (CSV or Excel) of the project's measures, all or nothing, or check it"},
    {"GET /api/v1/imports/{id}", "An import's preview: every row's reading and problems"},
    {"POST /api/v1/imports/{id}/commit", "Save a previewed import (refused while it has problems)"},
    {"GET /api/v1/projects/{id}/pdsa-cycles", "A project's PDSA cycles"},
    {"POST /api/v1/projects/{id}/pdsa-cycles", "Start a PDSA cycle testing a change idea"},
    {"GET /api/v1/projects/{id}/change-ideas",
     "The change ideas a project may test: its own, then its programme's change package"},
    {"POST /api/v1/projects/{id}/change-ideas", "Add a team's own change idea"},
    {"GET /api/v1/pdsa-cycles/{id}", "One PDSA cycle"},
    {"PUT /api/v1/pdsa-cycles/{id}", "Save a PDSA cycle, optionally moving it to its next phase"},
    {"GET /api/v1/pdsa-cycles/{id}/comments", "The comments on a PDSA cycle"},
    {"POST /api/v1/pdsa-cycles/{id}/comments", "Comment on a PDSA cycle"},
    {"POST /api/v1/pdsa-cycles/{id}/next", "Start the next cycle on the same idea"},
    {"GET /api/v1/change-ideas/{id}", "A change idea with every cycle that tested it"},
    {"POST /api/v1/programmes/{id}/change-ideas", "Add an idea to a programme's change package"},
    {"PUT /api/v1/change-ideas/{id}",
     "Change a change idea's title or description, or retire or reinstate it"},
    {"GET /api/v1/change-ideas/{id}/learnings",
     "What every team of a change idea's family learned, and where it has spread"},
    {"POST /api/v1/change-ideas/{id}/offers",
     "Offer an adopted change idea to another team or to the programme's change package"},
    {"POST /api/v1/idea-offers/{id}/cycles",
     "Take an offered idea: a copy in the team's project and its first cycle"},
    {"POST /api/v1/idea-offers/{id}/accept",
     "Accept an offered idea into the change package: a package idea of the programme"},
    {"POST /api/v1/idea-offers/{id}/decline", "Decline an offered idea"},
    {"POST /api/v1/projects/{id}/measures", "Add a measure, or adopt a common definition"},
    {"GET /api/v1/programmes", "The programmes the user's organisation runs or takes part in"},
    {"POST /api/v1/programmes", "Create a programme"},
    {"GET /api/v1/programmes/{id}", "One programme"},
    {"PUT /api/v1/programmes/{id}", "Change a programme"},
    {"POST /api/v1/programmes/{id}/teams", "Add a team of the host organisation to a programme"},
    {"GET /api/v1/programmes/{id}/dashboard", "The programme dashboard: teams × common measures"},
    {"GET /api/v1/programmes/{id}/story", "A programme's improvement story as data"},
    {"GET /api/v1/programmes/{id}/story.docx",
     "A programme's improvement story as a Word document"},
    {"GET /api/v1/programmes/{id}/measures.xlsx",
     "The common measures across the teams, every value, as an Excel workbook"},
    {"GET /api/v1/programmes/{id}/measure-definitions/{definition_id}/funnel.svg",
     "Funnel plots of a common measure across the teams, as SVG"},
    {"GET /api/v1/programmes/{id}/measure-definitions/{definition_id}/funnel.png",
     "Funnel plots of a common measure across the teams, as PNG"},
    {"POST /api/v1/programmes/{id}/calendar", "Add a learning session or action period"},
    {"PUT /api/v1/programmes/{id}/calendar/{event_id}", "Move or rename a calendar entry"},
    {"DELETE /api/v1/programmes/{id}/calendar/{event_id}", "Remove a calendar entry"},
    {"POST /api/v1/programmes/{id}/measure-definitions", "Define a common measure"},
    {"GET /api/v1/programmes/{id}/measure-definitions/{definition_id}", "One common measure"},
    {"PUT /api/v1/programmes/{id}/measure-definitions/{definition_id}", "Change a common measure"},
    {"POST /api/v1/programmes/{id}/measure-definitions/{definition_id}/retire",
     "Retire a common measure"},
    {"POST /api/v1/programmes/{id}/invitations", "Invite a team of another organisation"},
    {"GET /api/v1/invitations", "The invitations the user sends or answers"},
    {"GET /api/v1/invitations/{id}", "One invitation"},
    {"POST /api/v1/invitations/{id}/accept", "Accept an invitation for the team"},
    {"POST /api/v1/invitations/{id}/decline", "Decline an invitation for the team"},
    {"POST /api/v1/invitations/{id}/withdraw", "Withdraw a pending invitation"},
    {"DELETE /api/v1/programmes/{id}/teams/{team_id}", "Take a team out of a programme"},
    {"GET /api/v1/search", "Search what everyone learned, best first"},
    {"GET /api/v1/units/{id}/report",
     "The report to the nämnd for a unit and a tertial or year (?period=2026-T2)"},
    {"GET /api/v1/units/{id}/report.docx", "The report to the nämnd as a Word document"},
    {"GET /api/v1/units", "The organisation's units, each with its parent (admin)"},
    {"POST /api/v1/units", "Create a unit (admin)"},
    {"PUT /api/v1/units/{id}", "Rename a unit, change its kind or parent (admin)"},
    {"POST /api/v1/teams", "Create a team in a unit (admin)"},
    {"PUT /api/v1/teams/{id}", "Change a team's name and description"},
    {"DELETE /api/v1/units/{id}", "Remove an empty unit (admin)"},
    {"DELETE /api/v1/teams/{id}", "Remove a team without work (admin)"},
    {"PUT /api/v1/teams/{id}/unit", "Move a team to another unit (admin)"},
    {"GET /api/v1/organisation", "The admin's organisation and its settings"},
    {"PUT /api/v1/organisation",
     "Change the organisation's small-number threshold for public pages (admin)"},
    {"GET /api/v1/openapi.json", "This document"},
});

// The lists answered a page at a time (render/paged_list.h): `?limit=` and `?cursor=`.
// web/openapi/paged_lists_test.cc walks each one's pages.
constexpr auto kPagedLists = std::to_array<std::string_view>({
    "GET /api/v1/tokens",
    "GET /api/v1/users",
    "GET /api/v1/goals",
    "GET /api/v1/programmes/{id}/goals",
    "GET /api/v1/projects/{id}/goals",
    "GET /api/v1/projects/{id}/aim-goals",
    "GET /api/v1/measures/{id}/goals",
    "GET /api/v1/teams",
    "GET /api/v1/units",
    "GET /api/v1/projects",
    "GET /api/v1/projects/{id}/measures",
    "GET /api/v1/projects/{id}/pdsa-cycles",
    "GET /api/v1/pdsa-cycles/{id}/comments",
    "GET /api/v1/projects/{id}/monthly-reports/{month}/comments",
    "GET /api/v1/projects/{id}/change-ideas",
    "GET /api/v1/projects/{id}/monthly-reports",
    "GET /api/v1/programmes",
    "GET /api/v1/programmes/{id}/monthly-reports",
    "GET /api/v1/invitations",
    "GET /api/v1/reflection-notes",
    "GET /api/v1/units/{id}/self-assessments",
    "GET /api/v1/units/{id}/reflection-notes",
});

bool Names(std::string_view key, std::string_view method, std::string_view pattern) {
  return key.size() == method.size() + 1 + pattern.size() && key.starts_with(method) &&
         key[method.size()] == ' ' && key.substr(method.size() + 1) == pattern;
}

std::string_view KeyOf(const Line& line) {
  return line.first;
}

}  // namespace

std::string_view ApiSummary(std::string_view method, std::string_view pattern) {
  for (const Line& line : kSummaries) {
    if (Names(KeyOf(line), method, pattern)) return line.second;
  }
  return {};
}

bool IsPagedList(std::string_view method, std::string_view pattern) {
  return std::any_of(kPagedLists.begin(), kPagedLists.end(),
                     [&](std::string_view key) { return Names(key, method, pattern); });
}

std::vector<std::string_view> PagedLists() {
  return {kPagedLists.begin(), kPagedLists.end()};
}

std::vector<std::string_view> SummarisedOperations() {
  std::vector<std::string_view> out;
  for (const Line& line : kSummaries) out.push_back(KeyOf(line));
  return out;
}

}  // namespace stegvis::web
