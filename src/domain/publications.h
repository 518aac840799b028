#pragma once
// Publishing a project's improvement story on a public page (/publicerat/{slug}, no login):
// a chef over the team's unit or a strateg of the organisation previews exactly what the
// public will see, publishes, and may unpublish at any time; both are audited. What the public
// sees is the story with small numbers suppressed (domain/suppression.h) at the organisation's
// threshold, nothing the team left out of the story, and no staff names unless the publisher
// chose to show them (then display names, never e-mail addresses).

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/project_story.h"
#include "domain/publication.h"
#include "domain/store.h"
#include "domain/suppression.h"

namespace stegvis::domain {

// A story as the public sees it.
struct PublicStory {
  Organisation organisation;
  Publication publication;                      // id 0 in a preview of a story not yet published
  ProjectStory story;                           // only what is shown: see PublicStoryOf
  std::vector<std::vector<HiddenCell>> hidden;  // per story.measures: the cells suppressed
};

// True when `acting` may publish the work of `team`: a chef or strateg whose unit scope holds
// the team's unit, or a strateg of the whole organisation.
bool MayPublish(StoreTx& tx, const Principal& acting, const Team& team);

// The reader a public page reads as: a strateg of the publishing organisation, who may view all
// of its work. A public page only ever reads the one thing published.
Principal PublicReader(Id organisation_id);

// The story of a project as it would be published with `include_names` (the stored choice when
// published and nullopt), for the preview. kNotFound / kForbidden as LoadProject; kForbidden
// when the principal may read the project but not publish it (MayPublish).
core::Result<PublicStory> LoadPublishPreview(Store& store, const Principal& acting, Id project_id,
                                             std::optional<bool> include_names);

// Publishes the project's story (MayPublish; refusals as LoadPublishPreview): a new slug
// (title in plain letters + 16 random hex characters). kConflict ("error.publication.published")
// when it is published already. Audited as "publish" of a "publication" (object id the project).
core::Result<Publication> PublishStory(Store& store, const core::Clock& clock,
                                       const Principal& acting, const Actor& actor, Id project_id,
                                       bool include_names);

// Unpublishes (MayPublish; refusals as LoadPublishPreview); kNotFound when not published.
// Audited as "unpublish" of a "publication" (object id the project).
core::Result<void> UnpublishStory(Store& store, const core::Clock& clock, const Principal& acting,
                                  const Actor& actor, Id project_id);

// The published story with this slug, for anyone; kNotFound when nothing is published there.
core::Result<PublicStory> LoadPublishedStory(Store& store, const std::string& slug);

// The slug's readable part: `title` in lower-case ASCII letters and digits (å, ä → a, ö → o,
// é → e), words joined by '-', at most 40 characters; "berattelse" when nothing is left.
std::string SlugWords(const std::string& title);

// One published story in an organisation's feed.
struct PublishedEntry {
  bool programme = false;  // a programme's summary (/publicerat/program/…), else a story
  std::string slug;
  std::string title;  // the project's title or the programme's name: the page's heading
  std::int64_t published_at = 0;
};
struct PublishedList {
  Organisation organisation;
  std::vector<PublishedEntry> entries;  // stories and programmes' summaries, newest first
};

// What an organisation has published, for its Atom feed (no login: only what is public).
// kNotFound for an unknown organisation.
core::Result<PublishedList> LoadPublishedList(Store& store, Id organisation_id);

// The acting user's organisation, for its admin (kAdminister on the organisation).
core::Result<Organisation> LoadOrganisation(Store& store, const Principal& acting);

// Sets the organisation's small-number threshold (kAdminister on the organisation):
// kInvalidInput on "suppression_threshold" ("error.suppression_threshold") outside
// kMinSuppressionThreshold..kMaxSuppressionThreshold. Audited as an update of the
// "organisation". Returns the organisation as saved.
core::Result<Organisation> ChangeSuppressionThreshold(Store& store, const core::Clock& clock,
                                                      const Principal& acting, const Actor& actor,
                                                      int threshold);

}  // namespace stegvis::domain
