#pragma once
// The one reader of decimal numbers as people write them in forms and spreadsheet cells:
// Swedish "1 234,5" as well as "1234.5".

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace stegvis::core {

struct Decimal {
  // Canonical text: '.' as the decimal mark, '-' for a negative number, no '+', no group
  // separators, no leading zeros, no trailing zeros after the mark; "0" for zero.
  // "-1 234,50" → "-1234.5", ",5" → "0.5", "007" → "7".
  std::string text;
  double value = 0;  // the same number as a double (nearest)
  // Digits from the first to the last non-zero digit: 1 for "1000" and "0.001", 5 for
  // "1234.5". A double keeps up to 15 of them exactly.
  std::size_t significant_digits = 0;
};

// Parses a decimal number. Accepted: ASCII white space around it; one sign ('-', '+' or
// U+2212 MINUS SIGN, as Swedish typography writes it); digits with at most one decimal mark,
// '.' or ',', followed by at least one digit ("12,5", "12.5", ",5"); in the whole part, groups
// of three digits separated by a space or a no-break space (U+00A0, which Excel writes):
// "1 234 567,5". Refused (nullopt): anything else, among it exponents ("1e5"), "NaN" and
// "Inf", hexadecimal, a mark with no digit after it ("5,"), two marks ("1.000,5"), groups not
// of three ("12 34"), units ("12 kg", "5%"), and numbers too large for a double.
std::optional<Decimal> ParseDecimal(std::string_view text);

// A finite double as the shortest decimal text that reads back as the same double, never in
// exponent form, so that ParseDecimal takes it: 31.3 → "31.3", 1e-5 → "0.00001",
// 1e21 → "1000000000000000000000", -0.0 → "-0". For the numbers files carry as doubles (Excel
// cells, Kolada values).
std::string ShortestDecimal(double value);

}  // namespace stegvis::core
