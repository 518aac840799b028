#include "domain/goal_links.h"

#include <algorithm>
#include <map>

#include "domain/programme_setup.h"
#include "domain/programmes.h"
#include "domain/projects.h"
#include "domain/resources.h"

namespace stegvis::domain {
namespace {

// Where an object lives, for the policy and for the audit trail.
struct LocatedObject {
  Id organisation_id = 0;
  bool may_view = false;
  bool may_change = false;
  bool closed = false;     // a closed programme: read-only for everyone
  std::string audit_type;  // "programme", "project", "measure"
};

core::Result<LocatedObject> Locate(StoreTx& tx, const Principal& acting, GoalObject object,
                                   Id object_id) {
  LocatedObject out;
  if (object == GoalObject::kProgramme) {
    std::optional<Programme> programme = tx.Programmes().Find(object_id);
    if (!programme || !TakesPart(tx, acting.user.organisation_id, *programme)) {
      return core::Fail(core::Error::NotFoundObject());
    }
    // Like the programme itself: not for a user without a role (LoadProgramme).
    if (acting.memberships.empty()) {
      return core::Fail(core::Error::Forbidden("a user without a role reads no programme"));
    }
    out.organisation_id = programme->organisation_id;
    out.may_view = true;
    out.may_change = May(&acting, Action::kChange, ProgrammeResource(*programme));
    out.closed = programme->closed;
    out.audit_type = "programme";
    return out;
  }
  Id project_id = object_id;
  out.audit_type = "project";
  if (object == GoalObject::kMeasure) {
    std::optional<Measure> measure = tx.Measures().Find(object_id);
    if (!measure || !measure->project_id) return core::Fail(core::Error::NotFoundObject());
    project_id = *measure->project_id;
    out.audit_type = "measure";
  }
  auto checked = CheckedProject(tx, acting, project_id, Action::kView);
  if (!checked) return core::Fail(checked.error());
  out.organisation_id = checked->first.organisation_id;
  out.may_view = true;
  out.may_change = May(&acting, Action::kChange, TeamResource(tx, checked->second));
  return out;
}

std::string CodesJson(const std::vector<Id>& ids, const std::map<Id, GoalEntry>& by_id,
                      std::string_view key) {
  std::string codes;
  for (Id id : ids) {
    if (!codes.empty()) codes += ", ";
    auto it = by_id.find(id);
    codes += it == by_id.end() ? std::to_string(id) : GoalReference(it->second);
  }
  return AuditJson({{key, codes}});
}

void SortedUnique(std::vector<Id>& ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

// Who changed the object's links last, and when, as the conflict error (from the audit trail:
// the latest "goal_links" event whose values are under `key`).
core::Error LastLinksChange(StoreTx& tx, const std::string& audit_type, Id object_id,
                            const std::string& key) {
  std::string who;
  std::int64_t at = 0;
  for (const AuditEvent& e : tx.Audit().List(audit_type, object_id)) {
    if (e.action == "goal_links" && e.after_json.starts_with("{\"" + key + "\"")) {
      who = e.actor;
      at = e.at;
    }
  }
  return core::Error::ChangedBy(who, at);
}

}  // namespace

std::string_view GoalObjectName(GoalObject object) {
  switch (object) {
    case GoalObject::kProgramme: return "programme";
    case GoalObject::kProject: return "project";
    case GoalObject::kAim: return "aim";
    case GoalObject::kMeasure: return "measure";
  }
  return "project";
}

std::optional<GoalObject> ParseGoalObject(std::string_view name) {
  for (GoalObject object : kGoalObjects) {
    if (GoalObjectName(object) == name) return object;
  }
  return std::nullopt;
}

std::string GoalReference(const GoalEntry& entry) {
  return std::string(GoalFamilyName(entry.family)) + " " + entry.code;
}

core::Result<GoalLinkSet> LoadGoalLinks(StoreTx& tx, const Principal& acting, GoalObject object,
                                        Id object_id) {
  auto located = Locate(tx, acting, object, object_id);
  if (!located) return core::Fail(located.error());
  GoalLinkSet set{object, object_id, {}, {}, located->may_change && !located->closed};
  std::vector<Id> linked = tx.Goals().ListLinks(object, object_id);
  for (GoalEntry& entry : tx.Goals().ListEntries(located->organisation_id)) {
    const bool is_linked = std::find(linked.begin(), linked.end(), entry.id) != linked.end();
    if (is_linked) set.linked.push_back(entry);
    if (is_linked || !entry.retired) set.choices.push_back(std::move(entry));
  }
  return set;
}

core::Result<GoalLinkSet> LoadGoalLinks(Store& store, const Principal& acting, GoalObject object,
                                        Id object_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<GoalLinkSet> {
    return LoadGoalLinks(tx, acting, object, object_id);
  });
}

core::Result<void> SetGoalLinks(Store& store, const core::Clock& clock, const Principal& acting,
                                const Actor& actor, GoalObject object, Id object_id,
                                std::vector<Id> goal_ids, std::optional<std::vector<Id>> base) {
  SortedUnique(goal_ids);
  if (base) SortedUnique(*base);
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    auto located = Locate(tx, acting, object, object_id);
    if (!located) return core::Fail(located.error());
    if (!located->may_change) {
      return core::Fail(core::Error::Forbidden("may not change this object's goals"));
    }
    if (located->closed) return core::Fail(ProgrammeClosed());
    std::map<Id, GoalEntry> by_id;
    for (GoalEntry& entry : tx.Goals().ListEntries(located->organisation_id)) {
      by_id.emplace(entry.id, std::move(entry));
    }
    const std::vector<Id> before = tx.Goals().ListLinks(object, object_id);
    const std::string key = object == GoalObject::kAim ? "aim_goals" : "goals";
    if (base && *base != before) {
      return core::Fail(LastLinksChange(tx, located->audit_type, object_id, key));
    }
    for (Id id : goal_ids) {
      auto it = by_id.find(id);
      if (it == by_id.end()) {
        return core::Fail(core::Error::Invalid("goal " + std::to_string(id) + " is unknown",
                                               "goals", "goals.error.unknown_goal"));
      }
      if (it->second.retired && std::find(before.begin(), before.end(), id) == before.end()) {
        return core::Fail(core::Error::Invalid("goal " + std::to_string(id) + " is retired",
                                               "goals", "goals.error.retired"));
      }
    }
    if (before == goal_ids) return {};
    tx.Goals().SetLinks(object, object_id, located->organisation_id, goal_ids, now, actor.label);
    RecordAudit(tx, actor, now, "goal_links", located->audit_type, object_id,
                CodesJson(before, by_id, key), CodesJson(goal_ids, by_id, key),
                located->organisation_id);
    return {};
  });
}

}  // namespace stegvis::domain
