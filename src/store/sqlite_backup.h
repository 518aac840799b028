#pragma once
// The SQLite half of store/backup.h: copies between database files with SQLite's online
// backup API (https://sqlite.org/backup.html), one step for the whole database, so the copy
// is taken in one read transaction: the source as it was at one moment, while its writers
// carry on (WAL).

#include <string>

#include "core/error.h"

namespace stegvis::store {

// Copies the Stegvis database at `source` into `copy` (a new file), checks the copy with
// PRAGMA integrity_check and returns its schema version. The copy uses a rollback journal,
// so it opens read-only anywhere (no -wal or -shm beside it). Fails with kInvalidInput (field
// "db") when `source` holds no Stegvis schema, kUnavailable when it cannot be read or the
// copy fails its check.
core::Result<int> CopySqliteDatabase(const std::string& source, const std::string& copy);

// Checks that `backup` is a sound SQLite copy of a Stegvis database and returns its schema
// version. Fails with kInvalidInput (field "file") otherwise.
core::Result<int> CheckSqliteBackup(const std::string& backup);

// Replaces the content of the database `target` (created if missing; its folder must exist)
// with `backup`'s, in one transaction, and checks the result. Unless `replace`, fails with
// kConflict (field "db") when `target` already holds a Stegvis schema. kUnavailable when
// `target` cannot be opened or stays locked by another process (a server using it).
core::Result<void> RestoreSqliteDatabase(const std::string& backup, const std::string& target,
                                         bool replace);

}  // namespace stegvis::store
