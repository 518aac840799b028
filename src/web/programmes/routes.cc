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
  routes.Post("/program", kChangeProgramme, ProgrammeCreate);
  routes.Post("/program/{id}/team", kChangeProgramme, ProgrammeTeamAdd);
  routes.Post("/program/{id}/kalender", kChangeProgramme, ProgrammeEventAdd);
  routes.Get("/api/v1/programmes", kSignedIn, ApiProgrammes);
  routes.Get("/api/v1/programmes/{id}", kSignedIn, ApiProgramme);
}

}  // namespace stegvis::web
