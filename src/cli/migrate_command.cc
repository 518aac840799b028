#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/database_options.h"

namespace stegvis::cli {

Command AddMigrateCommand(CLI::App& app) {
  auto options = std::make_shared<DatabaseOptions>();
  CLI::App* sub = app.add_subcommand(
      "migrate",
      "Bring the database schema up to date (safe to run again; `serve` also does this)");
  AddDatabaseOptions(sub, *options);
  return {sub, [options] {
            auto opened = OpenDatabase(*options);
            if (!opened) return ReportError(opened.error());
            try {
              std::vector<int> applied = opened->store->Migrate();
              if (applied.empty()) {
                std::cout << opened->description << ": schema is up to date\n";
              }
              for (int version : applied) {
                std::cout << opened->description << ": applied migration " << version << "\n";
              }
            } catch (const std::exception& e) {
              std::cerr << "stegvis: migration failed: " << e.what() << "\n";
              return kExitFailure;
            }
            return kExitOk;
          }};
}

}  // namespace stegvis::cli
