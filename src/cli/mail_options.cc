#include "cli/mail_options.h"

#include <algorithm>

#include "mail/message.h"

namespace stegvis::cli {
namespace {

// "https://stegvis.kommun.se:8443/x" -> "stegvis.kommun.se"; "" when there is no host.
std::string HostOf(const std::string& url) {
  const std::size_t start = url.find("://");
  if (start == std::string::npos) return {};
  const std::string rest = url.substr(start + 3);
  return rest.substr(0, rest.find_first_of(":/"));
}

}  // namespace

void AddMailOptions(CLI::App* command, MailOptions& options) {
  CLI::Option* host =
      command
          ->add_option("--smtp-host", options.host,
                       "SMTP server (the organisation's relay) for e-mail reminders; without it "
                       "no e-mail is sent")
          ->envname("STEGVIS_SMTP_HOST");
  command->add_option("--smtp-port", options.port, "SMTP server's port")
      ->envname("STEGVIS_SMTP_PORT")
      ->check(CLI::Range(1, 65535))
      ->capture_default_str();
  command
      ->add_option("--smtp-from", options.from,
                   "Sender address of the e-mails, e.g. stegvis@kommun.se (required with "
                   "--smtp-host)")
      ->envname("STEGVIS_SMTP_FROM")
      ->needs(host)
      ->check([](const std::string& value) -> std::string {
        return mail::IsSendableAddress(value) ? "" : "must be a plain e-mail address";
      });
  command
      ->add_option("--smtp-helo", options.helo,
                   "Name Stegvis gives itself to the SMTP server (default: the host of "
                   "--base-url, or localhost)")
      ->envname("STEGVIS_SMTP_HELO")
      ->check([](const std::string& value) -> std::string {
        const bool plain =
            !value.empty() && value.size() <= 255 &&
            std::all_of(value.begin(), value.end(), [](char c) { return c > ' ' && c < 0x7F; });
        return plain ? "" : "must be a host name (letters, digits, dots and dashes)";
      });
  command
      ->add_option("--reminder-interval", options.reminder_interval,
                   "Seconds between two looks for reminders that are due (each is sent once)")
      ->envname("STEGVIS_REMINDER_INTERVAL")
      ->check(CLI::Range(1, 86400))
      ->capture_default_str();
  command->callback([&options] {
    if (!options.host.empty() && options.from.empty()) {
      throw CLI::ValidationError("--smtp-host", "--smtp-from is required with --smtp-host");
    }
  });
}

std::optional<web::MailSettings> MailSettingsFrom(const MailOptions& options,
                                                  const std::string& base_url) {
  if (options.host.empty()) return std::nullopt;
  web::MailSettings settings;
  settings.smtp.host = options.host;
  settings.smtp.port = options.port;
  settings.smtp.helo_name = !options.helo.empty()       ? options.helo
                            : !HostOf(base_url).empty() ? HostOf(base_url)
                                                        : "localhost";
  settings.from = options.from;
  settings.base_url = base_url;
  settings.remind_every = std::chrono::seconds(options.reminder_interval);
  return settings;
}

}  // namespace stegvis::cli
