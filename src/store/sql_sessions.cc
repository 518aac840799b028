#include "store/sql_sessions.h"

#include "store/data_version.h"
#include "store/tables.h"

namespace stegvis::store {

void SqlSessions::Create(const domain::SessionRecord& session) {
  InsertRow(db_, session);
}

std::optional<domain::SessionLookup> SqlSessions::Find(const std::string& id_hash) {
  // One statement for everything a request needs: the session, its user, one row per role
  // (none when the user has no role, hence the LEFT JOIN) and the data version.
  Statement s = Query(
      db_,
      "SELECT " + std::string(kDataVersionSql) + ", " + ColumnList<domain::SessionRecord>("s") +
          ", " + ColumnList<domain::User>("u") + ", " + ColumnList<domain::Membership>("m") +
          " FROM sessions s JOIN users u ON u.id = s.user_id"
          " LEFT JOIN memberships m ON m.user_id = u.id"
          " WHERE s.id_hash = ? ORDER BY m.id",
      id_hash);
  std::optional<domain::SessionLookup> out;
  while (s.Step()) {
    if (!out) {
      out.emplace();
      out->data_version = s.Next<std::int64_t>();
      out->record = ReadEntity<domain::SessionRecord>(s);
      out->user = ReadEntity<domain::User>(s);
    } else {
      s.Skip(1 + ColumnCount<domain::SessionRecord>() + ColumnCount<domain::User>());
    }
    if (!s.NextIsNull()) out->memberships.push_back(ReadEntity<domain::Membership>(s));
  }
  return out;
}

void SqlSessions::Touch(const std::string& id_hash, std::int64_t now) {
  Run(db_, "UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?", now, id_hash);
}

void SqlSessions::Delete(const std::string& id_hash) {
  Run(db_, "DELETE FROM sessions WHERE id_hash = ?", id_hash);
}

void SqlSessions::DeleteForUser(domain::Id user_id) {
  Run(db_, "DELETE FROM sessions WHERE user_id = ?", user_id);
}

void SqlSessions::DeleteExpired(std::int64_t idle_before, std::int64_t created_before) {
  Run(db_, "DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?", idle_before,
      created_before);
}

std::optional<domain::LoginFailures> SqlSessions::FindLoginFailures(const std::string& subject) {
  return FindOne<domain::LoginFailures>(db_, "WHERE subject = ?", subject);
}

void SqlSessions::SaveLoginFailures(const domain::LoginFailures& failures) {
  Upsert(db_, failures, "subject");
}

void SqlSessions::DeleteLoginFailures(const std::string& subject) {
  Run(db_, "DELETE FROM login_failures WHERE subject = ?", subject);
}

void SqlSessions::DeleteLoginFailuresWithPrefix(const std::string& prefix) {
  // substr, not LIKE: an email may hold '_' and '%', and a prefix compare needs no escaping.
  Run(db_, "DELETE FROM login_failures WHERE substr(subject, 1, ?) = ?",
      static_cast<std::int64_t>(prefix.size()), prefix);
}

void SqlSessions::DeleteStaleLoginFailures(std::int64_t failed_before, std::int64_t now,
                                           int limit) {
  // DELETE … LIMIT is not standard SQL (SQLite has it only as a build option), so the rows
  // are chosen in a subquery; login_failures_by_last_failure finds them without a scan.
  Run(db_,
      "DELETE FROM login_failures WHERE subject IN (SELECT subject FROM login_failures"
      " WHERE last_failure_at < ? AND locked_until <= ? LIMIT ?)",
      failed_before, now, static_cast<std::int64_t>(limit));
}

std::vector<domain::LoginFailures> SqlSessions::ListLocked(const std::string& prefix,
                                                           std::int64_t now) {
  // substr, not LIKE: an email may hold '_' and '%', and a prefix compare needs no escaping.
  return store::List<domain::LoginFailures>(
      db_, "WHERE substr(subject, 1, ?) = ? AND locked_until > ? ORDER BY locked_until, subject",
      static_cast<std::int64_t>(prefix.size()), prefix, now);
}

void SqlSessions::CreatePasswordReset(const domain::PasswordReset& reset) {
  InsertRow(db_, reset);
}

std::optional<domain::PasswordReset> SqlSessions::FindPasswordReset(const std::string& token_hash) {
  return FindOne<domain::PasswordReset>(db_, "WHERE token_hash = ?", token_hash);
}

void SqlSessions::MarkPasswordResetUsed(const std::string& token_hash, std::int64_t now) {
  Run(db_, "UPDATE password_resets SET used_at = ? WHERE token_hash = ?", now, token_hash);
}

void SqlSessions::RevokePasswordResets(domain::Id user_id, std::int64_t now) {
  Run(db_, "UPDATE password_resets SET used_at = ? WHERE user_id = ? AND used_at IS NULL", now,
      user_id);
}

}  // namespace stegvis::store
