// The receiving side of an offer (domain/spread.h): the open offers to a team or a change
// package, those waiting for a visitor's answer, accepting an offer into a change package and
// declining an offer. Taking an offer by starting a cycle: spread_offers.cc.

#include <algorithm>
#include <map>

#include "domain/audit_json.h"
#include "domain/programme_setup.h"
#include "domain/resources.h"
#include "domain/spread.h"
#include "domain/spread_internal.h"

namespace stegvis::domain {
namespace {

// The offers with their ideas and who offers them; an offer whose idea is gone is left out.
std::vector<TeamOffer> WithIdeas(StoreTx& tx, std::vector<IdeaOffer> offers) {
  std::vector<TeamOffer> out;
  for (IdeaOffer& offer : offers) {
    std::optional<ChangeIdea> idea = tx.Pdsa().FindIdea(offer.idea_id);
    if (!idea || !idea->project_id) continue;
    TeamOffer row;
    if (std::optional<Project> project = tx.Projects().Find(*idea->project_id)) {
      if (std::optional<Team> from = tx.Teams().Find(project->team_id)) row.from_team = from->name;
    }
    if (std::optional<Organisation> o = tx.Units().FindOrganisation(idea->organisation_id)) {
      row.from_organisation = o->name;
    }
    row.idea = std::move(*idea);
    row.offer = std::move(offer);
    out.push_back(std::move(row));
  }
  return out;
}

// The project of the team where its offers are taken: its first project not closed, else its
// first; none for a team without a project.
std::optional<Id> TakingProject(StoreTx& tx, Id team_id) {
  std::vector<Project> projects = tx.Projects().List(team_id);
  if (projects.empty()) return std::nullopt;
  auto open = std::find_if(projects.begin(), projects.end(),
                           [](const Project& p) { return p.status != ProjectStatus::kClosed; });
  return (open != projects.end() ? *open : projects.front()).id;
}

// The offer `offer_id` of the principal's organisation; kNotFound otherwise.
core::Result<IdeaOffer> OfferOfOrganisation(StoreTx& tx, const Principal& acting, Id offer_id) {
  std::optional<IdeaOffer> offer = tx.Spread().FindOffer(offer_id);
  if (!offer || offer->organisation_id != acting.user.organisation_id) {
    return core::Fail(core::Error::NotFoundObject());
  }
  return *offer;
}

// Records the answer `status` to the open `offer` and audits it.
core::Result<IdeaOffer> Answer(StoreTx& tx, const Principal& acting, const Actor& actor,
                               std::int64_t now, IdeaOffer offer, OfferStatus status,
                               std::optional<Id> taken_idea_id) {
  const IdeaOffer before = offer;
  offer.status = status;
  offer.answered_by = acting.user.email;
  offer.answered_at = now;
  offer.taken_idea_id = taken_idea_id;
  if (!tx.Spread().MarkAnswered(offer)) return core::Fail(OfferAnswered(before));
  RecordAudit(tx, actor, now, "update", "idea_offer", offer.id, AuditJson(before), AuditJson(offer),
              offer.organisation_id);
  return offer;
}

}  // namespace

core::Error OfferAnswered(const IdeaOffer& offer) {
  const bool declined = offer.status == OfferStatus::kDeclined;
  return core::Error{core::ErrorCode::kConflict,
                     declined ? "the offer has been declined" : "the offer has been taken", "",
                     declined ? "error.spread.already_declined" : "error.spread.already_taken"};
}

std::vector<TeamOffer> OpenOffersTo(StoreTx& tx, Id team_id) {
  return WithIdeas(tx, tx.Spread().ListOpenOffersTo(team_id));
}

std::vector<TeamOffer> OpenPackageOffers(StoreTx& tx, Id programme_id) {
  return WithIdeas(tx, tx.Spread().ListOpenPackageOffers(programme_id));
}

std::vector<OfferAwaiting> OffersAwaiting(StoreTx& tx, const Principal& acting,
                                          const std::vector<TeamDetails>& visible) {
  // One query for the organisation's open offers; the teams and programmes without one cost
  // nothing more (this runs on every start page).
  std::map<Id, std::vector<IdeaOffer>> to_team, to_package;
  for (IdeaOffer& o : tx.Spread().ListOpenOffersToOrganisation(acting.user.organisation_id)) {
    if (o.team_id) {
      to_team[*o.team_id].push_back(std::move(o));
    } else if (o.programme_id) {
      to_package[*o.programme_id].push_back(std::move(o));
    }
  }
  std::vector<OfferAwaiting> out;
  for (const TeamDetails& t : visible) {
    auto offers = to_team.find(t.team.id);
    if (offers == to_team.end() || !May(&acting, Action::kChange, TeamResource(tx, t.team))) {
      continue;
    }
    std::optional<Id> project = TakingProject(tx, t.team.id);
    if (!project) continue;
    for (TeamOffer& offer : WithIdeas(tx, std::move(offers->second))) {
      out.push_back({std::move(offer), t.team.name, project});
    }
  }
  if (to_package.empty()) return out;
  for (const Programme& p : tx.Programmes().List(acting.user.organisation_id)) {
    auto offers = to_package.find(p.id);
    if (offers == to_package.end() || p.closed ||
        !May(&acting, Action::kChange, ProgrammeResource(p))) {
      continue;
    }
    for (TeamOffer& offer : WithIdeas(tx, std::move(offers->second))) {
      out.push_back({std::move(offer), p.name, std::nullopt});
    }
  }
  return out;
}

core::Result<Id> AcceptPackageOffer(Store& store, const core::Clock& clock, const Principal& acting,
                                    const Actor& actor, Id offer_id) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<Id> {
    auto offer = OfferOfOrganisation(tx, acting, offer_id);
    if (!offer) return core::Fail(offer.error());
    // An offer to a team is not one the change package can accept.
    if (!offer->programme_id) return core::Fail(core::Error::NotFoundObject());
    auto programme = ProgrammeToChange(tx, acting, *offer->programme_id);
    if (!programme) return core::Fail(programme.error());
    if (offer->status != OfferStatus::kOpen) return core::Fail(OfferAnswered(*offer));
    std::optional<ChangeIdea> origin = tx.Pdsa().FindIdea(offer->idea_id);
    if (!origin) return core::Fail(core::Error::NotFoundObject());
    ChangeIdea idea;
    idea.organisation_id = programme->organisation_id;
    idea.programme_id = programme->id;
    idea.origin_idea_id = origin->id;
    idea.title = origin->title;
    idea.description = origin->description;
    idea.updated_by = acting.user.email;
    idea.id = tx.Pdsa().CreateIdea(idea, now);
    RecordAudit(tx, actor, now, "create", "change_idea", idea.id, "",
                AuditJson({{"programme_id", std::to_string(programme->id)},
                           {"origin_idea_id", std::to_string(origin->id)}},
                          idea),
                idea.organisation_id);
    auto answered = Answer(tx, acting, actor, now, *offer, OfferStatus::kTaken, idea.id);
    if (!answered) return core::Fail(answered.error());
    return idea.id;
  });
}

core::Result<IdeaOffer> DeclineOffer(Store& store, const core::Clock& clock,
                                     const Principal& acting, const Actor& actor, Id offer_id) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<IdeaOffer> {
    auto offer = OfferOfOrganisation(tx, acting, offer_id);
    if (!offer) return core::Fail(offer.error());
    if (offer->programme_id) {
      auto programme = ProgrammeToChange(tx, acting, *offer->programme_id);
      if (!programme) return core::Fail(programme.error());
    } else {
      std::optional<Team> team = tx.Teams().Find(*offer->team_id);
      // Another team's offer does not exist for those who may not change that team's work.
      if (!team || !May(&acting, Action::kChange, TeamResource(tx, *team))) {
        return core::Fail(core::Error::NotFoundObject());
      }
    }
    if (offer->status != OfferStatus::kOpen) return core::Fail(OfferAnswered(*offer));
    return Answer(tx, acting, actor, now, *offer, OfferStatus::kDeclined, std::nullopt);
  });
}

}  // namespace stegvis::domain
