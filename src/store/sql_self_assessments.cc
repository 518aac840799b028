#include "store/sql_self_assessments.h"

#include "domain/self_assessment.h"
#include "store/tables.h"

namespace stegvis::store {

std::vector<domain::SelfAssessment> SqlSelfAssessments::List(domain::Id unit_id) {
  std::vector<domain::SelfAssessment> out = store::List<domain::SelfAssessment>(
      db_, "WHERE unit_id = ? ORDER BY assessed_on, id", unit_id);
  // The scores are read after the rows: one statement at a time per connection.
  for (domain::SelfAssessment& a : out) {
    a.scores = store::List<domain::SelfAssessmentScore>(
        db_, "WHERE assessment_id = ? ORDER BY item_order", a.id);
  }
  return out;
}

std::optional<domain::SelfAssessment> SqlSelfAssessments::Find(domain::Id assessment_id) {
  return FindOne<domain::SelfAssessment>(db_, "WHERE id = ?", assessment_id);
}

domain::Id SqlSelfAssessments::Create(const domain::SelfAssessment& assessment) {
  domain::SelfAssessment stored = assessment;
  stored.id = Insert(db_, assessment);
  InsertScores(stored);
  return stored.id;
}

void SqlSelfAssessments::Update(const domain::SelfAssessment& assessment) {
  store::Update(db_, assessment);
  Run(db_, "DELETE FROM self_assessment_scores WHERE assessment_id = ?", assessment.id);
  InsertScores(assessment);
}

void SqlSelfAssessments::InsertScores(const domain::SelfAssessment& assessment) {
  // Catalogue order is kept as a number so the scores read back in the order they are shown.
  const auto& items = domain::AssessmentItems();
  for (const domain::SelfAssessmentScore& score : assessment.scores) {
    std::int64_t order = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (items[i].key == score.item) order = static_cast<std::int64_t>(i);
    }
    InsertRow(db_, score, {{"assessment_id", assessment.id}, {"item_order", order}});
  }
}

}  // namespace stegvis::store
