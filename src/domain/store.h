#pragma once
// The storage interface the domain needs. Implementations live in store/ (SQLite now,
// PostgreSQL later); the domain never sees SQL. All data access happens inside one
// transaction: `store.Read(fn)` / `store.Write(fn)` hand `fn` a StoreTx bound to it.
//
// Failures: expected problems (not found, conflict) are values the domain decides on;
// infrastructure failures (disk full, lost database) throw StoreFailure and are caught once
// at the request boundary.

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/error.h"
#include "domain/access.h"
#include "domain/change_idea.h"
#include "domain/diagram.h"
#include "domain/gender_records.h"
#include "domain/goal.h"
#include "domain/measure.h"
#include "domain/organisation.h"
#include "domain/pdsa_cycle.h"
#include "domain/programme.h"
#include "domain/project.h"
#include "domain/records.h"
#include "domain/repositories/audit_repository.h"
#include "domain/repositories/session_repository.h"
#include "domain/repositories/team_repository.h"
#include "domain/repositories/unit_repository.h"
#include "domain/repositories/user_repository.h"
#include "domain/store_failure.h"

namespace stegvis::domain {

// Data access inside one transaction.
class StoreTx {
 public:
  virtual ~StoreTx() = default;

  // The repositories, one per aggregate (domain/repositories/), all bound to this
  // transaction: tx.Projects().Find(id).
  virtual UnitRepository& Units() = 0;
  virtual TeamRepository& Teams() = 0;
  virtual UserRepository& Users() = 0;
  virtual SessionRepository& Sessions() = 0;
  virtual AuditRepository& Audit() = 0;

  // The store-wide data version as this transaction sees it: a number that every committed
  // write transaction which changed user-visible data has increased (sessions, login
  // throttling and password-reset bookkeeping do not count), shared by every server on the
  // database. Equal versions mean equal data, so a cache may key on it. Cheap: one small read.
  virtual std::int64_t DataVersion() = 0;

  // --- Improvement work: programmes, projects, measures, observations ---------------------

  // The organisation's programmes by name; one by id; insert (returns id); store every field
  // of `programme` (including its version, which the caller has checked and bumped).
  virtual std::vector<Programme> ListProgrammes(Id organisation_id) = 0;
  virtual std::optional<Programme> FindProgramme(Id programme_id) = 0;
  virtual Id CreateProgramme(const Programme& programme, std::int64_t now) = 0;
  virtual void UpdateProgramme(const Programme& programme) = 0;
  // The programme's calendar, by start date.
  virtual std::vector<ProgrammeEvent> ListProgrammeEvents(Id programme_id) = 0;
  virtual Id AddProgrammeEvent(const ProgrammeEvent& event) = 0;
  // Participating teams (ids, in the order they joined); the programmes a team takes part in.
  virtual std::vector<Id> ListProgrammeTeams(Id programme_id) = 0;
  virtual std::vector<Id> ListTeamProgrammes(Id team_id) = 0;
  // Adds a team to a programme; false if it already takes part.
  virtual bool AddProgrammeTeam(Id programme_id, Id team_id, std::int64_t now) = 0;

  // A team's projects by id; one by id; insert; store every field (version checked by caller).
  virtual std::vector<Project> ListProjects(Id team_id) = 0;
  virtual std::optional<Project> FindProject(Id project_id) = 0;
  virtual Id CreateProject(const Project& project, std::int64_t now) = 0;
  virtual void UpdateProject(const Project& project) = 0;
  // The project's progress scores, oldest first.
  virtual std::vector<ProgressScore> ListProgressScores(Id project_id) = 0;
  virtual Id AddProgressScore(const ProgressScore& score, std::int64_t now) = 0;

