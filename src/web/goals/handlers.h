#pragma once
// The goals catalogue, goal links, the overview and the sex-disaggregation report (docs/goals.md).
// Thin handlers: parse the request, call one domain function, render. Each is registered
// with its access rule in routes.cc beside this file; the access guard has identified the
// visitor and checked the rule and the CSRF token before any of them runs.

#include "web/app.h"
#include "web/http/http.h"
#include "web/http/router.h"
#include "web/http/visitor.h"

namespace stegvis::web {

// Registers the routes of this feature (routes.cc) on `router`, bound to `app`.
void AddGoalRoutes(Router& router, const App& app);

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

}  // namespace stegvis::web
