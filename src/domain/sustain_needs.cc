#include "domain/sustain_needs.h"

#include <algorithm>

#include "domain/resources.h"
#include "domain/sustain_plans.h"

namespace stegvis::domain {
namespace {

bool HoldsTeamRole(const Principal& acting, Id team_id) {
  return std::any_of(acting.memberships.begin(), acting.memberships.end(),
                     [&](const Membership& m) {
                       return m.scope_kind == ScopeKind::kTeam && m.scope_id == team_id;
                     });
}

void AddPlanNeeds(StoreTx& tx, const Project& project, const SustainPlan& plan, bool team_side,
                  bool chef, Id user_id, const std::string& today, SustainNeeds& out) {
  if (team_side || chef) {
    for (SustainAlert& a : LoadSustainAlerts(tx, project, plan)) out.alerts.push_back(a);
  }
  for (const SustainReview& r : plan.reviews) {  // by date
    if (r.done_at != 0) continue;
    if (plan.owner_user_id == user_id) {
      out.next_reviews.push_back({project.id, project.title, r.due_on});
      break;
    }
  }
  if (!chef) return;
  for (const SustainReview& r : plan.reviews) {
    if (r.done_at == 0 && r.due_on < today) {
      out.missed_reviews.push_back({project.id, project.title, r.due_on});
    }
  }
}

}  // namespace

bool IsChefOfTeam(StoreTx& tx, const Principal& acting, const Team& team) {
  std::vector<Id> path;
  bool path_read = false;
  for (const Membership& m : acting.memberships) {
    if (m.role != Role::kChef) continue;
    if (m.scope_kind == ScopeKind::kOrganisation && m.scope_id == team.organisation_id) {
      return true;
    }
    if (m.scope_kind != ScopeKind::kUnit) continue;
    if (!path_read) {
      path = UnitPath(tx, team.unit_id);
      path_read = true;
    }
    if (std::find(path.begin(), path.end(), m.scope_id) != path.end()) return true;
  }
  return false;
}

SustainNeeds LoadSustainNeeds(StoreTx& tx, const Principal& acting,
                              const std::vector<TeamDetails>& visible, core::Date today) {
  SustainNeeds out;
  const std::string today_text = today.ToString();
  for (const TeamDetails& t : visible) {
    const bool team_side = HoldsTeamRole(acting, t.team.id);
    const bool chef = IsChefOfTeam(tx, acting, t.team);
    for (const Project& project : tx.Projects().List(t.team.id)) {
      if (project.status != ProjectStatus::kSustaining) continue;
      std::optional<SustainPlan> plan = tx.SustainPlans().FindOfProject(project.id);
      if (!plan) continue;
      AddPlanNeeds(tx, project, *plan, team_side, chef, acting.user.id, today_text, out);
    }
  }
  return out;
}

}  // namespace stegvis::domain
