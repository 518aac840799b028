#pragma once
// A programme's summary on a public page (/publicerat/program/{slug}, no login), published by
// those who run the programme (its host's admins and strateger). It is the programme's story
// (domain/programme_story.h) as the public may see it: the common aim, the host's own teams —
// a guest organisation's work is not the host's to publish; how many other teams take part is
// said — with every grid suppressed at the host's threshold (domain/suppression.h) before the
// common measures are summed up, no funnel plots, the change package with the host's teams'
// tests and what they learned, and no staff names or e-mail addresses anywhere.

#include <optional>
#include <string>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/organisation.h"
#include "domain/programme_story.h"
#include "domain/publication.h"
#include "domain/store.h"

namespace stegvis::domain {

struct PublicProgramme {
  Organisation organisation;         // the host, with its threshold
  ProgrammePublication publication;  // id 0 in a preview of a summary not yet published
  ProgrammeStory story;              // only what is shown (see above)
  int other_teams = 0;               // teams of other organisations taking part, not shown
};

// The summary as it would be published, for the preview: those who may change the programme
// in its host organisation (others of the host: kForbidden; anyone else: kNotFound).
core::Result<PublicProgramme> LoadProgrammePublishPreview(Store& store, const core::Clock& clock,
                                                          const Principal& acting, Id programme_id);

// Publishes the summary (refusals as the preview; kConflict "error.publication.published" when
// it is published already). Audited ("publish", in the programme's history).
core::Result<ProgrammePublication> PublishProgramme(Store& store, const core::Clock& clock,
                                                    const Principal& acting, const Actor& actor,
                                                    Id programme_id);

// Unpublishes it: its address answers 404 from then on (kNotFound when not published).
// Audited ("unpublish", in the programme's history).
core::Result<void> UnpublishProgramme(Store& store, const core::Clock& clock,
                                      const Principal& acting, const Actor& actor, Id programme_id);

// The published summary for anyone (kNotFound for an unknown slug).
core::Result<PublicProgramme> LoadPublishedProgramme(Store& store, const core::Clock& clock,
                                                     const std::string& slug);

}  // namespace stegvis::domain
