#include "domain/structure_changes.h"

#include "domain/resources.h"

namespace stegvis::domain {
namespace {

core::Result<void> RequireAdmin(const Principal& acting) {
  if (!May(&acting, Action::kAdminister,
           OrganisationResource(ResourceKind::kOrganisation, acting.user.organisation_id))) {
    return core::Fail(core::Error::Forbidden("only admins change the structure"));
  }
  return {};
}

// A team's audit JSON with its unit's name, and the programmes it took part in when it had any.
std::string TeamJson(const Team& t, const std::string& unit_name,
                     const std::string& programme_ids = {}) {
  if (programme_ids.empty()) return AuditJson(t, {{"unit", unit_name}});
  return AuditJson(t, {{"unit", unit_name}, {"programme_ids", programme_ids}});
}

core::Result<Team> CheckedTeam(StoreTx& tx, const Principal& acting, Id team_id) {
  std::optional<Team> team = tx.Teams().Find(team_id);
  if (!team || team->organisation_id != acting.user.organisation_id)
    return core::Fail(core::Error::NotFoundObject());
  return *team;
}

std::string UnitName(StoreTx& tx, Id unit_id) {
  std::optional<Unit> unit = tx.Units().Find(unit_id);
  return unit ? unit->name : std::string();
}

}  // namespace

core::Result<void> DeleteUnit(Store& store, const core::Clock& clock, const Principal& acting,
                              const Actor& actor, Id unit_id) {
  if (auto ok = RequireAdmin(acting); !ok) return core::Fail(ok.error());
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    std::optional<Unit> unit = tx.Units().Find(unit_id);
    if (!unit || unit->organisation_id != acting.user.organisation_id) {
      return core::Fail(core::Error::NotFoundObject());
    }
    std::int64_t subunits = 0, teams = 0;
    for (const Unit& u : tx.Units().List(unit->organisation_id)) {
      if (u.parent_id && *u.parent_id == unit_id) ++subunits;
    }
    for (const Team& t : tx.Teams().List(unit->organisation_id)) {
      if (t.unit_id == unit_id) ++teams;
    }
    const auto users =
        static_cast<std::int64_t>(tx.Users().ListScoped(ScopeKind::kUnit, unit_id).size());
    const auto assessments = static_cast<std::int64_t>(tx.SelfAssessments().List(unit_id).size());
    const auto notes = static_cast<std::int64_t>(tx.ReflectionNotes().ListOfUnit(unit_id).size());
    if (subunits + teams + users + assessments + notes > 0) {
      core::Error e{
          core::ErrorCode::kConflict, "the unit is not empty", {}, "admin2.unit_not_empty"};
      e.params = {core::ErrorParam::Number("subunits", subunits),
                  core::ErrorParam::Number("teams", teams),
                  core::ErrorParam::Number("users", users),
                  core::ErrorParam::Number("self_assessments", assessments),
                  core::ErrorParam::Number("reflection_notes", notes)};
      return core::Fail(std::move(e));
    }
    tx.Units().Delete(unit_id);
    RecordAudit(tx, actor, now, "delete", "unit", unit_id, AuditJson(*unit), "",
                unit->organisation_id);
    return {};
  });
}

core::Result<void> DeleteTeam(Store& store, const core::Clock& clock, const Principal& acting,
                              const Actor& actor, Id team_id) {
  if (auto ok = RequireAdmin(acting); !ok) return core::Fail(ok.error());
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    auto team = CheckedTeam(tx, acting, team_id);
    if (!team) return core::Fail(team.error());
    const auto projects = static_cast<std::int64_t>(tx.Projects().List(team_id).size());
    const auto users =
        static_cast<std::int64_t>(tx.Users().ListScoped(ScopeKind::kTeam, team_id).size());
    if (projects + users > 0) {
      core::Error e{core::ErrorCode::kConflict,
                    "the team still has projects or members",
                    {},
                    "admin2.team_not_empty"};
      e.params = {core::ErrorParam::Number("projects", projects),
                  core::ErrorParam::Number("users", users)};
      return core::Fail(std::move(e));
    }
    std::string programmes;
    for (Id p : tx.Programmes().ListOfTeam(team_id)) {
      programmes += (programmes.empty() ? "" : ",") + std::to_string(p);
    }
    // The programmes it leaves are in the trail, too.
    std::string before = TeamJson(*team, UnitName(tx, team->unit_id), programmes);
    tx.Teams().Delete(team_id);
    RecordAudit(tx, actor, now, "delete", "team", team_id, std::move(before), "",
                team->organisation_id);
    return {};
  });
}

core::Result<void> MoveTeam(Store& store, const core::Clock& clock, const Principal& acting,
                            const Actor& actor, Id team_id, Id unit_id) {
  if (auto ok = RequireAdmin(acting); !ok) return core::Fail(ok.error());
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    auto team = CheckedTeam(tx, acting, team_id);
    if (!team) return core::Fail(team.error());
    std::optional<Unit> unit = tx.Units().Find(unit_id);
    if (!unit || unit->organisation_id != team->organisation_id) {
      return core::Fail(core::Error::Invalid("no such unit", "unit_id", "error.unknown_parent"));
    }
    if (team->unit_id == unit_id) return {};
    Team after = *team;
    after.unit_id = unit_id;
    tx.Teams().Update(after);
    RecordAudit(tx, actor, now, "move", "team", team_id,
                TeamJson(*team, UnitName(tx, team->unit_id)), TeamJson(after, unit->name),
                team->organisation_id);
    return {};
  });
}

}  // namespace stegvis::domain
