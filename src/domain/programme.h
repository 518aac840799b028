#pragma once
// A programme (Genombrott collaborative): a theme and a common aim over a period, a calendar
// of learning sessions (lärandeseminarier) alternating with action periods (arbetsperioder),
// common measure definitions every participating team reports, and the participating teams.
// A programme is hosted by one organisation; teams of that organisation take part.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
  std::int64_t version = 1;  // bumped by every change (optimistic concurrency)
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

}  // namespace stegvis::domain
