// The server's e-mail work (web/mail/mail_job.h) on the demo data, against an SMTP sink on
// loopback the test starts itself: reminders queued once and delivered in the recipient's
// language, retried after a temporary refusal, given up after a permanent one.

#include "web/mail/mail_job.h"

#include <gtest/gtest.h>

#include "domain/outbox.h"
#include "mail/testing/smtp_sink.h"
#include "mail/testing/unbase64.h"
#include "web/mail/reminder_mail.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {
namespace {

std::string BodyOf(const mail::testing::ReceivedMail& m) {
  return mail::testing::Unbase64(m.data.substr(m.data.find("\r\n\r\n") + 4));
}

class MailJobTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    // A learning session of the demo's programme three days from the fixture's today
    // (2027-01-15): Solvik's and Norrby's teams take part.
    store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
      const domain::Id programme = tx.Programmes().List(OrganisationOf("Trygg hemgång")).at(0).id;
      tx.Programmes().AddEvent({0, programme, domain::ProgrammeEventKind::kLearningSession,
                                "Lärandeseminarium 5", "2027-01-18", "2027-01-18"});
      return true;
    });
  }
  domain::Id OrganisationOf(const std::string& team) {
    domain::Id id = 0;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      id = tx.Teams().Find(TeamId(team))->organisation_id;
      return true;
    });
    return id;
  }
  MailSettings Settings(const mail::testing::SmtpSink& sink) {
    MailSettings s;
    s.smtp = {"127.0.0.1", sink.port(), "stegvis.test", std::chrono::milliseconds(5000)};
    s.from = "stegvis@solvik.example";
    s.base_url = "https://stegvis.solvik.example/";
    return s;
  }
  domain::OutboxCounts Counts() {
    domain::OutboxCounts c;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      c = tx.Mail().Counts();
      return true;
    });
    return c;
  }
};

TEST_F(MailJobTest, RemindersReachTheTeamMembersOnceInTheirLanguage) {
  mail::testing::SmtpSink sink;
  MailJob job(*store_, clock_, log_, catalogue_, Settings(sink));
  const std::size_t queued = job.QueueReminders();
  ASSERT_GT(queued, 0u);
  EXPECT_EQ(job.Deliver(), queued);
  const auto received = sink.received();
  ASSERT_EQ(received.size(), queued);
  const mail::testing::ReceivedMail* norrby = nullptr;
  for (const auto& m : received) {
    EXPECT_EQ(m.from, "stegvis@solvik.example");
    if (m.to == "team@norrby.example") norrby = &m;
    EXPECT_NE(m.to, "strateg@solvik.example") << "reminders go to team members";
  }
  ASSERT_NE(norrby, nullptr) << "the guest team's member is reminded of the host's session";
  const std::string body = BodyOf(*norrby);
  EXPECT_NE(body.find("Hej Maria Svensson!"), std::string::npos) << body;
  EXPECT_NE(body.find("Lärandeseminarium 5 i "), std::string::npos) << body;
  EXPECT_NE(body.find(" är 2027-01-18."), std::string::npos) << body;
  EXPECT_NE(body.find("https://stegvis.solvik.example/program/"), std::string::npos) << body;
  EXPECT_NE(body.find("https://stegvis.solvik.example/konto/paminnelser"), std::string::npos);
  EXPECT_NE(norrby->data.find("Subject: =?UTF-8?B?"), std::string::npos);

  EXPECT_EQ(job.QueueReminders(), 0u) << "each reminder once";
  EXPECT_EQ(job.Deliver(), 0u);
  EXPECT_EQ(Counts().sent, static_cast<std::int64_t>(queued));
}

TEST_F(MailJobTest, ATemporaryRefusalIsTriedAgainLaterAndAPermanentOneGivenUp) {
  mail::testing::SmtpSink sink;
  MailJob job(*store_, clock_, log_, catalogue_, Settings(sink));
  const std::size_t queued = job.QueueReminders();
  ASSERT_GT(queued, 0u);
  sink.Refuse("RCPT", "451 4.7.1 greylisted");
  EXPECT_EQ(job.Deliver(), 0u);
  EXPECT_EQ(Counts().waiting, static_cast<std::int64_t>(queued));
  EXPECT_EQ(job.Deliver(), 0u) << "nothing is due before the retry";
  clock_.Advance(domain::RetryDelaySeconds(1));
  sink.Refuse("RCPT", "550 5.1.1 no such user");
  EXPECT_EQ(job.Deliver(), 0u);
  const domain::OutboxCounts c = Counts();
  EXPECT_EQ(c.waiting, 0);
  EXPECT_EQ(c.failed, static_cast<std::int64_t>(queued));
  EXPECT_TRUE(sink.received().empty());
}

TEST_F(MailJobTest, TheThreadDeliversAndStops) {
  mail::testing::SmtpSink sink;
  MailSettings settings = Settings(sink);
  settings.deliver_every = std::chrono::seconds(1);
  {
    MailJob job(*store_, clock_, log_, catalogue_, settings);
    job.Start();
    // Bounded wait: the first round runs at once.
    for (int i = 0; i < 200 && sink.received().empty(); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }  // destroying the job stops its thread
  EXPECT_FALSE(sink.received().empty());
}

TEST(ReminderMessageTest, AnEnglishSpeakerGetsEnglishWithEveryKindOfReminder) {
  auto catalogue = Catalogue::Load(EmbeddedFiles());
  ASSERT_TRUE(catalogue);
  domain::PersonReminders person;
  person.user.email = "nurse@solvik.example";
  person.user.display_name = "Alex";
  person.user.language = "en";
  using domain::ReminderKind;
  person.reminders = {
      {ReminderKind::kReportDue, "k1", 7, 0, 0, "Fewer falls", "Safe care", "2027-02-05",
       "2027-01"},
      {ReminderKind::kSessionSoon, "k2", 0, 3, 0, "Learning session 2", "Safe care", "2027-01-20",
       ""},
      {ReminderKind::kDataDue, "k3", 7, 0, 11, "Falls per month", "Fewer falls", "2026-12", ""}};
  const mail::Message m = ReminderMessage(*catalogue, person, "http://localhost:8080", "s@x.se");
  EXPECT_EQ(m.to, "nurse@solvik.example");
  EXPECT_EQ(m.subject, "Reminder from Stegvis");
  for (const char* line :
       {"Hello Alex,",
        "The monthly report for 2027-01 in Fewer falls (Safe care) is due by 2027-02-05.",
        "http://localhost:8080/projekt/7/manadsrapport/2027-01",
        "Learning session 2 in Safe care is on 2027-01-20.", "http://localhost:8080/program/3",
        "Falls per month in Fewer falls has no value for 2026-12.", "http://localhost:8080/matt/11",
        "http://localhost:8080/konto/paminnelser"}) {
    EXPECT_NE(m.body.find(line), std::string::npos) << line << "\n" << m.body;
  }
}

}  // namespace
}  // namespace stegvis::web
