#include "domain/driver_diagram.h"

namespace stegvis::domain {

std::string_view DriverLevelName(DriverLevel level) {
  return level == DriverLevel::kPrimary ? "primary" : "secondary";
}

IdeaTests SummariseIdeaTests(Id change_idea_id, const std::vector<PdsaCycle>& cycles) {
  IdeaTests out;
  int latest_number = -1;
  for (const PdsaCycle& c : cycles) {
    if (c.change_idea_id != change_idea_id) continue;
    ++out.cycles;
    if (c.phase == PdsaPhase::kDone) ++out.finished;
    if (c.content.decision != PdsaDecision::kNone && c.number > latest_number) {
      latest_number = c.number;
      out.latest_decision = c.content.decision;
    }
  }
  return out;
}

}  // namespace stegvis::domain
