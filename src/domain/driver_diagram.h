#pragma once
// The driver diagram (drivkraftsdiagram) of a project: the aim (the project's own, see
// domain/project.h), the primary drivers that must change to reach it, the secondary drivers
// under each, and the change ideas that act on them. The change ideas are the very objects
// the PDSA cycles test (domain/change_idea.h), so the diagram can say of each idea whether
// the team has tested it, in how many cycles and with what latest decision. Items and links
// follow the shared rules of domain/diagram.h.

#include <optional>
#include <string_view>
#include <vector>

#include "domain/diagram.h"
#include "domain/pdsa_cycle.h"

namespace stegvis::domain {

// The values are the levels of DiagramItem for DiagramKind::kDriver.
enum class DriverLevel { kPrimary, kSecondary };

// Stored names: "primary", "secondary".
std::string_view DriverLevelName(DriverLevel level);

// What the cycles say about one change idea.
struct IdeaTests {
  int cycles = 0;    // cycles that test it (in any phase)
  int finished = 0;  // of which done
  // The decision of the most recent cycle (highest number) that has one; kNone if none has.
  PdsaDecision latest_decision = PdsaDecision::kNone;
  bool tested() const { return cycles > 0; }
};

// Summarises `cycles` (one project's) for the idea `change_idea_id`.
IdeaTests SummariseIdeaTests(Id change_idea_id, const std::vector<PdsaCycle>& cycles);

}  // namespace stegvis::domain
