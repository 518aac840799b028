#pragma once
// The goals catalogue, goal links, the overview and the sex-disaggregation report (docs/goals.md).
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
void AddGoalRoutes(Router& router, const App& app);

// The goals (docs/goals.md). GET /mal: the overview (?enhet= filters by unit).
HandlerResult GoalsOverviewPage(const App& app, Request& request, const Visitor& visitor);
// GET /mal/katalog: the catalogue; POST adds an entry (strateger, admins).
HandlerResult GoalCataloguePage(const App& app, Request& request, const Visitor& visitor);
HandlerResult GoalCreate(const App& app, Request& request, const Visitor& visitor);
// GET /mal/katalog/{id}: one entry; POST changes it (version-checked).
HandlerResult GoalEntryPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult GoalEntrySubmit(const App& app, Request& request, const Visitor& visitor);
// POST /program/{id}/mal, /projekt/{id}/mal, /projekt/{id}/syftesmal, /matt/{id}/mal: the
// object's goal links (the checked "goal" fields); back to its page.
HandlerResult ProgrammeGoalsSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult ProjectGoalsSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult AimGoalsSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult MeasureGoalsSubmit(const App& app, Request& request, const Visitor& visitor);
// GET /rapport/konsuppdelning(.csv): measures without sex disaggregation and their reasons.
HandlerResult SexReportPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult SexReportCsv(const App& app, Request& request, const Visitor& visitor);
// The JSON twins (docs/api.md).
HandlerResult ApiGoals(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiGoal(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiGoalCreate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiGoalUpdate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiGoalOverview(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiSexReport(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiProgrammeGoals(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiProgrammeGoalsPut(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiProjectGoals(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiProjectGoalsPut(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiAimGoals(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiAimGoalsPut(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiMeasureGoals(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiMeasureGoalsPut(const App& app, Request& request, const Visitor& visitor);

}  // namespace stegvis::web
