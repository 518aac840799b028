#include "web/improvement/publication_view.h"

#include <algorithm>

#include "core/date.h"

namespace stegvis::web {
namespace {

std::string CellWords(const App& app, const std::string& lang, const domain::HiddenCell& cell,
                      int threshold) {
  const std::string group = app.catalogue.Get(lang, "group." + cell.group);
  const std::string reason = app.catalogue.Format(
      lang, "publication.hidden." + std::string(domain::SuppressionReasonName(cell.reason)),
      {{"k", std::to_string(threshold)}});
  return cell.period + ": " + group + " – " + reason;
}

}  // namespace

bool IsPublicationSlug(std::string_view slug) {
  constexpr std::size_t kSlugMax = 57;
  return !slug.empty() && slug.size() <= kSlugMax &&
         std::all_of(slug.begin(), slug.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
         });
}

std::string PublicationUrl(const domain::Publication& publication) {
  return "/publicerat/" + publication.slug;
}

core::Result<PublicationView> PublicationViewOf(const App& app, const std::string& lang,
                                                const domain::PublicStory& s, bool preview) {
  auto story = StoryViewOf(app, lang, s.story);
  if (!story) return core::Fail(story.error());
  PublicationView view;
  view.story = std::move(*story);
  view.organisation = s.organisation.name;
  view.feed_url = PublicationFeedUrl(s.organisation.id);
  const bool published = s.publication.id != 0;
  view.date = core::Date::FromUnixSeconds(published ? s.publication.published_at
                                                    : app.clock.NowUnixSeconds())
                  .ToString();
  const int k = s.organisation.suppression_threshold;
  view.threshold_text =
      app.catalogue.Format(lang, "publication.threshold", {{"k", std::to_string(k)}});
  for (std::size_t i = 0; i < s.hidden.size() && i < s.story.measures.size(); ++i) {
    if (s.hidden[i].empty()) continue;
    HiddenValuesView hidden{s.story.measures[i].measure.name, {}};
    for (const domain::HiddenCell& cell : s.hidden[i]) {
      hidden.cells.push_back(CellWords(app, lang, cell, k));
    }
    view.hidden.push_back(std::move(hidden));
  }
  view.has_hidden = !view.hidden.empty();
  view.preview = preview;
  view.project_id = s.story.details.project.id;
  view.published = published;
  if (published) view.url = PublicationUrl(s.publication);
  view.include_names = s.publication.include_names;
  return view;
}

}  // namespace stegvis::web
