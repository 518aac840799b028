#pragma once
// What the PDSA pages and their JSON twins share: reading a cycle's content from a form or a
// JSON body, the cycle and change idea as JSON, the cycle form's sections as a view, the
// blocks other pages show (the project's cycles, the measure's phase proposal) and the chart
// annotations of a measure's cycles (for the measure page).

#include <optional>
#include <string>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "chart/chart_input.h"
#include "core/describe.h"
#include "core/error.h"
#include "domain/cycle_markers.h"
#include "domain/measure_phases.h"
#include "domain/measures.h"
#include "domain/pdsa_cycles.h"
#include "web/app.h"
#include "web/pdsa/pdsa_page_views.h"
#include "web/render/forms.h"
#include "web/render/json_body.h"

namespace stegvis::web {

// The content fields of a cycle form (names as PdsaContent's; measure_ids as checkboxes).
// kInvalidInput on "as_planned", "decision" or "measure_ids" for a value no form offers.
core::Result<domain::PdsaContent> ContentFromForm(const Form& form);

// The phase a form of one phase names in its "phase" field ("plan", "do", "study", "act");
// nullopt when it names none (a form of every field). kInvalidInput on "phase" for any other.
core::Result<std::optional<domain::PdsaPhase>> FormPhase(const Form& form);

// `stored` with the fields of `phase` (its texts, and its choices: Plan's measures, Do's
// "as planned", Act's decision) taken from `sent`: what a form of one phase saves.
domain::PdsaContent MergePhase(const domain::PdsaContent& stored, const domain::PdsaContent& sent,
                               domain::PdsaPhase phase);

// The same from a JSON body ({"title": ..., "measure_ids": [1, 2], "decision": "adopt"}).
// Missing members are empty; a member of the wrong type or an unknown choice is left in `body`
// as its problem.
domain::PdsaContent ContentFromJson(JsonFields& body);

boost::json::object CycleJson(const domain::PdsaCycle& cycle);
boost::json::object IdeaJson(const domain::ChangeIdea& idea);
// What the idea's pages show of a team's cycle on it: what it predicted, learned and decided.
boost::json::object IdeaCycleJson(const domain::IdeaCycle& row);

// "PGSA 2: Kvällsrutin": a cycle's number and title in `lang`.
std::string CycleName(const App& app, const std::string& lang, const domain::PdsaCycle& c);

// Where an idea comes from in `lang`: the team's own, or the change package of
// `programme_name`.
std::string IdeaSource(const App& app, const std::string& lang, const domain::ChangeIdea& idea,
                       const std::string& programme_name);

// A row of the table of cycles that tested an idea (its page, its page of learnings) in
// `lang`: the cycle's team, name, phase, prediction, learning, decision and whether it is
// overdue; linked when the visitor may open it.
IdeaCycleView IdeaCycleRow(const App& app, const std::string& lang, const domain::IdeaCycle& row);

// "2026-03-02" for unix seconds; empty for 0.
std::string IsoDate(std::int64_t unix_seconds);

// The catalogue's name of a phase / decision in `lang`.
std::string PhaseLabel(const App& app, const std::string& lang, domain::PdsaPhase phase);
std::string DecisionLabel(const App& app, const std::string& lang, domain::PdsaDecision decision);

// "Overdue" in `lang` for a cycle not Done whose planned end date is before today (by
// app.clock, to the day: the page cache keys pages on the day); nullopt otherwise.
std::optional<std::string> OverdueLabel(const App& app, const std::string& lang,
                                        const domain::PdsaCycle& cycle);

// The cycle as sections (one per phase the cycle has reached), each with its fields;
// `content` is what to show (the stored cycle, or what the user sent back), `errors` a
// refused save's errors, each shown next to its field. The phase `editing` is a form; the
// others are text, each with a link to its own form for those who may change the cycle.
std::vector<CycleSectionView> CycleSections(const App& app, const std::string& lang,
                                            const domain::CycleDetails& details,
                                            const domain::PdsaContent& content,
                                            const std::vector<FormErrorView>& errors,
                                            std::optional<domain::PdsaPhase> editing);

// The "changed by X at T, reload" text for a refused save.
std::string ChangedByText(const App& app, const std::string& lang, const core::Error& error,
                          const domain::PdsaCycle& current);

// A change idea as a link (the project page's ideas, a programme's change package).
struct IdeaLinkView {
  domain::Id id = 0;
  std::string title;
  bool retired = false;  // marked, and offered for no new cycle
};
constexpr auto Describe(std::type_identity<IdeaLinkView>) {
  return std::tuple{core::Field("id", &IdeaLinkView::id),
                    core::Field("title", &IdeaLinkView::title),
                    core::Field("retired", &IdeaLinkView::retired)};
}
std::vector<IdeaLinkView> IdeaLinks(const std::vector<domain::ChangeIdea>& ideas);

// A cycle in the project page's list: "PGSA 2: Kvällsrutin", its phase and decision.
struct CycleLinkView {
  domain::Id id = 0;
  std::string label;
  std::string phase;
  std::optional<std::string> decision;  // none until Act decides
  std::optional<std::string> overdue;   // its planned end date has passed, not Done
};
constexpr auto Describe(std::type_identity<CycleLinkView>) {
  using V = CycleLinkView;
  return std::tuple{core::Field("id", &V::id), core::Field("label", &V::label),
                    core::Field("phase", &V::phase), core::Field("decision", &V::decision),
                    core::Field("overdue", &V::overdue)};
}

// The project page's third question: the project's change ideas and cycles with links.
struct ProjectCyclesBlock {
  domain::Id project_id = 0;
  bool has_ideas = false;
  std::vector<IdeaLinkView> ideas;
  bool has_cycles = false;
  std::vector<CycleLinkView> cycles;
  std::string link;              // to the cycles' page: "see" or "work with" them
  bool may_start_cycle = false;  // each idea offers "start a cycle on this idea"
};
constexpr auto Describe(std::type_identity<ProjectCyclesBlock>) {
  using V = ProjectCyclesBlock;
  return std::tuple{core::Field("project_id", &V::project_id),
                    core::Field("has_ideas", &V::has_ideas),
                    core::Field("ideas", &V::ideas),
                    core::Field("has_cycles", &V::has_cycles),
                    core::Field("cycles", &V::cycles),
                    core::Field("link", &V::link),
                    core::Field("may_start_cycle", &V::may_start_cycle)};
}
ProjectCyclesBlock ProjectCyclesBlockOf(const App& app, const std::string& lang,
                                        const domain::ProjectCycles& data);

// The new phase the measure page offers after an adopted change: the sentence, the button
// and the form's values.
struct PhaseProposalView {
  std::string text;
  std::string button;
  domain::Id cycle_id = 0;
  std::string period;
};
constexpr auto Describe(std::type_identity<PhaseProposalView>) {
  using V = PhaseProposalView;
  return std::tuple{core::Field("text", &V::text), core::Field("button", &V::button),
                    core::Field("cycle_id", &V::cycle_id), core::Field("period", &V::period)};
}
// The proposal in `lang`; nullopt without one, and for those who may not change the measure.
std::optional<PhaseProposalView> PhaseProposalOf(
    const App& app, const std::string& lang, bool may_change,
    const std::optional<domain::PhaseProposal>& proposal);

// Chart annotations for a measure's cycles: "PGSA 3: Anta" over the periods the cycle ran
// (to the chart's last period while it runs). Cycles still in Plan have not run: none.
std::vector<chart::Annotation> CycleAnnotations(const App& app, const std::string& lang,
                                                const std::vector<domain::CycleMarker>& markers);

// Everything wrong with a refused save, for a form or the API to report at once: `refused`
// (what the save refused with) and, when it is kInvalidInput, every other problem of
// `content` in `phase` (and, when advancing, every field the phase still needs), at most one
// per field, `refused` first.
std::vector<core::Error> AllCycleErrors(const core::Error& refused,
                                        const domain::PdsaContent& content, domain::PdsaPhase phase,
                                        bool advance);

}  // namespace stegvis::web
