#pragma once
// domain::MeasureRepository on a SQL connection: measures, observation grids, chart phases, notes
// on points.

#include "domain/repositories/measure_repository.h"
#include "store/sql_connection.h"

namespace stegvis::store {

class SqlMeasures final : public domain::MeasureRepository {
 public:
  explicit SqlMeasures(SqlConnection& db) : db_(db) {}

  std::vector<domain::Measure> ListOfProject(domain::Id project_id) override;
  std::vector<domain::Measure> ListOfProgramme(domain::Id programme_id) override;
  std::optional<domain::Measure> Find(domain::Id measure_id) override;
  domain::Id Create(const domain::Measure& measure, std::int64_t now) override;
  void Update(const domain::Measure& measure) override;
  void SetSource(domain::Id measure_id, const std::string& source) override;
  void SetDataVersion(domain::Id measure_id, std::int64_t version, std::int64_t at,
                      const std::string& by) override;
  std::vector<domain::Observation> ListObservations(domain::Id measure_id) override;
  void SaveObservation(const domain::Observation& observation) override;
  void InsertObservations(const std::vector<domain::Observation>& observations) override;
  void DeleteObservation(domain::Id measure_id, const std::string& period,
                         const std::string& group) override;
  std::vector<domain::MeasurePhase> ListPhases(domain::Id measure_id) override;
  domain::Id AddPhase(const domain::MeasurePhase& phase) override;
  std::vector<domain::PointNote> ListPointNotes(domain::Id measure_id) override;
  domain::Id AddPointNote(const domain::PointNote& note) override;
  void UpdatePointNote(const domain::PointNote& note) override;
  void DeletePointNote(domain::Id note_id) override;
  std::vector<domain::Observation> ListObservationsOfProject(domain::Id project_id) override;
  std::vector<domain::MeasurePhase> ListPhasesOfProject(domain::Id project_id) override;
  std::vector<domain::PointNote> ListPointNotesOfProject(domain::Id project_id) override;

 private:
  SqlConnection& db_;
};

}  // namespace stegvis::store
