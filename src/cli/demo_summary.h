#pragma once

#include <ostream>
#include <string>

#include "domain/demo.h"

namespace stegvis::cli {

// Tells the operator what the demo seeding did and how to log in to the demo accounts.
void PrintDemoSummary(std::ostream& out, const domain::DemoSummary& summary,
                      const std::string& database);

}  // namespace stegvis::cli
