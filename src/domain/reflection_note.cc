#include "domain/reflection_note.h"

#include <algorithm>
#include <set>

#include "core/date.h"
#include "core/text.h"
#include "domain/programmes.h"
#include "domain/projects.h"
#include "domain/resources.h"
#include "domain/units.h"

namespace stegvis::domain {
namespace {

bool MayOnUnit(StoreTx& tx, const Principal& acting, Action action, Id unit_id) {
  std::optional<Unit> unit = tx.Units().Find(unit_id);
  return unit && unit->organisation_id == acting.user.organisation_id &&
         May(&acting, action, UnitScopedResource(tx, ResourceKind::kReflection, *unit));
}

// True when `action` is allowed through at least one of the note's units.
bool MayOnNote(StoreTx& tx, const Principal& acting, Action action, const ReflectionNote& note) {
  return std::any_of(note.unit_ids.begin(), note.unit_ids.end(),
                     [&](Id u) { return MayOnUnit(tx, acting, action, u); });
}

ReflectionNoteView Describe(StoreTx& tx, const Principal& acting, const ReflectionNote& note) {
  ReflectionNoteView v;
  v.note = note;
  // Only what the reader's own scope reaches is named: a note shared with another manager's
  // unit does not name that unit, nor projects of teams the reader may not see.
  for (Id u : note.unit_ids) {
    if (!MayOnUnit(tx, acting, Action::kView, u)) continue;
    if (auto unit = tx.Units().Find(u)) v.units.push_back(*unit);
  }
  for (Id p : note.project_ids) {
    if (auto checked = CheckedProject(tx, acting, p, Action::kView)) {
      v.projects.emplace_back(p, checked->first.title);
    }
  }
  v.may_change = MayOnNote(tx, acting, Action::kChange, note);
  return v;
}

// The links of a note being written: sorted, unique, each unit in scope and each project
// visible (or kept from `before`); what of `before` the writer cannot see is kept.
core::Result<void> CheckLinks(StoreTx& tx, const Principal& acting, ReflectionNote& note,
                              const ReflectionNote* before) {
  // Links the writer's scope does not reach were not named on their form (Describe): they
  // stay as they were.
  if (before) {
    for (Id u : before->unit_ids) {
      if (!MayOnUnit(tx, acting, Action::kView, u)) note.unit_ids.push_back(u);
    }
    for (Id p : before->project_ids) {
      if (!CheckedProject(tx, acting, p, Action::kView)) note.project_ids.push_back(p);
    }
  }
  std::sort(note.unit_ids.begin(), note.unit_ids.end());
  note.unit_ids.erase(std::unique(note.unit_ids.begin(), note.unit_ids.end()), note.unit_ids.end());
  std::sort(note.project_ids.begin(), note.project_ids.end());
  note.project_ids.erase(std::unique(note.project_ids.begin(), note.project_ids.end()),
                         note.project_ids.end());
  for (Id u : note.unit_ids) {
    const bool kept = before && std::find(before->unit_ids.begin(), before->unit_ids.end(), u) !=
                                    before->unit_ids.end();
    if (!kept && !MayOnUnit(tx, acting, Action::kChange, u)) {
      return core::Fail(core::Error::Invalid("a unit outside the writer's scope", "unit_ids",
                                             "reflection.error.unit_scope"));
    }
  }
  for (Id p : note.project_ids) {
    const bool kept = before && std::find(before->project_ids.begin(), before->project_ids.end(),
                                          p) != before->project_ids.end();
    if (!kept && !CheckedProject(tx, acting, p, Action::kView)) {
      return core::Fail(core::Error::Invalid("a project the writer may not see", "project_ids",
                                             "reflection.error.project"));
    }
  }
  return {};
}

// A note tells of a meeting already held: a date after today (UTC) is a typing error.
core::Result<void> NotInTheFuture(const ReflectionNote& note, std::int64_t now) {
  if (note.held_on > core::Date::FromUnixSeconds(now).ToString()) {
    return core::Fail(
        core::Error::Invalid("the date is in the future", "held_on", "error.future_date"));
  }
  return {};
}

}  // namespace

std::string_view ReflectionKindName(ReflectionKind kind) {
  return kind == ReflectionKind::kShadowing ? "shadowing" : "meeting";
}

std::optional<ReflectionKind> ParseReflectionKind(std::string_view name) {
  if (name == "meeting") return ReflectionKind::kMeeting;
  if (name == "shadowing") return ReflectionKind::kShadowing;
  return std::nullopt;
}

core::Result<void> ValidateReflectionNote(const ReflectionNote& n) {
  if (core::IsBlank(n.held_on)) {
    return core::Fail(core::Error::Invalid("a date is required", "held_on", "error.required"));
  }
  if (!core::IsIsoDate(n.held_on)) {
    return core::Fail(core::Error::Invalid("not a date", "held_on", "error.bad_date"));
  }
  if (core::IsBlank(n.title)) {
    return core::Fail(core::Error::Invalid("a title is required", "title", "error.required"));
  }
  if (n.title.size() > 200) {
    return core::Fail(core::Error::Invalid("at most 200 characters", "title", "error.too_long"));
  }
  if (core::IsBlank(n.text)) {
    return core::Fail(core::Error::Invalid("the note needs a text", "text", "error.required"));
  }
  if (n.text.size() > 8000) {
    return core::Fail(core::Error::Invalid("at most 8000 characters", "text", "error.too_long"));
  }
  if (n.kind == ReflectionKind::kShadowing && core::IsBlank(n.peer)) {
    return core::Fail(
        core::Error::Invalid("say whom you shadowed", "peer", "reflection.error.peer"));
  }
  if (n.peer.size() > 200) {
    return core::Fail(core::Error::Invalid("at most 200 characters", "peer", "error.too_long"));
  }
  if (n.unit_ids.empty()) {
    return core::Fail(
        core::Error::Invalid("link at least one unit", "unit_ids", "reflection.error.no_unit"));
  }
  return {};
}

core::Result<ReflectionChoices> LoadReflectionChoices(StoreTx& tx, const Principal& acting) {
  ReflectionChoices out;
  for (const UnitInTree& u : BuildUnitTree(tx.Units().List(acting.user.organisation_id))) {
    if (May(&acting, Action::kChange, UnitScopedResource(tx, ResourceKind::kReflection, u.unit))) {
      out.units.push_back(u.unit);
    }
  }
  for (const Team& team : tx.Teams().List(acting.user.organisation_id)) {
    if (!May(&acting, Action::kView, TeamResource(tx, team))) continue;
    for (const Project& p : tx.Projects().List(team.id)) {
      out.projects.push_back({p.id, p.title, team.name});
    }
  }
  return out;
}

core::Result<ReflectionChoices> LoadReflectionChoices(Store& store, const Principal& acting) {
  return store.Read([&](StoreTx& tx) { return LoadReflectionChoices(tx, acting); });
}

std::vector<Id> ReflectionReadableUnits(StoreTx& tx, const Principal& acting) {
  std::vector<Id> out;
  for (const Unit& unit : tx.Units().List(acting.user.organisation_id)) {
    if (MayOnUnit(tx, acting, Action::kView, unit.id)) out.push_back(unit.id);
  }
  return out;
}

core::Result<std::vector<ReflectionNoteView>> ListReflectionNotes(Store& store,
                                                                  const Principal& acting,
                                                                  bool mine_only) {
  if (!May(&acting, Action::kView,
           OrganisationResource(ResourceKind::kReflection, acting.user.organisation_id))) {
    return core::Fail(core::Error::Forbidden("reflection notes are the managers'"));
  }
  return store.Read([&](StoreTx& tx) -> core::Result<std::vector<ReflectionNoteView>> {
    std::vector<ReflectionNoteView> out;
    for (const ReflectionNote& n : tx.ReflectionNotes().List(acting.user.organisation_id)) {
      if (mine_only && n.created_by != acting.user.email) continue;
      if (!MayOnNote(tx, acting, Action::kView, n)) continue;
      out.push_back(Describe(tx, acting, n));
    }
    return out;
  });
}

core::Result<UnitReflections> LoadUnitReflections(Store& store, const Principal& acting,
                                                  Id unit_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<UnitReflections> {
    std::optional<Unit> unit = tx.Units().Find(unit_id);
    if (!unit || unit->organisation_id != acting.user.organisation_id) {
      return core::Fail(core::Error::NotFoundObject());
    }
    Resource resource = UnitScopedResource(tx, ResourceKind::kReflection, *unit);
    if (!May(&acting, Action::kView, resource)) {
      return core::Fail(core::Error::Forbidden("outside the user's scope"));
    }
    UnitReflections out;
    out.unit = *unit;
    out.may_write = May(&acting, Action::kChange, resource);
    for (const ReflectionNote& n : tx.ReflectionNotes().ListOfUnit(unit_id)) {
      out.notes.push_back(Describe(tx, acting, n));
    }
    return out;
  });
}

