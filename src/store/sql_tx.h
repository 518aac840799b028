#pragma once
// The domain's data access (StoreTx) on one SQL connection inside an open transaction: one
// repository per aggregate (sql_*.cc), written once for every engine (`?` placeholders,
// INSERT ... RETURNING id), all writing through one TrackedConnection so the data version
// counts every change.

#include "domain/store.h"
#include "store/sql_audit.h"
#include "store/sql_connection.h"
#include "store/sql_sessions.h"
#include "store/sql_teams.h"
#include "store/sql_units.h"
#include "store/sql_users.h"
#include "store/tracked_connection.h"

namespace stegvis::store {

class SqlTx final : public domain::StoreTx {
 public:
  explicit SqlTx(SqlConnection& connection) : tracked_(connection), db_(tracked_) {}

  domain::UnitRepository& Units() override { return units_; }
  domain::TeamRepository& Teams() override { return teams_; }
  domain::UserRepository& Users() override { return users_; }
  domain::SessionRepository& Sessions() override { return sessions_; }
  domain::AuditRepository& Audit() override { return audit_; }
  std::int64_t DataVersion() override;

  // Called by the store right before COMMIT of a write transaction: counts the transaction
  // in the data version when it wrote anything that counts (TrackedConnection).
  void BeforeCommit();

  std::vector<domain::Programme> ListProgrammes(domain::Id organisation_id) override;
  std::optional<domain::Programme> FindProgramme(domain::Id programme_id) override;
  domain::Id CreateProgramme(const domain::Programme& programme, std::int64_t now) override;
  void UpdateProgramme(const domain::Programme& programme) override;
  std::vector<domain::ProgrammeEvent> ListProgrammeEvents(domain::Id programme_id) override;
  domain::Id AddProgrammeEvent(const domain::ProgrammeEvent& event) override;
  std::vector<domain::Id> ListProgrammeTeams(domain::Id programme_id) override;
  std::vector<domain::Id> ListTeamProgrammes(domain::Id team_id) override;
  bool AddProgrammeTeam(domain::Id programme_id, domain::Id team_id, std::int64_t now) override;

  std::vector<domain::Project> ListProjects(domain::Id team_id) override;
  std::optional<domain::Project> FindProject(domain::Id project_id) override;
  domain::Id CreateProject(const domain::Project& project, std::int64_t now) override;
  void UpdateProject(const domain::Project& project) override;
  std::vector<domain::ProgressScore> ListProgressScores(domain::Id project_id) override;
  domain::Id AddProgressScore(const domain::ProgressScore& score, std::int64_t now) override;

  std::vector<domain::Measure> ListProjectMeasures(domain::Id project_id) override;
  std::vector<domain::Measure> ListProgrammeMeasures(domain::Id programme_id) override;
  std::optional<domain::Measure> FindMeasure(domain::Id measure_id) override;
  domain::Id CreateMeasure(const domain::Measure& measure, std::int64_t now) override;
  void UpdateMeasure(const domain::Measure& measure) override;
  void SetMeasureDataVersion(domain::Id measure_id, std::int64_t version, std::int64_t at,
                             const std::string& by) override;
  std::vector<domain::Observation> ListObservations(domain::Id measure_id) override;
  void SaveObservation(const domain::Observation& observation) override;
  void InsertObservations(const std::vector<domain::Observation>& observations) override;
  void DeleteObservation(domain::Id measure_id, const std::string& period,
                         const std::string& group) override;

