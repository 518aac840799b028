// The data version on both engines: a write that changes what pages show bumps it, in the
// same transaction; reads, session bookkeeping and failed transactions do not.

#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "core/clock.h"
#include "domain/sessions.h"
#include "domain/tokens.h"
#include "store/test_database.h"
#include "store/tracked_connection.h"

namespace stegvis::store {
namespace {

using DataVersionTest = EngineTest;
INSTANTIATE_TEST_SUITE_P(Engines, DataVersionTest,
                         testing::Values(Engine::kSqlite, Engine::kPostgres), EngineName);

std::int64_t Version(domain::Store& store) {
  return *store.Read(
      [](domain::StoreTx& tx) -> core::Result<std::int64_t> { return tx.DataVersion(); });
}

// An organisation with one user holding two roles; returns {organisation, user}.
std::pair<domain::Id, domain::Id> OrganisationWithUser(MigratingStore& store) {
  store.Migrate();
  std::pair<domain::Id, domain::Id> ids;
  store.Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    ids.first = tx.Units().CreateOrganisation("Kommun", 1);
    ids.second = tx.Users().Create({ids.first, "a@kommun.example", "Anna", "sv", "hash"}, 1);
    tx.Users().AddMembership(
        {0, ids.second, domain::Role::kAdmin, domain::ScopeKind::kOrganisation, ids.first}, 1);
    tx.Users().AddMembership(
        {0, ids.second, domain::Role::kStrateg, domain::ScopeKind::kOrganisation, ids.first}, 1);
    return true;
  });
  return ids;
}

TEST_P(DataVersionTest, AWriteBumpsItAndAReadDoesNot) {
  store_->Migrate();
  const std::int64_t start = Version(*store_);
  store_->Write([](domain::StoreTx& tx) -> core::Result<domain::Id> {
    return tx.Units().CreateOrganisation("Kommun", 1);
  });
  const std::int64_t written = Version(*store_);
  EXPECT_EQ(written, start + 1) << "one transaction, one step";

  store_->Read([](domain::StoreTx& tx) -> core::Result<std::size_t> {
    return tx.Units().ListOrganisations().size();
  });
  EXPECT_EQ(Version(*store_), written) << "a read transaction";
  store_->Write([](domain::StoreTx& tx) -> core::Result<std::size_t> {
    return tx.Units().ListOrganisations().size();
  });
  EXPECT_EQ(Version(*store_), written) << "a write transaction that only read";
}

TEST_P(DataVersionTest, AFailedWriteLeavesIt) {
  store_->Migrate();
  const std::int64_t start = Version(*store_);
  auto failed = store_->Write([](domain::StoreTx& tx) -> core::Result<domain::Id> {
    tx.Units().CreateOrganisation("Kommun", 1);
    return core::Fail(core::Error::Invalid("refused", "name"));
  });
  ASSERT_FALSE(failed);
  EXPECT_EQ(Version(*store_), start);
}

TEST_P(DataVersionTest, SessionsLoginCountersAndResetTokensDoNotCount) {
  auto [org, user] = OrganisationWithUser(*store_);
  const std::int64_t start = Version(*store_);
  auto write = [&](auto fn) {
    store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
      fn(tx);
      return true;
    });
  };
  write([&](domain::StoreTx& tx) { tx.Sessions().Create({"h1", user, "csrf", 10, 10}); });
  write([&](domain::StoreTx& tx) { tx.Sessions().Touch("h1", 99); });
  write([&](domain::StoreTx& tx) {
    tx.Sessions().SaveLoginFailures({"account:a@kommun.example", 2, 50, 0});
  });
  write(
      [&](domain::StoreTx& tx) { tx.Sessions().DeleteLoginFailures("account:a@kommun.example"); });
  write([&](domain::StoreTx& tx) { tx.Sessions().CreatePasswordReset({"t1", user, 10, 99, {}}); });
  write([&](domain::StoreTx& tx) { tx.Sessions().MarkPasswordResetUsed("t1", 20); });
  write([&](domain::StoreTx& tx) { tx.Sessions().DeleteExpired(0, 0); });
  write([&](domain::StoreTx& tx) { tx.Sessions().Delete("h1"); });
  EXPECT_EQ(Version(*store_), start);
}

