// The routes of this feature, each with its access rule (see web/route_rules.h).

#include "web/goals/handlers.h"
#include "web/route_rules.h"

namespace stegvis::web {

void AddGoalRoutes(Router& router, const App& app) {
  FeatureRoutes routes(router, app);
  routes.Get("/mal", kViewGoals, GoalsOverviewPage);
  routes.Get("/mal/katalog", kViewGoals, GoalCataloguePage);
  routes.Post("/mal/katalog", kChangeGoals, GoalCreate);
  routes.Get("/mal/katalog/{id}", kViewGoals, GoalEntryPage);
  routes.Post("/mal/katalog/{id}", kChangeGoals, GoalEntrySubmit);
  routes.Post("/program/{id}/mal", kChangeProgramme, ProgrammeGoalsSubmit);
  routes.Post("/projekt/{id}/mal", kChangeTeam, ProjectGoalsSubmit);
  routes.Post("/projekt/{id}/syftesmal", kChangeTeam, AimGoalsSubmit);
  routes.Post("/matt/{id}/mal", kChangeTeam, MeasureGoalsSubmit);
  routes.Get("/rapport/konsuppdelning", kViewGoals, SexReportPage);
  routes.Get("/rapport/konsuppdelning.csv", kViewGoals, SexReportCsv);
  routes.Get("/api/v1/goals", kViewGoals, ApiGoals);
  routes.Post("/api/v1/goals", kChangeGoals, ApiGoalCreate);
  routes.Get("/api/v1/goals/{id}", kViewGoals, ApiGoal);
  routes.Put("/api/v1/goals/{id}", kChangeGoals, ApiGoalUpdate);
  routes.Get("/api/v1/goal-overview", kViewGoals, ApiGoalOverview);
  routes.Get("/api/v1/reports/sex-disaggregation", kViewGoals, ApiSexReport);
  routes.Get("/api/v1/programmes/{id}/goals", kSignedIn, ApiProgrammeGoals);
  routes.Put("/api/v1/programmes/{id}/goals", kChangeProgramme, ApiProgrammeGoalsPut);
  routes.Get("/api/v1/projects/{id}/goals", kViewTeam, ApiProjectGoals);
  routes.Put("/api/v1/projects/{id}/goals", kChangeTeam, ApiProjectGoalsPut);
  routes.Get("/api/v1/projects/{id}/aim-goals", kViewTeam, ApiAimGoals);
  routes.Put("/api/v1/projects/{id}/aim-goals", kChangeTeam, ApiAimGoalsPut);
  routes.Get("/api/v1/measures/{id}/goals", kViewTeam, ApiMeasureGoals);
  routes.Put("/api/v1/measures/{id}/goals", kChangeTeam, ApiMeasureGoalsPut);
}

}  // namespace stegvis::web
