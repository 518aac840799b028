// The routes of this feature, each with its access rule (see web/route_rules.h).

#include "web/improvement/handlers.h"
#include "web/route_rules.h"

namespace stegvis::web {

void AddImprovementRoutes(Router& router, const App& app) {
  // Improvement work. Programmes are seen by every user of an organisation that takes part
  // (the handler checks); projects and measures are the team's work.
  router.Add("GET", "/program", kSignedIn, Bind(app, ProgrammesPage));
  router.Add("GET", "/program/{id}", kSignedIn, Bind(app, ProgrammePage));
  router.Add("POST", "/program", kChangeProgramme, Bind(app, ProgrammeCreate));
  router.Add("POST", "/program/{id}/{action}", kChangeProgramme, Bind(app, ProgrammeAction));
  router.Add("POST", "/team/{id}/projekt", kChangeTeam, Bind(app, ProjectCreate));
  router.Add("GET", "/projekt/{id}", kViewTeam, Bind(app, ProjectPage));
  router.Add("POST", "/projekt/{id}", kChangeTeam, Bind(app, ProjectSubmit));
  router.Add("POST", "/projekt/{id}/framsteg", kChangeTeam, Bind(app, ProgressSubmit));
  router.Add("POST", "/projekt/{id}/matt", kChangeTeam, Bind(app, MeasureCreate));
  router.Add("GET", "/matt/{id}", kViewTeam, Bind(app, MeasurePage));
  router.Add("POST", "/matt/{id}", kChangeTeam, Bind(app, MeasureSubmit));
  router.Add("POST", "/matt/{id}/varden", kChangeTeam, Bind(app, MeasureDataSubmit));
  router.Add("GET", "/matt/{id}/diagram.svg", kViewTeam, Bind(app, MeasureChartSvg));
  router.Add("GET", "/matt/{id}/data.csv", kViewTeam, Bind(app, MeasureCsv));
  router.Add("GET", "/api/v1/programmes", kSignedIn, Bind(app, ApiProgrammes));
  router.Add("GET", "/api/v1/programmes/{id}", kSignedIn, Bind(app, ApiProgramme));
  router.Add("GET", "/api/v1/teams", kSignedIn, Bind(app, ApiTeams));
  router.Add("GET", "/api/v1/projects", kSignedIn, Bind(app, ApiProjects));
  router.Add("GET", "/api/v1/projects/{id}", kViewTeam, Bind(app, ApiProject));
  router.Add("GET", "/api/v1/projects/{id}/measures", kViewTeam, Bind(app, ApiProjectMeasures));
  router.Add("GET", "/api/v1/measures/{id}/observations", kViewTeam, Bind(app, ApiObservations));
  router.Add("PUT", "/api/v1/measures/{id}/observations", kChangeTeam,
             Bind(app, ApiObservationsPut));
  router.Add("GET", "/api/v1/measures/{id}/analysis", kViewTeam, Bind(app, ApiAnalysis));
  router.Add("GET", "/api/v1/measures/{id}/chart.svg", kViewTeam, Bind(app, MeasureChartSvg));
}

}  // namespace stegvis::web
