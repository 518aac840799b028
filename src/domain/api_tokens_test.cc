// Personal API tokens (domain/api_tokens.h): made, shown once, stored hashed, listed without
// the secret, revoked by their owner only, refused when expired, revoked, their user is
// deactivated or gets a new password, bounded in number and validity, and every create and revoke
// audited.

#include "domain/api_tokens.h"

#include <gtest/gtest.h>

#include "domain/accounts.h"
#include "domain/testing/domain_test_fixture.h"
#include "domain/tokens.h"

namespace stegvis::domain {
namespace {

constexpr std::int64_t kDay = 24 * 60 * 60;

class ApiTokensTest : public DomainTest {
 protected:
  CreatedApiToken Make(const Principal& p, const std::string& name, bool write = true,
                       std::int64_t days = kApiTokenDefaultDays) {
    return Ok(CreateApiToken(store_, clock_, p, As(p), {name, write, days}), "CreateApiToken");
  }
};

TEST_F(ApiTokensTest, ATokenIsShownOnceStoredHashedAndActsAsItsUser) {
  CreatedApiToken made = Make(solvik_.member, "Excel-makro");
  EXPECT_TRUE(made.token.starts_with("stegvis_pat_"));
  EXPECT_EQ(made.token.size(), 12u + 64u);
  EXPECT_EQ(made.expires_at, kTestNow + 90 * kDay) << "the default validity";

  std::vector<ApiToken> listed = Ok(ListApiTokens(store_, solvik_.member));
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].name, "Excel-makro");
  EXPECT_EQ(listed[0].secret_hash, HashToken(made.token)) << "only the hash is stored";
  EXPECT_FALSE(listed[0].last_used_at);

  ApiTokenUse use = Ok(AuthenticateApiToken(store_, clock_, made.token));
  EXPECT_EQ(use.principal.user.id, solvik_.member.user.id);
  EXPECT_EQ(use.principal.memberships.size(), solvik_.member.memberships.size())
      << "the user's own roles, no more";
  EXPECT_EQ(use.principal.api_token, "Excel-makro");
  EXPECT_TRUE(use.token.write);
  EXPECT_EQ(Ok(ListApiTokens(store_, solvik_.member))[0].last_used_at, kTestNow)
      << "a use is noted as the last use";

  AuditEvent e = LastEvent("api_token", made.id);
  EXPECT_EQ(e.action, "create");
  EXPECT_EQ(AuditValue(e.after_json, "name"), "Excel-makro");
  EXPECT_EQ(e.after_json.find(listed[0].secret_hash), std::string::npos)
      << "the audit trail holds no hash";
}

TEST_F(ApiTokensTest, WritesThroughATokenAreAuditedWithItsName) {
  CreatedApiToken made = Make(solvik_.member, "Rapportrobot");
  ApiTokenUse use = Ok(AuthenticateApiToken(store_, clock_, made.token));
  Id project = MakeProject(use.principal, solvik_.team, "Via API");
  AuditEvent e = LastEvent("project", project);
  EXPECT_EQ(e.action, "create");
  EXPECT_EQ(e.api_token, "Rapportrobot");
  EXPECT_EQ(e.actor, "team@solvik.example");
  Id by_session = MakeProject(solvik_.member, solvik_.team, "Via sidan");
  EXPECT_EQ(LastEvent("project", by_session).api_token, "");
}

TEST_F(ApiTokensTest, ReadsTouchTheLastUseAtMostOncePerMinuteAndWriteNoAudit) {
  CreatedApiToken made = Make(solvik_.member, "Läsare", false);
  const std::size_t trail = Trail("api_token", made.id).size();
  Ok(AuthenticateApiToken(store_, clock_, made.token));
  clock_.Advance(kApiTokenTouchSeconds - 1);
  Ok(AuthenticateApiToken(store_, clock_, made.token));
  EXPECT_EQ(Ok(ListApiTokens(store_, solvik_.member))[0].last_used_at, kTestNow);
  clock_.Advance(1);
  Ok(AuthenticateApiToken(store_, clock_, made.token));
  EXPECT_EQ(Ok(ListApiTokens(store_, solvik_.member))[0].last_used_at,
            kTestNow + kApiTokenTouchSeconds);
  EXPECT_EQ(Trail("api_token", made.id).size(), trail) << "reads add nothing to the trail";
}

TEST_F(ApiTokensTest, AnUnknownMalformedExpiredOrRevokedTokenIsRefusedAlike) {
  CreatedApiToken made = Make(solvik_.member, "Kort", true, 1);
  for (const std::string& bad :
       {std::string(), std::string("stegvis_pat_"), made.token + "0", made.token.substr(1),
        std::string("stegvis_pat_") + std::string(64, 'A'),
        std::string("stegvis_pat_") + RandomToken(), std::string(100000, 'a')}) {
    EXPECT_TRUE(Refused(AuthenticateApiToken(store_, clock_, bad),
                        core::ErrorCode::kUnauthenticated, "", "error.token.invalid"))
        << bad.substr(0, 80);
  }
  clock_.Advance(kDay - 1);
  Ok(AuthenticateApiToken(store_, clock_, made.token));
  clock_.Advance(1);
  EXPECT_TRUE(Refused(AuthenticateApiToken(store_, clock_, made.token),
                      core::ErrorCode::kUnauthenticated, "", "error.token.invalid"))
      << "expired";

  CreatedApiToken other = Make(solvik_.member, "Återkallas");
  Ok(RevokeApiToken(store_, clock_, solvik_.member, As(solvik_.member), other.id));
  EXPECT_TRUE(Refused(AuthenticateApiToken(store_, clock_, other.token),
                      core::ErrorCode::kUnauthenticated, "", "error.token.invalid"))
      << "revoked";
  EXPECT_EQ(LastEvent("api_token", other.id).action, "delete");
}

