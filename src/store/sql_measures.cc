#include "store/sql_measures.h"

#include "store/tables.h"

namespace stegvis::store {

std::vector<domain::Measure> SqlMeasures::ListOfProject(domain::Id project_id) {
  return store::List<domain::Measure>(db_, "WHERE project_id = ? ORDER BY id", project_id);
}

std::vector<domain::Measure> SqlMeasures::ListOfProgramme(domain::Id programme_id) {
  return store::List<domain::Measure>(
      db_, "WHERE programme_id = ? AND project_id IS NULL ORDER BY id", programme_id);
}

std::optional<domain::Measure> SqlMeasures::Find(domain::Id measure_id) {
  return FindOne<domain::Measure>(db_, "WHERE id = ?", measure_id);
}

domain::Id SqlMeasures::Create(const domain::Measure& measure, std::int64_t now) {
  domain::Measure stored = measure;
  stored.updated_at = now;
  // A new measure starts with an empty grid, whatever it was copied from.
  stored.data_version = 0;
  stored.data_updated_at = 0;
  stored.data_updated_by.clear();
  return Insert(db_, stored, {{"created_at", now}});
}

void SqlMeasures::Update(const domain::Measure& measure) {
  store::Update(db_, measure);
}

void SqlMeasures::SetDataVersion(domain::Id measure_id, std::int64_t version, std::int64_t at,
                                 const std::string& by) {
  Run(db_,
      "UPDATE measures SET data_version = ?, data_updated_at = ?, data_updated_by = ? "
      "WHERE id = ?",
      version, at, by, measure_id);
}

void SqlMeasures::SetSource(domain::Id measure_id, const std::string& source) {
  Run(db_, "UPDATE measures SET source = ? WHERE id = ?", source, measure_id);
}

std::vector<domain::Observation> SqlMeasures::ListObservations(domain::Id measure_id) {
  return store::List<domain::Observation>(db_, "WHERE measure_id = ? ORDER BY period, grp",
                                          measure_id);
}

void SqlMeasures::SaveObservation(const domain::Observation& observation) {
  Upsert(db_, observation, "measure_id, period, grp");
}

void SqlMeasures::InsertObservations(const std::vector<domain::Observation>& observations) {
  BulkInsert(db_, observations);
}

void SqlMeasures::DeleteObservation(domain::Id measure_id, const std::string& period,
                                    const std::string& group) {
  Run(db_, "DELETE FROM observations WHERE measure_id = ? AND period = ? AND grp = ?", measure_id,
      period, group);
}

std::vector<domain::MeasurePhase> SqlMeasures::ListPhases(domain::Id measure_id) {
  return store::List<domain::MeasurePhase>(db_, "WHERE measure_id = ? ORDER BY starts_period",
                                           measure_id);
}

domain::Id SqlMeasures::AddPhase(const domain::MeasurePhase& phase) {
  return Insert(db_, phase);
}

std::vector<domain::PointNote> SqlMeasures::ListPointNotes(domain::Id measure_id) {
  return store::List<domain::PointNote>(db_, "WHERE measure_id = ? ORDER BY period, kind",
                                        measure_id);
}

domain::Id SqlMeasures::AddPointNote(const domain::PointNote& note) {
  return Insert(db_, note);
}

void SqlMeasures::UpdatePointNote(const domain::PointNote& note) {
  store::Update(db_, note);
}

void SqlMeasures::DeletePointNote(domain::Id note_id) {
  Run(db_, "DELETE FROM measure_point_notes WHERE id = ?", note_id);
}

namespace {

// The rows of a project's measures, by measure.
constexpr const char* kOfProject =
    "WHERE measure_id IN (SELECT id FROM measures WHERE project_id = ?) ";

}  // namespace

std::vector<domain::Observation> SqlMeasures::ListObservationsOfProject(domain::Id project_id) {
  return store::List<domain::Observation>(
      db_, std::string(kOfProject) + "ORDER BY measure_id, period, grp", project_id);
}

std::vector<domain::MeasurePhase> SqlMeasures::ListPhasesOfProject(domain::Id project_id) {
  return store::List<domain::MeasurePhase>(
      db_, std::string(kOfProject) + "ORDER BY measure_id, starts_period", project_id);
}

std::vector<domain::PointNote> SqlMeasures::ListPointNotesOfProject(domain::Id project_id) {
  return store::List<domain::PointNote>(
      db_, std::string(kOfProject) + "ORDER BY measure_id, period, kind", project_id);
}

}  // namespace stegvis::store
