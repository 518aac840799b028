// GET /publicerat/organisation/{id}/atom.xml: what an organisation has published, as an Atom
// 1.0 feed (RFC 4287) for anyone to follow without signing in; newest first. Addresses are
// absolute, from the server's --base-url; every text is escaped for XML (docx::XmlText).

#include "core/clock.h"
#include "docx/xml_text.h"
#include "domain/publications.h"
#include "web/http/access_guard.h"
#include "web/improvement/handlers.h"
#include "web/improvement/publication_view.h"
#include "web/render/forms.h"
#include "web/render/language.h"

namespace stegvis::web {
namespace {

std::string Element(const std::string& name, const std::string& text) {
  return "<" + name + ">" + docx::XmlText(text) + "</" + name + ">";
}

}  // namespace

std::string PublicationFeedUrl(domain::Id organisation_id) {
  return "/publicerat/organisation/" + std::to_string(organisation_id) + "/atom.xml";
}

HandlerResult PublicationFeed(const App& app, Request& request, const Visitor&) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto list = domain::LoadPublishedList(app.store, *id);
  if (!list) return core::Fail(list.error());
  const std::string lang = ChooseLanguage(request).lang;
  const std::string self = app.base_url + PublicationFeedUrl(*id);
  // The feed changed when its newest entry was published (an unpublished one leaves it).
  const std::int64_t updated = list->entries.empty() ? 0 : list->entries.front().published_at;
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" "
      "xml:lang=\"" +
      lang + "\">";
  xml += Element("title", app.catalogue.Format(lang, "publication.feed_title",
                                               {{"organisation", list->organisation.name}}));
  xml += Element("id", self);
  xml += "<link rel=\"self\" type=\"application/atom+xml\" href=\"" + docx::XmlText(self) + "\"/>";
  xml += Element("updated", core::FormatIsoUtc(updated));
  xml += "<author>" + Element("name", list->organisation.name) + "</author>";
  for (const domain::PublishedEntry& e : list->entries) {
    const std::string url =
        app.base_url + (e.programme ? "/publicerat/program/" : "/publicerat/") + e.slug;
    const std::string at = core::FormatIsoUtc(e.published_at);
    xml += "<entry>" + Element("title", e.title) + Element("id", url) +
           "<link rel=\"alternate\" type=\"text/html\" href=\"" + docx::XmlText(url) + "\"/>" +
           Element("published", at) + Element("updated", at) +
           Element("summary",
                   app.catalogue.Format(
                       lang, e.programme ? "publication.feed_programme" : "publication.feed_entry",
                       {{"title", e.title}})) +
           "</entry>";
  }
  xml += "</feed>\n";
  Response response{200, {}, std::move(xml)};
  response.SetHeader("Content-Type", "application/atom+xml; charset=utf-8");
  return response;
}

}  // namespace stegvis::web
