#pragma once
// domain::SelfAssessmentRepository on a SQL connection: a unit's self-assessments and their
// scores.

#include "domain/repositories/self_assessment_repository.h"
#include "store/sql_connection.h"

namespace stegvis::store {

class SqlSelfAssessments final : public domain::SelfAssessmentRepository {
 public:
  explicit SqlSelfAssessments(SqlConnection& db) : db_(db) {}

  std::vector<domain::SelfAssessment> List(domain::Id unit_id) override;
  domain::Id Create(const domain::SelfAssessment& assessment) override;
  std::optional<domain::SelfAssessment> Find(domain::Id assessment_id) override;
  void Update(const domain::SelfAssessment& assessment) override;

 private:
  void InsertScores(const domain::SelfAssessment& assessment);

  SqlConnection& db_;
};

}  // namespace stegvis::store
