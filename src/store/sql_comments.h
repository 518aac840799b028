#pragma once
// domain::CommentRepository on a SQL connection: comments on cycles and monthly reports.

#include <string>
#include <vector>

#include "domain/repositories/comment_repository.h"
#include "store/sql_connection.h"

namespace stegvis::store {

class SqlComments final : public domain::CommentRepository {
 public:
  explicit SqlComments(SqlConnection& db) : db_(db) {}

  std::vector<domain::Comment> List(domain::CommentSubject subject, domain::Id subject_id,
                                    const std::string& month) override;
  domain::Id Add(const domain::Comment& comment) override;

 private:
  SqlConnection& db_;
};

}  // namespace stegvis::store
