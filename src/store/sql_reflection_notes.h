#pragma once
// domain::ReflectionNoteRepository on a SQL connection: reflection notes and their unit and
// project links.

#include "domain/repositories/reflection_note_repository.h"
#include "store/sql_connection.h"

namespace stegvis::store {

class SqlReflectionNotes final : public domain::ReflectionNoteRepository {
 public:
  explicit SqlReflectionNotes(SqlConnection& db) : db_(db) {}

  std::vector<domain::ReflectionNote> List(domain::Id organisation_id) override;
  std::vector<domain::ReflectionNote> ListOfUnit(domain::Id unit_id) override;
  std::optional<domain::ReflectionNote> Find(domain::Id note_id) override;
  domain::Id Create(const domain::ReflectionNote& note) override;
  void Update(const domain::ReflectionNote& note) override;

 private:
  // Every row of `s` as a note, each with its links.
  std::vector<domain::ReflectionNote> ReadNotes(Statement& s);
  // Replaces the note's unit and project links.
  void SaveLinks(const domain::ReflectionNote& note);

  SqlConnection& db_;
};

}  // namespace stegvis::store
