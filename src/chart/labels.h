#pragma once
// Every word the chart renderer writes into an SVG or a data table, given by its caller. The
// words live in the one message catalogue (web/messages/{sv,en}.json, keys "chart.*"); the
// web layer and `stegvis chart` fill this struct from it with LabelsFrom. The renderer itself
// contains no user-visible text and reads no catalogue.
//
// Templates use {name} placeholders, filled by FillTemplate.

#include <array>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chart/lang.h"
#include "stats/analysis.h"

namespace stegvis::chart {

struct ChartLabels {
  Lang lang = Lang::kSv;  // number and period formats

  std::string title;   // shown above the chart and in <title>; empty = the chart's name
  std::string y_axis;  // caption of the value axis (unit); may be empty

  // Names of the chart types, indexed by stats::ChartType.
  std::array<std::string, 13> chart_names;

  // Legend and line names.
  std::string value;            // the data series
  std::string centre_median;    // centre line of a run chart
  std::string centre_mean;      // centre line of a control chart
  std::string limits;           // the 3σ control limits
  std::string process_limits;   // XmR (MDC) process limits
  std::string limits_2sigma;    // the 2σ lines
  std::string target;           // the target line
  std::string excluded;         // an excluded point
  std::string common_cause;     // an ordinary point
  std::string improvement;      // special cause, better
  std::string concern;          // special cause, worse
  std::string special_neutral;  // special cause, no direction of improvement
  std::string runs_signal;      // "{centre}, dashed: ...": the runs rules signal a shift
  std::string part;             // "Fas {n}": label of a phase after a break
  std::string part_column;      // "Fas": table column of the phase number
  std::string annotation;       // legend entry for the markers (PDSA cycles)
  // A marker's span in words ({text}, {from}, {to}): in its tooltip, and per period in the
  // data table's column `annotation_column` (start, end, both, still going on).
  std::string annotation_span;       // "{text}: {from} – {to}"
  std::string annotation_span_open;  // "{text}: från {from}, pågår"
  std::string annotation_column;     // "Förbättringscykler"
  std::string annotation_starts;     // "{text} börjar"
  std::string annotation_ends;       // "{text} avslutas"
  std::string annotation_single;     // "{text} (börjar och avslutas)"
  std::string annotation_running;    // "{text} pågår"
  std::string women;                 // first group
  std::string men;                   // second group
  std::string gap_title;             // title of the gap panel
  std::string gap_series;            // the difference series

  // Funnel plots (comparing units on a proportion or rate).
  std::string funnel_title;       // default title
  std::string funnel_size;        // x axis caption: the denominator
  std::string funnel_centre;      // the pooled value
  std::string funnel_limits_95;   // 95 % limits
  std::string funnel_limits_998;  // 99.8 % limits
  std::string funnel_unit;        // table column of the unit's name
  // Where a unit lies, indexed by stats::FunnelPosition.
  std::array<std::string, 5> funnel_positions;
  // Summary: {n} units, {outside} of them outside the 99.8 % limits.
  std::string funnel_summary;

  // Data table.
  std::string table_caption;  // "{title}: värden och signaler"
  std::string period;
  std::string lower_limit;
  std::string upper_limit;
  std::string centre_line;
  std::string signal;
  std::string no_signal;      // the signal cell of an ordinary point
  std::string missing_value;  // a missing value (screen readers say this, not "–")

  // Words for each rule that can fire, indexed by stats::Rule.
  std::array<std::string, stats::kRuleCount> rule_words;

  // The one-sentence summary in <desc>. Placeholders: {chart}, {n}, {from}, {to}, {verdict}.
  std::string summary;
  std::string summary_group;  // "{name}: {verdict}" for one of several series
  std::string verdict_common;
  std::string verdict_improvement_one, verdict_improvement_many;  // {k}
  std::string verdict_concern_one, verdict_concern_many;
  std::string verdict_neutral_one, verdict_neutral_many;
  std::string verdict_runs;
  std::string list_and;  // " och " / " and " between the last two pieces
};

// The text of a catalogue key ("chart.value") in the language being filled.
using WordOf = std::function<std::string(std::string_view key)>;

// Labels for `lang` with every word taken from `word`: "chart.<field>" for each word field
// ("chart.centre_median"), "chart.type.<ChartTypeName>", "chart.rule.<RuleName>" and
// "chart.funnel_position.<FunnelPositionName>" for the tables. `title` and `y_axis` are left
// empty for the caller.
ChartLabels LabelsFrom(Lang lang, const WordOf& word);

// Every key LabelsFrom asks for, so a catalogue can be checked to hold them all.
std::vector<std::string> LabelKeys();

// Returns `pattern` with every {name} replaced by its value; unknown placeholders stay.
std::string FillTemplate(std::string_view pattern,
                         std::initializer_list<std::pair<std::string_view, std::string>> values);

// The name of `chart` from labels.chart_names.
const std::string& ChartName(const ChartLabels& labels, stats::ChartType chart);

// The words for `rule`.
const std::string& RuleWords(const ChartLabels& labels, stats::Rule rule);

}  // namespace stegvis::chart
