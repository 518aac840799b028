#include "domain/programmes.h"

#include <algorithm>

#include "domain/programme_setup.h"
#include "domain/projects.h"
#include "domain/resources.h"

namespace stegvis::domain {
namespace {

// A user without a role sees only the start page (docs/security.md), not even programmes.
core::Error NoRole() {
  return core::Error::Forbidden("a user without a role reads no programme");
}

core::Result<void> ValidateProgramme(const Programme& p,
                                     const std::vector<ProgrammeEvent>& events) {
  if (std::vector<core::Error> errors = ProgrammeErrors(p); !errors.empty()) {
    return core::Fail(errors.front());
  }
  for (const ProgrammeEvent& e : events) {
    if (!ProgrammeEventErrors(e, p).empty()) {
      return core::Fail(core::Error::Invalid("each calendar entry needs a title and dates",
                                             "events", "error.bad_event"));
    }
  }
  return {};
}

// Who may create `programme` (in the acting user's organisation) and whether it is sound: a
// new programme (id 0) is reached only by organisation-wide admins and strategists.
core::Result<void> MayAddProgramme(const Principal& acting, const Programme& programme,
                                   const std::vector<ProgrammeEvent>& events) {
  if (!May(&acting, Action::kChange, ProgrammeResource(programme))) {
    return core::Fail(core::Error::Forbidden("only admins and strategists create programmes"));
  }
  return ValidateProgramme(programme, events);
}

}  // namespace

core::Result<Id> AddProgramme(StoreTx& tx, std::int64_t now, const Principal& acting,
                              const Actor& actor, Programme programme,
                              const std::vector<ProgrammeEvent>& events) {
  programme.organisation_id = acting.user.organisation_id;
  if (auto ok = MayAddProgramme(acting, programme, events); !ok) return core::Fail(ok.error());
  if (programme.host_unit_id) {
    std::optional<Unit> unit = tx.Units().Find(*programme.host_unit_id);
    if (!unit || unit->organisation_id != programme.organisation_id) {
      return core::Fail(core::Error::Invalid("no such unit", "host_unit_id", "error.unknown_unit"));
    }
  }
  programme.closed = false;
  programme.version = 1;
  programme.updated_by = actor.label;
  Id id = tx.Programmes().Create(programme, now);
  for (ProgrammeEvent e : events) {
    e.programme_id = id;
    tx.Programmes().AddEvent(e);
  }
  RecordAudit(tx, actor, now, "create", "programme", id, "", AuditJson(programme),
              programme.organisation_id);
  return id;
}

core::Result<Id> AddProgramme(Store& store, const core::Clock& clock, const Principal& acting,
                              const Actor& actor, Programme programme,
                              const std::vector<ProgrammeEvent>& events) {
  // Refused before a write transaction is opened.
  programme.organisation_id = acting.user.organisation_id;
  if (auto ok = MayAddProgramme(acting, programme, events); !ok) return core::Fail(ok.error());
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) {
    // A copy for each try: the store may run the transaction again.
    return AddProgramme(tx, now, acting, actor, programme, events);
  });
}

bool MayCreateProgramme(const Principal& acting) {
  Programme fresh;
  fresh.organisation_id = acting.user.organisation_id;
  return May(&acting, Action::kChange, ProgrammeResource(fresh));
}

core::Result<Id> AddProgrammeEventTo(Store& store, const core::Clock& clock,
                                     const Principal& acting, const Actor& actor, Id programme_id,
                                     ProgrammeEvent event) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<Id> {
    auto programme = ProgrammeToChange(tx, acting, programme_id);
    if (!programme) return core::Fail(programme.error());
    if (event.ends_on.empty()) event.ends_on = event.starts_on;
    std::vector<core::Error> errors = ProgrammeEventErrors(event, *programme);
    if (!errors.empty()) return core::Fail(errors.front());
    event.programme_id = programme_id;
    Id id = tx.Programmes().AddEvent(event);
    RecordAudit(tx, actor, now, "event_added", "programme", programme_id, "",
                AuditJson({{"event_id", std::to_string(id)}}, event), programme->organisation_id);
    return id;
  });
}

core::Result<void> AddTeamToProgramme(StoreTx& tx, std::int64_t now, const Principal& acting,
                                      const Actor& actor, Id programme_id, Id team_id) {
  auto programme = ProgrammeToChange(tx, acting, programme_id);
  if (!programme) return core::Fail(programme.error());
  std::optional<Team> team = tx.Teams().Find(team_id);
  if (!team || team->organisation_id != programme->organisation_id) {
    return core::Fail(core::Error::Invalid("no such team", "team_id", "error.unknown_team"));
  }
  if (tx.Programmes().AddTeam(programme_id, team_id, now)) {
    RecordAudit(tx, actor, now, "team_added", "programme", programme_id, "",
                AuditJson({{"team_id", std::to_string(team_id)}, {"team", team->name}}),
                programme->organisation_id);
  }
  return {};
}

