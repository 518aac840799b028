#include "domain/demo_spread.h"

#include <optional>

#include "domain/spread.h"

namespace stegvis::domain {
namespace {

constexpr const char* kDemoActor = "demo";

// The first of the project's own ideas that a cycle adopted.
std::optional<ChangeIdea> AdoptedIdeaOf(StoreTx& tx, Id project) {
  for (ChangeIdea& idea : tx.Pdsa().ListProjectIdeas(project)) {
    if (IsAdoptedIdea(tx, idea.id)) return std::move(idea);
  }
  return std::nullopt;
}

IdeaOffer OfferTo(StoreTx& tx, const ChangeIdea& idea, const Project& to, std::int64_t now) {
  IdeaOffer offer;
  offer.idea_id = idea.id;
  offer.team_id = to.team_id;
  offer.organisation_id = to.organisation_id;
  offer.offered_by = kDemoActor;
  offer.offered_at = now;
  offer.id = tx.Spread().CreateOffer(offer);
  return offer;
}

// The receiving project's copy and its first cycle in Plan, as StartCycleOnOffer makes them,
// with the question the guest team has written.
void Take(StoreTx& tx, IdeaOffer offer, const ChangeIdea& origin, const Project& to,
          std::int64_t now) {
  ChangeIdea copy;
  copy.organisation_id = to.organisation_id;
  copy.project_id = to.id;
  copy.origin_idea_id = origin.id;
  copy.title = origin.title;
  copy.description = origin.description;
  copy.updated_by = kDemoActor;
  copy.id = tx.Pdsa().CreateIdea(copy, now);
  PdsaCycle cycle;
  cycle.organisation_id = to.organisation_id;
  cycle.project_id = to.id;
  cycle.change_idea_id = copy.id;
  cycle.content.title = copy.title;
  cycle.content.question = "Går det att lägga vår kvällsrutt utifrån önskade tider?";
  cycle.created_at = cycle.updated_at = now;
  cycle.updated_by = kDemoActor;
  tx.Pdsa().CreateCycle(cycle);
  offer.status = OfferStatus::kTaken;
  offer.answered_by = kDemoActor;
  offer.answered_at = now;
  offer.taken_idea_id = copy.id;
  tx.Spread().MarkAnswered(offer);
}

// An open offer of the idea to the change package of its project's programme.
void OfferToPackage(StoreTx& tx, const ChangeIdea& idea, const Project& from, std::int64_t now) {
  std::optional<Programme> programme =
      from.programme_id ? tx.Programmes().Find(*from.programme_id) : std::nullopt;
  if (!programme) return;
  IdeaOffer offer;
  offer.idea_id = idea.id;
  offer.programme_id = programme->id;
  offer.organisation_id = programme->organisation_id;
  offer.offered_by = kDemoActor;
  offer.offered_at = now;
  tx.Spread().CreateOffer(offer);
}

}  // namespace

int SeedDemoSpread(StoreTx& tx, const std::vector<Id>& projects, std::int64_t now) {
  if (projects.size() < 4) return 0;
  std::optional<ChangeIdea> idea = AdoptedIdeaOf(tx, projects.at(1));
  std::optional<Project> first = tx.Projects().Find(projects.at(0));
  std::optional<Project> second = tx.Projects().Find(projects.at(1));
  std::optional<Project> guest = tx.Projects().Find(projects.at(3));
  if (!idea || !first || !second || !guest) return 0;
  Take(tx, OfferTo(tx, *idea, *guest, now), *idea, *guest, now);
  OfferTo(tx, *idea, *first, now);
  OfferToPackage(tx, *idea, *second, now);
  return second->programme_id ? 3 : 2;
}

}  // namespace stegvis::domain
