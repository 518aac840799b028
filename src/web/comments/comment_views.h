#pragma once
// The comments block of a cycle's and a monthly report's page (comments.mustache's markup, in
// both pages' templates): the comments, oldest first, and the form for those who may comment.

#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include "core/describe.h"
#include "domain/comments.h"
#include "web/app.h"

namespace stegvis::web {

struct CommentItemView {
  std::string author;    // "Elin Åberg, Solviks kommun"
  std::string when;      // "2026-12-07 14:05 UTC"
  std::string when_iso;  // for <time datetime>
  std::string text;
};
constexpr auto Describe(std::type_identity<CommentItemView>) {
  using V = CommentItemView;
  return std::tuple{core::Field("author", &V::author), core::Field("when", &V::when),
                    core::Field("when_iso", &V::when_iso), core::Field("text", &V::text)};
}

struct CommentsView {
  std::vector<CommentItemView> items;
  bool may_comment = false;
  std::string action;                // the form's address
  std::optional<std::string> error;  // a refused text, in words, next to the field
  std::string text;                  // what was typed, after a refusal
};
constexpr auto Describe(std::type_identity<CommentsView>) {
  using V = CommentsView;
  return std::tuple{core::Field("items", &V::items), core::Field("may_comment", &V::may_comment),
                    core::Field("action", &V::action), core::Field("error", &V::error),
                    core::Field("text", &V::text)};
}

CommentsView CommentsViewOf(const domain::CommentThread& thread, std::string action);

}  // namespace stegvis::web
