#include "store/sql_gender_notes.h"

#include "store/tables.h"

namespace stegvis::store {

std::vector<domain::GenderNote> SqlGenderNotes::List(domain::Id measure_id) {
  return store::List<domain::GenderNote>(db_, "WHERE measure_id = ? ORDER BY version", measure_id);
}

domain::Id SqlGenderNotes::Add(const domain::GenderNote& note) {
  return Insert(db_, note);
}

}  // namespace stegvis::store
