#pragma once
// The durable e-mail outbox: messages are queued inside the transaction that decides them
// and delivered afterwards (web/mail/mail_job.h), with retries spaced out over about a day.
// A permanent refusal (the server's 5xx) ends the tries at once.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "domain/outbox_mail.h"
#include "domain/store.h"

namespace stegvis::domain {

// Tries per message; after the last failed try the message is given up on.
inline constexpr int kMaxMailAttempts = 8;
// Messages handed to the SMTP server per round.
inline constexpr std::size_t kMailBatch = 50;
// The longest subject and body queued, in characters; longer ones are cut with "…" (they are
// written by Stegvis, from names people typed).
inline constexpr std::size_t kMaxMailSubject = 200;
inline constexpr std::size_t kMaxMailBody = 64 * 1024;

// Seconds to wait after the `attempts`-th failed try: 1 min, 5 min, 15 min, 1 h, 3 h, 6 h,
// 12 h.
std::int64_t RetryDelaySeconds(int attempts);

// Queues a message to `recipient`, due at once.
Id QueueMail(StoreTx& tx, const std::string& recipient, const std::string& subject,
             const std::string& body, std::int64_t now);

// The result of one try to hand `mail` over, noted on it.
struct DeliveryResult {
  bool sent = false;
  bool permanent = false;  // refused for good
  std::string error;       // what went wrong; empty when sent
};

// Notes the try: sent, or failed with the next try scheduled (or none, when refused for
// good or out of tries). Returns true when the message is given up on.
bool NoteDelivery(StoreTx& tx, const OutboxMail& mail, const DeliveryResult& result,
                  std::int64_t now);

}  // namespace stegvis::domain
