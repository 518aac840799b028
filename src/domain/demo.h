#pragma once
// Demonstration data: a fictional municipality with its unit tree, teams and one user per
// role, so a new installation has something real to show. Deterministic: the same data
// every time.

#include <string>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/store.h"

namespace stegvis::domain {

struct DemoAccount {
  std::string email;
  std::string display_name;
  std::string role;  // "admin", "strateg", ...
};

struct DemoSummary {
  bool seeded = false;  // false: the database already held data, nothing changed
  std::string organisation;
  int units = 0;
  int teams = 0;
  std::vector<DemoAccount> accounts;  // the demo accounts, if the database has them
  std::string password;               // the demo accounts' shared password
};

// The password every demo account gets.
inline constexpr const char* kDemoPassword = "stegvis-demo-2026";

// Seeds the demonstration data in one transaction if the database holds no organisation;
// otherwise changes nothing and returns seeded = false. Fails only on infrastructure errors.
core::Result<DemoSummary> SeedDemo(Store& store, const core::Clock& clock);

// The active demo accounts in `store` whose password is still kDemoPassword (their emails):
// anyone who has read the README can log in as them. Empty when there are none. Fails only on
// infrastructure errors.
core::Result<std::vector<std::string>> DemoAccountsWithPublishedPassword(Store& store);

}  // namespace stegvis::domain