core::Result<ReflectionNoteView> LoadReflectionNote(StoreTx& tx, const Principal& acting,
                                                    Id note_id) {
  std::optional<ReflectionNote> note = tx.ReflectionNotes().Find(note_id);
  if (!note || note->organisation_id != acting.user.organisation_id) {
    return core::Fail(core::Error::NotFoundObject());
  }
  if (!MayOnNote(tx, acting, Action::kView, *note)) {
    return core::Fail(core::Error::Forbidden("outside the user's scope"));
  }
  return Describe(tx, acting, *note);
}

core::Result<ReflectionNoteView> LoadReflectionNote(Store& store, const Principal& acting,
                                                    Id note_id) {
  return store.Read([&](StoreTx& tx) { return LoadReflectionNote(tx, acting, note_id); });
}

core::Result<ReflectionNotePage> LoadReflectionNotePage(Store& store, const Principal& acting,
                                                        Id note_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<ReflectionNotePage> {
    auto note = LoadReflectionNote(tx, acting, note_id);
    if (!note) return core::Fail(note.error());
    auto choices = LoadReflectionChoices(tx, acting);
    if (!choices) return core::Fail(choices.error());
    return ReflectionNotePage{std::move(*note), std::move(*choices)};
  });
}

core::Result<Id> CreateReflectionNote(Store& store, const core::Clock& clock,
                                      const Principal& acting, const Actor& actor,
                                      ReflectionNote note) {
  if (auto ok = ValidateReflectionNote(note); !ok) return core::Fail(ok.error());
  const std::int64_t now = clock.NowUnixSeconds();
  if (auto ok = NotInTheFuture(note, now); !ok) return core::Fail(ok.error());
  return store.Write([&](StoreTx& tx) -> core::Result<Id> {
    ReflectionNote n = note;
    if (auto ok = CheckLinks(tx, acting, n, nullptr); !ok) return core::Fail(ok.error());
    n.organisation_id = acting.user.organisation_id;
    n.version = 1;
    n.created_at = n.updated_at = now;
    n.created_by = n.updated_by = actor.label;
    Id id = tx.ReflectionNotes().Create(n);
    RecordAudit(tx, actor, now, "create", "reflection_note", id, "", AuditJson(n),
                n.organisation_id);
    return id;
  });
}

