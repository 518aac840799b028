#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/database_options.h"
#include "cli/demo_summary.h"
#include "core/clock.h"
#include "domain/demo.h"

namespace stegvis::cli {

Command AddDemoCommand(CLI::App& app) {
  auto options = std::make_shared<DatabaseOptions>();
  CLI::App* sub = app.add_subcommand(
      "demo",
      "Fill an empty database with demonstration data (a fictional municipality with units\n"
      "and users); a database that already holds data is left unchanged");
  AddDatabaseOptions(sub, *options);
  return {sub, [options] {
            auto opened = OpenDatabase(*options);
            if (!opened) return ReportError(opened.error());
            try {
              opened->store->Migrate();
              core::SystemClock clock;
              auto summary = domain::SeedDemo(*opened->store, clock);
              if (!summary) return ReportError(summary.error());
              PrintDemoSummary(std::cout, *summary, opened->description);
            } catch (const std::exception& e) {
              std::cerr << "stegvis: " << e.what() << "\n";
              return kExitFailure;
            }
            return kExitOk;
          }};
}

}  // namespace stegvis::cli
