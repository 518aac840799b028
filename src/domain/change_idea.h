#pragma once
// A change idea: the third question of the Model for Improvement ("Vilka förändringar kan vi
// göra som leder till förbättring?"). Either a team's own idea, kept in its project, or one
// of a programme's change package, which every participating team may test. PDSA cycles test
// one change idea each (domain/pdsa_cycle.h).

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "core/describe.h"
#include "core/error.h"
#include "domain/organisation.h"

namespace stegvis::domain {

struct ChangeIdea {
  Id id = 0;
  Id organisation_id = 0;
  std::optional<Id> project_id;    // a team's own idea: the project it belongs to
  std::optional<Id> programme_id;  // an idea of a programme's change package
  // A copy taken from another team's offer (domain/spread.h): the idea it was copied from.
  std::optional<Id> origin_idea_id;
  std::string title;
  std::string description;
  // A retired idea takes no new cycles; the cycles that tested it keep it (change_idea_edits.h).
  bool retired = false;
  std::int64_t created_at = 0;
  std::int64_t version = 1;
  std::int64_t updated_at = 0;
  std::string updated_by;  // email of the last editor
};

// Longest texts accepted (bytes).
inline constexpr std::size_t kChangeIdeaTitleMax = 200;
inline constexpr std::size_t kChangeIdeaDescriptionMax = 8000;

// Checks a change idea's texts: a title of at most 200 bytes, a description of at most 8000.
// kInvalidInput on "title" ("error.required", "error.too_long") or "description".
core::Result<void> ValidateChangeIdea(const std::string& title, const std::string& description);

// The fields, described once (core/describe.h). The owner (project or programme) and the origin
// of a copy are named in the audit trail by the use case, since they are set only for some.
constexpr auto Describe(std::type_identity<ChangeIdea>) {
  constexpr unsigned kOwner = core::kFixed | core::kNotAudited;
  return std::tuple{
      core::Field("id", &ChangeIdea::id, core::kKey),
      core::Field("organisation_id", &ChangeIdea::organisation_id, kOwner),
      core::Field("project_id", &ChangeIdea::project_id, kOwner),
      core::Field("programme_id", &ChangeIdea::programme_id, kOwner),
      core::Field("origin_idea_id", &ChangeIdea::origin_idea_id, kOwner),
      core::Field("title", &ChangeIdea::title),
      core::Field("description", &ChangeIdea::description),
      core::Field("retired", &ChangeIdea::retired),
      core::Field("created_at", &ChangeIdea::created_at,
                  core::kFixed | core::kNotAudited | core::kUnixTime),
      core::Field("version", &ChangeIdea::version, core::kNotAudited),
      core::Field("updated_at", &ChangeIdea::updated_at, core::kNotAudited | core::kUnixTime),
      core::Field("updated_by", &ChangeIdea::updated_by, core::kNotAudited)};
}

}  // namespace stegvis::domain
