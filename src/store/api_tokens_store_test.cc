// Personal API tokens (sql_api_tokens.cc) and the audit trail's token name on both engines:
// the renamed can_write column, the unique hash, NULL last use, ordering and deletion by user.

#include <gtest/gtest.h>

#include "domain/access.h"
#include "domain/api_token.h"
#include "domain/records.h"
#include "store/test_database.h"

namespace stegvis::store {
namespace {

using ApiTokensStoreTest = EngineTest;
INSTANTIATE_TEST_SUITE_P(Engines, ApiTokensStoreTest,
                         testing::Values(Engine::kSqlite, Engine::kPostgres), EngineName);

domain::ApiToken Token(domain::Id user, std::string name, std::string hash, bool write,
                       std::int64_t created, std::int64_t expires) {
  domain::ApiToken t;
  t.user_id = user;
  t.name = std::move(name);
  t.secret_hash = std::move(hash);
  t.write = write;
  t.created_at = created;
  t.expires_at = expires;
  return t;
}

TEST_P(ApiTokensStoreTest, TokensAreFoundByHashListedTouchedAndDeleted) {
  store_->Migrate();
  domain::Id org = 0, anna = 0, bo = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    org = tx.Units().CreateOrganisation("Kommun", 1);
    anna = tx.Users().Create({org, "a@kommun.example", "Anna", "sv", "hash"}, 1);
    bo = tx.Users().Create({org, "b@kommun.example", "Bo", "sv", "hash"}, 1);
    return true;
  });
  domain::Id first = 0, second = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    first = tx.ApiTokens().Create(Token(anna, "Läsare", "h1", false, 10, 100));
    second = tx.ApiTokens().Create(Token(anna, "Skrivare", "h2", true, 20, 200));
    tx.ApiTokens().Create(Token(bo, "Bos", "h3", true, 30, 300));
    tx.ApiTokens().Touch(second, 55);
    return true;
  });
  auto read = store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    std::optional<domain::ApiToken> t = tx.ApiTokens().FindBySecretHash("h2");
    EXPECT_TRUE(t && t->id == second && t->write && t->name == "Skrivare" && t->expires_at == 200);
    EXPECT_EQ(t->last_used_at, 55);
    EXPECT_FALSE(tx.ApiTokens().FindBySecretHash("h"));
    std::vector<domain::ApiToken> annas = tx.ApiTokens().ListForUser(anna);
    EXPECT_EQ(annas.size(), 2u);
    EXPECT_EQ(annas.front().id, second) << "newest first";
    EXPECT_FALSE(annas.back().write);
    EXPECT_FALSE(annas.back().last_used_at);
    return true;
  });
  ASSERT_TRUE(read);
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    tx.ApiTokens().DeleteExpiredForUser(anna, 100);  // the first expires at 100
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    EXPECT_FALSE(tx.ApiTokens().FindBySecretHash("h1"));
    EXPECT_TRUE(tx.ApiTokens().FindBySecretHash("h2"));
    return true;
  });
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    tx.ApiTokens().DeleteForUser(anna);
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    EXPECT_TRUE(tx.ApiTokens().ListForUser(anna).empty());
    EXPECT_EQ(tx.ApiTokens().ListForUser(bo).size(), 1u) << "another user's tokens stay";
    return true;
  });
  (void)first;
}

TEST_P(ApiTokensStoreTest, TwoTokensCannotShareAHash) {
  store_->Migrate();
  EXPECT_ANY_THROW(store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    domain::Id org = tx.Units().CreateOrganisation("Kommun", 1);
    domain::Id user = tx.Users().Create({org, "a@kommun.example", "Anna", "sv", "hash"}, 1);
    tx.ApiTokens().Create(Token(user, "Ett", "same", true, 1, 2));
    tx.ApiTokens().Create(Token(user, "Två", "same", true, 1, 2));
    return true;
  }));
}

TEST_P(ApiTokensStoreTest, TheAuditTrailKeepsTheTokenName) {
  store_->Migrate();
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    domain::Id org = tx.Units().CreateOrganisation("Kommun", 1);
    domain::AuditEvent e;
    e.organisation_id = org;
    e.at = 5;
    e.actor = "a@kommun.example";
    e.action = "create";
    e.object_type = "project";
    e.object_id = 7;
    e.api_token = "Rapportrobot";
    tx.Audit().Add(e);
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    std::vector<domain::AuditEvent> trail = tx.Audit().List("project", 7);
    EXPECT_EQ(trail.size(), 1u);
    EXPECT_EQ(trail.empty() ? std::string() : trail[0].api_token, "Rapportrobot");
    return true;
  });
}

}  // namespace
}  // namespace stegvis::store
