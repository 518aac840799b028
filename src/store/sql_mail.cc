#include "store/sql_mail.h"

#include "store/tables.h"

namespace stegvis::store {

domain::Id SqlMail::Queue(const domain::OutboxMail& mail) {
  return Insert(db_, mail);
}

std::vector<domain::OutboxMail> SqlMail::ListDue(std::int64_t now, std::size_t limit) {
  return List<domain::OutboxMail>(db_,
                                  "WHERE sent_at IS NULL AND failed_at IS NULL AND "
                                  "next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
                                  now, static_cast<std::int64_t>(limit));
}

void SqlMail::MarkSent(domain::Id id, std::int64_t at) {
  Run(db_, "UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1 WHERE id = ?", at, id);
}

void SqlMail::MarkFailed(domain::Id id, int attempts, std::int64_t next_attempt_at,
                         const std::string& error, bool give_up, std::int64_t now) {
  Run(db_,
      "UPDATE mail_outbox SET attempts = ?, next_attempt_at = ?, last_error = ?, failed_at = ? "
      "WHERE id = ?",
      attempts, next_attempt_at, error, give_up ? std::optional<std::int64_t>(now) : std::nullopt,
      id);
}

domain::OutboxCounts SqlMail::Counts() {
  Statement s = Query(db_,
                      "SELECT COUNT(*) FILTER (WHERE sent_at IS NULL AND failed_at IS NULL), "
                      "COUNT(sent_at), COUNT(failed_at) FROM mail_outbox");
  domain::OutboxCounts counts;
  if (s.Step()) {
    counts.waiting = s.Next<std::int64_t>();
    counts.sent = s.Next<std::int64_t>();
    counts.failed = s.Next<std::int64_t>();
  }
  return counts;
}

bool SqlMail::NoteReminder(const std::string& key, domain::Id user_id, std::int64_t now) {
  return FindColumn<std::int64_t>(db_,
                                  "INSERT INTO reminders_sent (reminder_key, user_id, sent_at) "
                                  "VALUES (?, ?, ?) ON CONFLICT DO NOTHING RETURNING user_id",
                                  key, user_id, now)
      .has_value();
}

bool SqlMail::RemindersOff(domain::Id user_id) {
  return FindColumn<std::int64_t>(db_, "SELECT user_id FROM reminder_opt_outs WHERE user_id = ?",
                                  user_id)
      .has_value();
}

void SqlMail::SetRemindersOff(domain::Id user_id, bool off, std::int64_t now) {
  if (off) {
    Run(db_,
        "INSERT INTO reminder_opt_outs (user_id, created_at) VALUES (?, ?) "
        "ON CONFLICT DO NOTHING",
        user_id, now);
  } else {
    Run(db_, "DELETE FROM reminder_opt_outs WHERE user_id = ?", user_id);
  }
}

}  // namespace stegvis::store
