// The JSON twins of the comments blocks: GET and POST /api/v1/pdsa-cycles/{id}/comments and
// /api/v1/projects/{id}/monthly-reports/{month}/comments (docs/api.md, "Comments").

#include <boost/json/array.hpp>

#include "domain/comments.h"
#include "web/comments/handlers.h"
#include "web/http/access_guard.h"
#include "web/render/entity_json.h"
#include "web/render/forms.h"
#include "web/render/json_body.h"
#include "web/render/json_response.h"
#include "web/render/paged_list.h"

namespace stegvis::web {
namespace {

// The comment as stored, without its author's user id and organisation id (who the author is
// to the reader is their name and organisation's name).
boost::json::object CommentJson(const domain::Comment& c) {
  return EntityJson(c, {"organisation_id", "author_id"});
}

core::Result<domain::CommentTarget> TargetOf(const Request& request,
                                             domain::CommentSubject subject) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  return domain::CommentTarget{subject, *id,
                               subject == domain::CommentSubject::kMonthlyReport
                                   ? std::string(request.PathParam("month"))
                                   : std::string()};
}

HandlerResult List(const App& app, Request& request, const Visitor& visitor,
                   domain::CommentSubject subject) {
  auto target = TargetOf(request, subject);
  if (!target) return core::Fail(target.error());
  auto page = ReadPageRequest(request);
  if (!page) return core::Fail(page.error());
  auto thread = domain::LoadComments(app.store, app.clock, *visitor.principal(), *target);
  if (!thread) return core::Fail(thread.error());
  boost::json::array comments;
  for (const domain::Comment& c : thread->comments) comments.push_back(CommentJson(c));
  return JsonValue(PagedList("comments", std::move(comments), *page,
                             boost::json::object{{"may_comment", thread->may_comment}}));
}

HandlerResult Create(const App& app, Request& request, const Visitor& visitor,
                     domain::CommentSubject subject) {
  auto target = TargetOf(request, subject);
  if (!target) return core::Fail(target.error());
  JsonBody body(request);
  if (!body.Has("text")) {
    body.Refuse(core::Error::Invalid("text is missing", "text", "error.json.required"));
  }
  const std::string text = body.Text("text", 4 * domain::kCommentMax);
  if (!body.ok()) return body.error();
  auto added = domain::AddComment(app.store, app.clock, *visitor.principal(),
                                  ActorOf(visitor, request), *target, text);
  if (!added) return core::Fail(added.error());
  return JsonValue(CommentJson(*added), 201);
}

}  // namespace

HandlerResult ApiCycleComments(const App& app, Request& r, const Visitor& v) {
  return List(app, r, v, domain::CommentSubject::kPdsaCycle);
}
HandlerResult ApiCycleCommentCreate(const App& app, Request& r, const Visitor& v) {
  return Create(app, r, v, domain::CommentSubject::kPdsaCycle);
}
HandlerResult ApiReportComments(const App& app, Request& r, const Visitor& v) {
  return List(app, r, v, domain::CommentSubject::kMonthlyReport);
}
HandlerResult ApiReportCommentCreate(const App& app, Request& r, const Visitor& v) {
  return Create(app, r, v, domain::CommentSubject::kMonthlyReport);
}

}  // namespace stegvis::web