core::Result<void> ChangeReflectionNote(Store& store, const core::Clock& clock,
                                        const Principal& acting, const Actor& actor,
                                        ReflectionNote note) {
  if (auto ok = ValidateReflectionNote(note); !ok) return core::Fail(ok.error());
  const std::int64_t now = clock.NowUnixSeconds();
  if (auto ok = NotInTheFuture(note, now); !ok) return core::Fail(ok.error());
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    std::optional<ReflectionNote> before = tx.ReflectionNotes().Find(note.id);
    if (!before || before->organisation_id != acting.user.organisation_id) {
      return core::Fail(core::Error::NotFoundObject());
    }
    if (!MayOnNote(tx, acting, Action::kChange, *before)) {
      return core::Fail(core::Error::Forbidden("outside the user's scope"));
    }
    if (before->version != note.version) {
      return core::Fail(ChangedByUser(tx, acting.user.organisation_id, before->updated_by,
                                      before->updated_at, before->version));
    }
    ReflectionNote after = note;
    if (auto ok = CheckLinks(tx, acting, after, &*before); !ok) return core::Fail(ok.error());
    after.organisation_id = before->organisation_id;
    after.created_at = before->created_at;
    after.created_by = before->created_by;
    after.version = before->version + 1;
    after.updated_at = now;
    after.updated_by = actor.label;
    tx.ReflectionNotes().Update(after);
    RecordAudit(tx, actor, now, "update", "reflection_note", after.id, AuditJson(*before),
                AuditJson(after), after.organisation_id);
    return {};
  });
}

}  // namespace stegvis::domain