TEST_F(ApiTokensTest, OnlyTheOwnerRevokesAToken) {
  CreatedApiToken made = Make(solvik_.member, "Min");
  EXPECT_TRUE(IsNotFound(RevokeApiToken(store_, clock_, solvik_.admin, As(solvik_.admin), made.id)))
      << "not even an admin revokes another user's token through this use case";
  EXPECT_TRUE(
      IsNotFound(RevokeApiToken(store_, clock_, norrby_.admin, As(norrby_.admin), made.id)));
  EXPECT_TRUE(IsNotFound(
      RevokeApiToken(store_, clock_, solvik_.member, As(solvik_.member), made.id + 1000)));
  Ok(AuthenticateApiToken(store_, clock_, made.token));
}

TEST_F(ApiTokensTest, ADeactivatedUsersTokensDie) {
  CreatedApiToken made = Make(solvik_.member, "Robot");
  Ok(SetAccountActive(store_, clock_, &solvik_.admin, As(solvik_.admin), solvik_.member.user.id,
                      false));
  EXPECT_TRUE(
      Refused(AuthenticateApiToken(store_, clock_, made.token), core::ErrorCode::kUnauthenticated));
  EXPECT_TRUE(Ok(ListApiTokens(store_, solvik_.member)).empty()) << "deleted, not only refused";
  Ok(SetAccountActive(store_, clock_, &solvik_.admin, As(solvik_.admin), solvik_.member.user.id,
                      true));
  EXPECT_TRUE(
      Refused(AuthenticateApiToken(store_, clock_, made.token), core::ErrorCode::kUnauthenticated))
      << "reactivation does not bring a token back";
}

// A new password is what an account gets after a suspected break-in: whoever took the old one
// may have made tokens, so they go with the sessions.
TEST_F(ApiTokensTest, ANewPasswordEndsTheUsersTokens) {
  CreatedApiToken changed = Make(solvik_.member, "Före bytet");
  CreatedApiToken others = Make(solvik_.chef, "Chefens");
  Ok(ChangePassword(store_, clock_, &solvik_.admin, As(solvik_.admin), solvik_.member.user.id,
                    "ett helt nytt lösenord"));
  EXPECT_TRUE(Refused(AuthenticateApiToken(store_, clock_, changed.token),
                      core::ErrorCode::kUnauthenticated));
  EXPECT_TRUE(Ok(ListApiTokens(store_, solvik_.member)).empty());
  Ok(AuthenticateApiToken(store_, clock_, others.token));

  CreatedApiToken reset = Make(solvik_.member, "Före länken");
  std::string link = Ok(IssuePasswordReset(store_, clock_, &solvik_.admin, As(solvik_.admin),
                                           solvik_.member.user.id));
  Ok(UsePasswordReset(store_, clock_, link, "ännu ett nytt lösenord", "127.0.0.1"));
  EXPECT_TRUE(Refused(AuthenticateApiToken(store_, clock_, reset.token),
                      core::ErrorCode::kUnauthenticated));
  Ok(AuthenticateApiToken(store_, clock_, others.token), "another user's token lives on");
}

TEST_F(ApiTokensTest, NameValidityAndNumberAreBounded) {
  const Principal& p = solvik_.member;
  EXPECT_TRUE(IsInvalid(CreateApiToken(store_, clock_, p, As(p), {"  ", true, 30}), "name",
                        "error.token.name_required"));
  EXPECT_TRUE(IsInvalid(CreateApiToken(store_, clock_, p, As(p), {std::string(81, 'x'), true, 30}),
                        "name", "error.token.name_too_long"));
  EXPECT_TRUE(IsInvalid(CreateApiToken(store_, clock_, p, As(p), {"Noll", true, 0}), "days",
                        "error.token.days"));
  EXPECT_TRUE(
      IsInvalid(CreateApiToken(store_, clock_, p, As(p), {"För länge", true, kApiTokenMaxDays + 1}),
                "days", "error.token.days"));
  EXPECT_EQ(Make(p, "Ett år", true, kApiTokenMaxDays).expires_at,
            kTestNow + kApiTokenMaxDays * kDay);
  EXPECT_TRUE(IsInvalid(CreateApiToken(store_, clock_, p, As(p), {" Ett år ", false, 30}), "name",
                        "error.token.name_taken"));
  for (std::size_t i = 1; i < kMaxApiTokensPerUser; ++i) Make(p, "Nyckel " + std::to_string(i));
  EXPECT_TRUE(IsInvalid(CreateApiToken(store_, clock_, p, As(p), {"En till", true, 30}), "name",
                        "error.token.too_many"));
  Make(solvik_.chef, "Någon annans");
  // Expired tokens make room.
  clock_.Advance(kApiTokenDefaultDays * kDay);
  Make(p, "Efter en tid");
  EXPECT_EQ(Ok(ListApiTokens(store_, p)).size(), 2u) << "the year-long one and the new one";
}

}  // namespace
}  // namespace stegvis::domain
