// The e-mail outbox and reminders (sql_mail.cc) on both engines: due messages in order, a
// failed try and a given-up message, the counts, each reminder noted once per person, the
// opt-out, and that the outbox and the reminders sent leave the data version alone.

#include <gtest/gtest.h>

#include "domain/outbox_mail.h"
#include "domain/records.h"
#include "store/test_database.h"

namespace stegvis::store {
namespace {

using MailStoreTest = EngineTest;
INSTANTIATE_TEST_SUITE_P(Engines, MailStoreTest,
                         testing::Values(Engine::kSqlite, Engine::kPostgres), EngineName);

domain::OutboxMail Mail(std::string to, std::int64_t due) {
  domain::OutboxMail m;
  m.recipient = std::move(to);
  m.subject = "Påminnelse";
  m.body = "Hej Åsa!";
  m.created_at = 1;
  m.next_attempt_at = due;
  return m;
}

TEST_P(MailStoreTest, TheOutboxListsWhatIsDueAndNotesEachTry) {
  store_->Migrate();
  domain::Id late = 0, early = 0, later = 0;
  std::int64_t version = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    version = tx.DataVersion();
    late = tx.Mail().Queue(Mail("a@kommun.example", 20));
    early = tx.Mail().Queue(Mail("b@kommun.example", 10));
    later = tx.Mail().Queue(Mail("c@kommun.example", 99));
    return true;
  });
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    EXPECT_EQ(tx.DataVersion(), version) << "the outbox is not what pages show";
    std::vector<domain::OutboxMail> due = tx.Mail().ListDue(50, 10);
    EXPECT_EQ(due.size(), 2u);
    EXPECT_EQ(due.at(0).id, early) << "the oldest try first";
    EXPECT_EQ(due.at(0).subject, "Påminnelse");
    EXPECT_EQ(due.at(0).body, "Hej Åsa!");
    EXPECT_FALSE(due.at(0).sent_at);
    EXPECT_EQ(tx.Mail().ListDue(50, 1).size(), 1u) << "the limit holds";
    tx.Mail().MarkSent(early, 51);
    tx.Mail().MarkFailed(late, 1, 200, "451 senare", false, 52);
    tx.Mail().MarkFailed(later, 8, 300, "550 finns inte", true, 53);
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    EXPECT_TRUE(tx.Mail().ListDue(199, 10).empty());
    std::vector<domain::OutboxMail> due = tx.Mail().ListDue(1000, 10);
    EXPECT_EQ(due.size(), 1u) << "sent and given-up messages are never due";
    EXPECT_EQ(due.at(0).id, late);
    EXPECT_EQ(due.at(0).attempts, 1);
    EXPECT_EQ(due.at(0).last_error, "451 senare");
    const domain::OutboxCounts c = tx.Mail().Counts();
    EXPECT_EQ(c.waiting, 1);
    EXPECT_EQ(c.sent, 1);
    EXPECT_EQ(c.failed, 1);
    return true;
  });
}

TEST_P(MailStoreTest, AReminderIsNotedOncePerPersonAndTheOptOutIsKept) {
  store_->Migrate();
  domain::Id anna = 0, bo = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    const domain::Id org = tx.Units().CreateOrganisation("Kommun", 1);
    anna = tx.Users().Create({org, "a@kommun.example", "Anna", "sv", "hash"}, 1);
    bo = tx.Users().Create({org, "b@kommun.example", "Bo", "sv", "hash"}, 1);
    return true;
  });
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    EXPECT_TRUE(tx.Mail().NoteReminder("session:1:2027-01-20", anna, 5));
    EXPECT_FALSE(tx.Mail().NoteReminder("session:1:2027-01-20", anna, 6)) << "once";
    EXPECT_TRUE(tx.Mail().NoteReminder("session:1:2027-01-20", bo, 6)) << "per person";
    EXPECT_TRUE(tx.Mail().NoteReminder("session:1:2027-01-27", anna, 7)) << "a moved session";
    EXPECT_FALSE(tx.Mail().RemindersOff(anna));
    tx.Mail().SetRemindersOff(anna, true, 8);
    tx.Mail().SetRemindersOff(anna, true, 9);  // twice is the same
    return true;
  });
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    EXPECT_TRUE(tx.Mail().RemindersOff(anna));
    EXPECT_FALSE(tx.Mail().RemindersOff(bo));
    tx.Mail().SetRemindersOff(anna, false, 10);
    EXPECT_FALSE(tx.Mail().RemindersOff(anna));
    return true;
  });
}

}  // namespace
}  // namespace stegvis::store
