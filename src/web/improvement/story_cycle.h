#pragma once
// One PDSA cycle as an improvement story tells it (StoryCycleView): what was asked and
// predicted, what happened, what was learned and the decision — shared by the project's story
// and the programme's, where each team's cycles on an idea are told the same way.

#include <string>

#include "domain/pdsa_cycle.h"
#include "web/app.h"
#include "web/improvement/story_view.h"

namespace stegvis::web {

// `idea` is the title of the change idea the cycle tested (empty: not named).
StoryCycleView StoryCycleOf(const App& app, const std::string& lang, const domain::PdsaCycle& c,
                            const std::string& idea);

}  // namespace stegvis::web
