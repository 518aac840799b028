#pragma once
// domain::MailRepository on a SQL connection: the e-mail outbox, the reminders sent and the
// users who turned reminders off.

#include "domain/repositories/mail_repository.h"
#include "store/sql_connection.h"

namespace stegvis::store {

class SqlMail final : public domain::MailRepository {
 public:
  explicit SqlMail(SqlConnection& db) : db_(db) {}

  domain::Id Queue(const domain::OutboxMail& mail) override;
  std::vector<domain::OutboxMail> ListDue(std::int64_t now, std::size_t limit) override;
  void MarkSent(domain::Id id, std::int64_t at) override;
  void MarkFailed(domain::Id id, int attempts, std::int64_t next_attempt_at,
                  const std::string& error, bool give_up, std::int64_t now) override;
  domain::OutboxCounts Counts() override;
  bool NoteReminder(const std::string& key, domain::Id user_id, std::int64_t now) override;
  bool RemindersOff(domain::Id user_id) override;
  void SetRemindersOff(domain::Id user_id, bool off, std::int64_t now) override;

 private:
  SqlConnection& db_;
};

}  // namespace stegvis::store
