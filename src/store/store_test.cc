// The storage suite: every test runs on SQLite (a temporary file) and on PostgreSQL (a new
// database on the test server; see test_database.h), so both engines keep one behaviour.

#include <algorithm>
#include <iterator>
#include <set>
#include <thread>

#include <gtest/gtest.h>

#include "core/clock.h"
#include "domain/demo.h"
#include "domain/units.h"
#include "store/migrations.h"
#include "store/test_database.h"

namespace stegvis::store {
namespace {

using StoreTest = EngineTest;

INSTANTIATE_TEST_SUITE_P(Engines, StoreTest, testing::Values(Engine::kSqlite, Engine::kPostgres),
                         EngineName);

TEST_P(StoreTest, IsNotReadyUntilMigrated) {
  auto before = store_->CheckReady();
  ASSERT_FALSE(before);
  EXPECT_EQ(before.error().code, core::ErrorCode::kUnavailable);
  EXPECT_NE(before.error().message.find("stegvis migrate"), std::string::npos);

  EXPECT_EQ(store_->Migrate().size(), Migrations().size());
  EXPECT_TRUE(store_->CheckReady());
  EXPECT_TRUE(store_->Migrate().empty()) << "a second migrate applies nothing";
}

TEST(MigrationsTest, AreNumberedInOrder) {
  int expected = 1;
  for (const Migration& m : Migrations()) EXPECT_EQ(m.version, expected++) << m.name;
}

TEST_P(StoreTest, TwoInstancesMigratingAtOnceApplyEachMigrationOnce) {
  auto other = db_->Open();
  std::vector<int> a;
  std::vector<int> b;
  std::thread first([&] { a = store_->Migrate(); });
  std::thread second([&] { b = other->Migrate(); });
  first.join();
  second.join();
  std::multiset<int> applied(a.begin(), a.end());
  applied.insert(b.begin(), b.end());
  EXPECT_EQ(applied.size(), Migrations().size()) << "each migration exactly once";
  EXPECT_EQ(std::set<int>(applied.begin(), applied.end()).size(), Migrations().size());
  EXPECT_TRUE(store_->CheckReady());
  EXPECT_TRUE(other->CheckReady());
}

TEST_P(StoreTest, RollsBackWhenTheUseCaseFails) {
  store_->Migrate();
  auto result = store_->Write([](domain::StoreTx& tx) -> core::Result<domain::Id> {
    domain::Id org = tx.Units().CreateOrganisation("Kommun", 1);
    // A unit without a name is refused; the organisation insert must not survive either.
    return domain::CreateUnit(tx, {org, std::nullopt, "  ", domain::UnitKind::kEnhet}, 1);
  });
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().field, "name");
  auto count = store_->Read([](domain::StoreTx& tx) -> core::Result<std::size_t> {
    return tx.Units().ListOrganisations().size();
  });
  EXPECT_EQ(*count, 0u);
}

TEST_P(StoreTest, UnitAncestryWalksUpTheTreeInOneQuery) {
  store_->Migrate();
  auto path = store_->Write([](domain::StoreTx& tx) -> core::Result<std::vector<domain::Id>> {
    domain::Id org = tx.Units().CreateOrganisation("Kommun", 1);
    domain::Id top = tx.Units().Create({org, std::nullopt, "Nämnd", domain::UnitKind::kNamnd}, 1);
    domain::Id mid =
        tx.Units().Create({org, top, "Förvaltning", domain::UnitKind::kForvaltning}, 1);
    domain::Id leaf = tx.Units().Create({org, mid, "Enhet", domain::UnitKind::kEnhet}, 1);
    std::vector<domain::Id> got = tx.Units().Ancestry(leaf);
    EXPECT_EQ(got, (std::vector<domain::Id>{leaf, mid, top}));
    EXPECT_EQ(tx.Units().Ancestry(top), (std::vector<domain::Id>{top}));
    return tx.Units().Ancestry(999);
  });
  ASSERT_TRUE(path);
  EXPECT_TRUE(path->empty()) << "no such unit";
}

TEST_P(StoreTest, RefusesAParentFromAnotherOrganisation) {
  store_->Migrate();
  auto result = store_->Write([](domain::StoreTx& tx) -> core::Result<domain::Id> {
    domain::Id a = tx.Units().CreateOrganisation("A", 1);
    domain::Id b = tx.Units().CreateOrganisation("B", 1);
    domain::Id unit = tx.Units().Create({a, std::nullopt, "Enhet A", domain::UnitKind::kEnhet}, 1);
    return domain::CreateUnit(tx, {b, unit, "Enhet B", domain::UnitKind::kEnhet}, 1);
  });
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().field, "parent_id");
}

