#include "store/sql_comments.h"

#include "store/tables.h"

namespace stegvis::store {

std::vector<domain::Comment> SqlComments::List(domain::CommentSubject subject,
                                               domain::Id subject_id, const std::string& month) {
  return store::List<domain::Comment>(
      db_, "WHERE subject = ? AND subject_id = ? AND month = ? ORDER BY id",
      std::string(domain::CommentSubjectName(subject)), subject_id, month);
}

domain::Id SqlComments::Add(const domain::Comment& comment) {
  return Insert(db_, comment);
}

}  // namespace stegvis::store
