// The accounts repositories (sql_users.cc, sql_sessions.cc, sql_audit.cc) on both engines: upserts,
// ON CONFLICT DO NOTHING RETURNING, NULLs and ordering are where SQL dialects differ.

#include <gtest/gtest.h>

#include "domain/access.h"
#include "domain/records.h"
#include "store/test_database.h"

namespace stegvis::store {
namespace {

using AccountsStoreTest = EngineTest;
INSTANTIATE_TEST_SUITE_P(Engines, AccountsStoreTest,
                         testing::Values(Engine::kSqlite, Engine::kPostgres), EngineName);

// An organisation with one user; returns {organisation, user}.
std::pair<domain::Id, domain::Id> OrganisationWithUser(MigratingStore& store) {
  store.Migrate();
  std::pair<domain::Id, domain::Id> ids;
  store.Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    ids.first = tx.Units().CreateOrganisation("Kommun", 1);
    ids.second = tx.Users().Create({ids.first, "a@kommun.example", "Anna", "sv", "hash"}, 1);
    return true;
  });
  return ids;
}

TEST_P(AccountsStoreTest, SessionsAreFoundTouchedAndEndedForTheUser) {
  auto [org, user] = OrganisationWithUser(*store_);
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    tx.Sessions().Create({"h1", user, "csrf1", 10, 10});
    tx.Sessions().Create({"h2", user, "csrf2", 11, 11});
    tx.Sessions().Touch("h1", 99);
    return true;
  });
  auto found = store_->Read([](domain::StoreTx& tx) -> core::Result<domain::SessionRecord> {
    auto s = tx.Sessions().Find("h1");
    if (!s) return core::Fail(core::Error::Invalid("missing", "h1"));
    return s->record;
  });
  ASSERT_TRUE(found);
  EXPECT_EQ(found->csrf_token, "csrf1");
  EXPECT_EQ(found->last_seen_at, 99);
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    tx.Sessions().DeleteForUser(user);
    return true;
  });
  auto gone = store_->Read([](domain::StoreTx& tx) -> core::Result<bool> {
    return !tx.Sessions().Find("h1") && !tx.Sessions().Find("h2");
  });
  EXPECT_TRUE(*gone);
}

TEST_P(AccountsStoreTest, TheSameRoleTwiceIsAddedOnce) {
  auto [org, user] = OrganisationWithUser(*store_);
  auto added = store_->Write([&](domain::StoreTx& tx) -> core::Result<std::pair<bool, bool>> {
    domain::Membership m{0, user, domain::Role::kChef, domain::ScopeKind::kOrganisation, org};
    bool first = tx.Users().AddMembership(m, 1).has_value();
    bool second = tx.Users().AddMembership(m, 2).has_value();
    return std::pair{first, second};
  });
  ASSERT_TRUE(added);
  EXPECT_TRUE(added->first);
  EXPECT_FALSE(added->second) << "ON CONFLICT DO NOTHING returns no id";
  auto roles = store_->Read([&](domain::StoreTx& tx) -> core::Result<std::size_t> {
    return tx.Users().ListMemberships(user).size();
  });
  EXPECT_EQ(*roles, 1u);
}

TEST_P(AccountsStoreTest, LoginFailuresAreReplacedNotDuplicated) {
  OrganisationWithUser(*store_);
  store_->Write([](domain::StoreTx& tx) -> core::Result<bool> {
    tx.Sessions().SaveLoginFailures({"account:a@kommun.example", 1, 10, 0});
    tx.Sessions().SaveLoginFailures({"account:a@kommun.example", 2, 20, 50});
    return true;
  });
  auto found = store_->Read([](domain::StoreTx& tx) -> core::Result<domain::LoginFailures> {
    auto f = tx.Sessions().FindLoginFailures("account:a@kommun.example");
    if (!f) return core::Fail(core::Error::Invalid("missing", "subject"));
    return *f;
  });
  ASSERT_TRUE(found);
  EXPECT_EQ(found->failures, 2);
  EXPECT_EQ(found->last_failure_at, 20);
  EXPECT_EQ(found->locked_until, 50);
}

