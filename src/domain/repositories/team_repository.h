#pragma once
// Teams, inside one transaction (domain/store.h). Callers validate first.

#include <cstdint>
#include <optional>
#include <vector>

#include "domain/organisation.h"

namespace stegvis::domain {

class TeamRepository {
 public:
  virtual ~TeamRepository() = default;

  // Teams of the organisation, in Swedish order of their names.
  virtual std::vector<Team> List(Id organisation_id) = 0;
  virtual std::optional<Team> Find(Id team_id) = 0;
  // Inserts and returns the new id.
  virtual Id Create(const NewTeam& team, std::int64_t now) = 0;
  // Stores the team's name, description and unit.
  virtual void Update(const Team& team) = 0;
  // Deletes a team and its programme participations; the caller has checked that it has no
  // projects and no roles scoped to it.
  virtual void Delete(Id team_id) = 0;
};

}  // namespace stegvis::domain