TEST_P(DataVersionTest, RecognisingASessionReadsItInTheSameStatementAndTouchingLeavesIt) {
  auto [org, user] = OrganisationWithUser(*store_);
  const std::string cookie(64, 'a');
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    tx.Sessions().Create({domain::HashToken(cookie), user, "csrf", 1000, 1000});
    return true;
  });
  const std::int64_t start = Version(*store_);
  // Late enough that the session is touched (last_seen_at written), early enough to be alive.
  core::FixedClock later(1000 + domain::kSessionTouchSeconds + 1);
  auto session = domain::Authenticate(*store_, later, cookie);
  ASSERT_TRUE(session) << session.error().message;
  EXPECT_EQ(session->data_version, start);
  EXPECT_EQ(session->principal.user.id, user);
  ASSERT_EQ(session->principal.memberships.size(), 2u);
  EXPECT_EQ(session->principal.memberships[0].role, domain::Role::kAdmin);
  EXPECT_EQ(session->principal.memberships[1].role, domain::Role::kStrateg);
  auto touched = store_->Read([&](domain::StoreTx& tx) -> core::Result<std::int64_t> {
    return tx.Sessions().Find(domain::HashToken(cookie))->record.last_seen_at;
  });
  EXPECT_EQ(*touched, later.NowUnixSeconds()) << "the session was touched";
  EXPECT_EQ(Version(*store_), start) << "touching a session changes no page";
}

TEST_P(DataVersionTest, AUserWithoutRolesIsFoundWithNone) {
  store_->Migrate();
  domain::Id user = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    domain::Id org = tx.Units().CreateOrganisation("Kommun", 1);
    user = tx.Users().Create({org, "b@kommun.example", "Bo", "sv", "hash"}, 1);
    tx.Sessions().Create({"h", user, "csrf", 10, 10});
    return true;
  });
  auto found = store_->Read([](domain::StoreTx& tx) -> core::Result<domain::SessionLookup> {
    return *tx.Sessions().Find("h");
  });
  EXPECT_EQ(found->user.id, user);
  EXPECT_TRUE(found->memberships.empty());
}

TEST_P(DataVersionTest, CountsEveryCommitOfWritersOnTwoInstances) {
  store_->Migrate();
  auto other = db_->Open();
  const std::int64_t start = Version(*store_);
  constexpr int kWrites = 10;
  auto writer = [&](domain::Store& store) {
    for (int i = 0; i < kWrites; ++i) {
      store.Write([](domain::StoreTx& tx) -> core::Result<domain::Id> {
        return tx.Units().CreateOrganisation("Kommun", 1);
      });
    }
  };
  std::thread a([&] { writer(*store_); });
  std::thread b([&] { writer(*other); });
  a.join();
  b.join();
  EXPECT_EQ(Version(*store_), start + 2 * kWrites);
  EXPECT_EQ(Version(*other), start + 2 * kWrites);
}

TEST(TrackedConnectionTest, WritesCountUnlessTheyAreSecurityBookkeeping) {
  EXPECT_FALSE(CountsAsChange("SELECT id FROM units"));
  EXPECT_FALSE(CountsAsChange("SET LOCAL plan_cache_mode = force_custom_plan"));
  EXPECT_FALSE(CountsAsChange("  select 1"));
  EXPECT_FALSE(CountsAsChange("WITH RECURSIVE p(id) AS (SELECT 1) SELECT id FROM p"));
  EXPECT_TRUE(CountsAsChange("WITH x AS (SELECT 1) DELETE FROM units"));
  EXPECT_TRUE(CountsAsChange("INSERT INTO units (name) VALUES (?)"));
  EXPECT_TRUE(CountsAsChange("UPDATE measures SET name = ? WHERE id = ?"));
  EXPECT_TRUE(CountsAsChange("DELETE FROM diagram_links WHERE from_item_id = ?"));
  EXPECT_TRUE(CountsAsChange("INSERT INTO audit_events (actor) VALUES (?)"));
  EXPECT_FALSE(CountsAsChange("INSERT INTO sessions (id_hash) VALUES (?)"));
  EXPECT_FALSE(CountsAsChange("UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?"));
  EXPECT_FALSE(CountsAsChange("DELETE FROM login_failures WHERE subject = ?"));
  EXPECT_FALSE(CountsAsChange("INSERT INTO login_failures(subject) VALUES (?)"));
  EXPECT_FALSE(CountsAsChange("UPDATE password_resets SET used_at = ?"));
  EXPECT_TRUE(CountsAsChange("CREATE TABLE x (id INTEGER)")) << "anything else counts";
}

}  // namespace
}  // namespace stegvis::store
