#include "chart/number_format.h"

#include <charconv>
#include <cmath>
#include <string_view>

namespace stegvis::chart {
namespace {

constexpr std::string_view kMinus = "\u2212";
constexpr std::string_view kNarrowNoBreakSpace = "\u202F";
constexpr std::string_view kEnDash = "\u2013";

// Fixed notation via to_chars: locale-independent and exact.
std::string ToFixed(double value, int decimals) {
  char buffer[400];
  auto [end, ec] =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
  if (ec != std::errc()) return "0";
  return std::string(buffer, end);
}

}  // namespace

std::string FormatNumber(double value, int decimals, Lang lang) {
  if (!std::isfinite(value)) return std::string(kEnDash);
  if (decimals < 0) decimals = 0;
  if (decimals > 9) decimals = 9;
  std::string digits = ToFixed(std::fabs(value), decimals);
  // Rounding may turn -0.004 into "0.00": no minus sign then.
  bool negative = value < 0 && digits.find_first_not_of("0.") != std::string::npos;
  std::string_view integer_part = digits;
  std::string_view fraction;
  if (auto dot = digits.find('.'); dot != std::string::npos) {
    integer_part = std::string_view(digits).substr(0, dot);
    fraction = std::string_view(digits).substr(dot + 1);
  }
  std::string out;
  if (negative) out += kMinus;
  const bool group = integer_part.size() >= 5;
  const std::string_view separator = lang == Lang::kSv ? kNarrowNoBreakSpace : ",";
  for (size_t i = 0; i < integer_part.size(); ++i) {
    if (group && i > 0 && (integer_part.size() - i) % 3 == 0) out += separator;
    out += integer_part[i];
  }
  if (!fraction.empty()) {
    out += lang == Lang::kSv ? ',' : '.';
    out += fraction;
  }
  return out;
}

std::string FormatCoord(double value) {
  if (!std::isfinite(value)) return "0";
  std::string s = ToFixed(value, 2);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  return s;
}

int DecimalsForStep(double step) {
  if (!(step > 0) || !std::isfinite(step)) return 0;
  for (int decimals = 0; decimals < 6; ++decimals) {
    double scaled = step * std::pow(10.0, decimals);
    if (std::fabs(scaled - std::round(scaled)) < 1e-6 * scaled) return decimals;
  }
  return 6;
}

}  // namespace stegvis::chart
