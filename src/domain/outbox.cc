#include "domain/outbox.h"

#include <algorithm>
#include <array>

#include "core/text.h"

namespace stegvis::domain {
namespace {

// The longest error text kept from a failed try.
constexpr std::size_t kMaxErrorText = 500;

}  // namespace

std::int64_t RetryDelaySeconds(int attempts) {
  static constexpr std::array<std::int64_t, 7> kDelays = {60,       300,      900,      3600,
                                                          3 * 3600, 6 * 3600, 12 * 3600};
  const std::size_t i = attempts < 1 ? 0 : static_cast<std::size_t>(attempts - 1);
  return kDelays[std::min(i, kDelays.size() - 1)];
}

Id QueueMail(StoreTx& tx, const std::string& recipient, const std::string& subject,
             const std::string& body, std::int64_t now) {
  OutboxMail mail;
  mail.recipient = recipient;
  mail.subject = core::ShortPrefix(subject, kMaxMailSubject);
  mail.body = core::ShortPrefix(body, kMaxMailBody);
  mail.created_at = now;
  mail.next_attempt_at = now;
  return tx.Mail().Queue(mail);
}

bool NoteDelivery(StoreTx& tx, const OutboxMail& mail, const DeliveryResult& result,
                  std::int64_t now) {
  if (result.sent) {
    tx.Mail().MarkSent(mail.id, now);
    return false;
  }
  const int attempts = mail.attempts + 1;
  const bool give_up = result.permanent || attempts >= kMaxMailAttempts;
  tx.Mail().MarkFailed(mail.id, attempts, now + RetryDelaySeconds(attempts),
                       core::ShortPrefix(result.error, kMaxErrorText), give_up, now);
  return give_up;
}

}  // namespace stegvis::domain
