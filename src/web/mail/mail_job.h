#pragma once
// The server's e-mail work, on a thread of its own: every `remind_every` it queues the
// reminders due (domain/reminders.h) in one transaction, and every `deliver_every` it hands
// the outbox's due messages to the SMTP server (mail/smtp_client.h), noting each try
// (domain/outbox.h). Runs only when the server is given an SMTP server (--smtp-host).

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <string>
#include <thread>

#include "core/clock.h"
#include "core/log.h"
#include "domain/store.h"
#include "mail/smtp_client.h"
#include "web/render/catalogue.h"

namespace stegvis::web {

struct MailSettings {
  mail::SmtpSettings smtp;
  std::string from;      // the sender's bare address
  std::string base_url;  // for the links in the messages
  std::chrono::seconds remind_every{3600};
  std::chrono::seconds deliver_every{10};
};

class MailJob {
 public:
  MailJob(domain::Store& store, const core::Clock& clock, core::Logger& log,
          const Catalogue& catalogue, MailSettings settings);
  ~MailJob();  // stops the thread
  MailJob(const MailJob&) = delete;
  MailJob& operator=(const MailJob&) = delete;

  void Start();
  void Stop();

  // One round each, on the caller's thread (the thread calls them; tests call them directly).
  // QueueReminders returns how many messages it queued, Deliver how many were sent.
  std::size_t QueueReminders();
  std::size_t Deliver();

 private:
  void Run();

  domain::Store& store_;
  const core::Clock& clock_;
  core::Logger& log_;
  const Catalogue& catalogue_;
  MailSettings settings_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace stegvis::web
