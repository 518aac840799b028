// Publishing a project's story: the preview with its form (GET /projekt/{id}/publicera), publish
// and unpublish (POST /projekt/{id}/publicera, POST /projekt/{id}/avpublicera), the public page
// (GET /publicerat/{slug}, no login) and the JSON twins (POST and DELETE
// /api/v1/projects/{id}/publication). The preview and the public page render one view.

#include "domain/audit.h"
#include "domain/publications.h"
#include "web/http/access_guard.h"
#include "web/improvement/handlers.h"
#include "web/improvement/publication_view.h"
#include "web/render/forms.h"
#include "web/render/json_body.h"
#include "web/render/json_response.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

HandlerResult Render(const App& app, Request& request, const Visitor& visitor,
                     const domain::PublicStory& story, bool preview) {
  const LanguageChoice language = ChooseLanguage(request);
  auto view = PublicationViewOf(app, language.lang, story, preview);
  if (!view) return core::Fail(view.error());
  const std::string_view title = preview ? "publication.preview_title" : "publication.title";
  return RenderPage(app, request, {"publication", title, ""}, *view, language, visitor);
}

std::string PreviewUrl(domain::Id id) {
  return "/projekt/" + std::to_string(id) + "/publicera";
}

}  // namespace

HandlerResult PublishPreviewPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  std::optional<bool> names;
  if (request.Query("namn")) names = request.Query("namn") == "1";
  auto story = domain::LoadPublishPreview(app.store, *visitor.principal(), *id, names);
  if (!story) return core::Fail(story.error());
  return Render(app, request, visitor, *story, true);
}

HandlerResult PublishSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  const bool names = Form(request).Get("include_names") == "1";
  auto published =
      domain::PublishStory(app.store, app.clock, principal,
                           domain::ActorFor(principal, ClientAddress(request)), *id, names);
  if (!published) return core::Fail(published.error());
  return Response::Redirect(PreviewUrl(*id));
}

HandlerResult UnpublishSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  auto done = domain::UnpublishStory(app.store, app.clock, principal,
                                     domain::ActorFor(principal, ClientAddress(request)), *id);
  if (!done) return core::Fail(done.error());
  return Response::Redirect(PreviewUrl(*id));
}

HandlerResult PublishedPage(const App& app, Request& request, const Visitor& visitor) {
  const std::string slug(request.PathParam("slug"));
  if (!IsPublicationSlug(slug)) return core::Fail(core::Error::NotFoundObject());
  auto story = domain::LoadPublishedStory(app.store, slug);
  if (!story) return core::Fail(story.error());
  return Render(app, request, visitor, *story, false);
}

HandlerResult ApiPublish(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  bool names = false;  // an empty body publishes without names
  if (!request.body.empty()) {
    JsonBody body(request);
    names = body.OptionalBool("include_names").value_or(false);
    if (!body.ok()) return body.error();
  }
  const domain::Principal& principal = *visitor.principal();
  auto published =
      domain::PublishStory(app.store, app.clock, principal,
                           domain::ActorFor(principal, ClientAddress(request)), *id, names);
  if (!published) return core::Fail(published.error());
  return JsonValue(boost::json::object{{"url", PublicationUrl(*published)},
                                       {"include_names", published->include_names}},
                   201);
}

HandlerResult ApiUnpublish(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  auto done = domain::UnpublishStory(app.store, app.clock, principal,
                                     domain::ActorFor(principal, ClientAddress(request)), *id);
  if (!done) return core::Fail(done.error());
  return Response{204, {}, {}};
}

}  // namespace stegvis::web
