#pragma once
// A measure's 4R notes (domain/gender_records.h), inside one transaction (domain/store.h).

#include <vector>

#include "domain/gender_records.h"

namespace stegvis::domain {

class GenderNoteRepository {
 public:
  virtual ~GenderNoteRepository() = default;

  // A measure's notes, every saved version, oldest first.
  virtual std::vector<GenderNote> List(Id measure_id) = 0;
  // Inserts a version (the caller has checked that `note.version` is the next one; the pair
  // is unique); returns its id.
  virtual Id Add(const GenderNote& note) = 0;
};

}  // namespace stegvis::domain
