#pragma once
// domain::GoalRepository on a SQL connection: the goals catalogue and the links to it.

#include <cstdint>

#include "domain/repositories/goal_repository.h"
#include "store/sql_connection.h"

namespace stegvis::store {

class SqlGoals final : public domain::GoalRepository {
 public:
  explicit SqlGoals(SqlConnection& db) : db_(db) {}

  std::vector<domain::GoalEntry> ListEntries(domain::Id organisation_id) override;
  std::optional<domain::GoalEntry> FindEntry(domain::Id goal_id) override;
  domain::Id CreateEntry(const domain::GoalEntry& entry) override;
  void UpdateEntry(const domain::GoalEntry& entry) override;
  std::vector<domain::Id> ListLinks(domain::GoalObject object, domain::Id object_id) override;
  void SetLinks(domain::GoalObject object, domain::Id object_id, domain::Id organisation_id,
                const std::vector<domain::Id>& goal_ids, std::int64_t now,
                const std::string& by) override;
  std::vector<domain::GoalLink> ListOrganisationLinks(domain::Id organisation_id) override;

 private:
  SqlConnection& db_;
};

// Copies the shipped catalogue (goal_templates) into a new organisation's catalogue.
void SeedGoalCatalogue(SqlConnection& db, domain::Id organisation_id, std::int64_t now);

}  // namespace stegvis::store
