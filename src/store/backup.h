#pragma once
// Backups of a Stegvis database, and restoring one, while Stegvis serves (`stegvis backup`,
// `stegvis restore`; docs/operations.md, "Backups"). SQLite: the online backup API copies the
// file in one read transaction, so the copy is the database at one moment and writers carry
// on meanwhile (WAL). PostgreSQL: pg_dump's custom format, restored with pg_restore in one
// transaction.

#include <cstdint>
#include <string>

#include "core/error.h"
#include "store/database_url.h"

namespace stegvis::store {

struct BackupSummary {
  int schema_version = 0;    // the schema version the backup holds
  std::uintmax_t bytes = 0;  // the size of the backup file
};

// Writes a consistent copy of the Stegvis database `url` names to `file`. The file appears
// only when complete and checked (it is written beside it under a temporary name first); a
// SQLite copy passes PRAGMA integrity_check. Fails with kInvalidInput (field "file") when
// `file` exists already (a backup never overwrites one) or its folder does not; kInvalidInput
// (field "db") when the database holds no Stegvis schema; kUnavailable when the database
// cannot be read, the copy fails its check, or pg_dump is missing or fails (pg_dump's own
// words are on stderr).
core::Result<BackupSummary> Backup(const DatabaseUrl& url, const std::string& file);

// Restores the backup `file` into the database `url` names: for SQLite a file (created if
// missing), for PostgreSQL an existing database. The database must hold no Stegvis schema,
// unless `replace`, which overwrites it (stop every server using it first). Nothing is
// half-restored: SQLite copies in one transaction, pg_restore runs in one. Fails with
// kInvalidInput (field "file") when `file` is missing, is not a Stegvis backup, is a backup of
// the other engine, or holds a schema newer than this binary knows; kConflict (field "db")
// when the database holds data and `replace` is false; kUnavailable when the database cannot
// be written (in use, unreachable) or pg_restore is missing or fails.
core::Result<BackupSummary> Restore(const DatabaseUrl& url, const std::string& file, bool replace);

}  // namespace stegvis::store
