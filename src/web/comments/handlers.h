#pragma once
// The JSON twins of the comments on PDSA cycles and monthly reports (domain/comments.h;
// docs/api.md, "Comments"). The pages' forms are handled beside the pages (pdsa/handlers.h,
// programmes/handlers.h), with the block of web/comments/comment_views.h.

#include "web/app.h"
#include "web/http/http.h"
#include "web/http/router.h"
#include "web/http/visitor.h"
#include "web/render/handler_result.h"

namespace stegvis::web {

// Registers the routes of this feature (routes.cc) on `router`, bound to `app`.
void AddCommentRoutes(Router& router, const App& app);

// GET /api/v1/pdsa-cycles/{id}/comments and /api/v1/projects/{id}/monthly-reports/{month}/
// comments: the comments a page at a time, with may_comment; POST {"text"} adds one → 201,
// the comment (comments_api.cc).
HandlerResult ApiCycleComments(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiCycleCommentCreate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiReportComments(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiReportCommentCreate(const App& app, Request& request, const Visitor& visitor);

}  // namespace stegvis::web
