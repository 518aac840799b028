#pragma once
// Programmes with their calendars and participating teams, inside one transaction
// (domain/store.h).

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/monthly_report.h"
#include "domain/programme.h"

namespace stegvis::domain {

class ProgrammeRepository {
 public:
  virtual ~ProgrammeRepository() = default;

  // The organisation's programmes, in Swedish order of their names; one by id.
  virtual std::vector<Programme> List(Id organisation_id) = 0;
  virtual std::optional<Programme> Find(Id programme_id) = 0;
  // Inserts (updated at `now`) and returns the new id.
  virtual Id Create(const Programme& programme, std::int64_t now) = 0;
  // Stores every field of `programme` (including its version, which the caller has checked
  // and bumped).
  virtual void Update(const Programme& programme) = 0;
  // The programme's calendar, by start date; adding an entry.
  virtual std::vector<ProgrammeEvent> ListEvents(Id programme_id) = 0;
  virtual Id AddEvent(const ProgrammeEvent& event) = 0;
  // One entry of the programme's calendar; storing its fields; removing it.
  virtual std::optional<ProgrammeEvent> FindEvent(Id programme_id, Id event_id) = 0;
  virtual void UpdateEvent(const ProgrammeEvent& event) = 0;
  virtual void RemoveEvent(Id programme_id, Id event_id) = 0;
  // Participating teams (ids, in the order they joined); the programmes a team takes part in.
  virtual std::vector<Id> ListTeams(Id programme_id) = 0;
  virtual std::vector<Id> ListOfTeam(Id team_id) = 0;
  // For every team of the organisation, the programmes it takes part in (as ListOfTeam).
  virtual std::map<Id, std::vector<Id>> ListOfTeams(Id organisation_id) = 0;
  // Adds a team to a programme; false if it already takes part.
  virtual bool AddTeam(Id programme_id, Id team_id, std::int64_t now) = 0;
  // Takes a team out of a programme; false if it took no part.
  virtual bool RemoveTeam(Id programme_id, Id team_id) = 0;
  // A project's monthly report of `month` ("YYYY-MM"), if stored; all its stored reports, by
  // month; inserting one (returns its id); storing its fields (the caller has checked and
  // bumped the version).
  virtual std::optional<MonthlyReport> FindMonthlyReport(Id project_id,
                                                         const std::string& month) = 0;
  virtual std::vector<MonthlyReport> ListMonthlyReports(Id project_id) = 0;
  virtual Id CreateMonthlyReport(const MonthlyReport& report) = 0;
  virtual void UpdateMonthlyReport(const MonthlyReport& report) = 0;
};

}  // namespace stegvis::domain
