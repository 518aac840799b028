// Offering an adopted change idea to another team, and taking an offer by starting a cycle on
// a copy of the idea (domain/spread.h).

#include <algorithm>
#include <set>

#include "core/collate.h"
#include "domain/audit_json.h"
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

core::Error AlreadyTaken() {
  return core::Error{core::ErrorCode::kConflict, "the offer has been taken", "",
                     "error.spread.already_taken"};
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
    if (std::optional<Team> team = tx.Teams().Find(offer.team_id)) {
      row.team = DescribeTeam(tx, acting, *team);
    }
    row.offer = std::move(offer);
    out.push_back(std::move(row));
  }
  return out;
}

std::vector<SpreadTeam> OfferTargets(StoreTx& tx, const Principal& acting, const ChangeIdea& idea,
                                     const std::vector<OfferRow>& offers) {
  std::optional<Project> project = tx.Projects().Find(*idea.project_id);
  if (!project) return {};
  std::set<Id> left_out{project->team_id};
  for (const OfferRow& o : offers) left_out.insert(o.offer.team_id);
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
    if (std::any_of(offers.begin(), offers.end(),
                    [&](const OfferRow& o) { return o.offer.team_id == team_id; })) {
      return core::Fail(core::Error{core::ErrorCode::kConflict, "the team has had the offer",
                                    "team_id", "error.spread.already_offered"});
    }
    const std::vector<SpreadTeam> targets = OfferTargets(tx, acting, checked->first, offers);
    if (std::none_of(targets.begin(), targets.end(),
                     [&](const SpreadTeam& t) { return t.team_id == team_id; })) {
      return core::Fail(core::Error::Invalid("not a team the idea may be offered to", "team_id",
                                             "error.spread.unknown_team"));
    }
    IdeaOffer offer;
    offer.idea_id = idea_id;
    offer.team_id = team_id;
    offer.organisation_id = tx.Teams().Find(team_id)->organisation_id;
    offer.offered_by = acting.user.email;
    offer.offered_at = now;
    offer.id = tx.Spread().CreateOffer(offer);
    RecordAudit(tx, actor, now, "create", "idea_offer", offer.id, "", AuditJson(offer),
                checked->first.organisation_id);
    return offer;
  });
}

std::vector<TeamOffer> OpenOffersTo(StoreTx& tx, Id team_id) {
  std::vector<TeamOffer> out;
  for (IdeaOffer& offer : tx.Spread().ListOpenOffersTo(team_id)) {
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
    // An offer to another team does not exist for this project's team.
    if (checked->second.id != offer->team_id) return core::Fail(core::Error::NotFoundObject());
    if (offer->status != OfferStatus::kOpen) return core::Fail(AlreadyTaken());
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
    offer->taken_by = acting.user.email;
    offer->taken_at = now;
    offer->taken_idea_id = copy.id;
    if (!tx.Spread().MarkTaken(*offer)) return core::Fail(AlreadyTaken());
    RecordAudit(tx, actor, now, "update", "idea_offer", offer->id, AuditJson(before),
                AuditJson(*offer), offer->organisation_id);
    return cycle.id;
  });
}

}  // namespace stegvis::domain
