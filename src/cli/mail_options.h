#pragma once
// `stegvis serve`'s e-mail options: --smtp-host (off when empty), --smtp-port, --smtp-from,
// --smtp-helo and --reminder-interval, each also an environment variable.

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "web/mail/mail_job.h"

namespace stegvis::cli {

struct MailOptions {
  std::string host;  // empty: no e-mail at all
  int port = 25;
  std::string from;
  std::string helo;  // empty: the host of --base-url, or "localhost"
  int reminder_interval = 3600;
};

// Registers the options on `command`; --smtp-from is required with --smtp-host.
void AddMailOptions(CLI::App* command, MailOptions& options);

// The job's settings, or nullopt when no SMTP server is given. `base_url` is the address
// people open (for links and, without --smtp-helo, the name given in EHLO).
std::optional<web::MailSettings> MailSettingsFrom(const MailOptions& options,
                                                  const std::string& base_url);

}  // namespace stegvis::cli
