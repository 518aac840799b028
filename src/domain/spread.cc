// Reading an idea's family: what its teams learned and where it has spread (domain/spread.h).
// Offering and taking an idea: spread_offers.cc.

#include "domain/spread.h"

#include <algorithm>
#include <map>
#include <set>

#include "domain/programmes.h"
#include "domain/projects.h"
#include "domain/resources.h"
#include "domain/spread_internal.h"

namespace stegvis::domain {
namespace {

// The family's first idea: follows origin links up (a cycle in stored data stops).
ChangeIdea RootOf(StoreTx& tx, ChangeIdea idea) {
  std::set<Id> seen{idea.id};
  while (idea.origin_idea_id && !seen.count(*idea.origin_idea_id)) {
    std::optional<ChangeIdea> origin = tx.Pdsa().FindIdea(*idea.origin_idea_id);
    if (!origin) break;
    seen.insert(origin->id);
    idea = std::move(*origin);
  }
  return idea;
}

// The root and every copy below it, breadth first (so the origin comes first).
std::vector<ChangeIdea> FamilyOf(StoreTx& tx, const ChangeIdea& idea) {
  std::vector<ChangeIdea> family{RootOf(tx, idea)};
  std::set<Id> seen{family.front().id};
  for (std::size_t i = 0; i < family.size(); ++i) {
    for (ChangeIdea& copy : tx.Spread().ListCopies(family[i].id)) {
      if (seen.insert(copy.id).second) family.push_back(std::move(copy));
    }
  }
  return family;
}

// Counts the cycles of `row.idea_id` (of one team, when `team_id` is given) and takes the
// decision of the latest finished one.
void Tally(SpreadRow& row, const std::vector<IdeaCycle>& cycles, std::optional<Id> team_id) {
  std::int64_t latest = -1;
  for (const IdeaCycle& c : cycles) {
    if (c.cycle.change_idea_id != row.idea_id || (team_id && c.team_id != *team_id)) continue;
    ++row.cycles;
    if (c.cycle.phase == PdsaPhase::kDone && c.cycle.done_at > latest) {
      latest = c.cycle.done_at;
      row.decision = c.cycle.content.decision;
    }
  }
}

SpreadRow RowOf(StoreTx& tx, const Principal& acting, const ChangeIdea& idea, bool origin,
                const std::vector<IdeaCycle>& cycles) {
  SpreadRow row;
  row.idea_id = idea.id;
  row.origin = origin;
  if (std::optional<Project> project = tx.Projects().Find(*idea.project_id)) {
    if (std::optional<Team> team = tx.Teams().Find(project->team_id)) {
      row.team = DescribeTeam(tx, acting, *team);
    }
  }
  Tally(row, cycles, std::nullopt);
  return row;
}

// A change package's idea is tested by the programme's teams themselves: a row for each team
// with a cycle on it, in the cycles' order (by team name).
std::vector<SpreadRow> PackageRows(StoreTx& tx, const Principal& acting, const ChangeIdea& idea,
                                   const std::vector<IdeaCycle>& cycles) {
  std::vector<SpreadRow> out;
  std::set<Id> seen;
  for (const IdeaCycle& c : cycles) {
    if (c.cycle.change_idea_id != idea.id || !seen.insert(c.team_id).second) continue;
    std::optional<Team> team = tx.Teams().Find(c.team_id);
    if (!team) continue;
    SpreadRow row;
    row.idea_id = idea.id;
    row.package = true;
    row.team = DescribeTeam(tx, acting, *team);
    Tally(row, cycles, c.team_id);
    out.push_back(std::move(row));
  }
  return out;
}

void SortCycles(std::vector<IdeaCycle>& cycles) {
  std::stable_sort(cycles.begin(), cycles.end(), [](const IdeaCycle& a, const IdeaCycle& b) {
    return std::tie(a.team_name, a.organisation_name, a.team_id, a.cycle.number, a.cycle.id) <
           std::tie(b.team_name, b.organisation_name, b.team_id, b.cycle.number, b.cycle.id);
  });
}

}  // namespace

SpreadTeam DescribeTeam(StoreTx& tx, const Principal& acting, const Team& team) {
  SpreadTeam out;
  out.team_id = team.id;
  out.team_name = team.name;
  if (std::optional<Organisation> o = tx.Units().FindOrganisation(team.organisation_id)) {
    out.organisation_name = o->name;
  }
  if (team.organisation_id != acting.user.organisation_id) return out;
  std::vector<Id> ancestry = tx.Units().Ancestry(team.unit_id);
  for (auto it = ancestry.rbegin(); it != ancestry.rend(); ++it) {
    if (std::optional<Unit> unit = tx.Units().Find(*it)) out.unit_path.push_back(unit->name);
  }
  return out;
}

bool IsAdoptedIdea(StoreTx& tx, Id idea_id) {
  std::vector<PdsaCycle> cycles = tx.Pdsa().ListIdeaCycles(idea_id);
  return std::any_of(cycles.begin(), cycles.end(), [](const PdsaCycle& c) {
    return c.phase == PdsaPhase::kDone && c.content.decision == PdsaDecision::kAdopt;
  });
}

core::Result<IdeaLearnings> LoadIdeaLearnings(Store& store, const Principal& acting, Id idea_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<IdeaLearnings> {
    auto details = LoadChangeIdea(tx, acting, idea_id);
    if (!details) return core::Fail(details.error());
    IdeaLearnings out;
    out.details = std::move(*details);
    const ChangeIdea& idea = out.details.idea;
    // A change package's idea is shared by its programme already; it has a family only when it
    // was accepted from a team's offer.
    std::vector<ChangeIdea> family =
        idea.project_id || idea.origin_idea_id ? FamilyOf(tx, idea) : std::vector<ChangeIdea>{idea};
    for (const ChangeIdea& member : family) {
      std::vector<IdeaCycle> cycles =
          member.id == idea.id ? out.details.cycles : IdeaCyclesOf(tx, acting, member.id);
      for (IdeaCycle& c : cycles) out.cycles.push_back(std::move(c));
    }
    SortCycles(out.cycles);
    for (const ChangeIdea& member : family) {
      if (!member.project_id) {
        for (SpreadRow& row : PackageRows(tx, acting, member, out.cycles)) {
          out.spread.push_back(std::move(row));
        }
        continue;
      }
      out.spread.push_back(RowOf(tx, acting, member, member.id == family.front().id, out.cycles));
    }
    out.adopted = IsAdoptedIdea(tx, idea.id);
    out.may_offer = idea.project_id && out.details.may_start_cycle;
    if (out.may_offer) {
      out.offers = OffersOf(tx, acting, idea.id);
      if (out.adopted) {
        out.targets = OfferTargets(tx, acting, idea, out.offers);
        out.package_target = PackageTargetOf(tx, idea, out.offers);
      }
    }
    return out;
  });
}

}  // namespace stegvis::domain
