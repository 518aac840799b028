#include "store/sql_users.h"

#include "store/tables.h"

namespace stegvis::store {

std::vector<domain::User> SqlUsers::List(domain::Id organisation_id) {
  return store::List<domain::User>(
      db_, "WHERE organisation_id = ? ORDER BY display_name COLLATE swedish, id", organisation_id);
}

std::optional<domain::User> SqlUsers::Find(domain::Id user_id) {
  return FindOne<domain::User>(db_, "WHERE id = ?", user_id);
}

std::optional<domain::User> SqlUsers::FindByEmail(const std::string& email) {
  return FindOne<domain::User>(db_, "WHERE email = ?", email);
}

domain::Id SqlUsers::Create(const domain::NewUser& user, std::int64_t now) {
  return Insert(db_, domain::UserFrom(user),
                {{"password_hash", user.password_hash}, {"created_at", now}});
}

void SqlUsers::CreateMany(const std::vector<domain::NewUser>& users, std::int64_t now) {
  std::vector<domain::User> records;
  records.reserve(users.size());
  for (const domain::NewUser& user : users) records.push_back(domain::UserFrom(user));
  const std::string created_at = std::to_string(now);
  BulkInsert(db_, records, {"password_hash", "created_at"}, [&](std::size_t i) {
    return BulkRow{users[i].password_hash, created_at};
  });
}

std::optional<std::string> SqlUsers::FindPasswordHash(domain::Id user_id) {
  return FindColumn<std::string>(db_, "SELECT password_hash FROM users WHERE id = ?", user_id);
}

void SqlUsers::SetPasswordHash(domain::Id user_id, const std::string& hash) {
  Run(db_, "UPDATE users SET password_hash = ? WHERE id = ?", hash, user_id);
}

void SqlUsers::SetActive(domain::Id user_id, bool active) {
  Run(db_, "UPDATE users SET active = ? WHERE id = ?", active, user_id);
}

std::vector<domain::User> SqlUsers::ListTeamMembers(domain::Id team_id) {
  Statement s = Query(db_,
                      SelectFrom<domain::User>("u") +
                          "JOIN memberships m ON m.user_id = u.id "
                          "WHERE m.role = 'teammedlem' AND m.scope_kind = 'team' AND "
                          "m.scope_id = ? AND u.active = 1 "
                          "ORDER BY u.display_name COLLATE swedish, u.id",
                      team_id);
  return ReadAll<domain::User>(s);
}

std::vector<domain::Id> SqlUsers::ListScoped(domain::ScopeKind scope_kind, domain::Id scope_id) {
  return ListColumn<domain::Id>(db_,
                                "SELECT DISTINCT user_id FROM memberships WHERE scope_kind = ? "
                                "AND scope_id = ? ORDER BY user_id",
                                domain::ScopeKindName(scope_kind), scope_id);
}

std::vector<domain::Membership> SqlUsers::ListMemberships(domain::Id user_id) {
  return store::List<domain::Membership>(db_, "WHERE user_id = ? ORDER BY id", user_id);
}

std::optional<domain::Id> SqlUsers::AddMembership(const domain::Membership& m, std::int64_t now) {
  const ExtraColumns created = {{"created_at", now}};
  Statement s = db_.Prepare(InsertSql<domain::Membership>(created) +
                            " ON CONFLICT (user_id, role, scope_kind, scope_id) DO NOTHING "
                            "RETURNING id");
  BindInsert(s, m, created);
  if (!s.Step()) return std::nullopt;
  return s.Next<domain::Id>();
}

void SqlUsers::DeleteMembership(domain::Id membership_id) {
  Run(db_, "DELETE FROM memberships WHERE id = ?", membership_id);
}

}  // namespace stegvis::store
