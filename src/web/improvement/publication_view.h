#pragma once
// What a published story shows (publication.mustache), the same view for the public page
// (/publicerat/{slug}) and for the publisher's preview (/projekt/{id}/publicera), so the preview
// is exactly what the public sees: the story as the public may see it, the organisation, the
// date, and in words which values are hidden and why. The preview adds the form.

#include <optional>
#include <string>
#include <vector>

#include "core/describe.h"
#include "domain/publications.h"
#include "web/app.h"
#include "web/improvement/story_view.h"

namespace stegvis::web {

// One measure's hidden values in words: "2025-03: kvinnor – färre än 5".
struct HiddenValuesView {
  std::string measure;
  std::vector<std::string> cells;
};
constexpr auto Describe(std::type_identity<HiddenValuesView>) {
  return std::tuple{core::Field("measure", &HiddenValuesView::measure),
                    core::Field("cells", &HiddenValuesView::cells)};
}

struct PublicationView {
  StoryView story;
  std::string organisation;
  std::string feed_url;        // the organisation's Atom feed of what it has published
  std::string date;            // the day it was published (in a preview: today)
  std::string threshold_text;  // "Värden som bygger på färre än 5 …"
  bool has_hidden = false;
  std::vector<HiddenValuesView> hidden;
  bool preview = false;
  // The preview's form.
  domain::Id project_id = 0;
  bool published = false;
  std::optional<std::string> url;  // the public address, when published
  bool include_names = false;
};
constexpr auto Describe(std::type_identity<PublicationView>) {
  using V = PublicationView;
  return std::tuple{core::Field("story", &V::story),
                    core::Field("organisation", &V::organisation),
                    core::Field("feed_url", &V::feed_url),
                    core::Field("date", &V::date),
                    core::Field("threshold_text", &V::threshold_text),
                    core::Field("has_hidden", &V::has_hidden),
                    core::Field("hidden", &V::hidden),
                    core::Field("preview", &V::preview),
                    core::Field("project_id", &V::project_id),
                    core::Field("published", &V::published),
                    core::Field("url", &V::url),
                    core::Field("include_names", &V::include_names)};
}

// The public address of a publication: "/publicerat/{slug}".
std::string PublicationUrl(const domain::Publication& publication);
// True when `slug` may be a published address's last part (lower-case letters, digits and '-',
// at most 57: 40 letters of the title, '-' and 16 hex characters).
bool IsPublicationSlug(std::string_view slug);
// The address of the organisation's Atom feed of what it has published.
std::string PublicationFeedUrl(domain::Id organisation_id);

// The view of `story` in `lang`; `preview` adds the form. Fails as StoryViewOf.
core::Result<PublicationView> PublicationViewOf(const App& app, const std::string& lang,
                                                const domain::PublicStory& story, bool preview);

}  // namespace stegvis::web
