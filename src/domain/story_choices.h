#pragma once
// What a team chose for its project's improvement story (domain/project_story.h): a short
// summary, and the measures and cycles it leaves out (everything else is in).

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

// What the team chose for its story. Stored once per project; a project without a row has
// the empty summary, everything included and version 0.
struct StoryChoices {
  Id project_id = 0;
  std::string summary;
  std::vector<Id> left_out_measures;  // ascending, without duplicates
  std::vector<Id> left_out_cycles;    // ascending, without duplicates
  std::int64_t version = 0;
  std::int64_t updated_at = 0;
  std::string updated_by;
};

// The choices of a project whose team has saved none: no summary, everything included.
inline StoryChoices NoStoryChoices(Id project_id) {
  StoryChoices choices;
  choices.project_id = project_id;
  return choices;
}

// Longest summary accepted (bytes).
inline constexpr std::size_t kStorySummaryMax = 4000;

// Ids as stored: "3,7" (empty for none); and back (nullopt for anything but such a list).
std::string IdListText(const std::vector<Id>& ids);
std::optional<std::vector<Id>> ParseIdList(std::string_view text);

constexpr auto Describe(std::type_identity<StoryChoices>) {
  using S = StoryChoices;
  constexpr unsigned kBookkeeping = core::kNotAudited;
  constexpr const core::TextForm<std::vector<Id>>* kIds =
      &core::kTextForm<std::vector<Id>, IdListText, ParseIdList>;
  return std::tuple{core::Field("project_id", &S::project_id, core::kFixed | kBookkeeping),
                    core::Field("summary", &S::summary),
                    core::Field("left_out_measures", &S::left_out_measures, core::kNoFlags, kIds),
                    core::Field("left_out_cycles", &S::left_out_cycles, core::kNoFlags, kIds),
                    core::Field("version", &S::version, kBookkeeping),
                    core::Field("updated_at", &S::updated_at, kBookkeeping | core::kUnixTime),
                    core::Field("updated_by", &S::updated_by, kBookkeeping)};
}

}  // namespace stegvis::domain
