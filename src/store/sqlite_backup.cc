#include "store/sqlite_backup.h"

#include <sqlite3.h>

#include <optional>
#include <string_view>

namespace stegvis::store {
namespace {

// How long a copy waits for a lock another process holds (a writer's checkpoint, or a server
// writing to the restore target) before giving up.
constexpr int kBusyMilliseconds = 10'000;

core::Error Unavailable(std::string message, std::string field = "db") {
  return core::Error{core::ErrorCode::kUnavailable, std::move(message), std::move(field), {}};
}

// One open database; closed however the scope is left.
class Db {
 public:
  Db(const std::string& path, int flags) {
    if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
      error_ = db_ ? sqlite3_errmsg(db_) : "out of memory";
      sqlite3_close(db_);
      db_ = nullptr;
      return;
    }
    sqlite3_busy_timeout(db_, kBusyMilliseconds);
  }
  ~Db() { sqlite3_close(db_); }
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  bool ok() const { return db_ != nullptr; }
  const std::string& error() const { return error_; }
  sqlite3* get() const { return db_; }
  std::string message() const { return db_ ? sqlite3_errmsg(db_) : error_; }

  // The first column of the first row of `sql` as text; nullopt when there is no row or the
  // statement fails (then message() says why).
  std::optional<std::string> Text(const char* sql) const {
    sqlite3_stmt* stmt = nullptr;
    std::optional<std::string> out;
    if (sqlite3_prepare_v2(db_, sql, -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
      const unsigned char* text = sqlite3_column_text(stmt, 0);
      out = text ? reinterpret_cast<const char*>(text) : "";
    }
    sqlite3_finalize(stmt);
    return out;
  }
  bool Exec(const char* sql) const {
    return sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
  }

  // The Stegvis schema version, or nullopt when there is no schema_migrations table.
  std::optional<int> SchemaVersion() const {
    auto has = Text(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'");
    if (!has || *has == "0") return std::nullopt;
    auto version = Text("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    if (!version) return std::nullopt;
    return std::stoi(*version);
  }
  bool IntegrityOk() const { return Text("PRAGMA integrity_check") == "ok"; }

 private:
  sqlite3* db_ = nullptr;
  std::string error_;
};

// Copies every page of `from` into `to` in one step. Returns SQLITE_DONE on success.
int CopyPages(const Db& from, const Db& to) {
  sqlite3_backup* backup = sqlite3_backup_init(to.get(), "main", from.get(), "main");
  if (!backup) return sqlite3_errcode(to.get());
  int rc = SQLITE_OK;
  // The busy handler does not cover the backup: wait for a lock here, bounded.
  for (int waited = 0; waited <= kBusyMilliseconds; waited += 100) {
    rc = sqlite3_backup_step(backup, -1);
    if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) break;
    sqlite3_sleep(100);
  }
  const int finish = sqlite3_backup_finish(backup);
  return rc == SQLITE_DONE ? finish == SQLITE_OK ? SQLITE_DONE : finish : rc;
}

}  // namespace

core::Result<int> CopySqliteDatabase(const std::string& source, const std::string& copy) {
  Db from(source, SQLITE_OPEN_READONLY);
  if (!from.ok()) return core::Fail(Unavailable("cannot open " + source + ": " + from.error()));
  if (!from.SchemaVersion()) {
    return core::Fail(core::Error::Invalid(source + " holds no Stegvis database", "db"));
  }
  Db to(copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (!to.ok()) return core::Fail(Unavailable("cannot create " + copy + ": " + to.error(), "file"));
  if (CopyPages(from, to) != SQLITE_DONE) {
    return core::Fail(Unavailable("cannot copy " + source + ": " + to.message()));
  }
  // The copy carries the source's WAL flag; a rollback journal lets it open read-only.
  if (!to.Exec("PRAGMA journal_mode=DELETE") || !to.IntegrityOk()) {
    return core::Fail(
        Unavailable("the copy of " + source + " fails its integrity check: " + to.message()));
  }
  auto version = to.SchemaVersion();
  if (!version) return core::Fail(Unavailable("the copy of " + source + " has no schema"));
  return *version;
}

core::Result<int> CheckSqliteBackup(const std::string& backup) {
  Db db(backup, SQLITE_OPEN_READONLY);
  if (!db.ok()) {
    return core::Fail(core::Error::Invalid("cannot open " + backup + ": " + db.error(), "file"));
  }
  if (!db.IntegrityOk()) {
    return core::Fail(core::Error::Invalid(
        backup + " is damaged (PRAGMA integrity_check: " + db.message() + ")", "file"));
  }
  auto version = db.SchemaVersion();
  if (!version) {
    return core::Fail(core::Error::Invalid(backup + " is not a Stegvis backup", "file"));
  }
  return *version;
}

core::Result<void> RestoreSqliteDatabase(const std::string& backup, const std::string& target,
                                         bool replace) {
  Db from(backup, SQLITE_OPEN_READONLY);
  if (!from.ok()) {
    return core::Fail(core::Error::Invalid("cannot open " + backup + ": " + from.error(), "file"));
  }
  Db to(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (!to.ok()) return core::Fail(Unavailable("cannot open " + target + ": " + to.error()));
  if (!replace && to.SchemaVersion()) {
    return core::Fail(core::Error{core::ErrorCode::kConflict,
                                  target + " already holds a Stegvis database; restore into a new "
                                           "file, or give --replace to overwrite it",
                                  "db",
                                  {}});
  }
  if (CopyPages(from, to) != SQLITE_DONE) {
    return core::Fail(
        Unavailable("cannot write " + target + " (is a server using it?): " + to.message()));
  }
  // The same journal the server uses (store/sqlite_connection.cc), so the first server to
  // open the file does not have to switch it.
  if (!to.Exec("PRAGMA journal_mode=WAL") || !to.IntegrityOk()) {
    return core::Fail(
        Unavailable("the restored " + target + " fails its integrity check: " + to.message()));
  }
  return {};
}

}  // namespace stegvis::store
