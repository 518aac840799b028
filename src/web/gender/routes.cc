// The routes of this feature, each with its access rule (see web/route_rules.h).

#include "web/gender/handlers.h"
#include "web/route_rules.h"

namespace stegvis::web {

void AddGenderRoutes(Router& router, const App& app) {
  FeatureRoutes routes(router, app);
  routes.Get("/matt/{id}/jamstalldhetsanalys", kViewTeam, GenderAnalysisPage);
  routes.Post("/matt/{id}/jamstalldhetsanalys", kChangeTeam, GenderNotesSubmit);
  routes.Get("/enhet/{id}/sjalvskattning", kViewAssessment, SelfAssessmentPage);
  routes.Post("/enhet/{id}/sjalvskattning", kChangeAssessment, SelfAssessmentSubmit);
  routes.Get("/enhet/{id}/sjalvskattning/{assessment_id}/ratta", kChangeAssessment,
             SelfAssessmentCorrectPage);
  routes.Post("/enhet/{id}/sjalvskattning/{assessment_id}/ratta", kChangeAssessment,
              SelfAssessmentCorrectSubmit);
  routes.Get("/enhet/{id}/reflektioner", kViewReflection, UnitReflectionsPage);
  routes.Get("/reflektioner", kViewReflection, ReflectionsPage);
  routes.Post("/reflektioner", kChangeReflection, ReflectionCreate);
  routes.Get("/reflektioner/ny", kChangeReflection, ReflectionNewPage);
  routes.Get("/reflektioner/{id}", kViewReflection, ReflectionPage);
  routes.Post("/reflektioner/{id}", kChangeReflection, ReflectionSubmit);
  routes.Get("/api/v1/measures/{id}/gender-analysis", kViewTeam, ApiGenderAnalysis);
  routes.Put("/api/v1/measures/{id}/gender-notes", kChangeTeam, ApiGenderNotesPut);
  routes.Get("/api/v1/units/{id}/self-assessments", kViewAssessment, ApiSelfAssessments);
  routes.Post("/api/v1/units/{id}/self-assessments", kChangeAssessment, ApiSelfAssessmentCreate);
  routes.Put("/api/v1/units/{id}/self-assessments/{assessment_id}", kChangeAssessment,
             ApiSelfAssessmentCorrect);
  routes.Get("/api/v1/units/{id}/reflection-notes", kViewReflection, ApiUnitReflectionNotes);
  routes.Get("/api/v1/reflection-notes", kViewReflection, ApiReflectionNotes);
  routes.Post("/api/v1/reflection-notes", kChangeReflection, ApiReflectionNoteCreate);
  routes.Get("/api/v1/reflection-notes/{id}", kViewReflection, ApiReflectionNote);
  routes.Put("/api/v1/reflection-notes/{id}", kChangeReflection, ApiReflectionNoteUpdate);
}

}  // namespace stegvis::web
