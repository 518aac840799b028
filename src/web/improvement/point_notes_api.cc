// The JSON twins of a measure's notes on points (domain/point_notes.h): PUT and DELETE
// /api/v1/measures/{id}/exclusions/{period} and /annotations/{period}. Documented in
// docs/api.md.

#include "domain/point_notes.h"
#include "web/http/access_guard.h"
#include "web/improvement/handlers.h"
#include "web/improvement/point_notes_view.h"
#include "web/render/forms.h"
#include "web/render/json_body.h"
#include "web/render/json_response.h"

namespace stegvis::web {
namespace {

// The member that holds the note's words: an exclusion's reason, an annotation's text.
std::string_view TextMember(domain::PointNoteKind kind) {
  return kind == domain::PointNoteKind::kExclusion ? "reason" : "text";
}

// PUT {"reason" | "text", "version"?}: a new note without a version (or 0), else the version
// read. 201 with the note when it is new, 200 when changed.
HandlerResult PutNote(const App& app, Request& request, const Visitor& visitor,
                      domain::PointNoteKind kind) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  const std::string text = body.Text(TextMember(kind));
  const std::int64_t version = body.OptionalInt("version", kVersions).value_or(0);
  if (!body.ok()) return body.error();
  const domain::Principal& principal = *visitor.principal();
  auto saved = domain::SetPointNote(app.store, app.clock, principal,
                                    domain::ActorFor(principal, ClientAddress(request)), *id, kind,
                                    std::string(request.PathParam("period")), text, version);
  if (!saved) {
    core::Error error = saved.error();
    if (error.field == "text") error.field = TextMember(kind);
    return core::Fail(std::move(error));
  }
  const std::string& by =
      principal.user.display_name.empty() ? principal.user.email : principal.user.display_name;
  return JsonValue(PointNoteJson(*saved, by), version == 0 ? 201 : 200);
}

HandlerResult DeleteNote(const App& app, Request& request, const Visitor& visitor,
                         domain::PointNoteKind kind) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  auto removed = domain::RemovePointNote(app.store, app.clock, principal,
                                         domain::ActorFor(principal, ClientAddress(request)), *id,
                                         kind, std::string(request.PathParam("period")));
  if (!removed) return core::Fail(removed.error());
  return Response{204, {}, {}};
}

}  // namespace

HandlerResult ApiExclusionPut(const App& app, Request& request, const Visitor& visitor) {
  return PutNote(app, request, visitor, domain::PointNoteKind::kExclusion);
}

HandlerResult ApiExclusionDelete(const App& app, Request& request, const Visitor& visitor) {
  return DeleteNote(app, request, visitor, domain::PointNoteKind::kExclusion);
}

HandlerResult ApiAnnotationPut(const App& app, Request& request, const Visitor& visitor) {
  return PutNote(app, request, visitor, domain::PointNoteKind::kAnnotation);
}

HandlerResult ApiAnnotationDelete(const App& app, Request& request, const Visitor& visitor) {
  return DeleteNote(app, request, visitor, domain::PointNoteKind::kAnnotation);
}

}  // namespace stegvis::web
