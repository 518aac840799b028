#pragma once
// domain::ProgrammeRepository on a SQL connection: programmes, calendars, teams taking part,
// the teams' monthly reports.

#include "domain/repositories/programme_repository.h"
#include "store/sql_connection.h"

namespace stegvis::store {

class SqlProgrammes final : public domain::ProgrammeRepository {
 public:
  explicit SqlProgrammes(SqlConnection& db) : db_(db) {}

  std::vector<domain::Programme> List(domain::Id organisation_id) override;
  std::optional<domain::Programme> Find(domain::Id programme_id) override;
  domain::Id Create(const domain::Programme& programme, std::int64_t now) override;
  void Update(const domain::Programme& programme) override;
  std::vector<domain::ProgrammeEvent> ListEvents(domain::Id programme_id) override;
  domain::Id AddEvent(const domain::ProgrammeEvent& event) override;
  std::optional<domain::ProgrammeEvent> FindEvent(domain::Id programme_id,
                                                  domain::Id event_id) override;
  void UpdateEvent(const domain::ProgrammeEvent& event) override;
  void RemoveEvent(domain::Id programme_id, domain::Id event_id) override;
  std::vector<domain::Id> ListTeams(domain::Id programme_id) override;
  std::vector<domain::Id> ListOfTeam(domain::Id team_id) override;
  std::map<domain::Id, std::vector<domain::Id>> ListOfTeams(domain::Id organisation_id) override;
  bool AddTeam(domain::Id programme_id, domain::Id team_id, std::int64_t now) override;
  bool RemoveTeam(domain::Id programme_id, domain::Id team_id) override;
  std::optional<domain::MonthlyReport> FindMonthlyReport(domain::Id project_id,
                                                         const std::string& month) override;
  std::vector<domain::MonthlyReport> ListMonthlyReports(domain::Id project_id) override;
  domain::Id CreateMonthlyReport(const domain::MonthlyReport& report) override;
  void UpdateMonthlyReport(const domain::MonthlyReport& report) override;

 private:
  SqlConnection& db_;
};

}  // namespace stegvis::store
