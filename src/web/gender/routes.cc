// The routes of this feature, each with its access rule (see web/route_rules.h).

#include "web/gender/handlers.h"
#include "web/route_rules.h"

namespace stegvis::web {

void AddGenderRoutes(Router& router, const App& app) {
  router.Add("GET", "/matt/{id}/jamstalldhetsanalys", kViewTeam, Bind(app, GenderAnalysisPage));
  router.Add("POST", "/matt/{id}/jamstalldhetsanalys", kChangeTeam, Bind(app, GenderNotesSubmit));
  router.Add("GET", "/enhet/{id}/sjalvskattning", kViewAssessment, Bind(app, SelfAssessmentPage));
  router.Add("POST", "/enhet/{id}/sjalvskattning", kChangeAssessment,
             Bind(app, SelfAssessmentSubmit));
  router.Add("GET", "/enhet/{id}/reflektioner", kViewReflection, Bind(app, UnitReflectionsPage));
  router.Add("GET", "/reflektioner", kViewReflection, Bind(app, ReflectionsPage));
  router.Add("POST", "/reflektioner", kChangeReflection, Bind(app, ReflectionCreate));
  router.Add("GET", "/reflektioner/ny", kChangeReflection, Bind(app, ReflectionNewPage));
  router.Add("GET", "/reflektioner/{id}", kViewReflection, Bind(app, ReflectionPage));
  router.Add("POST", "/reflektioner/{id}", kChangeReflection, Bind(app, ReflectionSubmit));
  router.Add("GET", "/api/v1/measures/{id}/gender-analysis", kViewTeam,
             Bind(app, ApiGenderAnalysis));
  router.Add("PUT", "/api/v1/measures/{id}/gender-notes", kChangeTeam,
             Bind(app, ApiGenderNotesPut));
  router.Add("GET", "/api/v1/units/{id}/self-assessments", kViewAssessment,
             Bind(app, ApiSelfAssessments));
  router.Add("POST", "/api/v1/units/{id}/self-assessments", kChangeAssessment,
             Bind(app, ApiSelfAssessmentCreate));
  router.Add("GET", "/api/v1/units/{id}/reflection-notes", kViewReflection,
             Bind(app, ApiUnitReflectionNotes));
  router.Add("GET", "/api/v1/reflection-notes", kViewReflection, Bind(app, ApiReflectionNotes));
  router.Add("POST", "/api/v1/reflection-notes", kChangeReflection,
             Bind(app, ApiReflectionNoteCreate));
  router.Add("GET", "/api/v1/reflection-notes/{id}", kViewReflection, Bind(app, ApiReflectionNote));
  router.Add("PUT", "/api/v1/reflection-notes/{id}", kChangeReflection,
             Bind(app, ApiReflectionNoteUpdate));
}

}  // namespace stegvis::web
