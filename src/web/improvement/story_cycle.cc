#include "web/improvement/story_cycle.h"

#include <optional>

#include "web/pdsa/pdsa_views.h"

namespace stegvis::web {
namespace {

std::optional<std::string> IfSet(const std::string& text) {
  return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

}  // namespace

StoryCycleView StoryCycleOf(const App& app, const std::string& lang, const domain::PdsaCycle& c,
                            const std::string& idea) {
  const domain::PdsaContent& t = c.content;
  StoryCycleView view;
  view.id = c.id;
  view.heading = app.catalogue.Format(lang, "pdsa.heading",
                                      {{"n", std::to_string(c.number)}, {"title", t.title}});
  view.idea = idea;
  view.phase = PhaseLabel(app, lang, c.phase);
  if (!t.start_date.empty() || !t.end_date.empty()) view.dates = t.start_date + " – " + t.end_date;
  if (t.decision != domain::PdsaDecision::kNone) {
    view.decision = DecisionLabel(app, lang, t.decision);
  }
  view.abandoned = t.decision == domain::PdsaDecision::kAbandon;
  view.question = IfSet(t.question);
  view.prediction = IfSet(t.prediction);
  view.observations = IfSet(t.observations);
  view.result = IfSet(t.result);
  view.learning = IfSet(t.learning);
  view.next_step = IfSet(t.next_step);
  return view;
}

}  // namespace stegvis::web
