// Offering an adopted change idea to another team or a change package, and taking an offer by
// starting a cycle on a copy of the idea (domain/spread.h). Accepting and declining:
// spread_answers.cc.

#include <algorithm>
#include <set>

#include "core/collate.h"
#include "domain/audit_json.h"
#include "domain/programme_setup.h"
#include "domain/projects.h"
#include "domain/spread.h"
#include "domain/spread_internal.h"

namespace stegvis::domain {
namespace {

core::Error NotOwnIdea() {
  return core::Error::Invalid("only a team's own idea is offered", "change_idea_id",
                              "error.spread.not_own_idea");
}

core::Error NotAdopted() {
  return core::Error::Invalid("no finished cycle adopted the idea", "change_idea_id",
                              "error.spread.not_adopted");
}

core::Error AlreadyOffered(const char* field) {
  return core::Error{core::ErrorCode::kConflict, "the receiver has had the offer", field,
                     "error.spread.already_offered"};
}

// The idea's project and team if the principal may offer it: NotFound / Forbidden as
// LoadChangeIdea and CheckedProject, kInvalidInput for a package idea or an unadopted one.
core::Result<std::pair<ChangeIdea, Team>> IdeaToOffer(StoreTx& tx, const Principal& acting,
                                                      Id idea_id) {
  std::optional<ChangeIdea> idea = tx.Pdsa().FindIdea(idea_id);
  if (!idea || idea->organisation_id != acting.user.organisation_id) {
    // A package idea of another host is as unknown as any other organisation's object.
    return core::Fail(core::Error::NotFoundObject());
  }
  if (!idea->project_id) {
    auto readable = LoadChangeIdea(tx, acting, idea_id);
    if (!readable) return core::Fail(readable.error());
    return core::Fail(NotOwnIdea());
  }
  auto checked = CheckedProject(tx, acting, *idea->project_id, Action::kChange);
  if (!checked) return core::Fail(checked.error());
  if (!IsAdoptedIdea(tx, idea_id)) return core::Fail(NotAdopted());
  return std::make_pair(std::move(*idea), std::move(checked->second));
}

}  // namespace

std::vector<OfferRow> OffersOf(StoreTx& tx, const Principal& acting, Id idea_id) {
  std::vector<OfferRow> out;
  for (IdeaOffer& offer : tx.Spread().ListOffersOfIdea(idea_id)) {
    OfferRow row;
    if (std::optional<Team> team = offer.team_id ? tx.Teams().Find(*offer.team_id) : std::nullopt) {
      row.team = DescribeTeam(tx, acting, *team);
    } else if (std::optional<Programme> p =
                   offer.programme_id ? tx.Programmes().Find(*offer.programme_id) : std::nullopt) {
      row.programme_name = p->name;
    }
    row.offer = std::move(offer);
    out.push_back(std::move(row));
  }
  return out;
}

bool HasLiveOffer(const std::vector<OfferRow>& offers, const IdeaOffer& receiver) {
  return std::any_of(offers.begin(), offers.end(), [&](const OfferRow& o) {
    return o.offer.status != OfferStatus::kDeclined && o.offer.team_id == receiver.team_id &&
           o.offer.programme_id == receiver.programme_id;
  });
}

std::optional<PackageTarget> PackageTargetOf(StoreTx& tx, const ChangeIdea& idea,
                                             const std::vector<OfferRow>& offers) {
  std::optional<Project> project = tx.Projects().Find(*idea.project_id);
  if (!project || !project->programme_id) return std::nullopt;
  std::optional<Programme> programme = tx.Programmes().Find(*project->programme_id);
  IdeaOffer receiver;
  receiver.programme_id = project->programme_id;
  if (!programme || programme->closed || HasLiveOffer(offers, receiver)) return std::nullopt;
  return PackageTarget{programme->id, programme->name};
}

std::vector<SpreadTeam> OfferTargets(StoreTx& tx, const Principal& acting, const ChangeIdea& idea,
                                     const std::vector<OfferRow>& offers) {
  std::optional<Project> project = tx.Projects().Find(*idea.project_id);
  if (!project) return {};
  std::set<Id> left_out{project->team_id};
  for (const OfferRow& o : offers) {
    if (o.offer.team_id && o.offer.status != OfferStatus::kDeclined)
      left_out.insert(*o.offer.team_id);
  }
  std::vector<Team> teams = tx.Teams().List(idea.organisation_id);
  if (project->programme_id) {
    for (Id id : tx.Programmes().ListTeams(*project->programme_id)) {
      std::optional<Team> team = tx.Teams().Find(id);
      if (team && team->organisation_id != idea.organisation_id) teams.push_back(*team);
    }
  }
  std::vector<SpreadTeam> out;
  for (const Team& team : teams) {
    // A team without a project has nowhere to take the idea.
    if (left_out.insert(team.id).second && !tx.Projects().List(team.id).empty()) {
      out.push_back(DescribeTeam(tx, acting, team));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const SpreadTeam& a, const SpreadTeam& b) {
    return core::CompareSwedish(a.team_name, b.team_name) < 0;
  });
  return out;
}

core::Result<IdeaOffer> OfferIdea(Store& store, const core::Clock& clock, const Principal& acting,
                                  const Actor& actor, Id idea_id, Id team_id) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<IdeaOffer> {
    auto checked = IdeaToOffer(tx, acting, idea_id);
    if (!checked) return core::Fail(checked.error());
    const std::vector<OfferRow> offers = OffersOf(tx, acting, idea_id);
    IdeaOffer offer;
    offer.team_id = team_id;
    if (HasLiveOffer(offers, offer)) return core::Fail(AlreadyOffered("team_id"));
    const std::vector<SpreadTeam> targets = OfferTargets(tx, acting, checked->first, offers);
    if (std::none_of(targets.begin(), targets.end(),
                     [&](const SpreadTeam& t) { return t.team_id == team_id; })) {
      return core::Fail(core::Error::Invalid("not a team the idea may be offered to", "team_id",
                                             "error.spread.unknown_team"));
    }
    offer.idea_id = idea_id;
    offer.organisation_id = tx.Teams().Find(team_id)->organisation_id;
    offer.offered_by = acting.user.email;
    offer.offered_at = now;
    offer.id = tx.Spread().CreateOffer(offer);
    RecordAudit(tx, actor, now, "create", "idea_offer", offer.id, "", AuditJson(offer),
                checked->first.organisation_id);
    return offer;
  });
}