  // Measures of a project / common measures of a programme, by id; one by id; insert; store
  // every definition field (not the data version).
  virtual std::vector<Measure> ListProjectMeasures(Id project_id) = 0;
  virtual std::vector<Measure> ListProgrammeMeasures(Id programme_id) = 0;
  virtual std::optional<Measure> FindMeasure(Id measure_id) = 0;
  virtual Id CreateMeasure(const Measure& measure, std::int64_t now) = 0;
  virtual void UpdateMeasure(const Measure& measure) = 0;
  // Records that the observation grid was saved: its new version, when and by whom.
  virtual void SetMeasureDataVersion(Id measure_id, std::int64_t version, std::int64_t at,
                                     const std::string& by) = 0;
  // The measure's observations ordered by period, then group.
  virtual std::vector<Observation> ListObservations(Id measure_id) = 0;
  // Inserts or replaces the cell (measure_id, period, group).
  virtual void SaveObservation(const Observation& observation) = 0;
  // Inserts new cells in one go — COPY on PostgreSQL, multi-row INSERTs on SQLite — for bulk
  // loads into an empty grid (the demo data, imports). A cell that exists already is a
  // StoreFailure (unique key), so callers use SaveObservation to change cells.
  virtual void InsertObservations(const std::vector<Observation>& observations) = 0;
  virtual void DeleteObservation(Id measure_id, const std::string& period,
                                 const std::string& group) = 0;

  // --- Change ideas and PDSA cycles (domain/change_idea.h, domain/pdsa_cycle.h) -----------

  // A project's own change ideas / a programme's change package, by id; one by id; insert.
  virtual std::vector<ChangeIdea> ListProjectChangeIdeas(Id project_id) = 0;
  virtual std::vector<ChangeIdea> ListProgrammeChangeIdeas(Id programme_id) = 0;
  virtual std::optional<ChangeIdea> FindChangeIdea(Id change_idea_id) = 0;
  virtual Id CreateChangeIdea(const ChangeIdea& idea, std::int64_t now) = 0;

  // A project's cycles by number; the cycles testing one change idea (every project), by
  // id; the cycles that name a measure, by id; one by id, with its measure ids.
  virtual std::vector<PdsaCycle> ListProjectPdsaCycles(Id project_id) = 0;
  virtual std::vector<PdsaCycle> ListChangeIdeaPdsaCycles(Id change_idea_id) = 0;
  virtual std::vector<PdsaCycle> ListMeasurePdsaCycles(Id measure_id) = 0;
  virtual std::optional<PdsaCycle> FindPdsaCycle(Id cycle_id) = 0;
  // The cycle that continues `cycle_id`, if one does.
  virtual std::optional<Id> FindNextPdsaCycle(Id cycle_id) = 0;
  // Inserts the cycle with the next free number of its project (set in the returned copy's
  // number by the caller reading it back) and its measure links; returns the id.
  virtual Id CreatePdsaCycle(const PdsaCycle& cycle) = 0;
  // Stores every field of `cycle` (version checked and bumped by the caller) and replaces its
  // measure links.
  virtual void UpdatePdsaCycle(const PdsaCycle& cycle) = 0;
  // The phases of a measure's charts, by start period; insert one.
  virtual std::vector<MeasurePhase> ListMeasurePhases(Id measure_id) = 0;
  virtual Id AddMeasurePhase(const MeasurePhase& phase) = 0;

  // --- The theory of change and the driver diagram (domain/diagram.h) --------------------

  // The project's diagram of `kind`: its items by level, then id; its links; its references.
  virtual Diagram LoadDiagram(Id project_id, DiagramKind kind) = 0;
  // One item by id (of either kind).
  virtual std::optional<DiagramItem> FindDiagramItem(Id item_id) = 0;
  // Inserts the item (version 1) and returns its id.
  virtual Id CreateDiagramItem(const DiagramItem& item) = 0;
  // Stores the item's text, version and who/when (checked and bumped by the caller).
  virtual void UpdateDiagramItem(const DiagramItem& item) = 0;
  // Deletes the item together with every link and reference that names it.
  virtual void DeleteDiagramItem(Id item_id) = 0;
  // Inserts / deletes one link or reference of `project_id` (validated by the caller).
  virtual void AddDiagramLink(Id project_id, const DiagramLink& link) = 0;
  virtual void DeleteDiagramLink(const DiagramLink& link) = 0;
  virtual void AddDiagramRef(const DiagramRef& ref, DiagramKind kind) = 0;
  virtual void DeleteDiagramRef(const DiagramRef& ref, DiagramKind kind) = 0;
  // --- The goals catalogue and goal links (domain/goal.h) --------------------------------

