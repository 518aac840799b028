#pragma once
// The organisations and their unit trees (nämnd / förvaltning / enhet), inside one
// transaction (domain/store.h). Callers validate first (domain/ use cases).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/organisation.h"

namespace stegvis::domain {

class UnitRepository {
 public:
  virtual ~UnitRepository() = default;

  // Every organisation, by id.
  virtual std::vector<Organisation> ListOrganisations() = 0;
  // Inserts an organisation with the shipped goals catalogue; returns its id.
  virtual Id CreateOrganisation(const std::string& name, std::int64_t now) = 0;
  // The organisation with this id, if it exists.
  virtual std::optional<Organisation> FindOrganisation(Id organisation_id) = 0;
  // Stores the organisation's small-number threshold (the caller has checked it is >= 3).
  virtual void SetSuppressionThreshold(Id organisation_id, int threshold) = 0;

  // The organisation's units, in Swedish order of their names.
  virtual std::vector<Unit> List(Id organisation_id) = 0;
  // The unit with this id, if it exists.
  virtual std::optional<Unit> Find(Id unit_id) = 0;
  // The unit and its ancestors, nearest first ({unit, parent, grandparent, ...}); empty when
  // the unit does not exist. One query however deep the tree; a cycle in stored data stops.
  virtual std::vector<Id> Ancestry(Id unit_id) = 0;
  // Inserts and returns the new id.
  virtual Id Create(const NewUnit& unit, std::int64_t now) = 0;
  // Renames a unit, changes its kind and moves it under another parent.
  virtual void Update(const Unit& unit) = 0;
  // Deletes a unit; the caller has checked that nothing refers to it any more (sub-units,
  // teams, roles scoped to it, self-assessments, reflection notes).
  virtual void Delete(Id unit_id) = 0;
};

}  // namespace stegvis::domain
