#pragma once
// The goals catalogue's entries and the links from the improvement work to them (types only;
// the use cases are in domain/goals.h and domain/goal_links.h).

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

// The fields, described once (core/describe.h).
constexpr auto Describe(std::type_identity<GoalEntry>) {
  return std::tuple{
      core::Field("id", &GoalEntry::id, core::kKey),
      core::Field("organisation_id", &GoalEntry::organisation_id, core::kFixed | core::kNotAudited),
      core::Field("family", &GoalEntry::family, core::kFixed,
                  &core::kTextForm<GoalFamily, GoalFamilyName, ParseGoalFamily>),
      core::Field("group", &GoalEntry::group),
      core::Field("code", &GoalEntry::code),
      core::Field("title_sv", &GoalEntry::title_sv),
      core::Field("title_en", &GoalEntry::title_en),
      core::Field("description_sv", &GoalEntry::description_sv),
      core::Field("description_en", &GoalEntry::description_en),
      core::Field("sort_order", &GoalEntry::sort_order),
      core::Field("highlighted", &GoalEntry::highlighted),
      core::Field("unconfirmed", &GoalEntry::unconfirmed),
      core::Field("retired", &GoalEntry::retired),
      core::Field("version", &GoalEntry::version),
      core::Field("updated_at", &GoalEntry::updated_at, core::kNotAudited | core::kUnixTime),
      core::Field("updated_by", &GoalEntry::updated_by, core::kNotAudited)};
}

constexpr auto Describe(std::type_identity<GoalLink>) {
  return std::tuple{core::Field("object", &GoalLink::object, core::kFixed,
                                &core::kTextForm<GoalObject, GoalObjectName, ParseGoalObject>),
                    core::Field("object_id", &GoalLink::object_id, core::kFixed),
                    core::Field("goal_id", &GoalLink::goal_id, core::kFixed)};
}

}  // namespace stegvis::domain
