#include "web/mail/reminder_mail.h"

namespace stegvis::web {
namespace {

// `base_url` with `path` (which starts with "/") after it, without a doubled slash.
std::string Link(const std::string& base_url, const std::string& path) {
  std::string base = base_url;
  while (base.ends_with('/')) base.pop_back();
  return base + path;
}

std::string Line(const Catalogue& c, std::string_view lang, const domain::Reminder& r,
                 const std::string& base_url) {
  using domain::ReminderKind;
  switch (r.kind) {
    case ReminderKind::kReportDue:
      return c.Format(lang, "mail.reminder.report",
                      {{"month", r.month},
                       {"project", r.title},
                       {"programme", r.context},
                       {"deadline", r.when}}) +
             "\n  " +
             Link(base_url,
                  "/projekt/" + std::to_string(r.project_id) + "/manadsrapport/" + r.month);
    case ReminderKind::kSessionSoon:
      return c.Format(lang, "mail.reminder.session",
                      {{"session", r.title}, {"programme", r.context}, {"date", r.when}}) +
             "\n  " + Link(base_url, "/program/" + std::to_string(r.programme_id));
    case ReminderKind::kDataDue:
      return c.Format(lang, "mail.reminder.data",
                      {{"measure", r.title}, {"project", r.context}, {"period", r.when}}) +
             "\n  " + Link(base_url, "/matt/" + std::to_string(r.measure_id));
  }
  return {};
}

}  // namespace

mail::Message ReminderMessage(const Catalogue& catalogue, const domain::PersonReminders& person,
                              const std::string& base_url, const std::string& from) {
  const std::string lang = person.user.language == "en" ? "en" : "sv";
  std::string body =
      catalogue.Format(lang, "mail.reminder.greeting", {{"name", person.user.display_name}}) +
      "\n\n" + catalogue.Get(lang, "mail.reminder.intro") + "\n\n";
  for (const domain::Reminder& r : person.reminders) {
    body += "- " + Line(catalogue, lang, r, base_url) + "\n\n";
  }
  body += "-- \n" +
          catalogue.Format(lang, "mail.reminder.footer",
                           {{"url", Link(base_url, "/konto/paminnelser")}}) +
          "\n";
  return {from, person.user.email, catalogue.Get(lang, "mail.reminder.subject"), body};
}

}  // namespace stegvis::web