core::Result<void> AddTeamToProgramme(Store& store, const core::Clock& clock,
                                      const Principal& acting, const Actor& actor, Id programme_id,
                                      Id team_id) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) {
    return AddTeamToProgramme(tx, now, acting, actor, programme_id, team_id);
  });
}

std::vector<Programme> ListProgrammes(StoreTx& tx, Id organisation_id) {
  std::vector<Programme> out = tx.Programmes().List(organisation_id);
  // Programmes hosted elsewhere that the organisation's teams take part in.
  for (const Team& team : tx.Teams().List(organisation_id)) {
    for (Id id : tx.Programmes().ListOfTeam(team.id)) {
      if (std::any_of(out.begin(), out.end(), [&](const Programme& p) { return p.id == id; })) {
        continue;
      }
      if (std::optional<Programme> p = tx.Programmes().Find(id)) out.push_back(*p);
    }
  }
  return out;
}

core::Result<std::vector<Programme>> ListProgrammes(Store& store, const Principal& acting) {
  if (acting.memberships.empty()) return core::Fail(NoRole());
  return store.Read([&](StoreTx& tx) -> core::Result<std::vector<Programme>> {
    return ListProgrammes(tx, acting.user.organisation_id);
  });
}

bool TakesPart(StoreTx& tx, Id organisation_id, const Programme& programme) {
  if (programme.organisation_id == organisation_id) return true;
  for (Id team_id : tx.Programmes().ListTeams(programme.id)) {
    std::optional<Team> team = tx.Teams().Find(team_id);
    if (team && team->organisation_id == organisation_id) return true;
  }
  return false;
}

core::Result<ProgrammeDetails> LoadProgramme(StoreTx& tx, const Principal& acting,
                                             Id programme_id) {
  if (acting.memberships.empty()) return core::Fail(NoRole());
  std::optional<Programme> programme = tx.Programmes().Find(programme_id);
  if (!programme || !TakesPart(tx, acting.user.organisation_id, *programme)) {
    return core::Fail(core::Error::NotFoundObject());
  }
  ProgrammeDetails d;
  d.programme = *programme;
  if (programme->host_unit_id) {
    std::optional<Unit> unit = tx.Units().Find(*programme->host_unit_id);
    if (unit) d.host_unit_name = unit->name;
  }
  d.events = tx.Programmes().ListEvents(programme_id);
  d.common_measures = tx.Measures().ListOfProgramme(programme_id);
  // Those who may read the programme's content in the host organisation see what the guest
  // teams do in it (issue: the host sees a guest team's programme work, never its other work).
  const bool host_reader = programme->organisation_id == acting.user.organisation_id &&
                           May(&acting, Action::kView, ProgrammeResource(*programme));
  for (Id team_id : tx.Programmes().ListTeams(programme_id)) {
    std::optional<Team> team = tx.Teams().Find(team_id);
    const bool in_scope = team && May(&acting, Action::kView, TeamResource(tx, *team));
    const bool guest =
        team && !in_scope && host_reader && team->organisation_id != programme->organisation_id;
    if (!in_scope && !guest) {
      ++d.hidden_teams;
      continue;
    }
    ProgrammeTeam t;
    t.team = *team;
    t.programme_work_only = guest;
    std::optional<Unit> unit = tx.Units().Find(team->unit_id);
    t.unit_name = unit ? unit->name : std::string();
    for (const Project& project : tx.Projects().List(team_id)) {
      if (project.programme_id != programme_id) continue;
      t.projects.push_back(project);
      const bool cycles_visible =
          !guest && CheckedProject(tx, acting, project.id, Action::kView).has_value();
      for (Measure& m : tx.Measures().ListOfProject(project.id)) {
        if (guest && !m.definition_id) continue;  // the team's own measure: not programme work
        t.observations.push_back(tx.Measures().ListObservations(m.id));
        t.cycle_markers.push_back(
            cycles_visible ? CycleMarkers(m.frequency, m.id, tx.Pdsa().ListMeasureCycles(m.id))
                           : std::vector<CycleMarker>{});
        t.measures.push_back(std::move(m));
      }
    }
    d.teams.push_back(std::move(t));
  }
  d.may_change = programme->organisation_id == acting.user.organisation_id &&
                 May(&acting, Action::kChange, ProgrammeResource(*programme));
  if (d.may_change) {
    std::vector<Id> taking_part = tx.Programmes().ListTeams(programme_id);
    for (const Team& team : tx.Teams().List(programme->organisation_id)) {
      if (std::find(taking_part.begin(), taking_part.end(), team.id) == taking_part.end()) {
        d.other_teams.push_back(team);
      }
    }
  }
  return d;
}

core::Result<ProgrammeDetails> LoadProgramme(Store& store, const Principal& acting,
                                             Id programme_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<ProgrammeDetails> {
    return LoadProgramme(tx, acting, programme_id);
  });
}

}  // namespace stegvis::domain
