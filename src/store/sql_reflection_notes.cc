#include "store/sql_reflection_notes.h"

#include "store/tables.h"

namespace stegvis::store {

std::vector<domain::ReflectionNote> SqlReflectionNotes::ReadNotes(Statement& s) {
  std::vector<domain::ReflectionNote> out = ReadAll<domain::ReflectionNote>(s);
  // The links are read after the rows: one statement at a time per connection.
  for (domain::ReflectionNote& n : out) {
    n.unit_ids = ListColumn<domain::Id>(
        db_, "SELECT unit_id FROM reflection_note_units WHERE note_id = ? ORDER BY unit_id", n.id);
    n.project_ids = ListColumn<domain::Id>(
        db_,
        "SELECT project_id FROM reflection_note_projects WHERE note_id = ? ORDER BY project_id",
        n.id);
  }
  return out;
}

std::vector<domain::ReflectionNote> SqlReflectionNotes::List(domain::Id organisation_id) {
  Statement s = Query(db_,
                      SelectFrom<domain::ReflectionNote>() +
                          "WHERE organisation_id = ? ORDER BY held_on DESC, id DESC",
                      organisation_id);
  return ReadNotes(s);
}

std::vector<domain::ReflectionNote> SqlReflectionNotes::ListOfUnit(domain::Id unit_id) {
  Statement s = Query(db_,
                      SelectFrom<domain::ReflectionNote>("r") +
                          "JOIN reflection_note_units l ON l.note_id = r.id "
                          "WHERE l.unit_id = ? ORDER BY r.held_on DESC, r.id DESC",
                      unit_id);
  return ReadNotes(s);
}

std::optional<domain::ReflectionNote> SqlReflectionNotes::Find(domain::Id note_id) {
  Statement s = Query(db_, SelectFrom<domain::ReflectionNote>() + "WHERE id = ?", note_id);
  std::vector<domain::ReflectionNote> notes = ReadNotes(s);
  if (notes.empty()) return std::nullopt;
  return std::move(notes.front());
}

domain::Id SqlReflectionNotes::Create(const domain::ReflectionNote& note) {
  domain::ReflectionNote linked = note;
  linked.id = Insert(db_, note);
  SaveLinks(linked);
  return linked.id;
}

void SqlReflectionNotes::Update(const domain::ReflectionNote& note) {
  store::Update(db_, note);
  SaveLinks(note);
}

void SqlReflectionNotes::SaveLinks(const domain::ReflectionNote& note) {
  Run(db_, "DELETE FROM reflection_note_units WHERE note_id = ?", note.id);
  Run(db_, "DELETE FROM reflection_note_projects WHERE note_id = ?", note.id);
  for (domain::Id unit : note.unit_ids) {
    Run(db_, "INSERT INTO reflection_note_units (note_id, unit_id) VALUES (?, ?)", note.id, unit);
  }
  for (domain::Id project : note.project_ids) {
    Run(db_, "INSERT INTO reflection_note_projects (note_id, project_id) VALUES (?, ?)", note.id,
        project);
  }
}

}  // namespace stegvis::store