  std::vector<domain::ChangeIdea> ListProjectChangeIdeas(domain::Id project_id) override;
  std::vector<domain::ChangeIdea> ListProgrammeChangeIdeas(domain::Id programme_id) override;
  std::optional<domain::ChangeIdea> FindChangeIdea(domain::Id change_idea_id) override;
  domain::Id CreateChangeIdea(const domain::ChangeIdea& idea, std::int64_t now) override;
  std::vector<domain::PdsaCycle> ListProjectPdsaCycles(domain::Id project_id) override;
  std::vector<domain::PdsaCycle> ListChangeIdeaPdsaCycles(domain::Id change_idea_id) override;
  std::vector<domain::PdsaCycle> ListMeasurePdsaCycles(domain::Id measure_id) override;
  std::optional<domain::PdsaCycle> FindPdsaCycle(domain::Id cycle_id) override;
  std::optional<domain::Id> FindNextPdsaCycle(domain::Id cycle_id) override;
  domain::Id CreatePdsaCycle(const domain::PdsaCycle& cycle) override;
  void UpdatePdsaCycle(const domain::PdsaCycle& cycle) override;
  std::vector<domain::MeasurePhase> ListMeasurePhases(domain::Id measure_id) override;
  domain::Id AddMeasurePhase(const domain::MeasurePhase& phase) override;

  domain::Diagram LoadDiagram(domain::Id project_id, domain::DiagramKind kind) override;
  std::optional<domain::DiagramItem> FindDiagramItem(domain::Id item_id) override;
  domain::Id CreateDiagramItem(const domain::DiagramItem& item) override;
  void UpdateDiagramItem(const domain::DiagramItem& item) override;
  void DeleteDiagramItem(domain::Id item_id) override;
  void AddDiagramLink(domain::Id project_id, const domain::DiagramLink& link) override;
  void DeleteDiagramLink(const domain::DiagramLink& link) override;
  void AddDiagramRef(const domain::DiagramRef& ref, domain::DiagramKind kind) override;
  void DeleteDiagramRef(const domain::DiagramRef& ref, domain::DiagramKind kind) override;
  std::vector<domain::GoalEntry> ListGoalEntries(domain::Id organisation_id) override;
  std::optional<domain::GoalEntry> FindGoalEntry(domain::Id goal_id) override;
  domain::Id CreateGoalEntry(const domain::GoalEntry& entry) override;
  void UpdateGoalEntry(const domain::GoalEntry& entry) override;
  std::vector<domain::Id> ListGoalLinks(domain::GoalObject object, domain::Id object_id) override;
  void SetGoalLinks(domain::GoalObject object, domain::Id object_id, domain::Id organisation_id,
                    const std::vector<domain::Id>& goal_ids, std::int64_t now,
                    const std::string& by) override;
  std::vector<domain::GoalLink> ListOrganisationGoalLinks(domain::Id organisation_id) override;
  std::vector<domain::GenderNote> ListGenderNotes(domain::Id measure_id) override;
  domain::Id AddGenderNote(const domain::GenderNote& note) override;
  std::vector<domain::SelfAssessment> ListSelfAssessments(domain::Id unit_id) override;
  domain::Id CreateSelfAssessment(const domain::SelfAssessment& assessment) override;
  std::optional<domain::SelfAssessment> FindSelfAssessment(domain::Id assessment_id) override;
  std::vector<domain::ReflectionNote> ListReflectionNotes(domain::Id organisation_id) override;
  std::vector<domain::ReflectionNote> ListUnitReflectionNotes(domain::Id unit_id) override;
  std::optional<domain::ReflectionNote> FindReflectionNote(domain::Id note_id) override;
  domain::Id CreateReflectionNote(const domain::ReflectionNote& note) override;
  void UpdateReflectionNote(const domain::ReflectionNote& note) override;

 private:
  std::vector<domain::PdsaCycle> ReadPdsaCycles(Statement& s);
  std::vector<domain::Id> ListPdsaCycleMeasures(domain::Id cycle_id);
  void SavePdsaCycleMeasures(const domain::PdsaCycle& cycle);
  std::vector<domain::ReflectionNote> ReadReflectionNotes(Statement& s);
  void SaveReflectionLinks(const domain::ReflectionNote& note);

  TrackedConnection tracked_;
  SqlConnection& db_;  // every statement goes through tracked_
  SqlUnits units_{db_};
  SqlTeams teams_{db_};
  SqlUsers users_{db_};
  SqlSessions sessions_{db_};
  SqlAudit audit_{db_};
};

}  // namespace stegvis::store
