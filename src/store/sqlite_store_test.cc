#include "store/sqlite_store.h"

#include <filesystem>
#include <random>

#include <gtest/gtest.h>

#include "core/clock.h"
#include "domain/demo.h"
#include "domain/units.h"
#include "store/migrations.h"

namespace stegvis::store {
namespace {

// A fresh database file in a temporary folder, removed afterwards.
class TempDatabase {
 public:
  TempDatabase() {
    std::random_device rd;
    dir_ = std::filesystem::temp_directory_path() / ("stegvis-test-" + std::to_string(rd()));
    std::filesystem::create_directories(dir_);
  }
  ~TempDatabase() { std::filesystem::remove_all(dir_); }
  std::string path() const { return (dir_ / "test.db").string(); }

 private:
  std::filesystem::path dir_;
};

TEST(SqliteStoreTest, IsNotReadyUntilMigrated) {
  TempDatabase temp;
  SqliteStore store(temp.path());
  auto before = store.CheckReady();
  ASSERT_FALSE(before);
  EXPECT_EQ(before.error().code, core::ErrorCode::kUnavailable);
  EXPECT_NE(before.error().message.find("stegvis migrate"), std::string::npos);

  EXPECT_EQ(store.Migrate().size(), Migrations().size());
  EXPECT_TRUE(store.CheckReady());
  EXPECT_TRUE(store.Migrate().empty()) << "a second migrate applies nothing";
}

TEST(SqliteStoreTest, MigrationsAreNumberedInOrder) {
  int expected = 1;
  for (const Migration& m : Migrations()) EXPECT_EQ(m.version, expected++) << m.name;
}

TEST(SqliteStoreTest, RollsBackWhenTheUseCaseFails) {
  TempDatabase temp;
  SqliteStore store(temp.path());
  store.Migrate();
  auto result = store.Write([](domain::StoreTx& tx) -> core::Result<domain::Id> {
    domain::Id org = tx.CreateOrganisation("Kommun", 1);
    // A unit without a name is refused; the organisation insert must not survive either.
    return domain::CreateUnit(tx, {org, std::nullopt, "  ", domain::UnitKind::kEnhet}, 1);
  });
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().field, "name");
  auto count = store.Read([](domain::StoreTx& tx) -> core::Result<std::size_t> {
    return tx.ListOrganisations().size();
  });
  EXPECT_EQ(*count, 0u);
}

TEST(SqliteStoreTest, RefusesAParentFromAnotherOrganisation) {
  TempDatabase temp;
  SqliteStore store(temp.path());
  store.Migrate();
  auto result = store.Write([](domain::StoreTx& tx) -> core::Result<domain::Id> {
    domain::Id a = tx.CreateOrganisation("A", 1);
    domain::Id b = tx.CreateOrganisation("B", 1);
    domain::Id unit = tx.CreateUnit({a, std::nullopt, "Enhet A", domain::UnitKind::kEnhet}, 1);
    return domain::CreateUnit(tx, {b, unit, "Enhet B", domain::UnitKind::kEnhet}, 1);
  });
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().field, "parent_id");
}

TEST(SqliteStoreTest, SeedsTheDemoOnceAndShowsItsUnitTree) {
  TempDatabase temp;
  SqliteStore store(temp.path());
  store.Migrate();
  core::FixedClock clock(1'800'000'000);
  auto first = domain::SeedDemo(store, clock);
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_TRUE(first->seeded);
  auto second = domain::SeedDemo(store, clock);
  ASSERT_TRUE(second);
  EXPECT_FALSE(second->seeded) << "a second seed must leave existing data alone";

  auto overview = domain::LoadUnitOverview(store);
  ASSERT_TRUE(overview);
  EXPECT_EQ(overview->organisation.name, "Solviks kommun");
  ASSERT_EQ(static_cast<int>(overview->units.size()), first->units);
  // Depth-first: a nämnd is followed by its förvaltning and then that förvaltning's units.
  EXPECT_EQ(overview->units[0].depth, 0);
  EXPECT_EQ(overview->units[1].depth, 1);
  EXPECT_EQ(overview->units[2].depth, 2);

  auto admin = store.Read([](domain::StoreTx& tx) -> core::Result<std::optional<domain::User>> {
    return tx.FindUserByEmail("admin@solvik.example");
  });
  ASSERT_TRUE(admin && *admin);
  EXPECT_TRUE((*admin)->active);
}

TEST(SqliteStoreTest, EnforcesForeignKeys) {
  TempDatabase temp;
  SqliteStore store(temp.path());
  store.Migrate();
  EXPECT_THROW(store.Write([](domain::StoreTx& tx) -> core::Result<domain::Id> {
    return tx.CreateUnit({999, std::nullopt, "Orphan", domain::UnitKind::kEnhet}, 1);
  }),
               domain::StoreFailure);
}

}  // namespace
}  // namespace stegvis::store
