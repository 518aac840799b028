#pragma once
// The PostgreSQL half of store/backup.h: pg_dump in its custom format and pg_restore, the
// client programs of postgresql-client-15. The connection parameters reach them as libpq's
// environment variables (PGHOST, PGPASSWORD, ...), never on the command line, where other
// users of the machine could read a password.

#include <string>
#include <vector>

#include "core/error.h"

namespace stegvis::store {

// The libpq environment ("PGHOST=db", "PGPASSWORD=...", ...) for a connection URL or
// key=value string. Fails with kInvalidInput (field "db") when libpq cannot parse it.
core::Result<std::vector<std::string>> LibpqEnvironment(const std::string& url);

// Dumps the Stegvis database `url` names into `file` (a new file) with pg_dump in one
// snapshot and returns its schema version. Fails with kInvalidInput (field "db") when it holds
// no Stegvis schema; kUnavailable when it is unreachable or pg_dump is missing or fails.
core::Result<int> DumpPostgres(const std::string& url, const std::string& file);

// Restores the pg_dump `file` into the database `url` names, in one transaction, and returns
// the schema version it now holds. Unless `replace`, fails with kConflict (field "db") when the
// database already holds a Stegvis schema; with `replace` the dump's objects are dropped first.
// kUnavailable when the database is unreachable or pg_restore is missing or fails (nothing
// is restored then).
core::Result<int> RestorePostgres(const std::string& url, const std::string& file, bool replace);

}  // namespace stegvis::store
