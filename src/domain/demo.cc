#include "domain/demo.h"

#include "domain/password.h"
#include "domain/units.h"

namespace stegvis::domain {
namespace {

struct DemoUnit {
  const char* name;
  UnitKind kind;
  int parent;  // index into kUnits, -1 for top level
};

// A fictional municipality's committees, administrations and units.
constexpr DemoUnit kUnits[] = {
    {"Vård- och omsorgsnämnden", UnitKind::kNamnd, -1},
    {"Vård- och omsorgsförvaltningen", UnitKind::kForvaltning, 0},
    {"Hemtjänst Norr", UnitKind::kEnhet, 1},
    {"Hemtjänst Söder", UnitKind::kEnhet, 1},
    {"Särskilt boende Ekbacken", UnitKind::kEnhet, 1},
    {"Barn- och utbildningsnämnden", UnitKind::kNamnd, -1},
    {"Utbildningsförvaltningen", UnitKind::kForvaltning, 5},
    {"Solrosens förskola", UnitKind::kEnhet, 6},
    {"Ekbackens skola", UnitKind::kEnhet, 6},
    {"Socialnämnden", UnitKind::kNamnd, -1},
    {"Socialförvaltningen", UnitKind::kForvaltning, 9},
    {"Individ- och familjeomsorgen", UnitKind::kEnhet, 10},
};

constexpr const char* kAccounts[][2] = {
    {"admin@solvik.example", "Amira Haddad"},     {"strateg@solvik.example", "Sara Lindqvist"},
    {"chef@solvik.example", "Johan Berg"},        {"team@solvik.example", "Fatima Ali"},
    {"politiker@solvik.example", "Lars Nyström"},
};

}  // namespace

core::Result<DemoSummary> SeedDemo(Store& store, const core::Clock& clock) {
  // Hash outside the transaction: argon2id is deliberately slow and holds no lock.
  core::Result<std::string> hash = HashPassword(kDemoPassword);
  if (!hash) return core::Fail(hash.error());
  const std::int64_t now = clock.NowUnixSeconds();

  return store.Write([&](StoreTx& tx) -> core::Result<DemoSummary> {
    DemoSummary summary;
    summary.organisation = "Solviks kommun";
    summary.password = kDemoPassword;
    if (!tx.ListOrganisations().empty()) {
      // Leave existing data alone; still tell how to log in if the demo accounts are there.
      if (tx.FindUserByEmail(kAccounts[0][0])) {
        for (const auto& [email, name] : kAccounts) summary.accounts.push_back({email, name});
      }
      return summary;
    }

    Id org = tx.CreateOrganisation(summary.organisation, now);
    std::vector<Id> ids;
    for (const DemoUnit& u : kUnits) {
      NewUnit unit{org, u.parent < 0 ? std::nullopt : std::optional<Id>(ids.at(u.parent)), u.name,
                   u.kind};
      core::Result<Id> id = CreateUnit(tx, unit, now);
      if (!id) return core::Fail(id.error());
      ids.push_back(*id);
    }
    std::vector<NewUser> users;
    for (const auto& [email, name] : kAccounts) {
      users.push_back(NewUser{org, email, name, "sv", *hash});
      summary.accounts.push_back({email, name});
    }
    tx.CreateUsers(users, now);
    summary.units = static_cast<int>(ids.size());
    summary.seeded = true;
    return summary;
  });
}

}  // namespace stegvis::domain
