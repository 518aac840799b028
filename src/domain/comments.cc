#include "domain/comments.h"

#include "core/text.h"
#include "domain/audit_json.h"
#include "domain/monthly_reports.h"
#include "domain/projects.h"
#include "domain/resources.h"

namespace stegvis::domain {
namespace {

core::Result<std::string> CheckedText(const std::string& text) {
  if (core::IsBlank(text)) {
    return core::Fail(core::Error::Invalid("a comment is required", "text", "error.required"));
  }
  const std::string_view trimmed = core::Trim(text);
  if (core::CodePointCount(trimmed) > kCommentMax) {
    return core::Fail(core::Error::Invalid("at most 4000 characters", "text", "error.too_long"));
  }
  if (core::HasControlCharacter(trimmed)) {
    return core::Fail(
        core::Error::Invalid("a control character", "text", "error.control_character"));
  }
  return std::string(trimmed);
}

// What the principal reads on `target` (as the cycle's or report's page shows it), with the
// organisation whose team's work it is and, on a report, its month as "YYYY-MM".
struct Access {
  Id organisation_id = 0;
  CommentThread thread;
  std::string month;  // empty for a cycle
};

core::Result<Access> AccessTo(StoreTx& tx, const Principal& acting, const CommentTarget& target,
                              core::Date today) {
  if (target.subject == CommentSubject::kPdsaCycle) {
    if (!target.month.empty()) return core::Fail(core::Error::NotFoundObject());
    std::optional<PdsaCycle> cycle = tx.Pdsa().FindCycle(target.id);
    if (!cycle) return core::Fail(core::Error::NotFoundObject());
    auto checked = CheckedProject(tx, acting, cycle->project_id, Action::kView);
    if (!checked) return core::Fail(checked.error());
    const Team& team = checked->second;
    return Access{team.organisation_id, CycleComments(tx, acting, team, target.id), ""};
  }
  auto report = LoadMonthlyReport(tx, acting, target.id, target.month, today);
  if (!report) return core::Fail(report.error());
  return Access{report->team.organisation_id, std::move(report->comments), report->report.month};
}

core::Date Today(const core::Clock& clock) {
  return core::Date::FromUnixSeconds(clock.NowUnixSeconds());
}

}  // namespace

std::string_view CommentSubjectName(CommentSubject subject) {
  return subject == CommentSubject::kMonthlyReport ? "monthly_report" : "pdsa_cycle";
}

std::optional<CommentSubject> ParseCommentSubject(std::string_view name) {
  if (name == "pdsa_cycle") return CommentSubject::kPdsaCycle;
  if (name == "monthly_report") return CommentSubject::kMonthlyReport;
  return std::nullopt;
}

CommentThread CycleComments(StoreTx& tx, const Principal& acting, const Team& team, Id cycle_id) {
  return CommentThread{tx.Comments().List(CommentSubject::kPdsaCycle, cycle_id, ""),
                       May(&acting, Action::kComment, TeamResource(tx, team))};
}

CommentThread ReportComments(StoreTx& tx, const Principal& acting, const Team& team,
                             const Programme& programme, bool programme_work_only, Id project_id,
                             const std::string& month) {
  // A guest team's report: the host's coaches and those who run the programme.
  const bool may =
      !programme.closed &&
      (programme_work_only ? May(&acting, Action::kComment, ProgrammeResource(programme))
                           : May(&acting, Action::kComment, TeamResource(tx, team)));
  return CommentThread{tx.Comments().List(CommentSubject::kMonthlyReport, project_id, month), may};
}

core::Result<CommentThread> LoadComments(StoreTx& tx, const Principal& acting,
                                         const CommentTarget& target, core::Date today) {
  auto access = AccessTo(tx, acting, target, today);
  if (!access) return core::Fail(access.error());
  return std::move(access->thread);
}

core::Result<CommentThread> LoadComments(Store& store, const core::Clock& clock,
                                         const Principal& acting, const CommentTarget& target) {
  const core::Date today = Today(clock);
  return store.Read([&](StoreTx& tx) { return LoadComments(tx, acting, target, today); });
}

core::Result<Comment> AddComment(Store& store, const core::Clock& clock, const Principal& acting,
                                 const Actor& actor, const CommentTarget& target,
                                 const std::string& text) {
  auto checked = CheckedText(text);
  if (!checked) return core::Fail(checked.error());
  const std::int64_t now = clock.NowUnixSeconds();
  const core::Date today = Today(clock);
  return store.Write([&](StoreTx& tx) -> core::Result<Comment> {
    auto access = AccessTo(tx, acting, target, today);
    if (!access) return core::Fail(access.error());
    if (!access->thread.may_comment)
      return core::Fail(core::Error::Forbidden("may not comment here"));
    std::optional<Organisation> own = tx.Units().FindOrganisation(acting.user.organisation_id);
    Comment comment;
    comment.organisation_id = access->organisation_id;
    comment.subject = target.subject;
    comment.subject_id = target.id;
    comment.month = access->month;
    comment.author_id = acting.user.id;
    comment.author = acting.user.display_name;
    comment.author_organisation = own ? own->name : std::string();
    comment.text = *checked;
    comment.created_at = now;
    comment.id = tx.Comments().Add(comment);
    const bool on_cycle = target.subject == CommentSubject::kPdsaCycle;
    RecordAudit(tx, actor, now, "comment", on_cycle ? "pdsa_cycle" : "project", target.id, "",
                AuditJson(comment), access->organisation_id);
    return comment;
  });
}

}  // namespace stegvis::domain
