#include "domain/long_table_columns.h"

#include <algorithm>
#include <map>

#include "domain/import_columns.h"
#include "domain/projects.h"

namespace stegvis::domain {

LongTableRemembered LongRememberedOf(const std::vector<LongColumnChoice>& choices) {
  LongTableRemembered out;
  for (const LongColumnChoice& c : choices) out.emplace(c.heading, c.role);
  return out;
}

core::Result<std::vector<LongColumnChoice>> RememberLongColumns(
    Store& store, const core::Clock& clock, const Principal& acting, const Actor& actor,
    Id project_id, const std::vector<std::pair<std::string, std::string>>& choices) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<std::vector<LongColumnChoice>> {
    auto project = CheckedProject(tx, acting, project_id, Action::kChange);
    if (!project) return core::Fail(project.error());
    const std::vector<LongColumnChoice> stored = tx.Imports().ListLongColumnChoices(project_id);
    const LongTableRemembered before = LongRememberedOf(stored);
    const auto known_role = [](std::string_view role) {
      return std::find(std::begin(kLongColumnRoles), std::end(kLongColumnRoles), role) !=
             std::end(kLongColumnRoles);
    };
    auto after = ApplyColumnChoices(before, choices, known_role, "error.import.long_column_role");
    if (!after) return core::Fail(after.error());
    for (const LongColumnChoice& c : stored) {
      if (!after->count(c.heading)) tx.Imports().DeleteLongColumnChoice(project_id, c.heading);
    }
    std::vector<LongColumnChoice> saved;
    for (const auto& entry : *after) {
      // Named, not bound: a lambda may not capture a structured binding (clang).
      const std::string& heading = entry.first;
      const std::string& role = entry.second;
      const auto old = std::find_if(stored.begin(), stored.end(), [&](const LongColumnChoice& c) {
        return c.heading == heading;
      });
      if (old != stored.end() && old->role == role) {
        saved.push_back(*old);
        continue;
      }
      saved.push_back({project_id, heading, role, now, actor.label});
      tx.Imports().SaveLongColumnChoice(saved.back());
    }
    if (before != *after) {
      RecordAudit(tx, actor, now, "update", "long_table_columns", project_id,
                  ColumnChoicesJson(before), ColumnChoicesJson(*after),
                  project->first.organisation_id);
    }
    return saved;
  });
}

core::Result<std::vector<LongColumnChoice>> LoadLongColumns(Store& store, const Principal& acting,
                                                            Id project_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<std::vector<LongColumnChoice>> {
    auto project = CheckedProject(tx, acting, project_id, Action::kView);
    if (!project) return core::Fail(project.error());
    return tx.Imports().ListLongColumnChoices(project_id);
  });
}

}  // namespace stegvis::domain
