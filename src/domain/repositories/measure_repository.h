#pragma once
// Measures with their observation grids, chart phases and notes on points, inside one transaction
// (domain/store.h).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/measure.h"

namespace stegvis::domain {

class MeasureRepository {
 public:
  virtual ~MeasureRepository() = default;

  // Measures of a project / common measures of a programme, by id; one by id.
  virtual std::vector<Measure> ListOfProject(Id project_id) = 0;
  virtual std::vector<Measure> ListOfProgramme(Id programme_id) = 0;
  virtual std::optional<Measure> Find(Id measure_id) = 0;
  // Inserts (updated at `now`) and returns the new id.
  virtual Id Create(const Measure& measure, std::int64_t now) = 0;
  // Stores every definition field (not the grid's data version).
  virtual void Update(const Measure& measure) = 0;
  // Records that the observation grid was saved: its new version, when and by whom.
  virtual void SetDataVersion(Id measure_id, std::int64_t version, std::int64_t at,
                              const std::string& by) = 0;
  // Records where the measure's values come from (Measure::source).
  virtual void SetSource(Id measure_id, const std::string& source) = 0;

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

  // The phases of a measure's charts, by start period; adding one.
  virtual std::vector<MeasurePhase> ListPhases(Id measure_id) = 0;
  virtual Id AddPhase(const MeasurePhase& phase) = 0;

  // The notes on a measure's points (exclusions and annotations), by period, then kind;
  // adding one (returns its id), storing a changed text, removing one by id.
  virtual std::vector<PointNote> ListPointNotes(Id measure_id) = 0;
  virtual Id AddPointNote(const PointNote& note) = 0;
  virtual void UpdatePointNote(const PointNote& note) = 0;
  virtual void DeletePointNote(Id note_id) = 0;

  // The observations, phases and point notes of every measure of a project, each ordered by
  // measure id and then as the list of one measure is: one query for all of a project's
  // measures (the start page reads them for every team in a manager's scope).
  virtual std::vector<Observation> ListObservationsOfProject(Id project_id) = 0;
  virtual std::vector<MeasurePhase> ListPhasesOfProject(Id project_id) = 0;
  virtual std::vector<PointNote> ListPointNotesOfProject(Id project_id) = 0;
};

}  // namespace stegvis::domain
