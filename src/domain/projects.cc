#include "domain/projects.h"

#include <algorithm>
#include "core/date.h"
#include "core/text.h"
#include "domain/programmes.h"

#include "domain/resources.h"

namespace stegvis::domain {
core::Error ChangedBy(const std::string& who, std::int64_t at, std::int64_t version) {
  return core::Error::ChangedBy(who, at, version);
}

core::Error ChangedByUser(StoreTx& tx, Id organisation_id, const std::string& email,
                          std::int64_t at, std::int64_t version) {
  std::string who = email;
  if (!email.empty()) {
    std::optional<User> user = tx.Users().FindByEmail(email);
    if (user && user->organisation_id == organisation_id && !user->display_name.empty()) {
      who = user->display_name;
    }
  }
  core::Error e = core::Error::ChangedBy(who, at, version);
  e.params.push_back(core::ErrorParam::Text("who_email", email));
  return e;
}

std::vector<core::Error> ProjectErrors(const Project& p) {
  std::vector<core::Error> errors;
  if (core::IsBlank(p.title)) {
    errors.push_back(core::Error::Invalid("a project needs a title", "title", "error.required"));
  } else if (p.title.size() > 200) {
    errors.push_back(core::Error::Invalid("at most 200 characters", "title", "error.too_long"));
  }
  for (const auto& [field, text] :
       {std::pair<const char*, const std::string*>{"problem", &p.problem},
        {"aim_what", &p.aim_what},
        {"aim_how_much", &p.aim_how_much},
        {"aim_for_whom", &p.aim_for_whom}}) {
    if (text->size() > 4000) {
      errors.push_back(core::Error::Invalid("at most 4000 characters", field, "error.too_long"));
    }
  }
  if (!p.aim_by_when.empty() && !core::IsIsoDate(p.aim_by_when)) {
    errors.push_back(core::Error::Invalid("not a date", "aim_by_when", "error.bad_date"));
  }
  return errors;
}

core::Result<void> ValidateProject(const Project& p) {
  if (std::vector<core::Error> errors = ProjectErrors(p); !errors.empty()) {
    return core::Fail(std::move(errors.front()));
  }
  return {};
}

core::Result<std::pair<Project, Team>> CheckedProject(StoreTx& tx, const Principal& acting,
                                                      Id project_id, Action action) {
  std::optional<Project> project = tx.Projects().Find(project_id);
  if (!project || project->organisation_id != acting.user.organisation_id) {
    return core::Fail(core::Error::NotFoundObject());
  }
  std::optional<Team> team = tx.Teams().Find(project->team_id);
  if (!team) return core::Fail(core::Error::NotFoundObject());
  if (!May(&acting, action, TeamResource(tx, *team))) {
    return core::Fail(core::Error::Forbidden("outside the user's scope"));
  }
  return std::make_pair(*project, *team);
}

core::Result<Id> AddProject(StoreTx& tx, std::int64_t now, const Principal& acting,
                            const Actor& actor, Project project) {
  if (auto ok = ValidateProject(project); !ok) return core::Fail(ok.error());
  std::optional<Team> team = tx.Teams().Find(project.team_id);
  if (!team || team->organisation_id != acting.user.organisation_id) {
    return core::Fail(core::Error::Invalid("no such team", "team_id", "error.unknown_team"));
  }
  if (!May(&acting, Action::kChange, TeamResource(tx, *team))) {
    return core::Fail(core::Error::Forbidden("outside the user's scope"));
  }
  if (project.programme_id) {
    std::vector<Id> programmes = tx.Programmes().ListOfTeam(team->id);
    if (std::find(programmes.begin(), programmes.end(), *project.programme_id) ==
        programmes.end()) {
      return core::Fail(core::Error::Invalid("the team does not take part in the programme",
                                             "programme_id", "error.not_in_programme"));
    }
  }
  project.organisation_id = team->organisation_id;
  project.version = 1;
  project.updated_at = now;
  project.updated_by = actor.label;
  Id id = tx.Projects().Create(project, now);
  RecordAudit(tx, actor, now, "create", "project", id, "", AuditJson(project),
              project.organisation_id);
  return id;
}

core::Result<Id> AddProject(Store& store, const core::Clock& clock, const Principal& acting,
                            const Actor& actor, Project project) {
  if (auto ok = ValidateProject(project); !ok) return core::Fail(ok.error());
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write(
      // A copy for each try: the store may run the transaction again.
      [&](StoreTx& tx) { return AddProject(tx, now, acting, actor, project); });
}

core::Result<void> ChangeProject(StoreTx& tx, std::int64_t now, const Principal& acting,
                                 const Actor& actor, const Project& changed) {
  if (auto ok = ValidateProject(changed); !ok) return core::Fail(ok.error());
  auto checked = CheckedProject(tx, acting, changed.id, Action::kChange);
  if (!checked) return core::Fail(checked.error());
  const Project& before = checked->first;
  if (before.version != changed.version) {
    return core::Fail(ChangedByUser(tx, acting.user.organisation_id, before.updated_by,
                                    before.updated_at, before.version));
  }
  Project after = before;
  after.title = changed.title;
  after.problem = changed.problem;
  after.aim_what = changed.aim_what;
  after.aim_how_much = changed.aim_how_much;
  after.aim_by_when = changed.aim_by_when;
  after.aim_for_whom = changed.aim_for_whom;
  after.aim_groups = changed.aim_groups;
  after.status = changed.status;
  after.version = before.version + 1;
  after.updated_at = now;
  after.updated_by = actor.label;
  tx.Projects().Update(after);
  RecordAudit(tx, actor, now, "update", "project", after.id, AuditJson(before), AuditJson(after),
              after.organisation_id);
  return {};
}

core::Result<void> ChangeProject(Store& store, const core::Clock& clock, const Principal& acting,
                                 const Actor& actor, const Project& changed) {
  if (auto ok = ValidateProject(changed); !ok) return core::Fail(ok.error());
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) { return ChangeProject(tx, now, acting, actor, changed); });
}

