// The routes of this feature, each with its access rule (see web/route_rules.h).

#include "web/route_rules.h"
#include "web/spread/handlers.h"

namespace stegvis::web {

void AddSpreadRoutes(Router& router, const App& app) {
  FeatureRoutes routes(router, app);
  // The idea's family is the teams' work: the domain checks that the visitor may read the idea
  // and, to offer it, change its team's work; an offer is taken by whoever may change the
  // receiving team's work, and accepted into a change package by those who run the programme;
  // either receiver declines it (the domain tells the two apart).
  routes.Get("/forandringsideer/{id}/larande", kViewTeam, IdeaLearningsPage);
  routes.Post("/forandringsideer/{id}/erbjud", kChangeTeam, IdeaOfferSubmit);
  routes.Post("/erbjudanden/{id}/starta", kChangeTeam, OfferTakeSubmit);
  routes.Post("/erbjudanden/{id}/ta-in", kChangeProgramme, OfferAcceptSubmit);
  routes.Post("/erbjudanden/{id}/avboj", kChangeTeam, OfferDeclineSubmit);
  routes.Get("/api/v1/change-ideas/{id}/learnings", kViewTeam, ApiIdeaLearnings);
  routes.Post("/api/v1/change-ideas/{id}/offers", kChangeTeam, ApiIdeaOfferCreate);
  routes.Post("/api/v1/idea-offers/{id}/cycles", kChangeTeam, ApiOfferTake);
  routes.Post("/api/v1/idea-offers/{id}/accept", kChangeProgramme, ApiOfferAccept);
  routes.Post("/api/v1/idea-offers/{id}/decline", kChangeTeam, ApiOfferDecline);
}

}  // namespace stegvis::web
