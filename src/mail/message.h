#pragma once
// One plain-text e-mail as Stegvis sends it (RFC 5322 with MIME, RFC 2045–2047): UTF-8 text,
// base64 body, the subject as encoded words when it is not plain ASCII, and
// "Auto-Submitted: auto-generated" (RFC 3834) so that mail systems do not answer it.

#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.h"

namespace stegvis::mail {

struct Message {
  std::string from;     // a bare address: "stegvis@kommun.se"
  std::string to;       // a bare address
  std::string subject;  // UTF-8, one line
  std::string body;     // UTF-8 plain text; "\n" line ends
};

// Whether `address` is a bare address Stegvis sends to or from: local@domain, printable
// ASCII without spaces, angle brackets, quotes or line breaks, at most 254 characters.
bool IsSendableAddress(std::string_view address);

// The whole message with CRLF line ends, ready for SMTP's DATA (before dot-stuffing).
// `unix_time` is the Date header; `message_id` the id part of Message-ID ("...@host").
// Fails with kInvalidInput when an address is not sendable; a line break in the subject
// becomes a space.
core::Result<std::string> FormatMessage(const Message& message, std::int64_t unix_time,
                                        std::string_view message_id);

// `data` as SMTP's DATA sends it (RFC 5321 4.5.2): a leading dot doubled on every line,
// ending with CRLF "." CRLF.
std::string DotStuff(std::string_view data);

// Base64 of `bytes` (RFC 4648), without line breaks.
std::string Base64(std::string_view bytes);

}  // namespace stegvis::mail
