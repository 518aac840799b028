// Lists a person reads are in Swedish order, the same on both engines: the "swedish"
// collation (SQLite: registered per connection, calling core::SwedishLess; PostgreSQL: ICU's
// sv-SE, created by a migration).

#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/collate.h"
#include "store/test_database.h"

namespace stegvis::store {
namespace {

using SwedishOrderTest = EngineTest;
INSTANTIATE_TEST_SUITE_P(Engines, SwedishOrderTest,
                         testing::Values(Engine::kSqlite, Engine::kPostgres), EngineName);

const std::vector<std::string> kNames = {"Ärende", "Åtgärd", "öppen", "Zeta", "alfa",
                                         "Ängel",  "Östra",  "Åre",   "zebra"};
// What a Swedish reader expects: case does not matter, z before å before ä before ö.
const std::vector<std::string> kSwedishOrder = {"alfa",  "zebra",  "Zeta",  "Åre",  "Åtgärd",
                                                "Ängel", "Ärende", "öppen", "Östra"};

template <typename T>
std::vector<std::string> Names(const std::vector<T>& rows, std::string T::*member) {
  std::vector<std::string> out;
  for (const T& row : rows) out.push_back(row.*member);
  return out;
}

TEST_P(SwedishOrderTest, UnitsTeamsUsersAndProgrammesAreListedInSwedishOrder) {
  store_->Migrate();
  domain::Id org = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    org = tx.Units().CreateOrganisation("Kommun", 1);
    domain::Id unit =
        tx.Units().Create({org, std::nullopt, "Hemtjänst", domain::UnitKind::kEnhet}, 1);
    for (std::size_t i = 0; i < kNames.size(); ++i) {
      const std::string& name = kNames[i];
      tx.Units().Create({org, unit, name, domain::UnitKind::kEnhet}, 1);
      tx.Teams().Create({org, unit, name, ""}, 1);
      tx.Users().Create({org, "u" + std::to_string(i) + "@kommun.example", name, "sv", "h"}, 1);
      domain::Programme programme;
      programme.organisation_id = org;
      programme.name = name;
      tx.Programmes().Create(programme, 1);
    }
    return true;
  });
  std::vector<std::string> sorted = kNames;
  std::sort(sorted.begin(), sorted.end(), core::SwedishLess);
  ASSERT_EQ(sorted, kSwedishOrder) << "core::SwedishLess itself";

  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    std::vector<std::string> units = Names(tx.Units().List(org), &domain::Unit::name);
    units.erase(std::find(units.begin(), units.end(), "Hemtjänst"));
    EXPECT_EQ(units, kSwedishOrder);
    EXPECT_EQ(Names(tx.Teams().List(org), &domain::Team::name), kSwedishOrder);
    EXPECT_EQ(Names(tx.Users().List(org), &domain::User::display_name), kSwedishOrder);
    EXPECT_EQ(Names(tx.Programmes().List(org), &domain::Programme::name), kSwedishOrder);
    return true;
  });
}

TEST_P(SwedishOrderTest, EqualNamesKeepTheOrderTheyWereCreatedIn) {
  store_->Migrate();
  domain::Id org = 0;
  std::vector<domain::Id> ids;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    org = tx.Units().CreateOrganisation("Kommun", 1);
    for (int i = 0; i < 3; ++i) {
      ids.push_back(tx.Units().Create({org, std::nullopt, "Enhet", domain::UnitKind::kEnhet}, 1));
    }
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    std::vector<domain::Id> listed;
    for (const domain::Unit& u : tx.Units().List(org)) listed.push_back(u.id);
    EXPECT_EQ(listed, ids);
    return true;
  });
}

}  // namespace
}  // namespace stegvis::store