TEST_P(StoreTest, SeedsTheDemoOnceAndShowsItsUnitTree) {
  store_->Migrate();
  core::FixedClock clock(1'800'000'000);
  auto first = domain::SeedDemo(*store_, clock);
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_TRUE(first->seeded);
  auto second = domain::SeedDemo(*store_, clock);
  ASSERT_TRUE(second);
  EXPECT_FALSE(second->seeded) << "a second seed must leave existing data alone";

  auto overview = domain::LoadUnitOverview(*store_);
  ASSERT_TRUE(overview);
  EXPECT_EQ(overview->organisation.name, "Solviks kommun");
  ASSERT_EQ(overview->units.size(), 12u) << "Solvik's own units (Norrby's are its own)";
  // Depth-first: a nämnd is followed by its förvaltning and then that förvaltning's units.
  EXPECT_EQ(overview->units[0].depth, 0);
  EXPECT_EQ(overview->units[1].depth, 1);
  EXPECT_EQ(overview->units[2].depth, 2);
  EXPECT_EQ(overview->units[3].unit.name, "Solrosens förskola") << "UTF-8 names round-trip";

  auto admin = store_->Read([](domain::StoreTx& tx) -> core::Result<std::optional<domain::User>> {
    return tx.Users().FindByEmail("admin@solvik.example");
  });
  ASSERT_TRUE(admin && *admin);
  EXPECT_TRUE((*admin)->active);
  EXPECT_EQ((*admin)->display_name, "Amira Haddad");
}

TEST_P(StoreTest, EnforcesForeignKeys) {
  store_->Migrate();
  EXPECT_THROW(store_->Write([](domain::StoreTx& tx) -> core::Result<domain::Id> {
    return tx.Units().Create({999, std::nullopt, "Orphan", domain::UnitKind::kEnhet}, 1);
  }),
               domain::StoreFailure);
}

TEST_P(StoreTest, ADuplicateEmailIsAStoreFailureAndWritesNothing) {
  store_->Migrate();
  EXPECT_THROW(store_->Write([](domain::StoreTx& tx) -> core::Result<bool> {
    domain::Id org = tx.Units().CreateOrganisation("Kommun", 1);
    tx.Users().Create({org, "a@kommun.example", "A", "sv", "hash"}, 1);
    tx.Users().Create({org, "a@kommun.example", "B", "sv", "hash"}, 1);
    return true;
  }),
               domain::StoreFailure);
  auto count = store_->Read([](domain::StoreTx& tx) -> core::Result<std::size_t> {
    return tx.Units().ListOrganisations().size();
  });
  EXPECT_EQ(*count, 0u);
}

// The bulk path (COPY on PostgreSQL) must carry every character the row-by-row path does,
// including the ones COPY's text format escapes, across several chunks.
TEST_P(StoreTest, BulkInsertedUsersKeepEveryCharacter) {
  store_->Migrate();
  const std::string tricky =
      "Tab\there, new\nline, back\\slash \\N 'quote' \"dq\" Åsa Öberg 🙂;";
  std::vector<domain::NewUser> users;
  users.reserve(2500);
  for (int i = 0; i < 2500; ++i) {
    users.push_back({0, "user" + std::to_string(i) + "@kommun.example",
                     i == 1234 ? tricky : "User " + std::to_string(i), i % 2 ? "en" : "sv",
                     "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA"});
  }
  auto written = store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    domain::Id org = tx.Units().CreateOrganisation("Kommun", 1);
    for (auto& user : users) user.organisation_id = org;
    tx.Users().CreateMany(users, 1'800'000'000);
    return true;
  });
  ASSERT_TRUE(written);
  auto found = store_->Read([](domain::StoreTx& tx) -> core::Result<std::vector<domain::User>> {
    std::vector<domain::User> out;
    for (const char* email :
         {"user0@kommun.example", "user1234@kommun.example", "user2499@kommun.example"}) {
      auto user = tx.Users().FindByEmail(email);
      if (user) out.push_back(*user);
    }
    return out;
  });
  ASSERT_TRUE(found);
  ASSERT_EQ(found->size(), 3u);
  EXPECT_EQ((*found)[0].display_name, "User 0");
  EXPECT_EQ((*found)[1].display_name, tricky);
  EXPECT_EQ((*found)[1].language, "sv");
  EXPECT_EQ((*found)[2].language, "en");
  EXPECT_TRUE((*found)[2].active) << "column defaults apply to bulk rows";
}

