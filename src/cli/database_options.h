#pragma once
// The options every database-using subcommand shares: --db / STEGVIS_DB,
// --data-dir / STEGVIS_DATA_DIR (the default database lives there) and
// --db-pool-size / STEGVIS_DB_POOL_SIZE.

#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "core/error.h"
#include "store/database_url.h"
#include "store/migrating_store.h"

namespace stegvis::cli {

struct DatabaseOptions {
  std::string db;  // empty: <data_dir>/stegvis.db
  std::string data_dir = "var";
  int pool_size = 8;  // connections this process may open
};

// Registers --db, --data-dir and --db-pool-size on `command`.
void AddDatabaseOptions(CLI::App* command, DatabaseOptions& options);

struct OpenedStore {
  std::unique_ptr<store::MigratingStore> store;
  std::string description;  // e.g. "sqlite:var/stegvis.db", for messages (no password)
};

// The configured database (--db, or the default file in the data directory, which is created).
// Errors: kInvalidInput for a bad --db value, kUnavailable when the data directory cannot be
// created.
core::Result<store::DatabaseUrl> DatabaseLocation(const DatabaseOptions& options);

// Opens the configured database, creating the data directory for a default database.
// Errors: kInvalidInput for a bad --db value (exit 2), kUnavailable when it cannot be
// opened (exit 1).
core::Result<OpenedStore> OpenDatabase(const DatabaseOptions& options);

// Prints "stegvis: MESSAGE" on stderr and returns the exit code for the error.
int ReportError(const core::Error& error);

}  // namespace stegvis::cli
