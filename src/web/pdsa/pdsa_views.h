#pragma once
// What the PDSA pages and their JSON twins share: reading a cycle's content from a form or a
// JSON body, the cycle and change idea as JSON, the cycle form's sections as a view, and the
// chart annotations of a measure's cycles (for the measure page).

#include <string>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "chart/chart_input.h"
#include "core/error.h"
#include "domain/cycle_markers.h"
#include "domain/measures.h"
#include "domain/pdsa_cycles.h"
#include "web/app.h"
#include "web/render/forms.h"
#include "web/render/json_body.h"

namespace stegvis::web {

// The content fields of a cycle form (names as PdsaContent's; measure_ids as checkboxes).
// kInvalidInput on "as_planned", "decision" or "measure_ids" for a value no form offers.
core::Result<domain::PdsaContent> ContentFromForm(const Form& form);

// The same from a JSON body ({"title": ..., "measure_ids": [1, 2], "decision": "adopt"}).
// Missing members are empty; a member of the wrong type or an unknown choice is left in `body`
// as its problem.
domain::PdsaContent ContentFromJson(JsonFields& body);

boost::json::object CycleJson(const domain::PdsaCycle& cycle);
boost::json::object IdeaJson(const domain::ChangeIdea& idea);

// "2026-03-02" for unix seconds; empty for 0.
std::string IsoDate(std::int64_t unix_seconds);

// The catalogue's name of a phase / decision in `lang`.
std::string PhaseLabel(const App& app, const std::string& lang, domain::PdsaPhase phase);
std::string DecisionLabel(const App& app, const std::string& lang, domain::PdsaDecision decision);

// The cycle form as sections (one per phase the cycle has reached), each with its fields
// ({name, label, hint, value, kind flags, options, error}); `content` is what to show
// (the stored cycle, or what the user sent back), `view` holds error_FIELD texts.
boost::json::array CycleSections(const App& app, const std::string& lang,
                                 const domain::CycleDetails& details,
                                 const domain::PdsaContent& content,
                                 const boost::json::object& view);

// The "changed by X at T, reload" text for a refused save.
std::string ChangedByText(const App& app, const std::string& lang, const core::Error& error,
                          const domain::PdsaCycle& current);

// Fills view["pdsa"] for the project page's third question: the project's change ideas and
// cycles with links (nothing when the principal may not see them).
void AddProjectCycles(const App& app, const std::string& lang, const domain::Principal& principal,
                      domain::Id project_id, boost::json::object& view);

// Fills view["phase_proposal"] on the measure page when the team may start a new phase after
// an adopted change ({text, button, cycle_id, period}); nothing for those who may not change.
void AddPhaseProposal(const App& app, const std::string& lang, const domain::MeasureDetails& d,
                      const std::optional<domain::PhaseProposal>& proposal,
                      boost::json::object& view);

// Fills view["change_package"] on the programme page: the package's ideas with links, and
// `error` when the last added idea was refused.
void AddChangePackage(const App& app, const std::string& lang, const domain::Principal& principal,
                      domain::Id programme_id, bool error, boost::json::object& view);

// Chart annotations for a measure's cycles: "PGSA 3: Anta" over the periods the cycle ran
// (to the chart's last period while it runs). Cycles still in Plan have not run: none.
std::vector<chart::Annotation> CycleAnnotations(const App& app, const std::string& lang,
                                                const std::vector<domain::CycleMarker>& markers);

}  // namespace stegvis::web