core::Result<IdeaOffer> OfferIdeaToPackage(Store& store, const core::Clock& clock,
                                           const Principal& acting, const Actor& actor, Id idea_id,
                                           Id programme_id) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<IdeaOffer> {
    auto checked = IdeaToOffer(tx, acting, idea_id);
    if (!checked) return core::Fail(checked.error());
    std::optional<Project> project = tx.Projects().Find(*checked->first.project_id);
    std::optional<Programme> programme = tx.Programmes().Find(programme_id);
    if (!project || project->programme_id != programme_id || !programme) {
      return core::Fail(core::Error::Invalid("not the programme of the idea's project",
                                             "programme_id", "error.spread.unknown_programme"));
    }
    if (programme->closed) return core::Fail(ProgrammeClosed());
    IdeaOffer offer;
    offer.programme_id = programme_id;
    if (HasLiveOffer(OffersOf(tx, acting, idea_id), offer)) {
      return core::Fail(AlreadyOffered("programme_id"));
    }
    offer.idea_id = idea_id;
    offer.organisation_id = programme->organisation_id;
    offer.offered_by = acting.user.email;
    offer.offered_at = now;
    offer.id = tx.Spread().CreateOffer(offer);
    RecordAudit(tx, actor, now, "create", "idea_offer", offer.id, "", AuditJson(offer),
                checked->first.organisation_id);
    return offer;
  });
}

core::Result<Id> StartCycleOnOffer(Store& store, const core::Clock& clock, const Principal& acting,
                                   const Actor& actor, Id offer_id, Id project_id) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<Id> {
    std::optional<IdeaOffer> offer = tx.Spread().FindOffer(offer_id);
    if (!offer || offer->organisation_id != acting.user.organisation_id) {
      return core::Fail(core::Error::NotFoundObject());
    }
    auto checked = CheckedProject(tx, acting, project_id, Action::kChange);
    if (!checked) return core::Fail(checked.error());
    // An offer to another team or to a change package does not exist for this project's team.
    if (offer->team_id != checked->second.id) return core::Fail(core::Error::NotFoundObject());
    if (offer->status != OfferStatus::kOpen) return core::Fail(OfferAnswered(*offer));
    std::optional<ChangeIdea> origin = tx.Pdsa().FindIdea(offer->idea_id);
    if (!origin) return core::Fail(core::Error::NotFoundObject());
    ChangeIdea copy;
    copy.organisation_id = checked->first.organisation_id;
    copy.project_id = project_id;
    copy.origin_idea_id = origin->id;
    copy.title = origin->title;
    copy.description = origin->description;
    copy.updated_by = acting.user.email;
    copy.id = tx.Pdsa().CreateIdea(copy, now);
    RecordAudit(tx, actor, now, "create", "change_idea", copy.id, "",
                AuditJson({{"project_id", std::to_string(project_id)},
                           {"origin_idea_id", std::to_string(origin->id)}},
                          copy),
                copy.organisation_id);
    PdsaCycle cycle;
    cycle.organisation_id = copy.organisation_id;
    cycle.project_id = project_id;
    cycle.change_idea_id = copy.id;
    cycle.content.title = copy.title;
    cycle.created_at = cycle.updated_at = now;
    cycle.updated_by = acting.user.email;
    cycle.id = tx.Pdsa().CreateCycle(cycle);
    RecordAudit(tx, actor, now, "create", "pdsa_cycle", cycle.id, "", AuditJson(cycle),
                cycle.organisation_id);
    const IdeaOffer before = *offer;
    offer->status = OfferStatus::kTaken;
    offer->answered_by = acting.user.email;
    offer->answered_at = now;
    offer->taken_idea_id = copy.id;
    if (!tx.Spread().MarkAnswered(*offer)) return core::Fail(OfferAnswered(before));
    RecordAudit(tx, actor, now, "update", "idea_offer", offer->id, AuditJson(before),
                AuditJson(*offer), offer->organisation_id);
    return cycle.id;
  });
}

}  // namespace stegvis::domain
