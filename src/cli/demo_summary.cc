#include "cli/demo_summary.h"

namespace stegvis::cli {

void PrintDemoSummary(std::ostream& out, const domain::DemoSummary& summary,
                      const std::string& database) {
  if (summary.seeded) {
    out << database << ": added the demonstration organisation " << summary.organisation << " ("
        << summary.units << " units, " << summary.teams << " teams, " << summary.accounts.size()
        << " users).\n";
  } else {
    out << database << " already holds data; the demonstration data was not added again.\n";
  }
  if (summary.accounts.empty()) return;
  out << "Demo login (password for every demo user: " << summary.password << "):\n";
  for (const auto& account : summary.accounts) {
    out << "  " << account.email << "  (" << account.display_name << ", " << account.role << ")\n";
  }
}

}  // namespace stegvis::cli
