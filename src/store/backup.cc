#include "store/backup.h"

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "store/migrations.h"
#include "store/postgres_backup.h"
#include "store/sqlite_backup.h"

namespace stegvis::store {
namespace {

namespace fs = std::filesystem;

enum class BackupKind { kSqlite, kPostgres, kUnknown };

// What a backup file holds, from its first bytes.
BackupKind KindOf(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  char head[16] = {};
  in.read(head, sizeof head);
  const std::string_view bytes(head, static_cast<std::size_t>(in.gcount()));
  if (bytes == std::string_view("SQLite format 3\0", 16)) return BackupKind::kSqlite;
  if (bytes.starts_with("PGDMP")) return BackupKind::kPostgres;
  return BackupKind::kUnknown;
}

core::Error BadFile(std::string message) {
  return core::Error::Invalid(std::move(message), "file");
}

// Flushes `path` (a file or a folder) to disk, so a backup that was reported written is.
void Sync(const fs::path& path) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  fsync(fd);
  close(fd);
}

// Removes the temporary file unless the backup was completed.
class PartialFile {
 public:
  explicit PartialFile(fs::path path) : path_(std::move(path)) {}
  ~PartialFile() {
    if (!path_.empty()) {
      std::error_code ignored;
      fs::remove(path_, ignored);
      fs::remove(path_.string() + "-journal", ignored);
    }
  }
  PartialFile(const PartialFile&) = delete;
  PartialFile& operator=(const PartialFile&) = delete;
  const fs::path& path() const { return path_; }
  // Gives `path()` its final name.
  core::Result<void> MoveTo(const fs::path& file) {
    Sync(path_);
    std::error_code ec;
    fs::rename(path_, file, ec);
    if (ec) return core::Fail(BadFile("cannot write " + file.string() + ": " + ec.message()));
    path_.clear();
    Sync(file.parent_path().empty() ? fs::path(".") : file.parent_path());
    return {};
  }

 private:
  fs::path path_;
};

}  // namespace

core::Result<BackupSummary> Backup(const DatabaseUrl& url, const std::string& file) {
  const fs::path target(file);
  std::error_code ec;
  if (fs::exists(target, ec)) {
    return core::Fail(BadFile(file + " exists already; a backup never overwrites a file"));
  }
  const fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  if (!fs::is_directory(folder, ec)) {
    return core::Fail(BadFile("the folder " + folder.string() + " does not exist"));
  }
  PartialFile partial(folder /
                      ("." + target.filename().string() + ".partial-" + std::to_string(getpid())));
  fs::remove(partial.path(), ec);
  auto version = url.engine == Engine::kSqlite ? CopySqliteDatabase(url.location, partial.path())
                                               : DumpPostgres(url.location, partial.path());
  if (!version) return core::Fail(version.error());
  if (auto moved = partial.MoveTo(target); !moved) return core::Fail(moved.error());
  return BackupSummary{*version, fs::file_size(target, ec)};
}

core::Result<BackupSummary> Restore(const DatabaseUrl& url, const std::string& file, bool replace) {
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) return core::Fail(BadFile(file + ": no such file"));
  const BackupKind kind = KindOf(file);
  if (kind == BackupKind::kUnknown) return core::Fail(BadFile(file + " is not a Stegvis backup"));
  if ((kind == BackupKind::kSqlite) != (url.engine == Engine::kSqlite)) {
    return core::Fail(BadFile(file + (kind == BackupKind::kSqlite
                                          ? " is a SQLite backup; --db names a PostgreSQL database"
                                          : " is a PostgreSQL backup (pg_dump); --db names a "
                                            "SQLite database")));
  }
  const BackupSummary summary{0, fs::file_size(file, ec)};
  if (kind == BackupKind::kPostgres) {
    auto version = RestorePostgres(url.location, file, replace);
    if (!version) return core::Fail(version.error());
    return BackupSummary{*version, summary.bytes};
  }
  auto version = CheckSqliteBackup(file);
  if (!version) return core::Fail(version.error());
  if (*version > LatestMigrationVersion()) {
    return core::Fail(BadFile(file + " holds schema version " + std::to_string(*version) +
                              ", newer than this binary knows (" +
                              std::to_string(LatestMigrationVersion()) +
                              "): restore it with the release that made it"));
  }
  const fs::path folder = fs::path(url.location).parent_path();
  if (!folder.empty() && !fs::is_directory(folder, ec)) {
    return core::Fail(core::Error{core::ErrorCode::kUnavailable,
                                  "the folder " + folder.string() + " does not exist",
                                  "db",
                                  {}});
  }
  if (auto restored = RestoreSqliteDatabase(file, url.location, replace); !restored) {
    return core::Fail(restored.error());
  }
  return BackupSummary{*version, summary.bytes};
}

}  // namespace stegvis::store
