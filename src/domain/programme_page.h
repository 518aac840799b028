#pragma once
// Everything a programme's page shows, read in one transaction: the programme with its
// calendar, common measures and the teams the principal may see (with their measures' data
// for the small multiples), its change package and the goals it links to.

#include <vector>

#include "core/error.h"
#include "domain/access.h"
#include "domain/change_idea.h"
#include "domain/goal_links.h"
#include "domain/idea_offer.h"
#include "domain/programmes.h"
#include "domain/store.h"

namespace stegvis::domain {

struct ProgrammePage {
  ProgrammeDetails details;
  std::vector<ChangeIdea> change_package;  // every organisation taking part sees it
  // The open offers to the change package, for those who may change the open programme.
  std::vector<TeamOffer> package_offers;
  GoalLinkSet goals;  // likewise
};

// The programme's page, for users of an organisation that takes part (TakesPart); kNotFound
// otherwise. The first form runs inside the caller's transaction, the second opens its own.
core::Result<ProgrammePage> LoadProgrammePage(StoreTx& tx, const Principal& acting,
                                              Id programme_id);
core::Result<ProgrammePage> LoadProgrammePage(Store& store, const Principal& acting,
                                              Id programme_id);

}  // namespace stegvis::domain
