#pragma once
// What the measure page and its JSON twins show of a measure's statistics: the charts as SVG,
// their data tables, the verdicts in words and the rules that fired on which points. Built
// once from domain::AnalyzeMeasure so the page, /api/v1/measures/{id}/analysis and the
// downloads say the same thing.

#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "chart/data_table.h"
#include "core/error.h"
#include "domain/measure_analysis.h"
#include "domain/measures.h"
#include "domain/projects.h"
#include "web/app.h"

namespace stegvis::web {

struct RuleHit {
  std::string series;              // "" for the total, else the group's name in words
  std::string period;              // the point's period as written ("2025-03")
  std::vector<std::string> rules;  // stats::RuleName of each rule that fired
  std::string words;               // the signal in words
};

struct MeasureCharts {
  domain::MeasureAnalysis analysis;
  std::string total_svg;    // empty without data
  std::string total_table;  // HTML <table>
  std::string groups_svg;   // women and men with the gap; empty when not split or no data
  // The same two charts drawn for a phone (chart::NarrowOptions); a page shows both and its
  // CSS hides one by the svg's class ("chart-wide", "chart-narrow"). Empty when the wide is.
  std::string total_svg_narrow;
  std::string groups_svg_narrow;
  std::string groups_table;
  // The two data tables as text, for documents other than the page (a Word table).
  chart::DataTable total_data;
  chart::DataTable groups_data;
  std::string recommended_text;  // "Diagram: P-diagram – andelar ..." in words
  // Which rules marked the points and how the lines were set (a frozen baseline, or why it
  // is not used), one sentence each.
  std::vector<std::string> rules_text;
  std::vector<std::string> verdicts;  // one sentence per group (and the total), then the gap
  std::vector<RuleHit> hits;
  // A new phase the team may start after an adopted change (measure_phases.h).
  std::optional<domain::PhaseProposal> phase_proposal;
};

// Analyses and renders the measure in `lang`. The charts' SVG ids are "total" and "groups"
// after `id_prefix` (a page with several measures keeps them apart). Fails only when the
// engine refuses the data.
core::Result<MeasureCharts> BuildMeasureCharts(const App& app, const std::string& lang,
                                               const domain::MeasureDetails& details,
                                               const std::string& id_prefix = "");

// The project as JSON (the API's representation): its fields, the aim and the progress scores.
boost::json::object ProjectJson(const domain::ProjectDetails& details);

// The measure's definition as JSON (the API's representation).
boost::json::object MeasureJson(const domain::Measure& measure);

// "Ändrat av anna@… 2026-11-23 13:43 – ladda om sidan": the words for a version conflict.
std::string ChangedByWords(const App& app, const std::string& lang, const std::string& who,
                           std::int64_t at);

// A grid or form error in words: "Rad 3 (män): Täljaren är större än nämnaren."
std::string CellErrorWords(const App& app, const std::string& lang, const core::Error& error);

}  // namespace stegvis::web
