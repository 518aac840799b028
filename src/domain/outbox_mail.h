#pragma once
// An e-mail waiting in the outbox, sent, or given up on (domain/outbox.h). The outbox is
// durable: a message is written in the same transaction as what caused it and leaves only
// when the SMTP server has taken it or the tries are used up.

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "core/describe.h"
#include "domain/organisation.h"

namespace stegvis::domain {

struct OutboxMail {
  Id id = 0;
  std::string recipient;  // a bare address
  std::string subject;
  std::string body;  // plain text
  std::int64_t created_at = 0;
  int attempts = 0;                       // tries so far
  std::int64_t next_attempt_at = 0;       // not before this moment
  std::optional<std::int64_t> sent_at;    // the SMTP server took it
  std::optional<std::int64_t> failed_at;  // given up on: refused for good, or tries used up
  std::string last_error;                 // what the last failed try said
};

constexpr auto Describe(std::type_identity<OutboxMail>) {
  return std::tuple{
      core::Field("id", &OutboxMail::id, core::kKey),
      core::Field("recipient", &OutboxMail::recipient, core::kFixed),
      core::Field("subject", &OutboxMail::subject, core::kFixed),
      core::Field("body", &OutboxMail::body, core::kFixed),
      core::Field("created_at", &OutboxMail::created_at, core::kFixed | core::kUnixTime),
      core::Field("attempts", &OutboxMail::attempts),
      core::Field("next_attempt_at", &OutboxMail::next_attempt_at, core::kUnixTime),
      core::Field("sent_at", &OutboxMail::sent_at, core::kUnixTime),
      core::Field("failed_at", &OutboxMail::failed_at, core::kUnixTime),
      core::Field("last_error", &OutboxMail::last_error)};
}

// How many messages are where (for the operations page and logs).
struct OutboxCounts {
  std::int64_t waiting = 0;
  std::int64_t sent = 0;
  std::int64_t failed = 0;
};

}  // namespace stegvis::domain
