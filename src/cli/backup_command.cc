// `stegvis backup`: a consistent copy of the database while Stegvis serves
// (store/backup.h; docs/operations.md, "Backups").

#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/database_options.h"
#include "store/backup.h"
#include "store/migrations.h"

namespace stegvis::cli {

Command AddBackupCommand(CLI::App& app) {
  auto options = std::make_shared<DatabaseOptions>();
  auto file = std::make_shared<std::string>();
  CLI::App* sub = app.add_subcommand(
      "backup", "Write a consistent copy of the database to FILE while Stegvis serves");
  sub->description(
      "Write a consistent copy of the database to FILE while Stegvis serves.\n"
      "\n"
      "SQLite: a database file made with SQLite's online backup API (the database as it was at\n"
      "one moment; requests go on meanwhile) and checked with PRAGMA integrity_check.\n"
      "PostgreSQL: pg_dump's custom format (needs pg_dump from postgresql-client-15).\n"
      "FILE must not exist: a backup never overwrites one. It appears only when complete.\n"
      "Restore it with `stegvis restore`.\n"
      "\n"
      "Example:\n"
      "  stegvis backup --db /srv/stegvis/stegvis.db /backup/stegvis-2026-03-01.db");
  AddDatabaseOptions(sub, *options);
  sub->add_option("FILE", *file, "the backup file to write")->required()->type_name("FILE");
  return {sub, [options, file] {
            auto url = DatabaseLocation(*options);
            if (!url) return ReportError(url.error());
            auto summary = store::Backup(*url, *file);
            if (!summary) return ReportError(summary.error());
            std::cout << store::DescribeDatabase(*url) << ": backed up schema version "
                      << summary->schema_version << " to " << *file << " (" << summary->bytes
                      << " bytes)\n";
            return kExitOk;
          }};
}

}  // namespace stegvis::cli
