#pragma once
// Machine-readable output of an Analysis: the JSON object and the CSV table that
// `stegvis chart --format json|csv` print (the format is fixed; other tools parse it).
//
// JSON: {"chart": "i", "points": [...], "parts": [...]}, keys in this order
//   points: x, y, cl, lcl, ucl, lcl_95, ucl_95, [mean, lpl, upl (xmr only)],
//           [target (only when the analysis has a target)], part, baseline, include,
//           sigma_signal, runs_signal, rules, point_type
//   parts:  part, n_obs, n_useful, longest_run, longest_run_max, crossings, crossings_min,
//           runs_signal
// Numbers are JSON numbers in the shortest form that round-trips the double (std::to_chars);
// NaN and ±Inf are null. x is a number when the period was written as a number, else the
// period's text ("2021-01-01"). rules lists stats::RuleName of every rule that fired;
// point_type is stats::PointTypeName (the MDC names).
//
// CSV: a header and one row per point with the same columns as the JSON points; missing
// numbers are empty fields, booleans true/false, rules joined with '|'.

#include <iosfwd>
#include <string>

#include "stats/analysis.h"

namespace stegvis::io {

// The shortest decimal text that reads back as exactly `value` ("0.1", "1e-07", "15");
// "null" for NaN and ±Inf.
std::string JsonNumber(double value);

// Returns `text` as a JSON string literal, quotes included; control characters escaped.
std::string JsonString(const std::string& text);

// Returns the JSON object for `analysis`, ending in a newline.
std::string AnalysisToJson(const stats::Analysis& analysis);

// How a CSV is written. The default is the machine-readable form: ',' and '.'.
struct CsvStyle {
  char separator = ',';
  char decimal = '.';  // ',' for Excel's Swedish dialect (then use separator ';')
};

// Returns the CSV table for `analysis` (header first, "\n" line ends).
std::string AnalysisToCsv(const stats::Analysis& analysis, const CsvStyle& style = {});

// Writes the same table to `out` in pieces of about 64 KiB (for long series: no copy of the
// whole table in memory).
void WriteAnalysisCsv(const stats::Analysis& analysis, std::ostream& out,
                      const CsvStyle& style = {});

}  // namespace stegvis::io
