#include "domain/pdsa_cycles.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "domain/change_idea_edits.h"
#include "domain/comments.h"
#include "domain/programme_setup.h"
#include "domain/programmes.h"
#include "domain/projects.h"
#include "domain/resources.h"
#include "domain/spread.h"

namespace stegvis::domain {
namespace {

// The ideas `project` may test: its own, then its programme's change package.
std::vector<ChangeIdea> IdeasFor(StoreTx& tx, const Project& project) {
  std::vector<ChangeIdea> ideas = tx.Pdsa().ListProjectIdeas(project.id);
  if (project.programme_id) {
    for (ChangeIdea& idea : tx.Pdsa().ListProgrammeIdeas(*project.programme_id)) {
      ideas.push_back(std::move(idea));
    }
  }
  return ideas;
}

core::Result<void> CheckIdeaAndMeasures(StoreTx& tx, const Project& project, Id change_idea_id,
                                        const PdsaContent& content) {
  std::vector<ChangeIdea> ideas = IdeasFor(tx, project);
  if (std::none_of(ideas.begin(), ideas.end(),
                   [&](const ChangeIdea& i) { return i.id == change_idea_id; })) {
    return core::Fail(core::Error::Invalid("not a change idea this project may test",
                                           "change_idea_id", "error.pdsa.unknown_idea"));
  }
  for (Id measure_id : content.measure_ids) {
    std::optional<Measure> m = tx.Measures().Find(measure_id);
    if (!m || m->project_id != project.id) {
      return core::Fail(core::Error::Invalid("not a measure of this project", "measure_ids",
                                             "error.pdsa.unknown_measure"));
    }
  }
  return {};
}

// A retired idea takes no new cycles (change_idea_edits.h).
core::Result<void> CheckNotRetired(StoreTx& tx, Id change_idea_id) {
  std::optional<ChangeIdea> idea = tx.Pdsa().FindIdea(change_idea_id);
  if (idea && idea->retired) {
    return core::Fail(core::Error::Invalid("the change idea is retired", "change_idea_id",
                                           "error.pdsa.idea_retired"));
  }
  return {};
}

// The cycle with its project and team if the principal may do `action` to the team's work.
core::Result<std::pair<PdsaCycle, std::pair<Project, Team>>> CheckedCycle(StoreTx& tx,
                                                                          const Principal& acting,
                                                                          Id cycle_id,
                                                                          Action action) {
  std::optional<PdsaCycle> cycle = tx.Pdsa().FindCycle(cycle_id);
  if (!cycle || cycle->organisation_id != acting.user.organisation_id) {
    return core::Fail(core::Error::NotFoundObject());
  }
  auto project = CheckedProject(tx, acting, cycle->project_id, action);
  if (!project) return core::Fail(project.error());
  return std::make_pair(std::move(*cycle), std::move(*project));
}

PdsaContent Normalised(PdsaContent content) {
  std::sort(content.measure_ids.begin(), content.measure_ids.end());
  content.measure_ids.erase(std::unique(content.measure_ids.begin(), content.measure_ids.end()),
                            content.measure_ids.end());
  return content;
}

}  // namespace

core::Result<ProjectCycles> LoadProjectCycles(StoreTx& tx, const Principal& acting, Id project_id) {
  auto checked = CheckedProject(tx, acting, project_id, Action::kView);
  if (!checked) return core::Fail(checked.error());
  ProjectCycles out;
  out.project = checked->first;
  out.team = checked->second;
  if (out.project.programme_id) out.programme = tx.Programmes().Find(*out.project.programme_id);
  out.cycles = tx.Pdsa().ListProjectCycles(project_id);
  out.ideas = IdeasFor(tx, out.project);
  out.measures = tx.Measures().ListOfProject(project_id);
  out.offers = OpenOffersTo(tx, out.team.id);
  out.may_change = May(&acting, Action::kChange, TeamResource(tx, out.team));
  return out;
}

core::Result<ProjectCycles> LoadProjectCycles(Store& store, const Principal& acting,
                                              Id project_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<ProjectCycles> {
    return LoadProjectCycles(tx, acting, project_id);
  });
}

