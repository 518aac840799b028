// Publishing a programme's summary (docs/api.md): the preview with its form
// (/program/{id}/publicera, exactly what the public will see), publish and unpublish (each back
// to the preview), the public page /publicerat/program/{slug} (no login; 404 when not
// published) and the JSON twins POST/DELETE /api/v1/programmes/{id}/publication. The page is
// the programme's story (programme_story.mustache) in its public form.

#include "core/date.h"
#include "domain/audit.h"
#include "domain/programme_publications.h"
#include "web/http/access_guard.h"
#include "web/improvement/publication_view.h"
#include "web/programmes/handlers.h"
#include "web/programmes/programme_story_view.h"
#include "web/render/forms.h"
#include "web/render/json_response.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

std::string ProgrammePublicationUrl(const domain::ProgrammePublication& p) {
  return "/publicerat/program/" + p.slug;
}

std::string PreviewUrl(domain::Id id) {
  return "/program/" + std::to_string(id) + "/publicera";
}

HandlerResult Render(const App& app, Request& request, const Visitor& visitor,
                     const domain::PublicProgramme& p, bool preview) {
  const LanguageChoice language = ChooseLanguage(request);
  const std::string& lang = language.lang;
  ProgrammeStoryView view = ProgrammeStoryViewOf(app, lang, p.story);
  view.internal = false;
  view.may_publish = false;
  PublicProgrammeView pub;
  pub.organisation = p.organisation.name;
  const std::int64_t when =
      p.publication.id ? p.publication.published_at : app.clock.NowUnixSeconds();
  pub.date = core::Date::FromUnixSeconds(when).ToString();
  pub.threshold_text = app.catalogue.Format(
      lang, "publication.threshold", {{"k", std::to_string(p.organisation.suppression_threshold)}});
  if (p.other_teams > 0) {
    pub.other_teams = app.catalogue.Format(lang, "programme_publication.other_teams",
                                           {{"n", std::to_string(p.other_teams)}});
  }
  pub.feed_url = PublicationFeedUrl(p.organisation.id);
  pub.preview = preview;
  pub.is_published = p.publication.id != 0;
  if (pub.is_published) pub.url = ProgrammePublicationUrl(p.publication);
  view.published = std::move(pub);
  const std::string_view title =
      preview ? "programme_publication.preview_title" : "programme_publication.title";
  return RenderPage(app, request, {"programme_story", title, ""}, view, language, visitor);
}

}  // namespace

HandlerResult ProgrammePublishPreviewPage(const App& app, Request& request,
                                          const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto p = domain::LoadProgrammePublishPreview(app.store, app.clock, *visitor.principal(), *id);
  if (!p) return core::Fail(p.error());
  return Render(app, request, visitor, *p, true);
}

HandlerResult ProgrammePublishSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  auto published = domain::PublishProgramme(
      app.store, app.clock, principal, domain::ActorFor(principal, ClientAddress(request)), *id);
  if (!published) return core::Fail(published.error());
  return Response::Redirect(PreviewUrl(*id));
}

HandlerResult ProgrammeUnpublishSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  auto done = domain::UnpublishProgramme(app.store, app.clock, principal,
                                         domain::ActorFor(principal, ClientAddress(request)), *id);
  if (!done) return core::Fail(done.error());
  return Response::Redirect(PreviewUrl(*id));
}

HandlerResult PublishedProgrammePage(const App& app, Request& request, const Visitor& visitor) {
  const std::string slug(request.PathParam("slug"));
  if (!IsPublicationSlug(slug)) return core::Fail(core::Error::NotFoundObject());
  auto p = domain::LoadPublishedProgramme(app.store, app.clock, slug);
  if (!p) return core::Fail(p.error());
  return Render(app, request, visitor, *p, false);
}

HandlerResult ApiProgrammePublish(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  auto published = domain::PublishProgramme(
      app.store, app.clock, principal, domain::ActorFor(principal, ClientAddress(request)), *id);
  if (!published) return core::Fail(published.error());
  return JsonValue(boost::json::object{{"url", ProgrammePublicationUrl(*published)}}, 201);
}

HandlerResult ApiProgrammeUnpublish(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  auto done = domain::UnpublishProgramme(app.store, app.clock, principal,
                                         domain::ActorFor(principal, ClientAddress(request)), *id);
  if (!done) return core::Fail(done.error());
  return Response{204, {}, {}};
}

}  // namespace stegvis::web
