#include "domain/what_needs_me.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "domain/due_work.h"
#include "domain/monthly_report.h"
#include "domain/programme_invitations.h"
#include "domain/project.h"
#include "domain/resources.h"
#include "domain/spread.h"

namespace stegvis::domain {
namespace {

// The teams of `visible` where `acting` holds a role given for that very team.
std::vector<const TeamDetails*> OwnTeams(const Principal& acting,
                                         const std::vector<TeamDetails>& visible) {
  std::set<Id> scoped;
  for (const Membership& m : acting.memberships) {
    if (m.scope_kind == ScopeKind::kTeam) scoped.insert(m.scope_id);
  }
  std::vector<const TeamDetails*> own;
  for (const TeamDetails& t : visible) {
    if (scoped.contains(t.team.id)) own.push_back(&t);
  }
  return own;
}

void AddProjectWork(StoreTx& tx, const Project& project, core::Date today, WhatNeedsMe& out) {
  if (project.status == ProjectStatus::kClosed) return;
  for (const PdsaCycle& c : tx.Pdsa().ListProjectCycles(project.id)) {
    if (c.phase == PdsaPhase::kDone) continue;
    out.open_cycles.push_back(
        {c.id, project.id, c.content.title, project.title, c.phase, c.content.end_date});
  }
  if (project.status != ProjectStatus::kActive && project.status != ProjectStatus::kSustaining) {
    return;
  }
  for (const Measure& m : tx.Measures().ListOfProject(project.id)) {
    if (std::optional<std::string> last = MissingLastPeriod(tx, m, today)) {
      out.measures_due.push_back({m.id, project.id, m.name, project.title, *last});
    }
  }
}

void AddNextSession(StoreTx& tx, Id programme_id, const std::string& today, WhatNeedsMe& out) {
  std::optional<Programme> programme = tx.Programmes().Find(programme_id);
  if (!programme || programme->closed) return;
  for (const ProgrammeEvent& e : tx.Programmes().ListEvents(programme_id)) {
    if (e.kind != ProgrammeEventKind::kLearningSession || e.starts_on < today) continue;
    if (!out.next_session || e.starts_on < out.next_session->starts_on) {
      out.next_session = NextLearningSession{programme->id, programme->name, e.title, e.starts_on};
    }
  }
}

void AddReportsDue(StoreTx& tx, const Project& project, core::Date today, WhatNeedsMe& out) {
  for (const std::string& month : ReportMonthsDue(tx, project, today)) {
    out.reports_due.push_back(
        {project.id, project.title, month, ReportDeadline(*ParseReportMonth(month)).ToString()});
  }
}

// Sorts by planned end (undated last), then project and cycle, and keeps kNeedsListLimit.
void OrderAndBound(WhatNeedsMe& out) {
  std::sort(out.open_cycles.begin(), out.open_cycles.end(),
            [](const OpenCycle& a, const OpenCycle& b) {
              return std::tuple(a.end_date.empty(), a.end_date, a.project_id, a.cycle_id) <
                     std::tuple(b.end_date.empty(), b.end_date, b.project_id, b.cycle_id);
            });
  out.open_cycles_total = out.open_cycles.size();
  if (out.open_cycles.size() > kNeedsListLimit) out.open_cycles.resize(kNeedsListLimit);
  std::stable_sort(out.reports_due.begin(), out.reports_due.end(),
                   [](const ReportDue& a, const ReportDue& b) { return a.deadline < b.deadline; });
  out.measures_due_total = out.measures_due.size();
  if (out.measures_due.size() > kNeedsListLimit) out.measures_due.resize(kNeedsListLimit);
}

// Whether any team of the organisation has a project (stops at the first).
bool AnyProject(StoreTx& tx, const std::vector<Team>& teams) {
  return std::any_of(teams.begin(), teams.end(),
                     [&](const Team& t) { return !tx.Projects().List(t.id).empty(); });
}

std::vector<SetupProgress> SetupSteps(StoreTx& tx, const Principal& acting) {
  const Id organisation = acting.user.organisation_id;
  if (!May(&acting, Action::kAdminister,
           OrganisationResource(ResourceKind::kOrganisation, organisation))) {
    return {};
  }
  const std::vector<Team> teams = tx.Teams().List(organisation);
  std::vector<SetupProgress> steps = {
      {SetupStep::kUnits, !tx.Units().List(organisation).empty()},
      {SetupStep::kTeams, !teams.empty()},
      {SetupStep::kPeople, tx.Users().List(organisation).size() > 1},
      {SetupStep::kWork, !tx.Programmes().List(organisation).empty() || AnyProject(tx, teams)}};
  const bool all_done =
      std::all_of(steps.begin(), steps.end(), [](const SetupProgress& s) { return s.done; });
  return all_done ? std::vector<SetupProgress>{} : steps;
}

std::size_t PendingInvitations(StoreTx& tx, const Principal& acting) {
  std::size_t n = 0;
  for (const ProgrammeInvitation& i :
       tx.Invitations().ListOfOrganisation(acting.user.organisation_id)) {
    if (i.status != InvitationStatus::kPending) continue;
    std::optional<Team> team = tx.Teams().Find(i.team_id);
    if (team && AnswersForTeam(tx, acting, *team)) ++n;
  }
  return n;
}

}  // namespace

WhatNeedsMe LoadWhatNeedsMe(StoreTx& tx, const Principal& acting,
                            const std::vector<TeamDetails>& visible, core::Date today) {
  WhatNeedsMe out;
  const std::string today_text = today.ToString();
  std::set<Id> programmes;
  for (const TeamDetails* team : OwnTeams(acting, visible)) {
    for (const Project& project : tx.Projects().List(team->team.id)) {
      AddProjectWork(tx, project, today, out);
      AddReportsDue(tx, project, today, out);
    }
    for (Id programme : tx.Programmes().ListOfTeam(team->team.id)) programmes.insert(programme);
  }
  for (Id programme : programmes) AddNextSession(tx, programme, today_text, out);
  OrderAndBound(out);
  out.setup = SetupSteps(tx, acting);
  out.pending_invitations = PendingInvitations(tx, acting);
  out.offers = OffersAwaiting(tx, acting, visible);
  out.offers_total = out.offers.size();
  if (out.offers.size() > kNeedsListLimit) out.offers.resize(kNeedsListLimit);
  out.sustain = LoadSustainNeeds(tx, acting, visible, today);
  out.scope = LoadScopeNeeds(tx, acting, visible, today);
  return out;
}

}  // namespace stegvis::domain