core::Result<Id> AddChangeIdea(Store& store, const core::Clock& clock, const Principal& acting,
                               const Actor& actor, Id project_id, const std::string& title,
                               const std::string& description) {
  if (auto ok = ValidateChangeIdea(title, description); !ok) return core::Fail(ok.error());
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<Id> {
    auto checked = CheckedProject(tx, acting, project_id, Action::kChange);
    if (!checked) return core::Fail(checked.error());
    ChangeIdea idea;
    idea.organisation_id = checked->first.organisation_id;
    idea.project_id = project_id;
    idea.title = title;
    idea.description = description;
    idea.updated_by = acting.user.email;
    Id id = tx.Pdsa().CreateIdea(idea, now);
    RecordAudit(tx, actor, now, "create", "change_idea", id, "",
                AuditJson({{"project_id", std::to_string(project_id)}}, idea),
                idea.organisation_id);
    return id;
  });
}

core::Result<Id> AddPackageChangeIdea(Store& store, const core::Clock& clock,
                                      const Principal& acting, const Actor& actor, Id programme_id,
                                      const std::string& title, const std::string& description) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<Id> {
    // Not found, forbidden, or closed (a closed programme's package takes no new ideas).
    auto programme = ProgrammeToChange(tx, acting, programme_id);
    if (!programme) return core::Fail(programme.error());
    if (auto ok = ValidateChangeIdea(title, description); !ok) return core::Fail(ok.error());
    ChangeIdea idea;
    idea.organisation_id = programme->organisation_id;
    idea.programme_id = programme_id;
    idea.title = title;
    idea.description = description;
    idea.updated_by = acting.user.email;
    Id id = tx.Pdsa().CreateIdea(idea, now);
    RecordAudit(tx, actor, now, "create", "change_idea", id, "",
                AuditJson({{"programme_id", std::to_string(programme_id)}}, idea),
                idea.organisation_id);
    return id;
  });
}

core::Result<std::vector<ChangeIdea>> LoadChangePackage(StoreTx& tx, const Principal& acting,
                                                        Id programme_id) {
  std::optional<Programme> programme = tx.Programmes().Find(programme_id);
  if (!programme || !TakesPart(tx, acting.user.organisation_id, *programme)) {
    return core::Fail(core::Error::NotFoundObject());
  }
  return tx.Pdsa().ListProgrammeIdeas(programme_id);
}

core::Result<std::vector<ChangeIdea>> LoadChangePackage(Store& store, const Principal& acting,
                                                        Id programme_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<std::vector<ChangeIdea>> {
    return LoadChangePackage(tx, acting, programme_id);
  });
}

core::Result<Id> AddPdsaCycle(Store& store, const core::Clock& clock, const Principal& acting,
                              const Actor& actor, Id project_id, Id change_idea_id,
                              const PdsaContent& raw) {
  const PdsaContent content = Normalised(raw);
  if (auto ok = ValidatePdsaContent(content, PdsaPhase::kPlan); !ok) {
    return core::Fail(ok.error());
  }
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<Id> {
    auto checked = CheckedProject(tx, acting, project_id, Action::kChange);
    if (!checked) return core::Fail(checked.error());
    if (auto ok = CheckIdeaAndMeasures(tx, checked->first, change_idea_id, content); !ok) {
      return core::Fail(ok.error());
    }
    if (auto ok = CheckNotRetired(tx, change_idea_id); !ok) return core::Fail(ok.error());
    PdsaCycle cycle;
    cycle.organisation_id = checked->first.organisation_id;
    cycle.project_id = project_id;
    cycle.change_idea_id = change_idea_id;
    cycle.content = content;
    cycle.created_at = now;
    cycle.updated_at = now;
    cycle.updated_by = acting.user.email;
    cycle.id = tx.Pdsa().CreateCycle(cycle);
    RecordAudit(tx, actor, now, "create", "pdsa_cycle", cycle.id, "", AuditJson(cycle),
                cycle.organisation_id);
    return cycle.id;
  });
}

