#include "domain/change_idea_edits.h"

#include "domain/audit_json.h"
#include "domain/programme_setup.h"
#include "domain/projects.h"

namespace stegvis::domain {
namespace {

// The idea if the principal may change it: the team's work, or the programme's content.
core::Result<ChangeIdea> IdeaToChange(StoreTx& tx, const Principal& acting, Id idea_id) {
  std::optional<ChangeIdea> idea = tx.Pdsa().FindIdea(idea_id);
  if (!idea || idea->organisation_id != acting.user.organisation_id) {
    return core::Fail(core::Error::NotFoundObject());
  }
  if (idea->project_id) {
    auto project = CheckedProject(tx, acting, *idea->project_id, Action::kChange);
    if (!project) return core::Fail(project.error());
  } else if (idea->programme_id) {
    auto programme = ProgrammeToChange(tx, acting, *idea->programme_id);
    if (!programme) return core::Fail(programme.error());
  } else {
    return core::Fail(core::Error::NotFoundObject());
  }
  return *idea;
}

}  // namespace

bool MayEditChangeIdea(StoreTx& tx, const Principal& acting, const ChangeIdea& idea) {
  return IdeaToChange(tx, acting, idea.id).has_value();
}

core::Result<ChangeIdea> EditChangeIdea(Store& store, const core::Clock& clock,
                                        const Principal& acting, const Actor& actor, Id idea_id,
                                        const ChangeIdeaEdit& edit) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<ChangeIdea> {
    auto before = IdeaToChange(tx, acting, idea_id);
    if (!before) return core::Fail(before.error());
    if (before->version != edit.version) {
      return core::Fail(ChangedByUser(tx, acting.user.organisation_id, before->updated_by,
                                      before->updated_at, before->version));
    }
    ChangeIdea after = *before;
    if (edit.title) after.title = *edit.title;
    if (edit.description) after.description = *edit.description;
    if (edit.retired) after.retired = *edit.retired;
    if (auto ok = ValidateChangeIdea(after.title, after.description); !ok) {
      return core::Fail(ok.error());
    }
    after.version = before->version + 1;
    after.updated_at = now;
    after.updated_by = acting.user.email;
    tx.Pdsa().UpdateIdea(after);
    RecordAudit(tx, actor, now, "update", "change_idea", idea_id, AuditJson(*before),
                AuditJson(after), after.organisation_id);
    return after;
  });
}

}  // namespace stegvis::domain
