// The `stegvis` binary: one table of subcommands (see cli/command.h).

#include <iostream>
#include <vector>

#include "cli/command.h"

int main(int argc, char** argv) {
  using namespace stegvis::cli;
  CLI::App app{
      "Stegvis: support for systematic improvement work (PDSA cycles, run and control charts,\n"
      "women and men side by side) in Swedish municipalities and regions."};
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "Show help for every subcommand");

  std::vector<Command> commands = {
      AddServeCommand(app),   AddMigrateCommand(app), AddDemoCommand(app),
      AddUserCommand(app),    AddChartCommand(app),   AddBackupCommand(app),
      AddRestoreCommand(app), AddImportCommand(app),  AddVersionCommand(app),
  };

  // CLI11 would only say "a subcommand is required" for a mistyped command; name it.
  if (argc > 1 && argv[1][0] != '-') {
    bool known = false;
    for (const Command& command : commands) known = known || command.app->check_name(argv[1]);
    if (!known) {
      std::cerr << "stegvis: unknown command '" << argv[1] << "' (see stegvis --help)\n";
      return kExitUsage;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // One clear line on stderr and exit code 2, whatever was wrong.
    std::cerr << "stegvis: " << e.what() << " (see stegvis --help)\n";
    return kExitUsage;
  }
  for (const Command& command : commands) {
    if (command.app->parsed()) return command.run();
  }
  return kExitUsage;
}
