// SqlTx: teams, users, roles, sessions, login limits, password resets and the audit trail.
// Portable SQL only (SQLite and PostgreSQL): `?` placeholders, RETURNING id, ON CONFLICT.

#include "store/sql_tx.h"

namespace stegvis::store {
namespace {

constexpr const char* kTeamColumns =
    "SELECT id, organisation_id, unit_id, name, description FROM teams ";
constexpr const char* kUserColumns =
    "SELECT id, organisation_id, email, display_name, language, active FROM users ";
constexpr const char* kAuditColumns =
    "SELECT id, organisation_id, at, actor_user_id, actor, action, object_type, object_id, "
    "before_json, after_json, remote_address FROM audit_events ";

domain::Team ReadTeam(const Statement& s) {
  return domain::Team{s.Int(0), s.Int(1), s.Int(2), s.Text(3), s.Text(4)};
}

domain::User ReadUser(const Statement& s) {
  return domain::User{s.Int(0), s.Int(1), s.Text(2), s.Text(3), s.Text(4), s.Int(5) != 0};
}

domain::AuditEvent ReadAudit(const Statement& s) {
  domain::AuditEvent e;
  e.id = s.Int(0);
  e.organisation_id = s.OptionalInt(1);
  e.at = s.Int(2);
  e.actor_user_id = s.OptionalInt(3);
  e.actor = s.Text(4);
  e.action = s.Text(5);
  e.object_type = s.Text(6);
  e.object_id = s.OptionalInt(7);
  e.before_json = s.Text(8);
  e.after_json = s.Text(9);
  e.remote_address = s.Text(10);
  return e;
}

}  // namespace

void SqlTx::UpdateUnit(const domain::Unit& unit) {
  Statement s = db_.Prepare("UPDATE units SET name = ?, parent_id = ?, kind = ? WHERE id = ?");
  s.Bind(1, unit.name)
      .Bind(2, unit.parent_id)
      .Bind(3, domain::UnitKindName(unit.kind))
      .Bind(4, unit.id)
      .Step();
}

std::vector<domain::Team> SqlTx::ListTeams(domain::Id organisation_id) {
  std::vector<domain::Team> out;
  Statement s =
      db_.Prepare(std::string(kTeamColumns) + "WHERE organisation_id = ? ORDER BY name, id");
  s.Bind(1, organisation_id);
  while (s.Step()) out.push_back(ReadTeam(s));
  return out;
}

std::optional<domain::Team> SqlTx::FindTeam(domain::Id team_id) {
  Statement s = db_.Prepare(std::string(kTeamColumns) + "WHERE id = ?");
  s.Bind(1, team_id);
  if (!s.Step()) return std::nullopt;
  return ReadTeam(s);
}

domain::Id SqlTx::CreateTeam(const domain::NewTeam& team, std::int64_t now) {
  Statement s = db_.Prepare(
      "INSERT INTO teams (organisation_id, unit_id, name, description, created_at) "
      "VALUES (?, ?, ?, ?, ?) RETURNING id");
  s.Bind(1, team.organisation_id)
      .Bind(2, team.unit_id)
      .Bind(3, team.name)
      .Bind(4, team.description)
      .Bind(5, now)
      .Step();
  return s.Int(0);
}

void SqlTx::UpdateTeam(const domain::Team& team) {
  Statement s = db_.Prepare("UPDATE teams SET name = ?, description = ?, unit_id = ? WHERE id = ?");
  s.Bind(1, team.name).Bind(2, team.description).Bind(3, team.unit_id).Bind(4, team.id).Step();
}

void SqlTx::DeleteUnit(domain::Id unit_id) {
  Statement s = db_.Prepare("DELETE FROM units WHERE id = ?");
  s.Bind(1, unit_id).Step();
}

void SqlTx::DeleteTeam(domain::Id team_id) {
  {
    Statement s = db_.Prepare("DELETE FROM programme_teams WHERE team_id = ?");
    s.Bind(1, team_id).Step();
  }
  Statement s = db_.Prepare("DELETE FROM teams WHERE id = ?");
  s.Bind(1, team_id).Step();
}

std::vector<domain::Id> SqlTx::ListScopedUsers(domain::ScopeKind scope_kind, domain::Id scope_id) {
  std::vector<domain::Id> out;
  Statement s = db_.Prepare(
      "SELECT DISTINCT user_id FROM memberships WHERE scope_kind = ? AND scope_id = ? "
      "ORDER BY user_id");
  s.Bind(1, domain::ScopeKindName(scope_kind)).Bind(2, scope_id);
  while (s.Step()) out.push_back(s.Int(0));
  return out;
}

std::vector<domain::User> SqlTx::ListUsers(domain::Id organisation_id) {
  std::vector<domain::User> out;
  Statement s = db_.Prepare(std::string(kUserColumns) +
                            "WHERE organisation_id = ? ORDER BY display_name, id");
  s.Bind(1, organisation_id);
  while (s.Step()) out.push_back(ReadUser(s));
  return out;
}

std::optional<domain::User> SqlTx::FindUser(domain::Id user_id) {
  Statement s = db_.Prepare(std::string(kUserColumns) + "WHERE id = ?");
  s.Bind(1, user_id);
  if (!s.Step()) return std::nullopt;
  return ReadUser(s);
}

std::optional<std::string> SqlTx::FindPasswordHash(domain::Id user_id) {
  Statement s = db_.Prepare("SELECT password_hash FROM users WHERE id = ?");
  s.Bind(1, user_id);
  if (!s.Step()) return std::nullopt;
  return s.Text(0);
}

void SqlTx::SetPasswordHash(domain::Id user_id, const std::string& hash) {
  Statement s = db_.Prepare("UPDATE users SET password_hash = ? WHERE id = ?");
  s.Bind(1, hash).Bind(2, user_id).Step();
}

void SqlTx::SetUserActive(domain::Id user_id, bool active) {
  Statement s = db_.Prepare("UPDATE users SET active = ? WHERE id = ?");
  s.Bind(1, std::int64_t{active ? 1 : 0}).Bind(2, user_id).Step();
}

std::vector<domain::User> SqlTx::ListTeamMembers(domain::Id team_id) {
  std::vector<domain::User> out;
  Statement s = db_.Prepare(
      "SELECT u.id, u.organisation_id, u.email, u.display_name, u.language, u.active "
      "FROM users u JOIN memberships m ON m.user_id = u.id "
      "WHERE m.role = 'teammedlem' AND m.scope_kind = 'team' AND m.scope_id = ? "
      "AND u.active = 1 ORDER BY u.display_name, u.id");
  s.Bind(1, team_id);
  while (s.Step()) out.push_back(ReadUser(s));
  return out;
}

std::vector<domain::Membership> SqlTx::ListMemberships(domain::Id user_id) {
  std::vector<domain::Membership> out;
  Statement s = db_.Prepare(
      "SELECT id, user_id, role, scope_kind, scope_id FROM memberships WHERE user_id = ? "
      "ORDER BY id");
  s.Bind(1, user_id);
  while (s.Step()) {
    auto role = domain::ParseRole(s.Text(2));
    auto kind = domain::ParseScopeKind(s.Text(3));
    if (!role || !kind) continue;  // the CHECK constraints make this unreachable
    out.push_back({s.Int(0), s.Int(1), *role, *kind, s.Int(4)});
  }
  return out;
}

std::optional<domain::Id> SqlTx::AddMembership(const domain::Membership& m, std::int64_t now) {
  Statement s = db_.Prepare(
      "INSERT INTO memberships (user_id, role, scope_kind, scope_id, created_at) "
      "VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id, role, scope_kind, scope_id) DO NOTHING "
      "RETURNING id");
  s.Bind(1, m.user_id)
      .Bind(2, domain::RoleName(m.role))
      .Bind(3, domain::ScopeKindName(m.scope_kind))
      .Bind(4, m.scope_id)
      .Bind(5, now);
  if (!s.Step()) return std::nullopt;
  return s.Int(0);
}

void SqlTx::DeleteMembership(domain::Id membership_id) {
  Statement s = db_.Prepare("DELETE FROM memberships WHERE id = ?");
  s.Bind(1, membership_id).Step();
}

void SqlTx::CreateSession(const domain::SessionRecord& session) {
  Statement s = db_.Prepare(
      "INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, last_seen_at) "
      "VALUES (?, ?, ?, ?, ?)");
  s.Bind(1, session.id_hash)
      .Bind(2, session.user_id)
      .Bind(3, session.csrf_token)
      .Bind(4, session.created_at)
      .Bind(5, session.last_seen_at)
      .Step();
}

std::optional<domain::SessionRecord> SqlTx::FindSession(const std::string& id_hash) {
  Statement s = db_.Prepare(
      "SELECT id_hash, user_id, csrf_token, created_at, last_seen_at FROM sessions "
      "WHERE id_hash = ?");
  s.Bind(1, id_hash);
  if (!s.Step()) return std::nullopt;
  return domain::SessionRecord{s.Text(0), s.Int(1), s.Text(2), s.Int(3), s.Int(4)};
}

void SqlTx::TouchSession(const std::string& id_hash, std::int64_t now) {
  Statement s = db_.Prepare("UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?");
  s.Bind(1, now).Bind(2, id_hash).Step();
}

void SqlTx::DeleteSession(const std::string& id_hash) {
  Statement s = db_.Prepare("DELETE FROM sessions WHERE id_hash = ?");
  s.Bind(1, id_hash).Step();
}

void SqlTx::DeleteUserSessions(domain::Id user_id) {
  Statement s = db_.Prepare("DELETE FROM sessions WHERE user_id = ?");
  s.Bind(1, user_id).Step();
}

void SqlTx::DeleteExpiredSessions(std::int64_t idle_before, std::int64_t created_before) {
  Statement s = db_.Prepare("DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?");
  s.Bind(1, idle_before).Bind(2, created_before).Step();
}

std::optional<domain::LoginFailures> SqlTx::FindLoginFailures(const std::string& subject) {
  Statement s = db_.Prepare(
      "SELECT subject, failures, last_failure_at, locked_until FROM login_failures "
      "WHERE subject = ?");
  s.Bind(1, subject);
  if (!s.Step()) return std::nullopt;
  return domain::LoginFailures{s.Text(0), static_cast<int>(s.Int(1)), s.Int(2), s.Int(3)};
}

void SqlTx::SaveLoginFailures(const domain::LoginFailures& f) {
  Statement s = db_.Prepare(
      "INSERT INTO login_failures (subject, failures, last_failure_at, locked_until) "
      "VALUES (?, ?, ?, ?) ON CONFLICT (subject) DO UPDATE SET failures = excluded.failures, "
      "last_failure_at = excluded.last_failure_at, locked_until = excluded.locked_until");
  s.Bind(1, f.subject)
      .Bind(2, std::int64_t{f.failures})
      .Bind(3, f.last_failure_at)
      .Bind(4, f.locked_until)
      .Step();
}

void SqlTx::DeleteLoginFailures(const std::string& subject) {
  Statement s = db_.Prepare("DELETE FROM login_failures WHERE subject = ?");
  s.Bind(1, subject).Step();
}

std::vector<domain::LoginFailures> SqlTx::ListLockedLoginSubjects(const std::string& prefix,
                                                                  std::int64_t now) {
  std::vector<domain::LoginFailures> out;
  // substr, not LIKE: an address holds no wildcards, but a prefix compare needs no escaping.
  Statement s = db_.Prepare(
      "SELECT subject, failures, last_failure_at, locked_until FROM login_failures "
      "WHERE substr(subject, 1, ?) = ? AND locked_until > ? ORDER BY locked_until, subject");
  s.Bind(1, static_cast<std::int64_t>(prefix.size())).Bind(2, prefix).Bind(3, now);
  while (s.Step()) {
    out.push_back(domain::LoginFailures{s.Text(0), static_cast<int>(s.Int(1)), s.Int(2), s.Int(3)});
  }
  return out;
}

void SqlTx::CreatePasswordReset(const domain::PasswordReset& reset) {
  Statement s = db_.Prepare(
      "INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) "
      "VALUES (?, ?, ?, ?)");
  s.Bind(1, reset.token_hash)
      .Bind(2, reset.user_id)
      .Bind(3, reset.created_at)
      .Bind(4, reset.expires_at)
      .Step();
}

std::optional<domain::PasswordReset> SqlTx::FindPasswordReset(const std::string& token_hash) {
  Statement s = db_.Prepare(
      "SELECT token_hash, user_id, created_at, expires_at, used_at FROM password_resets "
      "WHERE token_hash = ?");
  s.Bind(1, token_hash);
  if (!s.Step()) return std::nullopt;
  return domain::PasswordReset{s.Text(0), s.Int(1), s.Int(2), s.Int(3), s.OptionalInt(4)};
}

void SqlTx::MarkPasswordResetUsed(const std::string& token_hash, std::int64_t now) {
  Statement s = db_.Prepare("UPDATE password_resets SET used_at = ? WHERE token_hash = ?");
  s.Bind(1, now).Bind(2, token_hash).Step();
}

domain::Id SqlTx::AddAuditEvent(const domain::AuditEvent& e) {
  Statement s = db_.Prepare(
      "INSERT INTO audit_events (organisation_id, at, actor_user_id, actor, action, "
      "object_type, object_id, before_json, after_json, remote_address) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
  s.Bind(1, e.organisation_id)
      .Bind(2, e.at)
      .Bind(3, e.actor_user_id)
      .Bind(4, e.actor)
      .Bind(5, e.action)
      .Bind(6, e.object_type)
      .Bind(7, e.object_id)
      .Bind(8, e.before_json)
      .Bind(9, e.after_json)
      .Bind(10, e.remote_address)
      .Step();
  return s.Int(0);
}

std::vector<domain::AuditEvent> SqlTx::ListAuditEvents(const std::string& object_type,
                                                       domain::Id object_id) {
  std::vector<domain::AuditEvent> out;
  Statement s = db_.Prepare(std::string(kAuditColumns) +
                            "WHERE object_type = ? AND object_id = ? ORDER BY id");
  s.Bind(1, object_type).Bind(2, object_id);
  while (s.Step()) out.push_back(ReadAudit(s));
  return out;
}

std::vector<domain::AuditEvent> SqlTx::ListAllAuditEvents(domain::Id organisation_id) {
  std::vector<domain::AuditEvent> out;
  Statement s = db_.Prepare(std::string(kAuditColumns) +
                            "WHERE organisation_id = ? OR organisation_id IS NULL ORDER BY id");
  s.Bind(1, organisation_id);
  while (s.Step()) out.push_back(ReadAudit(s));
  return out;
}

}  // namespace stegvis::store
