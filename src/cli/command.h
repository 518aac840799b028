#pragma once
// The subcommands of the `stegvis` binary, one file each. Each Add*Command registers its
// subcommand (options, help text) on the app and returns how to run it once parsed.

#include <functional>

#include <CLI/CLI.hpp>

namespace stegvis::cli {

// Exit codes shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // the command ran and failed (database unreachable, ...)
inline constexpr int kExitUsage = 2;    // bad option, bad value or bad input file

struct Command {
  CLI::App* app = nullptr;   // the parsed subcommand
  std::function<int()> run;  // runs it after parsing; returns the exit code
};

Command AddServeCommand(CLI::App& app);
Command AddMigrateCommand(CLI::App& app);
Command AddDemoCommand(CLI::App& app);
Command AddVersionCommand(CLI::App& app);
// `stegvis chart`: CSV in, analysis as JSON/CSV/SVG out (cli/chart_command.cc).
Command AddChartCommand(CLI::App& app);
Command AddUserCommand(CLI::App& app);
// `stegvis backup` and `stegvis restore` (cli/backup_command.cc, cli/restore_command.cc).
Command AddBackupCommand(CLI::App& app);
Command AddRestoreCommand(CLI::App& app);
// `stegvis import`: a CSV file of one measure's values (cli/import_command.cc).
Command AddImportCommand(CLI::App& app);

}  // namespace stegvis::cli