core::Result<Id> SetProgressScore(Store& store, const core::Clock& clock, const Principal& acting,
                                  const Actor& actor, Id project_id, int score_tenths,
                                  const std::string& note) {
  if (!ValidProgressScore(score_tenths)) {
    return core::Fail(
        core::Error::Invalid("a score from 0.5 to 5 in steps of 0.5", "score", "error.bad_score"));
  }
  if (note.size() > 4000) {
    return core::Fail(core::Error::Invalid("at most 4000 characters", "note", "error.too_long"));
  }
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<Id> {
    auto checked = CheckedProject(tx, acting, project_id, Action::kChange);
    if (!checked) return core::Fail(checked.error());
    ProgressScore score{0,    project_id, score_tenths, core::Date::FromUnixSeconds(now).ToString(),
                        note, actor.label};
    Id id = tx.Projects().AddProgressScore(score, now);
    RecordAudit(tx, actor, now, "progress_score", "project", project_id, "",
                AuditJson({{"score", std::to_string(score_tenths / 10) + "." +
                                         std::to_string(score_tenths % 10)},
                           {"note", note}}),
                checked->first.organisation_id);
    return id;
  });
}

core::Result<ProjectDetails> LoadProject(StoreTx& tx, const Principal& acting, Id project_id) {
  auto checked = CheckedProject(tx, acting, project_id, Action::kView);
  if (!checked) return core::Fail(checked.error());
  ProjectDetails d;
  d.project = checked->first;
  d.team = checked->second;
  if (d.project.programme_id) d.programme = tx.Programmes().Find(*d.project.programme_id);
  d.measures = tx.Measures().ListOfProject(project_id);
  d.scores = tx.Projects().ListProgressScores(project_id);
  d.may_change = May(&acting, Action::kChange, TeamResource(tx, d.team));
  return d;
}

core::Result<ProjectDetails> LoadProject(Store& store, const Principal& acting, Id project_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<ProjectDetails> {
    return LoadProject(tx, acting, project_id);
  });
}

core::Result<std::vector<ProjectDetails>> ListVisibleProjects(Store& store,
                                                              const Principal& acting) {
  return store.Read([&](StoreTx& tx) -> core::Result<std::vector<ProjectDetails>> {
    std::vector<ProjectDetails> out;
    for (const Team& team : tx.Teams().List(acting.user.organisation_id)) {
      Resource resource = TeamResource(tx, team);
      if (!May(&acting, Action::kView, resource)) continue;
      const bool may_change = May(&acting, Action::kChange, resource);
      for (const Project& project : tx.Projects().List(team.id)) {
        ProjectDetails d;
        d.project = project;
        d.team = team;
        if (project.programme_id) d.programme = tx.Programmes().Find(*project.programme_id);
        d.scores = tx.Projects().ListProgressScores(project.id);
        d.may_change = may_change;
        out.push_back(std::move(d));
      }
    }
    return out;
  });
}

}  // namespace stegvis::domain
