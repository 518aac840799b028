#pragma once
// The options every database-using subcommand shares: --db / STEGVIS_DB and
// --data-dir / STEGVIS_DATA_DIR (the default database lives there).

#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "core/error.h"
#include "store/sqlite_store.h"

namespace stegvis::cli {

struct DatabaseOptions {
  std::string db;  // empty: <data_dir>/stegvis.db
  std::string data_dir = "var";
};

// Registers --db and --data-dir on `command`.
void AddDatabaseOptions(CLI::App* command, DatabaseOptions& options);

struct OpenedStore {
  std::unique_ptr<store::SqliteStore> store;
  std::string description;  // e.g. "sqlite:var/stegvis.db", for messages
};

// Opens the configured database, creating the data directory for a default database.
// Errors: kInvalidInput for a bad --db value (exit 2), kUnavailable when it cannot be
// opened (exit 1).
core::Result<OpenedStore> OpenDatabase(const DatabaseOptions& options);

// Prints "stegvis: MESSAGE" on stderr and returns the exit code for the error.
int ReportError(const core::Error& error);

}  // namespace stegvis::cli
