#pragma once
// A unit's self-assessments against SKR's ten steps (domain/gender_records.h), inside one
// transaction (domain/store.h).

#include <optional>
#include <vector>

#include "domain/gender_records.h"

namespace stegvis::domain {

class SelfAssessmentRepository {
 public:
  virtual ~SelfAssessmentRepository() = default;

  // A unit's self-assessments with their scores, by date then id.
  virtual std::vector<SelfAssessment> List(Id unit_id) = 0;
  // Inserts one with its scores; returns its id.
  virtual Id Create(const SelfAssessment& assessment) = 0;
  // One by id, without its scores (where it belongs: its unit and date).
  virtual std::optional<SelfAssessment> Find(Id assessment_id) = 0;
  // Stores a corrected one: its date, note, version, last writer, and its scores in place of
  // the ones it had.
  virtual void Update(const SelfAssessment& assessment) = 0;
};

}  // namespace stegvis::domain
