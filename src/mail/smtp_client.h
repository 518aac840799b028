#pragma once
// Hands one message to an SMTP server (RFC 5321): EHLO (HELO when EHLO is refused),
// MAIL FROM, RCPT TO, DATA, QUIT, over plain TCP with a time limit on every step. Stegvis
// gives its mail to the organisation's relay, which takes care of TLS and delivery onwards.

#include <chrono>
#include <string>
#include <string_view>

#include <tl/expected.hpp>

namespace stegvis::mail {

struct SmtpSettings {
  std::string host;
  int port = 25;
  std::string helo_name = "localhost";       // the name Stegvis gives itself in EHLO
  std::chrono::milliseconds timeout{30000};  // for connecting and for each reply
};

struct SendFailure {
  // True when the server refused for good (a 5xx reply): trying again will not help.
  bool permanent = false;
  std::string text;  // what went wrong, with the server's reply when there was one
};

// Sends `data` (a whole message, FormatMessage in mail/message.h) from `from` to `to`.
tl::expected<void, SendFailure> SendMail(const SmtpSettings& settings, std::string_view from,
                                         std::string_view to, std::string_view data);

}  // namespace stegvis::mail
