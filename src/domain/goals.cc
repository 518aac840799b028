#include "domain/goals.h"

#include <algorithm>

#include "core/text.h"
#include "domain/projects.h"
#include "domain/resources.h"

namespace stegvis::domain {
namespace {

// Adds to `errors` what is wrong with one text field: blank when `required`, or too long.
void CheckText(std::vector<core::Error>& errors, const std::string& value, std::string_view field,
               std::size_t limit, bool required) {
  if (required && core::IsBlank(value)) {
    errors.push_back(core::Error::Invalid(std::string(field) + " is required", std::string(field),
                                          "error.required"));
  } else if (value.size() > limit) {
    errors.push_back(core::Error::Invalid(std::string(field) + " is too long", std::string(field),
                                          "error.too_long"));
  }
}

bool CodeTaken(StoreTx& tx, const GoalEntry& entry) {
  for (const GoalEntry& other : tx.Goals().ListEntries(entry.organisation_id)) {
    if (other.id != entry.id && other.family == entry.family && other.code == entry.code) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string_view GoalFamilyName(GoalFamily family) {
  switch (family) {
    case GoalFamily::kPolicy: return "policy";
    case GoalFamily::kCemr: return "cemr";
    case GoalFamily::kSdg: return "sdg";
    case GoalFamily::kSkr: return "skr";
  }
  return "policy";
}

std::optional<GoalFamily> ParseGoalFamily(std::string_view name) {
  for (GoalFamily family : kGoalFamilies) {
    if (GoalFamilyName(family) == name) return family;
  }
  return std::nullopt;
}

std::vector<std::string_view> GoalGroupsOf(GoalFamily family) {
  switch (family) {
    case GoalFamily::kPolicy: return {"overall", "subgoal"};
    case GoalFamily::kCemr: return {"article"};
    case GoalFamily::kSdg: return {"goal", "target"};
    case GoalFamily::kSkr: return {"governance", "statistics", "improvement"};
  }
  return {};
}

const std::string& GoalTitle(const GoalEntry& entry, std::string_view lang) {
  return lang == "en" ? entry.title_en : entry.title_sv;
}

const std::string& GoalDescription(const GoalEntry& entry, std::string_view lang) {
  return lang == "en" ? entry.description_en : entry.description_sv;
}

std::vector<core::Error> GoalEntryErrors(const GoalEntry& e) {
  std::vector<core::Error> errors;
  std::vector<std::string_view> groups = GoalGroupsOf(e.family);
  if (std::find(groups.begin(), groups.end(), e.group) == groups.end()) {
    errors.push_back(
        core::Error::Invalid("not a group of this framework", "group", "goals.error.group"));
  }
  CheckText(errors, e.code, "code", 20, true);
  CheckText(errors, e.title_sv, "title_sv", 300, true);
  CheckText(errors, e.title_en, "title_en", 300, true);
  CheckText(errors, e.description_sv, "description_sv", 4000, false);
  CheckText(errors, e.description_en, "description_en", 4000, false);
  if (e.sort_order < 0 || e.sort_order > 9999) {
    errors.push_back(
        core::Error::Invalid("sort order out of range", "sort_order", "goals.error.sort_order"));
  }
  return errors;
}

core::Result<void> ValidateGoalEntry(const GoalEntry& e) {
  if (std::vector<core::Error> errors = GoalEntryErrors(e); !errors.empty()) {
    return core::Fail(std::move(errors.front()));
  }
  return {};
}

Resource GoalCatalogueResource(Id organisation_id) {
  return Resource{ResourceKind::kGoalCatalogue, organisation_id, true, {}, {}, {}};
}

bool MayChangeGoalCatalogue(const Principal& acting) {
  return May(&acting, Action::kChange, GoalCatalogueResource(acting.user.organisation_id));
}

core::Result<std::vector<GoalEntry>> ListGoalCatalogue(Store& store, const Principal& acting) {
  const Id org = acting.user.organisation_id;
  if (!May(&acting, Action::kView, GoalCatalogueResource(org))) {
    return core::Fail(core::Error::Forbidden("may not see the goals catalogue"));
  }
  return store.Read([&](StoreTx& tx) -> core::Result<std::vector<GoalEntry>> {
    return tx.Goals().ListEntries(org);
  });
}

core::Result<GoalEntry> LoadGoalEntry(Store& store, const Principal& acting, Id goal_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<GoalEntry> {
    std::optional<GoalEntry> entry = tx.Goals().FindEntry(goal_id);
    if (!entry || entry->organisation_id != acting.user.organisation_id) {
      return core::Fail(core::Error::NotFoundObject("no such goal"));
    }
    if (!May(&acting, Action::kView, GoalCatalogueResource(entry->organisation_id))) {
      return core::Fail(core::Error::Forbidden("may not see the goals catalogue"));
    }
    return *entry;
  });
}

core::Result<Id> AddGoalEntry(Store& store, const core::Clock& clock, const Principal& acting,
                              const Actor& actor, GoalEntry entry) {
  if (!MayChangeGoalCatalogue(acting)) {
    return core::Fail(core::Error::Forbidden("only strategists and admins change the catalogue"));
  }
  entry.id = 0;
  entry.organisation_id = acting.user.organisation_id;
  if (auto ok = ValidateGoalEntry(entry); !ok) return core::Fail(ok.error());
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<Id> {
    if (CodeTaken(tx, entry)) {
      return core::Fail(
          core::Error::Invalid("the framework has this code", "code", "goals.error.code_taken"));
    }
    entry.version = 1;
    entry.updated_at = now;
    entry.updated_by = actor.label;
    Id id = tx.Goals().CreateEntry(entry);
    RecordAudit(tx, actor, now, "create", "goal", id, "", AuditJson(entry), entry.organisation_id);
    return id;
  });
}

core::Result<void> ChangeGoalEntry(Store& store, const core::Clock& clock, const Principal& acting,
                                   const Actor& actor, const GoalEntry& changed) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    std::optional<GoalEntry> before = tx.Goals().FindEntry(changed.id);
    if (!before || before->organisation_id != acting.user.organisation_id) {
      return core::Fail(core::Error::NotFoundObject("no such goal"));
    }
    if (!May(&acting, Action::kChange, GoalCatalogueResource(before->organisation_id))) {
      return core::Fail(core::Error::Forbidden("only strategists and admins change the catalogue"));
    }
    GoalEntry after = *before;
    after.group = changed.group;
    after.code = changed.code;
    after.title_sv = changed.title_sv;
    after.title_en = changed.title_en;
    after.description_sv = changed.description_sv;
    after.description_en = changed.description_en;
    after.sort_order = changed.sort_order;
    after.highlighted = changed.highlighted;
    after.unconfirmed = changed.unconfirmed;
    after.retired = changed.retired;
    if (auto ok = ValidateGoalEntry(after); !ok) return core::Fail(ok.error());
    if (before->version != changed.version) {
      return core::Fail(ChangedByUser(tx, acting.user.organisation_id, before->updated_by,
                                      before->updated_at, before->version));
    }
    if (CodeTaken(tx, after)) {
      return core::Fail(
          core::Error::Invalid("the framework has this code", "code", "goals.error.code_taken"));
    }
    after.version = before->version + 1;
    after.updated_at = now;
    after.updated_by = actor.label;
    tx.Goals().UpdateEntry(after);
    RecordAudit(tx, actor, now, "update", "goal", after.id, AuditJson(*before), AuditJson(after),
                after.organisation_id);
    return {};
  });
}

}  // namespace stegvis::domain
