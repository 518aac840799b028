#pragma once
// Spreading what works (SKR's steps 9–10): a team whose cycle adopted its own change idea offers
// it to another team with a project — any team of its organisation, or a team of the programme
// its project belongs to — or to that programme's change package. The receiving team takes it
// in one step: a copy of the idea in its project, remembering where it came from, and its first
// cycle on it in Plan. Those who run the programme accept it into the change package: a package
// idea that remembers it likewise, for every team of the programme to test. Either receiver may
// decline it instead; the idea may then be offered to the same receiver again, but not while an
// offer to it is open nor after one was taken.
//
// An idea and every copy made from it (and from the copies) form one family. Whoever may read
// one idea of the family reads what the family learned: each testing team's name and its
// organisation's, and each cycle's title, phase, prediction, learning, decision and next step,
// as the change package's ideas share them (docs/security.md); a cycle is linked only for those
// who may open it, and units are named only within the reader's own organisation.

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/idea_offer.h"
#include "domain/pdsa_cycles.h"
#include "domain/store.h"
#include "domain/teams.h"

namespace stegvis::domain {

// Whether one of the idea's cycles is done with the decision to adopt it.
bool IsAdoptedIdea(StoreTx& tx, Id idea_id);

// A team an idea may be offered to, or that holds one of its family.
struct SpreadTeam {
  Id team_id = 0;
  std::string team_name;
  std::string organisation_name;
  // The units above the team, top first, for a team of the reader's organisation (the map of
  // units); empty for another organisation's team.
  std::vector<std::string> unit_path;
};

// Where the family has been tested: one row per idea of the family with a team, and for a
// change package's idea one row per team that tested it.
struct SpreadRow {
  SpreadTeam team;
  Id idea_id = 0;
  bool origin = false;   // the family's first idea; the others are copies
  bool package = false;  // a team testing a change package's idea (the idea is not its own)
  int cycles = 0;        // how many cycles tested it
  // The decision of its latest finished cycle (kNone while none is finished).
  PdsaDecision decision = PdsaDecision::kNone;
};

// An offer of the page's idea, with the receiving team's names or the programme's name.
struct OfferRow {
  IdeaOffer offer;
  SpreadTeam team;             // an offer to a team
  std::string programme_name;  // an offer to a change package
};

// The programme whose change package an idea may be offered to.
struct PackageTarget {
  Id programme_id = 0;
  std::string name;
};

// "What others learned" and "where it has spread" of one change idea.
struct IdeaLearnings {
  ChangeIdeaDetails details;      // the idea as its own page reads it
  std::vector<IdeaCycle> cycles;  // every cycle of the family, ordered as IdeaCyclesOf
  std::vector<SpreadRow> spread;  // the origin first, then the copies by id
  bool adopted = false;           // IsAdoptedIdea
  // Offering: a team's own idea, for those who may change its team; once adopted, to targets.
  bool may_offer = false;
  std::vector<SpreadTeam> targets;  // the teams it may still be offered to, by name (if adopted)
  // The open programme of its project, while its package may still be offered it (if adopted).
  std::optional<PackageTarget> package_target;
  std::vector<OfferRow> offers;  // its offers so far, oldest first (only when may_offer)
};

// Reads the idea's learnings: kNotFound / kForbidden as LoadChangeIdea.
core::Result<IdeaLearnings> LoadIdeaLearnings(Store& store, const Principal& acting, Id idea_id);

// Offers the idea to `team_id`. kNotFound for an idea the principal cannot see (LoadChangeIdea);
// kForbidden unless they may change its team's work; kInvalidInput on "change_idea_id" for a
// change package's idea ("error.spread.not_own_idea") or one no cycle has adopted
// ("error.spread.not_adopted"), on "team_id" for a team it may not be offered to
// ("error.spread.unknown_team"); kConflict when that team has had the offer already
// ("error.spread.already_offered") while an offer to it is open or after one was taken (a
// declined offer may be made again). Audited as "idea_offer". Returns the stored offer.
core::Result<IdeaOffer> OfferIdea(Store& store, const core::Clock& clock, const Principal& acting,
                                  const Actor& actor, Id idea_id, Id team_id);

// Offers the idea to the change package of `programme_id`, its project's programme. Refusals as
// OfferIdea, but on "programme_id" ("error.spread.unknown_programme") for another programme,
// and kConflict ("error.programme.closed") when the programme is closed. The offer belongs to
// the programme's host organisation. Audited as "idea_offer".
core::Result<IdeaOffer> OfferIdeaToPackage(Store& store, const core::Clock& clock,
                                           const Principal& acting, const Actor& actor, Id idea_id,
                                           Id programme_id);

// The open offers to the team, oldest first. The caller checks that the principal may view it.
std::vector<TeamOffer> OpenOffersTo(StoreTx& tx, Id team_id);

// The open offers to the programme's change package, oldest first. The caller checks that the
// principal may change the programme.
std::vector<TeamOffer> OpenPackageOffers(StoreTx& tx, Id programme_id);

// The open offers `acting` may answer: those to the `visible` teams (ListVisibleTeams) whose
// work they may change and that have a project to take them into, and those to the change
// packages of the open programmes they may change; team offers first, each oldest first. The
// organisation's open offers are read in one query; only a team or programme with one costs
// the policy check and the reads behind it (this runs on every start page).
std::vector<OfferAwaiting> OffersAwaiting(StoreTx& tx, const Principal& acting,
                                          const std::vector<TeamDetails>& visible);

// Takes the offer in one step, in one transaction: a copy of the idea in `project_id` (the
// receiving team's project; origin_idea_id set) and a first cycle on it in Plan, titled as the
// idea. kNotFound for an offer the principal cannot see or one made to another team than the
// project's; kNotFound / kForbidden for the project as CheckedProject with kChange; kConflict
// when it was answered already ("error.spread.already_taken" / "error.spread.already_declined").
// Audited as "change_idea", "pdsa_cycle" and "idea_offer". Returns the new cycle's id.
core::Result<Id> StartCycleOnOffer(Store& store, const core::Clock& clock, const Principal& acting,
                                   const Actor& actor, Id offer_id, Id project_id);

// Accepts an offer to a change package, in one transaction: a package idea of the programme
// (its host's, origin_idea_id the offered idea, same title and description). kNotFound for an
// offer of another organisation or one made to a team; refusals of the programme as
// ProgrammeToChange (kForbidden; kConflict "error.programme.closed"); kConflict when it was
// answered already (as StartCycleOnOffer). Audited as "change_idea" and "idea_offer". Returns
// the package idea's id.
core::Result<Id> AcceptPackageOffer(Store& store, const core::Clock& clock, const Principal& acting,
                                    const Actor& actor, Id offer_id);

// Declines an open offer: to a team, by those who may change the team's work (kNotFound for
// anyone else); to a change package, by those who run the open programme (refusals as
// ProgrammeToChange). kConflict when it was answered already. Audited as "idea_offer".
// Returns the declined offer.
core::Result<IdeaOffer> DeclineOffer(Store& store, const core::Clock& clock,
                                     const Principal& acting, const Actor& actor, Id offer_id);

}  // namespace stegvis::domain
