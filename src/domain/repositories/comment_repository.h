#pragma once
// Comments on teams' work (domain/comment.h), inside one transaction (domain/store.h).

#include <string>
#include <vector>

#include "domain/comment.h"

namespace stegvis::domain {

class CommentRepository {
 public:
  virtual ~CommentRepository() = default;

  // The comments on a cycle (`month` empty) or on a project's report of `month`, oldest first
  // (in order of id).
  virtual std::vector<Comment> List(CommentSubject subject, Id subject_id,
                                    const std::string& month) = 0;
  // Inserts a comment; returns its id.
  virtual Id Add(const Comment& comment) = 0;
};

}  // namespace stegvis::domain
