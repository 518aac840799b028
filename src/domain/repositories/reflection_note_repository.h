#pragma once
// Managers' reflection notes with their unit and project links (domain/gender_records.h),
// inside one transaction (domain/store.h).

#include <optional>
#include <vector>

#include "domain/gender_records.h"

namespace stegvis::domain {

class ReflectionNoteRepository {
 public:
  virtual ~ReflectionNoteRepository() = default;

  // The organisation's notes, or those linked to one unit, newest date first; one by id.
  virtual std::vector<ReflectionNote> List(Id organisation_id) = 0;
  virtual std::vector<ReflectionNote> ListOfUnit(Id unit_id) = 0;
  virtual std::optional<ReflectionNote> Find(Id note_id) = 0;
  // Inserts with its links; returns its id.
  virtual Id Create(const ReflectionNote& note) = 0;
  // Stores every field and replaces the links (version checked and bumped by the caller).
  virtual void Update(const ReflectionNote& note) = 0;
};

}  // namespace stegvis::domain
