#include "web/comments/comment_views.h"

#include "core/clock.h"

namespace stegvis::web {

CommentsView CommentsViewOf(const domain::CommentThread& thread, std::string action) {
  CommentsView view;
  for (const domain::Comment& c : thread.comments) {
    const std::string iso = core::FormatIsoUtc(c.created_at);
    std::string author = c.author;
    if (!c.author_organisation.empty()) author += ", " + c.author_organisation;
    view.items.push_back(
        {std::move(author), iso.substr(0, 10) + " " + iso.substr(11, 5) + " UTC", iso, c.text});
  }
  view.may_comment = thread.may_comment;
  view.action = std::move(action);
  return view;
}

}  // namespace stegvis::web
