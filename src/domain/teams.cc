#include "domain/teams.h"

#include <algorithm>

#include "core/text.h"
#include "domain/resources.h"

namespace stegvis::domain {
namespace {

core::Result<void> RequireAdmin(const Principal* acting, Id org) {
  if (acting &&
      !May(acting, Action::kAdminister, OrganisationResource(ResourceKind::kOrganisation, org))) {
    return core::Fail(core::Error::Forbidden("only admins change the structure"));
  }
  return {};
}

core::Result<void> ValidateTeam(const std::string& name, const std::string& description) {
  if (std::vector<core::Error> errors = TeamErrors(name, description); !errors.empty()) {
    return core::Fail(std::move(errors.front()));
  }
  return {};
}

// The team, located, if it exists in the principal's organisation and `action` is allowed.
core::Result<TeamDetails> CheckedTeam(StoreTx& tx, const Principal& acting, Id team_id,
                                      Action action) {
  std::optional<Team> team = tx.Teams().Find(team_id);
  if (!team || team->organisation_id != acting.user.organisation_id)
    return core::Fail(core::Error::NotFoundObject());
  Resource resource = TeamResource(tx, *team);
  if (!May(&acting, action, resource)) {
    return core::Fail(core::Error::Forbidden("outside the user's scope"));
  }
  std::optional<Unit> unit = tx.Units().Find(team->unit_id);
  return TeamDetails{
      *team, unit ? unit->name : std::string(), May(&acting, Action::kChange, resource), {}};
}

}  // namespace

std::vector<core::Error> TeamErrors(const std::string& name, const std::string& description) {
  std::vector<core::Error> errors;
  if (core::IsBlank(name)) {
    errors.push_back(core::Error::Invalid("a team needs a name", "name", "error.required"));
  } else if (name.size() > 200) {
    errors.push_back(core::Error::Invalid("at most 200 characters", "name", "error.too_long"));
  }
  if (description.size() > 4000) {
    errors.push_back(
        core::Error::Invalid("at most 4000 characters", "description", "error.too_long"));
  }
  return errors;
}

core::Result<std::vector<core::Error>> UnitErrors(Store& store, const Principal& acting,
                                                  const Unit& unit) {
  if (auto ok = RequireAdmin(&acting, acting.user.organisation_id); !ok) {
    return core::Fail(ok.error());
  }
  Unit checked = unit;
  checked.organisation_id = acting.user.organisation_id;
  return store.Read([&](StoreTx& tx) -> core::Result<std::vector<core::Error>> {
    return UnitErrors(tx, checked);
  });
}

core::Result<Id> AddUnit(Store& store, const core::Clock& clock, const Principal* acting,
                         const Actor& actor, const NewUnit& unit) {
  if (auto ok = RequireAdmin(acting, unit.organisation_id); !ok) return core::Fail(ok.error());
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<Id> {
    core::Result<Id> id = CreateUnit(tx, unit, now);
    if (!id) return id;
    Unit created = UnitFrom(unit);
    created.id = *id;
    RecordAudit(tx, actor, now, "create", "unit", *id, "", AuditJson(created),
                unit.organisation_id);
    return id;
  });
}

Unit UnitEdit::AppliedTo(Unit unit) const {
  unit.name = name.value_or(unit.name);
  unit.kind = kind.value_or(unit.kind);
  if (parent_id) unit.parent_id = *parent_id;
  return unit;
}

core::Result<void> ChangeUnit(Store& store, const core::Clock& clock, const Principal& acting,
                              const Actor& actor, const Unit& changed) {
  return ChangeUnit(store, clock, acting, actor, changed.id,
                    UnitEdit{changed.name, changed.kind, changed.parent_id});
}

core::Result<void> ChangeUnit(Store& store, const core::Clock& clock, const Principal& acting,
                              const Actor& actor, Id unit_id, const UnitEdit& edit) {
  if (auto ok = RequireAdmin(&acting, acting.user.organisation_id); !ok) {
    return core::Fail(ok.error());
  }
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    std::optional<Unit> before = tx.Units().Find(unit_id);
    if (!before || before->organisation_id != acting.user.organisation_id) {
      return core::Fail(core::Error::NotFoundObject());
    }
    const Unit after = edit.AppliedTo(*before);
    // The same checks as a new unit, and not under itself.
    if (std::vector<core::Error> errors = UnitErrors(tx, after); !errors.empty()) {
      return core::Fail(std::move(errors.front()));
    }
    tx.Units().Update(after);
    RecordAudit(tx, actor, now, "update", "unit", after.id, AuditJson(*before), AuditJson(after),
                after.organisation_id);
    return {};
  });
}

core::Result<Unit> LoadUnit(StoreTx& tx, const Principal& acting, Id unit_id) {
  if (auto ok = RequireAdmin(&acting, acting.user.organisation_id); !ok) {
    return core::Fail(ok.error());
  }
  std::optional<Unit> unit = tx.Units().Find(unit_id);
  if (!unit || unit->organisation_id != acting.user.organisation_id) {
    return core::Fail(core::Error::NotFoundObject());
  }
  return *unit;
}

core::Result<Unit> LoadUnit(Store& store, const Principal& acting, Id unit_id) {
  // Refused before a transaction is opened.
  if (auto ok = RequireAdmin(&acting, acting.user.organisation_id); !ok) {
    return core::Fail(ok.error());
  }
  return store.Read([&](StoreTx& tx) { return LoadUnit(tx, acting, unit_id); });
}

