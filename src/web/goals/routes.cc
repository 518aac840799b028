// The routes of this feature, each with its access rule (see web/route_rules.h).

#include "web/goals/handlers.h"
#include "web/route_rules.h"

namespace stegvis::web {

void AddGoalRoutes(Router& router, const App& app) {
  router.Add("GET", "/mal", kViewGoals, Bind(app, GoalsOverviewPage));
  router.Add("GET", "/mal/katalog", kViewGoals, Bind(app, GoalCataloguePage));
  router.Add("POST", "/mal/katalog", kChangeGoals, Bind(app, GoalCreate));
  router.Add("GET", "/mal/katalog/{id}", kViewGoals, Bind(app, GoalEntryPage));
  router.Add("POST", "/mal/katalog/{id}", kChangeGoals, Bind(app, GoalEntrySubmit));
  router.Add("POST", "/projekt/{id}/mal", kChangeTeam, Bind(app, ProjectGoalsSubmit));
  router.Add("POST", "/projekt/{id}/syftesmal", kChangeTeam, Bind(app, AimGoalsSubmit));
  router.Add("POST", "/matt/{id}/mal", kChangeTeam, Bind(app, MeasureGoalsSubmit));
  router.Add("GET", "/rapport/konsuppdelning", kViewGoals, Bind(app, SexReportPage));
  router.Add("GET", "/rapport/konsuppdelning.csv", kViewGoals, Bind(app, SexReportCsv));
  router.Add("GET", "/api/v1/goals", kViewGoals, Bind(app, ApiGoals));
  router.Add("POST", "/api/v1/goals", kChangeGoals, Bind(app, ApiGoalCreate));
  router.Add("GET", "/api/v1/goals/{id}", kViewGoals, Bind(app, ApiGoal));
  router.Add("PUT", "/api/v1/goals/{id}", kChangeGoals, Bind(app, ApiGoalUpdate));
  router.Add("GET", "/api/v1/goal-overview", kViewGoals, Bind(app, ApiGoalOverview));
  router.Add("GET", "/api/v1/reports/sex-disaggregation", kViewGoals, Bind(app, ApiSexReport));
  router.Add("GET", "/api/v1/programmes/{id}/goals", kSignedIn, Bind(app, ApiProgrammeGoals));
  router.Add("PUT", "/api/v1/programmes/{id}/goals", kChangeProgramme,
             Bind(app, ApiProgrammeGoalsPut));
  router.Add("GET", "/api/v1/projects/{id}/goals", kViewTeam, Bind(app, ApiProjectGoals));
  router.Add("PUT", "/api/v1/projects/{id}/goals", kChangeTeam, Bind(app, ApiProjectGoalsPut));
  router.Add("GET", "/api/v1/projects/{id}/aim-goals", kViewTeam, Bind(app, ApiAimGoals));
  router.Add("PUT", "/api/v1/projects/{id}/aim-goals", kChangeTeam, Bind(app, ApiAimGoalsPut));
  router.Add("GET", "/api/v1/measures/{id}/goals", kViewTeam, Bind(app, ApiMeasureGoals));
  router.Add("PUT", "/api/v1/measures/{id}/goals", kChangeTeam, Bind(app, ApiMeasureGoalsPut));
}

}  // namespace stegvis::web
