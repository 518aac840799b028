#include <iostream>

#include "cli/command.h"
#include "cli/version.h"

namespace stegvis::cli {

Command AddVersionCommand(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("version", "Print the version of Stegvis and exit");
  return {sub, [] {
            std::cout << "stegvis " << kVersion << "\n";
            return kExitOk;
          }};
}

}  // namespace stegvis::cli