core::Result<Id> AddTeam(Store& store, const core::Clock& clock, const Principal* acting,
                         const Actor& actor, const NewTeam& team) {
  if (auto ok = RequireAdmin(acting, team.organisation_id); !ok) return core::Fail(ok.error());
  if (auto ok = ValidateTeam(team.name, team.description); !ok) return core::Fail(ok.error());
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<Id> {
    std::optional<Unit> unit = tx.Units().Find(team.unit_id);
    if (!unit || unit->organisation_id != team.organisation_id) {
      return core::Fail(core::Error::Invalid("no such unit", "unit_id", "error.unknown_parent"));
    }
    Id id = tx.Teams().Create(team, now);
    RecordAudit(tx, actor, now, "create", "team", id, "", AuditJson(TeamFrom(team)),
                team.organisation_id);
    return id;
  });
}

core::Result<void> UpdateTeam(Store& store, const core::Clock& clock, const Principal& acting,
                              const Actor& actor, Id team_id, const TeamChanges& changes) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    auto details = CheckedTeam(tx, acting, team_id, Action::kChange);
    if (!details) return core::Fail(details.error());
    Team after = details->team;
    after.name = changes.name.value_or(after.name);
    after.description = changes.description.value_or(after.description);
    if (auto ok = ValidateTeam(after.name, after.description); !ok) {
      return core::Fail(ok.error());
    }
    tx.Teams().Update(after);
    RecordAudit(tx, actor, now, "update", "team", team_id, AuditJson(details->team),
                AuditJson(after), after.organisation_id);
    return {};
  });
}

core::Result<TeamDetails> LoadTeam(Store& store, const Principal& acting, Id team_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<TeamDetails> {
    auto details = CheckedTeam(tx, acting, team_id, Action::kView);
    if (!details) return details;
    for (const User& member : tx.Users().ListTeamMembers(team_id)) {
      details->members.push_back(member.display_name);
    }
    details->projects = tx.Projects().List(team_id);
    for (Id programme_id : tx.Programmes().ListOfTeam(team_id)) {
      if (auto programme = tx.Programmes().Find(programme_id)) {
        details->programmes.push_back(std::move(*programme));
      }
    }
    return details;
  });
}

std::vector<TeamDetails> ListVisibleTeams(StoreTx& tx, const Principal& acting) {
  std::vector<TeamDetails> out;
  for (const Team& team : tx.Teams().List(acting.user.organisation_id)) {
    if (auto details = CheckedTeam(tx, acting, team.id, Action::kView)) {
      out.push_back(std::move(*details));
    }
  }
  return out;
}

core::Result<std::vector<TeamDetails>> ListVisibleTeams(Store& store, const Principal& acting) {
  return store.Read([&](StoreTx& tx) -> core::Result<std::vector<TeamDetails>> {
    return ListVisibleTeams(tx, acting);
  });
}

core::Result<Structure> LoadStructure(StoreTx& tx, const Principal& acting) {
  const Id org = acting.user.organisation_id;
  if (auto ok = RequireAdmin(&acting, org); !ok) return core::Fail(ok.error());
  Structure s;
  s.units = BuildUnitTree(tx.Units().List(org));
  for (const Team& team : tx.Teams().List(org)) {
    std::optional<Unit> unit = tx.Units().Find(team.unit_id);
    s.teams.push_back({team, unit ? unit->name : std::string(), true, {}});
  }
  s.programmes = tx.Programmes().List(org);
  return s;
}

core::Result<Structure> LoadStructure(Store& store, const Principal& acting) {
  // Refused before a transaction is opened.
  if (auto ok = RequireAdmin(&acting, acting.user.organisation_id); !ok) {
    return core::Fail(ok.error());
  }
  return store.Read([&](StoreTx& tx) { return LoadStructure(tx, acting); });
}

core::Result<ScopeRef> ResolveScope(Store& store, Id organisation_id, Role role,
                                    const std::string& text) {
  const ScopeKind kind = RoleAllowsScope(role, ScopeKind::kTeam)   ? ScopeKind::kTeam
                         : RoleAllowsScope(role, ScopeKind::kUnit) ? ScopeKind::kUnit
                                                                   : ScopeKind::kProgramme;
  return store.Read([&](StoreTx& tx) -> core::Result<ScopeRef> {
    std::vector<Id> matches;
    const bool numeric = !text.empty() && std::all_of(text.begin(), text.end(),
                                                      [](char c) { return c >= '0' && c <= '9'; });
    if (kind == ScopeKind::kProgramme) {
      for (const Programme& p : tx.Programmes().List(organisation_id)) {
        if (p.name == text || (numeric && std::to_string(p.id) == text)) matches.push_back(p.id);
      }
    } else if (kind == ScopeKind::kTeam) {
      for (const Team& t : tx.Teams().List(organisation_id)) {
        if (t.name == text || (numeric && std::to_string(t.id) == text)) matches.push_back(t.id);
      }
    } else {
      for (const Unit& u : tx.Units().List(organisation_id)) {
        if (u.name == text || (numeric && std::to_string(u.id) == text)) matches.push_back(u.id);
      }
    }
    if (matches.size() != 1) {
      return core::Fail(core::Error::Invalid(
          std::string(matches.empty() ? "no " : "more than one ") +
              std::string(ScopeKindName(kind)) + " is called '" + core::ShortPrefix(text) + "'",
          "scope", "error.bad_scope"));
    }
    return ScopeRef{kind, matches.front()};
  });
}

}  // namespace stegvis::domain
