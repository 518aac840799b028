#pragma once
// PDSA cycles and change ideas, and their JSON twins (docs/api.md).
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
void AddPdsaRoutes(Router& router, const App& app);

// PDSA cycles and change ideas (pdsa_pages.cc, pdsa_api.cc):
// GET /projekt/{id}/pgsa: a project's cycles and change ideas; POST adds a cycle in Plan
// (change_idea_id, title); POST /projekt/{id}/forandringsideer adds the team's own idea.
HandlerResult ProjectCyclesPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult CycleCreate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ChangeIdeaCreate(const App& app, Request& request, const Visitor& visitor);
// GET /pgsa/{id}: a cycle's phases; POST saves them (action=advance moves to the next
// phase; version is checked); POST /pgsa/{id}/nasta starts the next cycle.
HandlerResult CyclePage(const App& app, Request& request, const Visitor& visitor);
HandlerResult CycleSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult CycleNext(const App& app, Request& request, const Visitor& visitor);
// POST /pgsa/{id}/kommentarer (field "text"): adds a comment (domain/comments.h) and goes back
// to the cycle's comments; a refused text shows the page again with the refusal next to the
// field and the text kept.
HandlerResult CycleCommentSubmit(const App& app, Request& request, const Visitor& visitor);
// POST /matt/{id}/fas: starts the new phase the measure page proposes after an adopted change
// (cycle_id, period); back to the measure page.
HandlerResult MeasurePhaseSubmit(const App& app, Request& request, const Visitor& visitor);
// POST /api/v1/measures/{id}/phases {"cycle_id", "period"}: starts the phase the analysis
// proposes ("phase_proposal" of GET /api/v1/measures/{id}/analysis) → 201 {"id", …}.
HandlerResult ApiMeasurePhaseCreate(const App& app, Request& request, const Visitor& visitor);
// POST /program/{id}/forandringsideer: adds an idea to the
// programme's change package (idea_title, idea_description).
HandlerResult ChangePackageIdeaCreate(const App& app, Request& request, const Visitor& visitor);
// GET /forandringsideer/{id}: a change idea and every cycle that tested it, with the forms that
// change it for those who may (change_idea_page.cc). POST /forandringsideer/{id} saves its
// title and description (version); POST /forandringsideer/{id}/avveckla retires (retired=1)
// or reinstates (retired=0) it.
HandlerResult ChangeIdeaPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult ChangeIdeaEditSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult ChangeIdeaRetireSubmit(const App& app, Request& request, const Visitor& visitor);
// The JSON twins (docs/api.md).
HandlerResult ApiProjectCycles(const App& app, Request& request, const Visitor& visitor);
// GET /api/v1/projects/{id}/change-ideas: the ideas the project may test, a page at a time.
HandlerResult ApiProjectIdeas(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiProjectCycleCreate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiChangeIdeaCreate(const App& app, Request& request, const Visitor& visitor);
// POST /api/v1/programmes/{id}/change-ideas {"title", "description"?}: an idea of the
// programme's change package (as the programme page's form) → 201, the idea.
HandlerResult ApiPackageIdeaCreate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiCycle(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiCycleUpdate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiCycleNext(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiChangeIdea(const App& app, Request& request, const Visitor& visitor);
// PUT /api/v1/change-ideas/{id} {"version", "title"?, "description"?, "retired"?}: the idea.
HandlerResult ApiChangeIdeaUpdate(const App& app, Request& request, const Visitor& visitor);

}  // namespace stegvis::web