TEST_P(StoreTest, BulkInsertRollsBackWithItsTransaction) {
  store_->Migrate();
  auto result = store_->Write([](domain::StoreTx& tx) -> core::Result<bool> {
    domain::Id org = tx.Units().CreateOrganisation("Kommun", 1);
    tx.Users().CreateMany({{org, "gone@kommun.example", "Gone", "sv", "hash"}}, 1);
    return core::Fail(core::Error::Invalid("changed my mind", "x"));
  });
  ASSERT_FALSE(result);
  auto user = store_->Read([](domain::StoreTx& tx) -> core::Result<std::optional<domain::User>> {
    return tx.Users().FindByEmail("gone@kommun.example");
  });
  ASSERT_TRUE(user);
  EXPECT_FALSE(*user);
}

TEST_P(StoreTest, ABulkRowBreakingAConstraintFailsTheWholeLoad) {
  store_->Migrate();
  EXPECT_THROW(store_->Write([](domain::StoreTx& tx) -> core::Result<bool> {
    domain::Id org = tx.Units().CreateOrganisation("Kommun", 1);
    tx.Users().CreateMany({{org, "ok@kommun.example", "Ok", "sv", "hash"},
                           {org, "bad@kommun.example", "Bad", "fi", "hash"}},
                          1);
    return true;
  }),
               domain::StoreFailure);
  auto user = store_->Read([](domain::StoreTx& tx) -> core::Result<std::optional<domain::User>> {
    return tx.Users().FindByEmail("ok@kommun.example");
  });
  ASSERT_TRUE(user);
  EXPECT_FALSE(*user);
  // The connection is usable again afterwards.
  EXPECT_TRUE(store_->CheckReady());
}

TEST_P(StoreTest, ConcurrentWritersAllCommit) {
  store_->Migrate();
  auto org = store_->Write([](domain::StoreTx& tx) -> core::Result<domain::Id> {
    return tx.Units().CreateOrganisation("Kommun", 1);
  });
  ASSERT_TRUE(org);
  constexpr int kThreads = 4;
  constexpr int kEach = 25;
  std::vector<std::thread> threads;
  threads.reserve(kThreads);
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        store_->Write([&](domain::StoreTx& tx) -> core::Result<domain::Id> {
          return tx.Units().Create(
              {*org, std::nullopt, "u" + std::to_string(t) + "-" + std::to_string(i),
               domain::UnitKind::kEnhet},
              1);
        });
      }
    });
  }
  for (auto& thread : threads) thread.join();
  auto units = store_->Read([&](domain::StoreTx& tx) -> core::Result<std::size_t> {
    return tx.Units().List(*org).size();
  });
  EXPECT_EQ(*units, static_cast<std::size_t>(kThreads * kEach));
}

}  // namespace
}  // namespace stegvis::store
