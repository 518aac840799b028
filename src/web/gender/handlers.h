#pragma once
// The gender-equality frame: gender analysis, self-assessments and reflection notes.
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
void AddGenderRoutes(Router& router, const App& app);

// The gender-equality frame (gender_analysis_page.cc, self_assessment_page.cc,
// reflection_page.cc, gender_api.cc):
// GET /matt/{id}/jamstalldhetsanalys: a measure split by sex — women and men, the gap, the
// engine's verdict over time and the 4R notes; POST saves the notes as a new version.
HandlerResult GenderAnalysisPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult GenderNotesSubmit(const App& app, Request& request, const Visitor& visitor);
// GET /enhet/{id}/sjalvskattning: a unit's self-assessments; POST records a new one.
HandlerResult SelfAssessmentPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult SelfAssessmentSubmit(const App& app, Request& request, const Visitor& visitor);
// GET /enhet/{id}/sjalvskattning/{assessment_id}/ratta: the form to correct a saved
// assessment of the unit; POST saves the correction against the version the form carries.
HandlerResult SelfAssessmentCorrectPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult SelfAssessmentCorrectSubmit(const App& app, Request& request, const Visitor& visitor);
// GET /reflektioner (?mina=1): reflection notes; GET /enhet/{id}/reflektioner: a unit's;
// GET /reflektioner/ny (?enhet=ID) and POST /reflektioner: a new note; GET/POST
// /reflektioner/{id}: one note and its version-checked edit.
HandlerResult ReflectionsPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult UnitReflectionsPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult ReflectionNewPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult ReflectionCreate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ReflectionPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult ReflectionSubmit(const App& app, Request& request, const Visitor& visitor);
// The JSON twins (docs/api.md).
HandlerResult ApiGenderAnalysis(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiGenderNotesPut(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiSelfAssessments(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiSelfAssessmentCreate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiSelfAssessmentCorrect(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiReflectionNotes(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiUnitReflectionNotes(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiReflectionNote(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiReflectionNoteCreate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiReflectionNoteUpdate(const App& app, Request& request, const Visitor& visitor);

}  // namespace stegvis::web