  // The organisation's catalogue by family (policy, cemr, sdg, skr), sort order and id; one
  // entry by id; insert (returns id); store every field but family and organisation.
  virtual std::vector<GoalEntry> ListGoalEntries(Id organisation_id) = 0;
  virtual std::optional<GoalEntry> FindGoalEntry(Id goal_id) = 0;
  virtual Id CreateGoalEntry(const GoalEntry& entry) = 0;
  virtual void UpdateGoalEntry(const GoalEntry& entry) = 0;
  // The goal ids an object links to, by id.
  virtual std::vector<Id> ListGoalLinks(GoalObject object, Id object_id) = 0;
  // Replaces the object's links with `goal_ids` (checked by the caller).
  virtual void SetGoalLinks(GoalObject object, Id object_id, Id organisation_id,
                            const std::vector<Id>& goal_ids, std::int64_t now,
                            const std::string& by) = 0;
  // Every link of the organisation's objects, by object and goal.
  virtual std::vector<GoalLink> ListOrganisationGoalLinks(Id organisation_id) = 0;
  // --- The gender-equality frame (domain/gender_records.h) --------------------------------

  // A measure's 4R notes, every saved version, oldest first; insert a version (the caller
  // has checked that `note.version` is the next one; the pair is unique).
  virtual std::vector<GenderNote> ListGenderNotes(Id measure_id) = 0;
  virtual Id AddGenderNote(const GenderNote& note) = 0;
  // A unit's self-assessments with their scores, by date then id; insert one with its scores.
  virtual std::vector<SelfAssessment> ListSelfAssessments(Id unit_id) = 0;
  virtual Id CreateSelfAssessment(const SelfAssessment& assessment) = 0;
  // One self-assessment by id, without its scores (where it belongs: its unit and date).
  virtual std::optional<SelfAssessment> FindSelfAssessment(Id assessment_id) = 0;
  // Reflection notes with their unit and project links: the organisation's, or those linked to
  // one unit, newest date first; one by id; insert; store every field and replace the links
  // (version checked and bumped by the caller).
  virtual std::vector<ReflectionNote> ListReflectionNotes(Id organisation_id) = 0;
  virtual std::vector<ReflectionNote> ListUnitReflectionNotes(Id unit_id) = 0;
  virtual std::optional<ReflectionNote> FindReflectionNote(Id note_id) = 0;
  virtual Id CreateReflectionNote(const ReflectionNote& note) = 0;
  virtual void UpdateReflectionNote(const ReflectionNote& note) = 0;
};

enum class TxMode { kRead, kWrite };

class Store {
 public:
  virtual ~Store() = default;

  // Ok when the database answers and every migration this binary knows has been applied;
  // otherwise an kUnavailable error saying which.
  virtual core::Result<void> CheckReady() = 0;

  // Runs `fn` in one transaction on one connection. Commits when `fn` returns true, rolls
  // back when it returns false or throws (the exception propagates). `fn` may run more than
  // once (PostgreSQL retries a transaction it rolled back for a serialization failure or a
  // lost connection), so it must have no effect outside `tx` other than its result.
  virtual void Transact(TxMode mode, const std::function<bool(StoreTx&)>& fn) = 0;

  // Runs `fn(StoreTx&) -> core::Result<T>` in a read transaction.
  template <typename F>
  auto Read(F&& fn) {
    return Run(TxMode::kRead, std::forward<F>(fn));
  }
  // Runs `fn(StoreTx&) -> core::Result<T>` in a write transaction; commits only on success.
  template <typename F>
  auto Write(F&& fn) {
    return Run(TxMode::kWrite, std::forward<F>(fn));
  }

 private:
  template <typename F>
  auto Run(TxMode mode, F&& fn) {
    using R = decltype(fn(std::declval<StoreTx&>()));
    std::optional<R> out;
    Transact(mode, [&](StoreTx& tx) {
      out.emplace(fn(tx));
      return out->has_value();
    });
    return std::move(*out);
  }
};

}  // namespace stegvis::domain
