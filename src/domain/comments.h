#pragma once
// Use cases on comments (domain/comment.h). A comment is read by whoever may read what it is on:
// a cycle by whoever may view its project; a monthly report by whoever may read the report
// (also the host's readers of a guest team's programme work: domain/monthly_reports.h). It is
// written by whoever may comment on the team's work (Action::kComment: the team, its managers
// and strategists, admins, and the coaches of the programme the team works in), and on a guest
// team's report by the host's coaches and those who run the programme; never by a politician,
// and not on the reports of a closed programme.

#include <string>
#include <vector>

#include "core/clock.h"
#include "core/date.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/comment.h"
#include "domain/organisation.h"
#include "domain/programme.h"
#include "domain/store.h"

namespace stegvis::domain {

// What a comment is on: a cycle (`month` empty) or a project's report of `month` ("YYYY-MM").
struct CommentTarget {
  CommentSubject subject = CommentSubject::kPdsaCycle;
  Id id = 0;  // the cycle, or the report's project
  std::string month;
};

// The comments on `target` and whether the principal may add one. kNotFound / kForbidden as
// reading the cycle or report; kInvalidInput on "month" for a month that is no month of the
// programme's action periods. The first form runs in the caller's transaction.
core::Result<CommentThread> LoadComments(StoreTx& tx, const Principal& acting,
                                         const CommentTarget& target, core::Date today);
core::Result<CommentThread> LoadComments(Store& store, const core::Clock& clock,
                                         const Principal& acting, const CommentTarget& target);

// The thread on cycle `cycle_id` of `team`, for a principal the caller let view the cycle: the
// cycle's page loads it in its own read (domain/pdsa_cycles.h).
CommentThread CycleComments(StoreTx& tx, const Principal& acting, const Team& team, Id cycle_id);

// The thread on the report of `month` ("YYYY-MM") of `project_id`, a project of `team` in
// `programme`, for a principal the caller let read the report (domain/monthly_reports.h):
// `programme_work_only` when the reader is the host reading a guest team's report. Nobody
// comments on the reports of a closed programme.
CommentThread ReportComments(StoreTx& tx, const Principal& acting, const Team& team,
                             const Programme& programme, bool programme_work_only, Id project_id,
                             const std::string& month);

// Adds a comment as the principal. Refusals as LoadComments, and kForbidden for a principal
// who may read but not comment; kInvalidInput on "text": "error.required" (blank),
// "error.too_long" (over kCommentMax characters), "error.control_character". The text is kept
// without the white space around it. Audited ("comment", on the cycle or the project).
core::Result<Comment> AddComment(Store& store, const core::Clock& clock, const Principal& acting,
                                 const Actor& actor, const CommentTarget& target,
                                 const std::string& text);

}  // namespace stegvis::domain
