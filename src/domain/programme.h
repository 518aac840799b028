#pragma once
// A programme (Genombrott collaborative): a theme and a common aim over a period, a calendar
// of learning sessions (lärandeseminarier) alternating with action periods (arbetsperioder),
// common measure definitions every participating team reports, and the participating teams.
// A programme is hosted by one organisation; teams of that organisation take part.

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

struct Programme {
  Id id = 0;
  Id organisation_id = 0;  // the host
  std::string name;
  std::string theme;
  std::string aim;        // the common aim
  std::string starts_on;  // ISO date "2025-01-15", or empty
  std::string ends_on;
  std::optional<Id> host_unit_id;  // the host's unit that runs it; none: the whole organisation
  bool closed = false;             // a closed programme is read-only until it is reopened
  std::int64_t version = 1;        // bumped by every change (optimistic concurrency)
  std::int64_t updated_at = 0;
  std::string updated_by;  // email of the last editor
};

enum class ProgrammeEventKind { kLearningSession, kActionPeriod };

// Stored names: "learning_session", "action_period".
std::string_view ProgrammeEventKindName(ProgrammeEventKind kind);
std::optional<ProgrammeEventKind> ParseProgrammeEventKind(std::string_view name);

// One entry of the programme's calendar.
struct ProgrammeEvent {
  Id id = 0;
  Id programme_id = 0;
  ProgrammeEventKind kind = ProgrammeEventKind::kLearningSession;
  std::string title;
  std::string starts_on;  // ISO dates; a learning session usually starts and ends the same day
  std::string ends_on;
};

// The fields, described once (core/describe.h). Version, who and when are bookkeeping.
constexpr auto Describe(std::type_identity<Programme>) {
  return std::tuple{
      core::Field("id", &Programme::id, core::kKey),
      core::Field("organisation_id", &Programme::organisation_id, core::kFixed | core::kNotAudited),
      core::Field("name", &Programme::name),
      core::Field("theme", &Programme::theme),
      core::Field("aim", &Programme::aim),
      core::Field("starts_on", &Programme::starts_on),
      core::Field("ends_on", &Programme::ends_on),
      core::Field("host_unit_id", &Programme::host_unit_id),
      core::Field("closed", &Programme::closed),
      core::Field("version", &Programme::version, core::kNotAudited),
      core::Field("updated_at", &Programme::updated_at, core::kNotAudited | core::kUnixTime),
      core::Field("updated_by", &Programme::updated_by, core::kNotAudited)};
}

constexpr auto Describe(std::type_identity<ProgrammeEvent>) {
  return std::tuple{
      core::Field("id", &ProgrammeEvent::id, core::kKey),
      core::Field("programme_id", &ProgrammeEvent::programme_id, core::kFixed | core::kNotAudited),
      core::Field(
          "kind", &ProgrammeEvent::kind, core::kNoFlags,
          &core::kTextForm<ProgrammeEventKind, ProgrammeEventKindName, ParseProgrammeEventKind>),
      core::Field("title", &ProgrammeEvent::title),
      core::Field("starts_on", &ProgrammeEvent::starts_on),
      core::Field("ends_on", &ProgrammeEvent::ends_on)};
}

}  // namespace stegvis::domain
