#pragma once
// The gender-equality frame's own records: the team's 4R analysis notes on a measure (every
// save a new version), a unit's dated self-assessments against SKR's ten steps, and managers'
// reflection notes. The use cases live in gender_analysis.h, self_assessment.h and
// reflection_note.h.

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

// One saved version of a measure's 4R notes (Representation, Resurser, Realia, Realisera).
// Versions count 1, 2, 3 … per measure and are never changed once written.
struct GenderNote {
  Id id = 0;
  Id measure_id = 0;
  std::int64_t version = 0;
  std::string representation;  // who: how many women and men
  std::string resources;       // how time, money and space are divided
  std::string realia;          // the norms and values behind it
  std::string realisera;       // what we change
  std::int64_t created_at = 0;
  std::string created_by;  // the writer's email
};

// One item of a self-assessment: its key ("step_1", "prereq_mandate", …), the score 1–4 or
// none ("ej bedömt", never zero) and an optional comment.
struct SelfAssessmentScore {
  std::string item;
  std::optional<int> score;
  std::string comment;
};

// A unit's self-assessment on one date; a unit has as many as it records over time.
struct SelfAssessment {
  Id id = 0;
  Id organisation_id = 0;
  Id unit_id = 0;
  std::string assessed_on;                  // ISO date
  std::string note;                         // who took part, how it was done
  std::vector<SelfAssessmentScore> scores;  // in catalogue order, only the items recorded
  std::int64_t version = 1;                 // 1 when recorded, one more per correction
  std::int64_t created_at = 0;
  std::string created_by;
  std::int64_t updated_at = 0;  // when it was recorded or last corrected
  std::string updated_by;
};

// reflektionsmöte or skuggning (shadowing a peer). Stored "meeting", "shadowing".
enum class ReflectionKind { kMeeting, kShadowing };
std::string_view ReflectionKindName(ReflectionKind kind);
std::optional<ReflectionKind> ParseReflectionKind(std::string_view name);

// A manager's dated reflection note, linked to one or more units and optionally projects.
struct ReflectionNote {
  Id id = 0;
  Id organisation_id = 0;
  ReflectionKind kind = ReflectionKind::kMeeting;
  std::string held_on;  // ISO date
  std::string title;
  std::string text;
  std::string peer;             // shadowing: whom (and which unit) the writer shadowed
  std::vector<Id> unit_ids;     // at least one, ascending
  std::vector<Id> project_ids;  // ascending, may be empty
  std::int64_t version = 1;
  std::int64_t created_at = 0;
  std::string created_by;
  std::int64_t updated_at = 0;
  std::string updated_by;
};

// The fields, described once (core/describe.h). Notes and self-assessments are written once.
constexpr auto Describe(std::type_identity<GenderNote>) {
  constexpr unsigned kWritten = core::kFixed | core::kNotAudited;  // who and when
  return std::tuple{core::Field("id", &GenderNote::id, core::kKey),
                    core::Field("measure_id", &GenderNote::measure_id, kWritten),
                    core::Field("version", &GenderNote::version, core::kFixed),
                    core::Field("representation", &GenderNote::representation),
                    core::Field("resources", &GenderNote::resources),
                    core::Field("realia", &GenderNote::realia),
                    core::Field("realisera", &GenderNote::realisera),
                    core::Field("created_at", &GenderNote::created_at, kWritten | core::kUnixTime),
                    core::Field("created_by", &GenderNote::created_by, kWritten)};
}

constexpr auto Describe(std::type_identity<SelfAssessmentScore>) {
  return std::tuple{core::Field("item", &SelfAssessmentScore::item),
                    core::Field("score", &SelfAssessmentScore::score),
                    core::Field("comment", &SelfAssessmentScore::comment)};
}

// The scores are child rows, and the audit trail writes them in a form of their own.
constexpr auto Describe(std::type_identity<SelfAssessment>) {
  constexpr unsigned kWritten = core::kFixed | core::kNotAudited;  // who and when, first
  constexpr unsigned kLast = core::kNotAudited;                    // who and when, last
  return std::tuple{
      core::Field("id", &SelfAssessment::id, core::kKey),
      core::Field("organisation_id", &SelfAssessment::organisation_id, kWritten),
      core::Field("unit_id", &SelfAssessment::unit_id, core::kFixed),
      core::Field("assessed_on", &SelfAssessment::assessed_on),
      core::Field("note", &SelfAssessment::note),
      core::Field("scores", &SelfAssessment::scores, core::kStoredApart | core::kNotAudited),
      core::Field("version", &SelfAssessment::version, core::kNotAudited),
      core::Field("created_at", &SelfAssessment::created_at, kWritten | core::kUnixTime),
      core::Field("created_by", &SelfAssessment::created_by, kWritten),
      core::Field("updated_at", &SelfAssessment::updated_at, kLast | core::kUnixTime),
      core::Field("updated_by", &SelfAssessment::updated_by, kLast)};
}

constexpr auto Describe(std::type_identity<ReflectionNote>) {
  constexpr unsigned kWritten = core::kFixed | core::kNotAudited;  // who and when, first
  constexpr unsigned kLast = core::kNotAudited;                    // who and when, last
  return std::tuple{
      core::Field("id", &ReflectionNote::id, core::kKey),
      core::Field("organisation_id", &ReflectionNote::organisation_id, kWritten),
      core::Field("kind", &ReflectionNote::kind, core::kNoFlags,
                  &core::kTextForm<ReflectionKind, ReflectionKindName, ParseReflectionKind>),
      core::Field("held_on", &ReflectionNote::held_on),
      core::Field("title", &ReflectionNote::title),
      core::Field("text", &ReflectionNote::text),
      core::Field("peer", &ReflectionNote::peer),
      core::Field("unit_ids", &ReflectionNote::unit_ids, core::kStoredApart),
      core::Field("project_ids", &ReflectionNote::project_ids, core::kStoredApart),
      core::Field("version", &ReflectionNote::version, core::kNotAudited),
      core::Field("created_at", &ReflectionNote::created_at, kWritten | core::kUnixTime),
      core::Field("created_by", &ReflectionNote::created_by, kWritten),
      core::Field("updated_at", &ReflectionNote::updated_at, kLast | core::kUnixTime),
      core::Field("updated_by", &ReflectionNote::updated_by, kLast)};
}

}  // namespace stegvis::domain
