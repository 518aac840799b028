#include "web/mail/mail_job.h"

#include <algorithm>
#include <exception>
#include <vector>

#include "core/date.h"
#include "domain/outbox.h"
#include "domain/reminders.h"
#include "web/mail/reminder_mail.h"

namespace stegvis::web {

MailJob::MailJob(domain::Store& store, const core::Clock& clock, core::Logger& log,
                 const Catalogue& catalogue, MailSettings settings)
    : store_(store),
      clock_(clock),
      log_(log),
      catalogue_(catalogue),
      settings_(std::move(settings)) {}

MailJob::~MailJob() {
  Stop();
}

void MailJob::Start() {
  thread_ = std::thread([this] { Run(); });
}

void MailJob::Stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

std::size_t MailJob::QueueReminders() {
  const std::int64_t now = clock_.NowUnixSeconds();
  // Dates are the server's UTC date, as the start page's.
  const core::Date today = core::Date::FromUnixSeconds(now);
  auto queued = store_.Write([&](domain::StoreTx& tx) -> core::Result<std::size_t> {
    std::size_t n = 0;
    for (const domain::PersonReminders& person : domain::TakeDueReminders(tx, today, now)) {
      const mail::Message m =
          ReminderMessage(catalogue_, person, settings_.base_url, settings_.from);
      domain::QueueMail(tx, m.to, m.subject, m.body, now);
      ++n;
    }
    return n;
  });
  if (!queued) {
    log_.Log(core::LogLevel::kError, "reminders_failed",
             {{"error", std::string_view(queued.error().message)}});
    return 0;
  }
  if (*queued > 0) {
    log_.Log(core::LogLevel::kInfo, "reminders_queued",
             {{"messages", static_cast<std::int64_t>(*queued)}});
  }
  return *queued;
}

std::size_t MailJob::Deliver() {
  auto due = store_.Read([&](domain::StoreTx& tx) -> core::Result<std::vector<domain::OutboxMail>> {
    return tx.Mail().ListDue(clock_.NowUnixSeconds(), domain::kMailBatch);
  });
  if (!due) return 0;
  std::size_t sent = 0;
  for (const domain::OutboxMail& mail : *due) {
    const std::int64_t now = clock_.NowUnixSeconds();
    domain::DeliveryResult result;
    auto text = mail::FormatMessage({settings_.from, mail.recipient, mail.subject, mail.body}, now,
                                    "stegvis." + std::to_string(mail.id) + "." +
                                        std::to_string(now) + "@" + settings_.smtp.helo_name);
    if (!text) {
      result = {false, true, text.error().message};
    } else if (auto ok = mail::SendMail(settings_.smtp, settings_.from, mail.recipient, *text)) {
      result.sent = true;
      ++sent;
    } else {
      result = {false, ok.error().permanent, ok.error().text};
    }
    auto noted = store_.Write([&](domain::StoreTx& tx) -> core::Result<bool> {
      return domain::NoteDelivery(tx, mail, result, now);
    });
    if (!result.sent) {
      const bool gave_up = noted && *noted;
      log_.Log(gave_up ? core::LogLevel::kError : core::LogLevel::kWarn,
               gave_up ? "mail_given_up" : "mail_retry",
               {{"id", static_cast<std::int64_t>(mail.id)},
                {"attempt", static_cast<std::int64_t>(mail.attempts + 1)},
                {"error", std::string_view(result.error)}});
    }
  }
  if (sent > 0)
    log_.Log(core::LogLevel::kInfo, "mail_sent", {{"messages", static_cast<std::int64_t>(sent)}});
  return sent;
}

void MailJob::Run() {
  auto next_reminders = std::chrono::steady_clock::now();
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    try {
      if (std::chrono::steady_clock::now() >= next_reminders) {
        next_reminders = std::chrono::steady_clock::now() + settings_.remind_every;
        QueueReminders();
      }
      while (Deliver() == domain::kMailBatch) {
      }
    } catch (const std::exception& e) {  // the database failed: the next round tries again
      log_.Log(core::LogLevel::kError, "mail_round_failed",
               {{"error", std::string_view(e.what())}});
    }
    lock.lock();
    wake_.wait_for(lock, std::min(settings_.deliver_every, settings_.remind_every),
                   [this] { return stopping_; });
  }
}

}  // namespace stegvis::web
