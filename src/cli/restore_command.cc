// `stegvis restore`: a backup made by `stegvis backup` back into a database
// (store/backup.h; docs/operations.md, "Backups").

#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/database_options.h"
#include "store/backup.h"
#include "store/migrations.h"

namespace stegvis::cli {

Command AddRestoreCommand(CLI::App& app) {
  auto options = std::make_shared<DatabaseOptions>();
  auto file = std::make_shared<std::string>();
  auto replace = std::make_shared<bool>(false);
  CLI::App* sub =
      app.add_subcommand("restore", "Restore a backup made by `stegvis backup` into a database");
  sub->description(
      "Restore a backup made by `stegvis backup` into the database --db names.\n"
      "\n"
      "SQLite: --db is a new file (or an empty one). PostgreSQL: an existing, empty database\n"
      "(createdb first); needs pg_restore from postgresql-client-15. Nothing is half-restored:\n"
      "the restore runs in one transaction. A database that already holds Stegvis data is\n"
      "refused unless --replace is given; stop every server using it first. A backup from an\n"
      "older release is brought up to date by `stegvis migrate` (or the next `stegvis serve`).\n"
      "\n"
      "Example:\n"
      "  stegvis restore --db /srv/stegvis/restored.db /backup/stegvis-2026-03-01.db");
  AddDatabaseOptions(sub, *options);
  sub->add_flag("--replace", *replace,
                "overwrite a database that holds data (stop the servers using it first)");
  sub->add_option("FILE", *file, "the backup file to read")->required()->type_name("FILE");
  return {sub, [options, file, replace] {
            auto url = DatabaseLocation(*options);
            if (!url) return ReportError(url.error());
            auto summary = store::Restore(*url, *file, *replace);
            if (!summary) return ReportError(summary.error());
            const std::string database = store::DescribeDatabase(*url);
            std::cout << database << ": restored schema version " << summary->schema_version
                      << " from " << *file << "\n";
            if (summary->schema_version < store::LatestMigrationVersion()) {
              std::cout << database << ": run `stegvis migrate` to bring it to version "
                        << store::LatestMigrationVersion() << "\n";
            } else if (summary->schema_version > store::LatestMigrationVersion()) {
              std::cerr << "stegvis: the backup was made by a newer release (schema version "
                        << summary->schema_version << "); this binary knows up to "
                        << store::LatestMigrationVersion() << " and cannot serve it\n";
              return kExitFailure;
            }
            return kExitOk;
          }};
}

}  // namespace stegvis::cli