core::Result<CycleDetails> LoadPdsaCycle(Store& store, const Principal& acting, Id cycle_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<CycleDetails> {
    auto checked = CheckedCycle(tx, acting, cycle_id, Action::kView);
    if (!checked) return core::Fail(checked.error());
    CycleDetails out;
    out.cycle = std::move(checked->first);
    out.project = checked->second.first;
    out.team = checked->second.second;
    if (auto idea = tx.Pdsa().FindIdea(out.cycle.change_idea_id)) out.idea = *idea;
    out.measures = tx.Measures().ListOfProject(out.project.id);
    if (out.cycle.previous_id) out.previous = tx.Pdsa().FindCycle(*out.cycle.previous_id);
    out.next_id = tx.Pdsa().FindNextCycle(cycle_id);
    out.may_change = May(&acting, Action::kChange, TeamResource(tx, out.team));
    out.comments = CycleComments(tx, acting, out.team, cycle_id);
    return out;
  });
}

core::Result<PdsaCycle> SavePdsaCycle(Store& store, const core::Clock& clock,
                                      const Principal& acting, const Actor& actor, Id cycle_id,
                                      std::int64_t version, const PdsaContent& raw, bool advance) {
  const PdsaContent content = Normalised(raw);
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<PdsaCycle> {
    auto checked = CheckedCycle(tx, acting, cycle_id, Action::kChange);
    if (!checked) return core::Fail(checked.error());
    const PdsaCycle before = checked->first;
    if (before.version != version)
      return core::Fail(ChangedByUser(tx, acting.user.organisation_id, before.updated_by,
                                      before.updated_at, before.version));
    if (auto ok = ValidatePdsaContent(content, before.phase); !ok) return core::Fail(ok.error());
    if (auto ok = CheckIdeaAndMeasures(tx, checked->second.first, before.change_idea_id, content);
        !ok) {
      return core::Fail(ok.error());
    }
    PdsaCycle after = before;
    after.content = content;
    if (advance) {
      if (auto moved = AdvancePdsaCycle(after, now); !moved) return core::Fail(moved.error());
    }
    after.version = before.version + 1;
    after.updated_at = now;
    after.updated_by = acting.user.email;
    tx.Pdsa().UpdateCycle(after);
    RecordAudit(tx, actor, now, "update", "pdsa_cycle", cycle_id, AuditJson(before),
                AuditJson(after), after.organisation_id);
    return after;
  });
}

core::Result<Id> StartNextPdsaCycle(Store& store, const core::Clock& clock, const Principal& acting,
                                    const Actor& actor, Id cycle_id) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<Id> {
    auto checked = CheckedCycle(tx, acting, cycle_id, Action::kChange);
    if (!checked) return core::Fail(checked.error());
    const PdsaCycle& previous = checked->first;
    if (auto ok = CheckMayContinue(previous); !ok) return core::Fail(ok.error());
    if (auto ok = CheckNotRetired(tx, previous.change_idea_id); !ok) return core::Fail(ok.error());
    if (tx.Pdsa().FindNextCycle(cycle_id)) {
      return core::Fail(core::Error{
          core::ErrorCode::kConflict, "the cycle already continues", {}, "error.pdsa.next_exists"});
    }
    PdsaCycle next;
    next.organisation_id = previous.organisation_id;
    next.project_id = previous.project_id;
    next.change_idea_id = previous.change_idea_id;
    next.previous_id = previous.id;
    next.content = ContinuedContent(previous.content);
    next.created_at = now;
    next.updated_at = now;
    next.updated_by = acting.user.email;
    next.id = tx.Pdsa().CreateCycle(next);
    RecordAudit(tx, actor, now, "create", "pdsa_cycle", next.id, "", AuditJson(next),
                next.organisation_id);
    return next.id;
  });
}

bool MayViewChangePackage(StoreTx& tx, const Principal& acting, const Programme& programme) {
  if (May(&acting, Action::kView, ProgrammeResource(programme))) return true;
  for (Id team_id : tx.Programmes().ListTeams(programme.id)) {
    std::optional<Team> team = tx.Teams().Find(team_id);
    if (team && May(&acting, Action::kView, TeamResource(tx, *team))) return true;
  }
  return false;
}