TEST_P(AccountsStoreTest, LockedAddressesAreListedByPrefixAndTimeSoonestFirst) {
  OrganisationWithUser(*store_);
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    tx.Sessions().SaveLoginFailures({"address:192.0.2.1", 100, 10, 900});
    tx.Sessions().SaveLoginFailures({"address:192.0.2.2", 20, 10, 40});
    tx.Sessions().SaveLoginFailures(
        {"address:192.0.2.3", 100, 10, 20});  // unlocked by itself at 20
    tx.Sessions().SaveLoginFailures(
        {"account:a@kommun.example", 10, 10, 900});                // an account, not an address
    tx.Sessions().SaveLoginFailures({"address_x", 100, 10, 900});  // shares no more than "address"
    return true;
  });
  auto locked = store_->Read([](domain::StoreTx& tx) -> core::Result<std::vector<std::string>> {
    std::vector<std::string> out;
    for (const auto& f : tx.Sessions().ListLocked("address:", 30)) out.push_back(f.subject);
    return out;
  });
  ASSERT_TRUE(locked);
  EXPECT_EQ(*locked, (std::vector<std::string>{"address:192.0.2.2", "address:192.0.2.1"}));
}

TEST_P(AccountsStoreTest, EmptyUnitsAndTeamsAreDeletedAndScopedUsersFound) {
  auto [org, user] = OrganisationWithUser(*store_);
  auto result = store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    domain::Id unit = tx.Units().Create({org, std::nullopt, "Enhet", domain::UnitKind::kEnhet}, 1);
    domain::Id other = tx.Units().Create({org, std::nullopt, "Annan", domain::UnitKind::kEnhet}, 1);
    domain::Id team = tx.Teams().Create({org, unit, "Team", ""}, 1);
    tx.Users().AddMembership({0, user, domain::Role::kTeammedlem, domain::ScopeKind::kTeam, team},
                             1);
    tx.Users().AddMembership({0, user, domain::Role::kChef, domain::ScopeKind::kUnit, other}, 1);
    tx.Users().AddMembership({0, user, domain::Role::kPolitiker, domain::ScopeKind::kUnit, other},
                             1);
    EXPECT_EQ(tx.Users().ListScoped(domain::ScopeKind::kTeam, team), std::vector<domain::Id>{user});
    EXPECT_EQ(tx.Users().ListScoped(domain::ScopeKind::kUnit, other),
              std::vector<domain::Id>{user});
    EXPECT_TRUE(tx.Users().ListScoped(domain::ScopeKind::kUnit, unit).empty());
    for (const auto& m : tx.Users().ListMemberships(user)) tx.Users().DeleteMembership(m.id);
    tx.Teams().Delete(team);
    tx.Units().Delete(unit);
    EXPECT_FALSE(tx.Teams().Find(team));
    EXPECT_FALSE(tx.Units().Find(unit));
    EXPECT_TRUE(tx.Units().Find(other));
    return true;
  });
  EXPECT_TRUE(result);
}

TEST_P(AccountsStoreTest, AuditEventsKeepTheirNullsAndOrder) {
  auto [org, user] = OrganisationWithUser(*store_);
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    tx.Audit().Add(
        {0, org, 5, user, "a@kommun.example", "create", "unit", 7, "", "{\"n\":1}", "127.0.0.1"});
    tx.Audit().Add({0, std::nullopt, 6, std::nullopt, "cli", "update", "unit", 7, "{\"n\":1}",
                    "{\"n\":\"Å\\u00e5\"}", ""});
    return true;
  });
  auto events =
      store_->Read([](domain::StoreTx& tx) -> core::Result<std::vector<domain::AuditEvent>> {
        return tx.Audit().List("unit", 7);
      });
  ASSERT_TRUE(events);
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ((*events)[0].action, "create");
  EXPECT_EQ((*events)[0].actor_user_id, user);
  EXPECT_EQ((*events)[1].organisation_id, std::nullopt);
  EXPECT_EQ((*events)[1].actor_user_id, std::nullopt);
  EXPECT_EQ((*events)[1].after_json, "{\"n\":\"Å\\u00e5\"}");
}

TEST_P(AccountsStoreTest, APasswordResetIsUsedOnce) {
  auto [org, user] = OrganisationWithUser(*store_);
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    tx.Sessions().CreatePasswordReset({"t1", user, 1, 100, std::nullopt});
    return true;
  });
  auto before = store_->Read([](domain::StoreTx& tx) -> core::Result<domain::PasswordReset> {
    return *tx.Sessions().FindPasswordReset("t1");
  });
  EXPECT_EQ(before->used_at, std::nullopt);
  store_->Write([](domain::StoreTx& tx) -> core::Result<bool> {
    tx.Sessions().MarkPasswordResetUsed("t1", 50);
    return true;
  });
  auto after = store_->Read([](domain::StoreTx& tx) -> core::Result<domain::PasswordReset> {
    return *tx.Sessions().FindPasswordReset("t1");
  });
  EXPECT_EQ(after->used_at, 50);
}

}  // namespace
}  // namespace stegvis::store
