#pragma once
// The e-mail outbox and the reminders already sent, inside one transaction (domain/store.h);
// used by domain/outbox.h and domain/reminders.h. Like sessions, none of it changes the
// data version: no page shows it.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "domain/outbox_mail.h"

namespace stegvis::domain {

class MailRepository {
 public:
  virtual ~MailRepository() = default;

  virtual Id Queue(const OutboxMail& mail) = 0;
  // Messages neither sent nor given up on whose next try is due at `now`, oldest try first,
  // at most `limit`.
  virtual std::vector<OutboxMail> ListDue(std::int64_t now, std::size_t limit) = 0;
  virtual void MarkSent(Id id, std::int64_t at) = 0;
  // Notes a failed try: the count of tries, when to try next, and (when `give_up`) that no
  // try will follow.
  virtual void MarkFailed(Id id, int attempts, std::int64_t next_attempt_at,
                          const std::string& error, bool give_up, std::int64_t now) = 0;
  virtual OutboxCounts Counts() = 0;

  // Notes that the reminder `key` went to `user_id`; false when it already had.
  virtual bool NoteReminder(const std::string& key, Id user_id, std::int64_t now) = 0;
  // Whether the user turned e-mail reminders off; turning them off or on again.
  virtual bool RemindersOff(Id user_id) = 0;
  virtual void SetRemindersOff(Id user_id, bool off, std::int64_t now) = 0;
};

}  // namespace stegvis::domain
