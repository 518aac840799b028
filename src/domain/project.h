#pragma once
// A project: one team's improvement work, built on the three questions of the Model for
// Improvement. "Vad vill vi åstadkomma?" is the aim (what, how much, by when, for whom, with
// women/men/girls/boys as explicit choices); "Hur vet vi att en förändring är en förbättring?"
// its measures (domain/measure.h); "Vilka förändringar ..." its change ideas (PDSA module).

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

enum class ProjectStatus { kPlanned, kActive, kSustaining, kClosed };

inline constexpr ProjectStatus kProjectStatuses[] = {
    ProjectStatus::kPlanned, ProjectStatus::kActive, ProjectStatus::kSustaining,
    ProjectStatus::kClosed};

// Stored names: "planned", "active", "sustaining", "closed".
std::string_view ProjectStatusName(ProjectStatus status);
std::optional<ProjectStatus> ParseProjectStatus(std::string_view name);

// Whom the aim is for, as explicit choices. Stored as a comma list ("women,men").
struct AimGroups {
  bool women = false;
  bool men = false;
  bool girls = false;
  bool boys = false;
};
std::string AimGroupsText(const AimGroups& groups);
AimGroups ParseAimGroups(std::string_view text);

struct Project {
  Id id = 0;
  Id organisation_id = 0;
  Id team_id = 0;
  std::optional<Id> programme_id;
  std::string title;
  std::string problem;       // "Vad är problemet?"
  std::string aim_what;      // what will be better
  std::string aim_how_much;  // how much
  std::string aim_by_when;   // ISO date, or empty
  std::string aim_for_whom;  // in words (e.g. "de som får hemtjänst i Norr")
  AimGroups aim_groups;
  ProjectStatus status = ProjectStatus::kPlanned;
  std::int64_t version = 1;
  std::int64_t updated_at = 0;
  std::string updated_by;
};

// The IHI-style progress score (0.5 "intent to participate" … 5 "outstanding sustainable
// results"), set by the team; every setting is kept so its history can be shown.
struct ProgressScore {
  Id id = 0;
  Id project_id = 0;
  int score_tenths = 10;  // 5, 10, 15, ... 50
  std::string set_on;     // ISO date
  std::string note;
  std::string set_by;  // email
};

// The allowed scores in tenths: 5, 10, 15, 20, 25, 30, 35, 40, 45, 50.
bool ValidProgressScore(int score_tenths);

// The fields, described once (core/describe.h). Version, who and when are bookkeeping; the
// team and the programme are shown by the pages, not repeated in the audit trail.
constexpr auto Describe(std::type_identity<Project>) {
  constexpr unsigned kBookkeeping = core::kNotAudited;
  return std::tuple{
      core::Field("id", &Project::id, core::kKey),
      core::Field("organisation_id", &Project::organisation_id, core::kFixed | kBookkeeping),
      core::Field("team_id", &Project::team_id, core::kFixed | kBookkeeping),
      core::Field("programme_id", &Project::programme_id, kBookkeeping),
      core::Field("title", &Project::title),
      core::Field("problem", &Project::problem),
      core::Field("aim_what", &Project::aim_what),
      core::Field("aim_how_much", &Project::aim_how_much),
      core::Field("aim_by_when", &Project::aim_by_when),
      core::Field("aim_for_whom", &Project::aim_for_whom),
      core::Field("aim_groups", &Project::aim_groups, core::kNoFlags,
                  &core::kTextForm<AimGroups, AimGroupsText, ParseAimGroups>),
      core::Field("status", &Project::status, core::kNoFlags,
                  &core::kTextForm<ProjectStatus, ProjectStatusName, ParseProjectStatus>),
      core::Field("version", &Project::version, kBookkeeping),
      core::Field("updated_at", &Project::updated_at, kBookkeeping | core::kUnixTime),
      core::Field("updated_by", &Project::updated_by, kBookkeeping)};
}

constexpr auto Describe(std::type_identity<ProgressScore>) {
  return std::tuple{core::Field("id", &ProgressScore::id, core::kKey),
                    core::Field("project_id", &ProgressScore::project_id, core::kFixed),
                    core::Field("score_tenths", &ProgressScore::score_tenths),
                    core::Field("set_on", &ProgressScore::set_on),
                    core::Field("note", &ProgressScore::note),
                    core::Field("set_by", &ProgressScore::set_by)};
}

}  // namespace stegvis::domain
