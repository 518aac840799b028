// The e-mail outbox (domain/outbox.h): due messages, retries spaced out, giving up.

#include "domain/outbox.h"

#include <gtest/gtest.h>

#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

class OutboxTest : public DomainTest {
 protected:
  Id Queue(const std::string& to) {
    return Stored([&](StoreTx& tx) { return QueueMail(tx, to, "Påminnelse", "Hej!", kTestNow); });
  }
  std::vector<OutboxMail> Due(std::int64_t at) {
    return Stored([&](StoreTx& tx) { return tx.Mail().ListDue(at, kMailBatch); });
  }
  bool Note(const OutboxMail& mail, DeliveryResult result, std::int64_t at) {
    return Stored([&](StoreTx& tx) { return NoteDelivery(tx, mail, result, at); });
  }
  OutboxCounts Counts() {
    return Stored([&](StoreTx& tx) { return tx.Mail().Counts(); });
  }
};

TEST_F(OutboxTest, AQueuedMessageIsDueAtOnceAndLeavesWhenSent) {
  const Id id = Queue("team@solvik.example");
  std::vector<OutboxMail> due = Due(kTestNow);
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due[0].id, id);
  EXPECT_EQ(due[0].recipient, "team@solvik.example");
  EXPECT_EQ(due[0].subject, "Påminnelse");
  EXPECT_FALSE(Note(due[0], {true, false, ""}, kTestNow + 1));
  EXPECT_TRUE(Due(kTestNow + 86400).empty());
  const OutboxCounts c = Counts();
  EXPECT_EQ(c.waiting, 0);
  EXPECT_EQ(c.sent, 1);
  EXPECT_EQ(c.failed, 0);
}

TEST_F(OutboxTest, ATemporaryFailureWaitsLongerEachTimeAndGivesUpAfterTheLastTry) {
  Queue("team@solvik.example");
  std::int64_t now = kTestNow;
  for (int attempt = 1; attempt <= kMaxMailAttempts; ++attempt) {
    std::vector<OutboxMail> due = Due(now);
    ASSERT_EQ(due.size(), 1u) << "try " << attempt;
    const bool gave_up = Note(due[0], {false, false, "451 try later"}, now);
    EXPECT_EQ(gave_up, attempt == kMaxMailAttempts);
    if (gave_up) break;
    EXPECT_TRUE(Due(now + RetryDelaySeconds(attempt) - 1).empty()) << "not before its time";
    now += RetryDelaySeconds(attempt);
  }
  EXPECT_TRUE(Due(now + 7 * 86400).empty());
  EXPECT_EQ(Counts().failed, 1);
  EXPECT_EQ(RetryDelaySeconds(1), 60);
  EXPECT_EQ(RetryDelaySeconds(7), 12 * 3600);
  EXPECT_EQ(RetryDelaySeconds(20), 12 * 3600);
}

TEST_F(OutboxTest, APermanentRefusalEndsTheTriesAtOnce) {
  Queue("gone@solvik.example");
  Queue("team@solvik.example");
  std::vector<OutboxMail> due = Due(kTestNow);
  ASSERT_EQ(due.size(), 2u);
  EXPECT_TRUE(Note(due[0], {false, true, "550 no such user"}, kTestNow));
  due = Due(kTestNow + 86400);
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due[0].recipient, "team@solvik.example");
  EXPECT_EQ(Counts().waiting, 1);
  EXPECT_EQ(Counts().failed, 1);
}

TEST_F(OutboxTest, AVeryLongSubjectIsCut) {
  Stored([&](StoreTx& tx) {
    return QueueMail(tx, "a@b.se", std::string(1000, 'x'), "Hej", kTestNow);
  });
  EXPECT_LE(Due(kTestNow).at(0).subject.size(), kMaxMailSubject + 3);
}

}  // namespace
}  // namespace stegvis::domain
