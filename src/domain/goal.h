#pragma once
// The goals catalogue's entries and the links from the improvement work to them (types only;
// the use cases are in domain/goals.h and domain/goal_links.h).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/organisation.h"

namespace stegvis::domain {

// The frameworks, in the order pages show them. Stored "policy", "cemr", "sdg", "skr".
enum class GoalFamily { kPolicy, kCemr, kSdg, kSkr };
inline constexpr GoalFamily kGoalFamilies[] = {GoalFamily::kPolicy, GoalFamily::kCemr,
                                               GoalFamily::kSdg, GoalFamily::kSkr};
std::string_view GoalFamilyName(GoalFamily family);
std::optional<GoalFamily> ParseGoalFamily(std::string_view name);

// The groups an entry may belong to within its family: policy "overall", "subgoal"; cemr
// "article"; sdg "goal", "target"; skr "governance", "statistics", "improvement".
std::vector<std::string_view> GoalGroupsOf(GoalFamily family);

struct GoalEntry {
  Id id = 0;
  Id organisation_id = 0;
  GoalFamily family = GoalFamily::kPolicy;
  std::string group;  // one of GoalGroupsOf(family)
  std::string code;   // "4", "9", "5.4", "8": unique within the family
  std::string title_sv;
  std::string title_en;
  std::string description_sv;
  std::string description_en;
  int sort_order = 0;
  bool highlighted = false;  // e.g. CEMR article 9
  bool unconfirmed = false;  // the Swedish title is not confirmed yet (shown as it stands)
  bool retired = false;      // kept for existing links, not offered for new ones
  std::int64_t version = 1;
  std::int64_t updated_at = 0;
  std::string updated_by;
};

// What links to goals. Stored "programme", "project", "aim" (a project's aim; the object id
// is the project's), "measure".
enum class GoalObject { kProgramme, kProject, kAim, kMeasure };
inline constexpr GoalObject kGoalObjects[] = {GoalObject::kProgramme, GoalObject::kProject,
                                              GoalObject::kAim, GoalObject::kMeasure};
std::string_view GoalObjectName(GoalObject object);
std::optional<GoalObject> ParseGoalObject(std::string_view name);

// One stored link.
struct GoalLink {
  GoalObject object = GoalObject::kProject;
  Id object_id = 0;
  Id goal_id = 0;
};

}  // namespace stegvis::domain
