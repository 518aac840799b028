#pragma once
// E-mail reminders (issue #12, "the rhythm of the action period"): a monthly report due
// within kReportReminderDays, a measure whose last complete period has no value yet, and a
// learning session within kSessionReminderDays. They go to the active members of the team
// whose work it is (a guest team's members too, for the host's sessions), each reminder to
// each person once, and never to someone who turned reminders off. What is due is what the
// start page lists (domain/due_work.h).

#include <cstdint>
#include <string>
#include <vector>

#include "core/date.h"
#include "domain/organisation.h"
#include "domain/store.h"

namespace stegvis::domain {

inline constexpr int kReportReminderDays = 3;
inline constexpr int kSessionReminderDays = 7;

enum class ReminderKind { kReportDue, kSessionSoon, kDataDue };

struct Reminder {
  ReminderKind kind = ReminderKind::kReportDue;
  // Unique per reminder: "report:PROJECT:MONTH", "data:MEASURE:PERIOD", "session:EVENT:DATE"
  // (a moved session is announced again).
  std::string key;
  Id project_id = 0;    // report and data: the project; session: 0
  Id programme_id = 0;  // session: the programme; else 0
  Id measure_id = 0;    // data: the measure; else 0
  std::string title;    // report: the project; data: the measure; session: the session
  std::string context;  // report: the programme; data: the project; session: the programme
  std::string when;     // report: the deadline; data: the period; session: the first day
  std::string month;    // report: the month ("YYYY-MM"); else empty
};

struct PersonReminders {
  User user;
  std::vector<Reminder> reminders;  // reports first, then sessions, then data
};

// The reminders due on `today` that nobody has been sent yet, noted as sent at `now` in the
// same transaction (the caller queues the e-mails in it too, so a reminder is either noted
// and queued or neither). One entry per person with anything to say.
std::vector<PersonReminders> TakeDueReminders(StoreTx& tx, core::Date today, std::int64_t now);

}  // namespace stegvis::domain
