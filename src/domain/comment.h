#pragma once
// A comment on a team's work: on a PDSA cycle, or on a project's monthly report of one month.
// The programme's coaches write them, and so do the team and whoever works with it; they are
// read by whoever reads what they are on (domain/comments.h). Never changed once written.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include "core/describe.h"
#include "domain/organisation.h"

namespace stegvis::domain {

enum class CommentSubject { kPdsaCycle, kMonthlyReport };

// Stored names: "pdsa_cycle", "monthly_report".
std::string_view CommentSubjectName(CommentSubject subject);
std::optional<CommentSubject> ParseCommentSubject(std::string_view name);

// At most this many characters (code points) in a comment.
inline constexpr std::size_t kCommentMax = 4000;

struct Comment {
  Id id = 0;
  Id organisation_id = 0;  // the organisation of the team whose work it is on
  CommentSubject subject = CommentSubject::kPdsaCycle;
  Id subject_id = 0;   // the cycle's id, or the report's project's
  std::string month;   // a monthly report's "YYYY-MM"; empty on a cycle
  Id author_id = 0;    // the user who wrote it
  std::string author;  // their name when they wrote it (never their e-mail: guests read it)
  std::string author_organisation;  // the name of the author's organisation
  std::string text;
  std::int64_t created_at = 0;
};

// The comments on a cycle or report, and whether the reader may add one.
struct CommentThread {
  std::vector<Comment> comments;  // oldest first
  bool may_comment = false;
};

constexpr auto Describe(std::type_identity<Comment>) {
  constexpr unsigned kWritten = core::kFixed;
  return std::tuple{
      core::Field("id", &Comment::id, core::kKey),
      core::Field("organisation_id", &Comment::organisation_id, kWritten | core::kNotAudited),
      core::Field("subject", &Comment::subject, kWritten,
                  &core::kTextForm<CommentSubject, CommentSubjectName, ParseCommentSubject>),
      core::Field("subject_id", &Comment::subject_id, kWritten),
      core::Field("month", &Comment::month, kWritten),
      core::Field("author_id", &Comment::author_id, kWritten | core::kNotAudited),
      core::Field("author", &Comment::author, kWritten),
      core::Field("author_organisation", &Comment::author_organisation, kWritten),
      core::Field("text", &Comment::text, kWritten),
      core::Field("created_at", &Comment::created_at, kWritten | core::kUnixTime)};
}

}  // namespace stegvis::domain
