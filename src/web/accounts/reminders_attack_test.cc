// The e-mail reminder setting (/konto/paminnelser, /api/v1/reminders): each user changes
// only their own, a form needs its CSRF token, a body that is not a yes or no is refused,
// and someone else's id in the body changes nothing but the visitor's own.

#include "domain/reminder_settings.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

class RemindersAttackTest : public WebTest {
 protected:
  void SetUp() override { SeedDemo(); }
  Response PutJson(const TestClient& client, const std::string& json) {
    return Send("PUT", "/api/v1/reminders", client, json,
                {{"content-type", "application/json"}, {"x-csrf-token", client.csrf}});
  }
};

TEST_F(RemindersAttackTest, TurningRemindersOffChangesOnlyTheVisitorsOwn) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  TestClient strateg = As(kDemoEmails.at("strateg"));
  Response page = Get("/konto/paminnelser", member);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page, R"(id="email_reminders" name="email_reminders" value="1" checked)"));
  EXPECT_TRUE(Has(page, "Den här installationen av Stegvis skickar inte e-post just nu."));

  Response saved = Post("/konto/paminnelser", member, "");  // the box unticked
  ASSERT_EQ(saved.status, 303);
  EXPECT_EQ(saved.Header("Location"), "/konto/paminnelser?sparad=1");
  page = Get("/konto/paminnelser?sparad=1", member);
  EXPECT_TRUE(Has(page, "Ändringen är sparad."));
  EXPECT_FALSE(Has(page, "value=\"1\" checked"));
  EXPECT_TRUE(Has(Get("/api/v1/reminders", member), R"("email_reminders":false)"));
  EXPECT_TRUE(Has(Get("/api/v1/reminders", strateg), R"("email_reminders":true)"))
      << "someone else's stays as it was";

  ASSERT_EQ(PutJson(member, R"({"email_reminders": true})").status, 200);
  EXPECT_TRUE(Has(Get("/api/v1/reminders", member), R"("email_reminders":true)"));
}

TEST_F(RemindersAttackTest, AFormWithoutItsCsrfTokenChangesNothing) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  Response forged = Send("POST", "/konto/paminnelser", member, "email_reminders=");
  EXPECT_EQ(forged.status, 403);
  EXPECT_TRUE(Has(Get("/api/v1/reminders", member), R"("email_reminders":true)"));
}

TEST_F(RemindersAttackTest, ABodyThatIsNotYesOrNoIsRefused) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  for (const char* body : {R"({"email_reminders": "no"})", R"({})", R"({"email_reminders": null})",
                           R"({"email_reminders": 0})", R"([false])", "false"}) {
    Response r = PutJson(member, body);
    EXPECT_EQ(r.status, 422) << body << " " << r.body;
  }
  EXPECT_TRUE(Has(Get("/api/v1/reminders", member), R"("email_reminders":true)"));
}

TEST_F(RemindersAttackTest, AnotherUsersIdInTheBodyChangesOnlyTheVisitorsOwn) {
  TestClient member = As(kDemoEmails.at("teammedlem"));
  TestClient strateg = As(kDemoEmails.at("strateg"));
  const std::string strateg_id = std::to_string(UserId(kDemoEmails.at("strateg")));
  ASSERT_EQ(PutJson(member, R"({"email_reminders": false, "user_id": )" + strateg_id + "}").status,
            200);
  EXPECT_TRUE(Has(Get("/api/v1/reminders", strateg), R"("email_reminders":true)"));
  EXPECT_TRUE(Has(Get("/api/v1/reminders", member), R"("email_reminders":false)"));
}

TEST_F(RemindersAttackTest, NobodySignedOutReadsOrChangesASetting) {
  EXPECT_EQ(Get("/api/v1/reminders").status, 401);
  EXPECT_EQ(Send("PUT", "/api/v1/reminders", Anonymous(), R"({"email_reminders": false})",
                 {{"content-type", "application/json"}})
                .status,
            401);
  EXPECT_EQ(Get("/konto/paminnelser").status, 303);
}

}  // namespace
}  // namespace stegvis::web
