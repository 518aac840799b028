#pragma once
// Locale-free number formatting for charts and tables. Never consults the C or C++ locale,
// so the same input gives the same bytes on every machine (golden files depend on it).

#include <string>

#include "chart/lang.h"

namespace stegvis::chart {

// Returns `value` rounded to `decimals` decimals (0..9) for people to read:
//   Swedish: decimal comma, narrow no-break space (U+202F) between thousands, "−" (U+2212);
//   English: decimal point, comma between thousands, "−" (U+2212).
// Thousands are grouped from 10 000 up (Swedish typography groups from five digits; doing the
// same in English keeps a column of numbers the same shape in both languages).
// NaN and ±Inf give "–" (en dash), the usual mark for "no value" in Swedish tables.
std::string FormatNumber(double value, int decimals, Lang lang);

// Returns a coordinate for SVG: at most 2 decimals, '.' as separator, no trailing zeros,
// no "-0". Non-finite values give "0" (callers never draw them; this keeps output valid).
std::string FormatCoord(double value);

// Returns how many decimals show a value on an axis with this tick step (0 for step >= 1,
// 1 for 0.5, 2 for 0.25, ...), at most 6.
int DecimalsForStep(double step);

}  // namespace stegvis::chart