std::vector<IdeaCycle> IdeaCyclesOf(StoreTx& tx, const Principal& acting, Id idea_id) {
  std::vector<IdeaCycle> cycles;
  std::map<Id, std::string> organisations;
  for (const Organisation& o : tx.Units().ListOrganisations()) organisations[o.id] = o.name;
  for (PdsaCycle& cycle : tx.Pdsa().ListIdeaCycles(idea_id)) {
    IdeaCycle row;
    if (std::optional<Project> project = tx.Projects().Find(cycle.project_id)) {
      row.project_title = project->title;
      if (std::optional<Team> team = tx.Teams().Find(project->team_id)) {
        row.team_id = team->id;
        row.team_name = team->name;
        row.organisation_name = organisations[team->organisation_id];
      }
    }
    // As CheckedCycle decides for the cycle's own page.
    row.may_open = cycle.organisation_id == acting.user.organisation_id &&
                   CheckedProject(tx, acting, cycle.project_id, Action::kView).has_value();
    // The project is named only to those who may open it (another organisation's titles
    // may name the people it serves).
    if (!row.may_open) row.project_title.clear();
    row.cycle = std::move(cycle);
    cycles.push_back(std::move(row));
  }
  std::stable_sort(cycles.begin(), cycles.end(), [](const IdeaCycle& a, const IdeaCycle& b) {
    return std::tie(a.team_name, a.organisation_name, a.team_id, a.cycle.number, a.cycle.id) <
           std::tie(b.team_name, b.organisation_name, b.team_id, b.cycle.number, b.cycle.id);
  });
  return cycles;
}

namespace {

// The programme's projects of the teams whose work the principal may change, by team.
std::vector<Project> ProjectsToTest(StoreTx& tx, const Principal& acting,
                                    const Programme& programme) {
  std::vector<Project> out;
  for (Id team_id : tx.Programmes().ListTeams(programme.id)) {
    std::optional<Team> team = tx.Teams().Find(team_id);
    if (!team || !May(&acting, Action::kChange, TeamResource(tx, *team))) continue;
    for (Project& project : tx.Projects().List(team_id)) {
      if (project.programme_id == programme.id) out.push_back(std::move(project));
    }
  }
  return out;
}

}  // namespace

core::Result<ChangeIdeaDetails> LoadChangeIdea(StoreTx& tx, const Principal& acting,
                                               Id change_idea_id) {
  std::optional<ChangeIdea> idea = tx.Pdsa().FindIdea(change_idea_id);
  if (!idea) return core::Fail(core::Error::NotFoundObject());
  // A package idea belongs to the host organisation; every organisation taking part in
  // the programme may know it.
  std::optional<Programme> programme =
      idea->programme_id ? tx.Programmes().Find(*idea->programme_id) : std::nullopt;
  const bool known = programme ? TakesPart(tx, acting.user.organisation_id, *programme)
                               : idea->organisation_id == acting.user.organisation_id;
  if (!known) return core::Fail(core::Error::NotFoundObject());
  ChangeIdeaDetails out;
  out.idea = *idea;
  if (idea->project_id) {
    auto checked = CheckedProject(tx, acting, *idea->project_id, Action::kView);
    if (!checked) return core::Fail(checked.error());
    out.project = checked->first;
    out.may_start_cycle = May(&acting, Action::kChange, TeamResource(tx, checked->second));
  } else if (idea->programme_id) {
    out.programme = programme;
    if (!out.programme) return core::Fail(core::Error::NotFoundObject());
    if (!MayViewChangePackage(tx, acting, *out.programme)) {
      return core::Fail(core::Error::Forbidden("outside the user's scope"));
    }
    if (!out.programme->closed) out.start_projects = ProjectsToTest(tx, acting, *out.programme);
  }
  // A retired idea takes no new cycles: no form offers one.
  if (idea->retired) {
    out.may_start_cycle = false;
    out.start_projects.clear();
  }
  out.may_edit = MayEditChangeIdea(tx, acting, *idea);
  out.cycles = IdeaCyclesOf(tx, acting, change_idea_id);
  return out;
}

core::Result<ChangeIdeaDetails> LoadChangeIdea(Store& store, const Principal& acting,
                                               Id change_idea_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<ChangeIdeaDetails> {
    return LoadChangeIdea(tx, acting, change_idea_id);
  });
}

}  // namespace stegvis::domain
