#include "domain/reminders.h"

#include <algorithm>
#include <map>
#include <optional>

#include "domain/due_work.h"
#include "domain/monthly_report.h"

namespace stegvis::domain {
namespace {

void AddProjectReminders(StoreTx& tx, const Project& project, core::Date today,
                         std::vector<Reminder>& out) {
  if (project.status == ProjectStatus::kClosed) return;
  for (const std::string& month : ReportMonthsDue(tx, project, today)) {
    const core::Date deadline = ReportDeadline(*ParseReportMonth(month));
    if (deadline > today.AddDays(kReportReminderDays)) continue;
    const std::optional<Programme> programme = tx.Programmes().Find(*project.programme_id);
    out.push_back({ReminderKind::kReportDue, "report:" + std::to_string(project.id) + ":" + month,
                   project.id, 0, 0, project.title, programme ? programme->name : "",
                   deadline.ToString(), month});
  }
  if (project.status != ProjectStatus::kActive && project.status != ProjectStatus::kSustaining) {
    return;
  }
  for (const Measure& m : tx.Measures().ListOfProject(project.id)) {
    if (std::optional<std::string> period = MissingLastPeriod(tx, m, today)) {
      out.push_back({ReminderKind::kDataDue, "data:" + std::to_string(m.id) + ":" + *period,
                     project.id, 0, m.id, m.name, project.title, *period, ""});
    }
  }
}

void AddSessionReminders(StoreTx& tx, Id programme_id, core::Date today,
                         std::vector<Reminder>& out) {
  const std::optional<Programme> programme = tx.Programmes().Find(programme_id);
  if (!programme || programme->closed) return;
  const std::string first = today.ToString();
  const std::string last = today.AddDays(kSessionReminderDays).ToString();
  for (const ProgrammeEvent& e : tx.Programmes().ListEvents(programme_id)) {
    if (e.kind != ProgrammeEventKind::kLearningSession || e.starts_on < first ||
        e.starts_on > last) {
      continue;
    }
    out.push_back({ReminderKind::kSessionSoon,
                   "session:" + std::to_string(e.id) + ":" + e.starts_on, 0, programme->id, 0,
                   e.title, programme->name, e.starts_on, ""});
  }
}

// What the team's members are to be reminded of on `today`, before asking who has been.
std::vector<Reminder> TeamReminders(StoreTx& tx, const Team& team, core::Date today) {
  std::vector<Reminder> out;
  for (const Project& project : tx.Projects().List(team.id)) {
    AddProjectReminders(tx, project, today, out);
  }
  for (Id programme : tx.Programmes().ListOfTeam(team.id)) {
    AddSessionReminders(tx, programme, today, out);
  }
  std::stable_sort(out.begin(), out.end(), [](const Reminder& a, const Reminder& b) {
    return static_cast<int>(a.kind) < static_cast<int>(b.kind);
  });
  return out;
}

}  // namespace

std::vector<PersonReminders> TakeDueReminders(StoreTx& tx, core::Date today, std::int64_t now) {
  std::map<Id, PersonReminders> people;
  for (const Organisation& organisation : tx.Units().ListOrganisations()) {
    for (const Team& team : tx.Teams().List(organisation.id)) {
      const std::vector<User> members = tx.Users().ListTeamMembers(team.id);
      if (members.empty()) continue;
      const std::vector<Reminder> due = TeamReminders(tx, team, today);
      for (const User& member : members) {
        if (due.empty() || tx.Mail().RemindersOff(member.id)) continue;
        PersonReminders& person = people[member.id];
        person.user = member;
        for (const Reminder& r : due) {
          if (tx.Mail().NoteReminder(r.key, member.id, now)) person.reminders.push_back(r);
        }
      }
    }
  }
  std::vector<PersonReminders> out;
  for (auto& [id, person] : people) {
    if (person.reminders.empty()) continue;
    std::stable_sort(person.reminders.begin(), person.reminders.end(),
                     [](const Reminder& a, const Reminder& b) {
                       return static_cast<int>(a.kind) < static_cast<int>(b.kind);
                     });
    out.push_back(std::move(person));
  }
  return out;
}

}  // namespace stegvis::domain
