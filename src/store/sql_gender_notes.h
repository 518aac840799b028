#pragma once
// domain::GenderNoteRepository on a SQL connection: a measure's 4R notes.

#include "domain/repositories/gender_note_repository.h"
#include "store/sql_connection.h"

namespace stegvis::store {

class SqlGenderNotes final : public domain::GenderNoteRepository {
 public:
  explicit SqlGenderNotes(SqlConnection& db) : db_(db) {}

  std::vector<domain::GenderNote> List(domain::Id measure_id) override;
  domain::Id Add(const domain::GenderNote& note) override;

 private:
  SqlConnection& db_;
};

}  // namespace stegvis::store
