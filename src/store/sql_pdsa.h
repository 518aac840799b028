#pragma once
// domain::PdsaRepository on a SQL connection: change ideas and PDSA cycles.

#include "domain/repositories/pdsa_repository.h"
#include "store/sql_connection.h"

namespace stegvis::store {

class SqlPdsa final : public domain::PdsaRepository {
 public:
  explicit SqlPdsa(SqlConnection& db) : db_(db) {}

  std::vector<domain::ChangeIdea> ListProjectIdeas(domain::Id project_id) override;
  std::vector<domain::ChangeIdea> ListProgrammeIdeas(domain::Id programme_id) override;
  std::optional<domain::ChangeIdea> FindIdea(domain::Id change_idea_id) override;
  domain::Id CreateIdea(const domain::ChangeIdea& idea, std::int64_t now) override;
  void UpdateIdea(const domain::ChangeIdea& idea) override;
  std::vector<domain::PdsaCycle> ListProjectCycles(domain::Id project_id) override;
  std::vector<domain::PdsaCycle> ListIdeaCycles(domain::Id change_idea_id) override;
  std::vector<domain::PdsaCycle> ListMeasureCycles(domain::Id measure_id) override;
  std::optional<domain::PdsaCycle> FindCycle(domain::Id cycle_id) override;
  std::optional<domain::Id> FindNextCycle(domain::Id cycle_id) override;
  domain::Id CreateCycle(const domain::PdsaCycle& cycle) override;
  void UpdateCycle(const domain::PdsaCycle& cycle) override;

 private:
  // Every row of `s` as a cycle, each with its measure ids.
  std::vector<domain::PdsaCycle> ReadCycles(Statement& s);
  // Replaces the cycle's measure links with its content's measure ids.
  void SaveMeasureLinks(const domain::PdsaCycle& cycle);

  SqlConnection& db_;
};

}  // namespace stegvis::store
