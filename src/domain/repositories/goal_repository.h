#pragma once
// The goals catalogue and the links to it (domain/goal.h), inside one transaction
// (domain/store.h).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/goal.h"

namespace stegvis::domain {

class GoalRepository {
 public:
  virtual ~GoalRepository() = default;

  // The organisation's catalogue by family (policy, cemr, sdg, skr), sort order and id; one
  // entry by id; insert (returns id); store every field but family and organisation.
  virtual std::vector<GoalEntry> ListEntries(Id organisation_id) = 0;
  virtual std::optional<GoalEntry> FindEntry(Id goal_id) = 0;
  virtual Id CreateEntry(const GoalEntry& entry) = 0;
  virtual void UpdateEntry(const GoalEntry& entry) = 0;
  // The goal ids an object links to, by id.
  virtual std::vector<Id> ListLinks(GoalObject object, Id object_id) = 0;
  // Replaces the object's links with `goal_ids` (checked by the caller).
  virtual void SetLinks(GoalObject object, Id object_id, Id organisation_id,
                        const std::vector<Id>& goal_ids, std::int64_t now,
                        const std::string& by) = 0;
  // Every link of the organisation's objects, by object and goal.
  virtual std::vector<GoalLink> ListOrganisationLinks(Id organisation_id) = 0;
};

}  // namespace stegvis::domain
