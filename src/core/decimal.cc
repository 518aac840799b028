#include "core/decimal.h"

#include <charconv>
#include <cmath>

#include "core/text.h"

namespace stegvis::core {
namespace {

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

// The length of the group separator `text` starts with: a space or a no-break space; 0 if none.
std::size_t SeparatorLength(std::string_view text) {
  if (text.starts_with(' ')) return 1;
  if (text.starts_with("\xC2\xA0")) return 2;
  return 0;
}

// Reads the whole part from `text` (advancing `i`) into `digits`. False when its groups are
// not "1–3 digits, then groups of exactly 3".
bool ReadWholePart(std::string_view text, std::size_t& i, std::string& digits) {
  std::size_t group = 0;  // digits in the current group
  bool grouped = false;
  while (i < text.size()) {
    if (IsDigit(text[i])) {
      digits += text[i++];
      ++group;
      continue;
    }
    const std::size_t separator = SeparatorLength(text.substr(i));
    if (separator == 0) break;
    if (group == 0 || group > 3 || (grouped && group != 3)) return false;
    grouped = true;
    group = 0;
    i += separator;
  }
  return !grouped || group == 3;
}

}  // namespace

std::optional<Decimal> ParseDecimal(std::string_view text) {
  text = Trim(text);
  bool negative = false;
  if (text.starts_with('-') || text.starts_with('+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  } else if (text.starts_with("\xE2\x88\x92")) {
    negative = true;
    text.remove_prefix(3);
  }
  std::size_t i = 0;
  std::string whole, fraction;
  if (!ReadWholePart(text, i, whole)) return std::nullopt;
  if (i < text.size() && (text[i] == ',' || text[i] == '.')) {
    ++i;
    while (i < text.size() && IsDigit(text[i])) fraction += text[i++];
    if (fraction.empty()) return std::nullopt;
  }
  if (i != text.size() || (whole.empty() && fraction.empty())) return std::nullopt;

  whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size()));
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  Decimal out;
  out.text = (whole.empty() ? "0" : whole) + (fraction.empty() ? "" : "." + fraction);
  if (negative && out.text != "0") out.text.insert(0, 1, '-');

  const std::string digits = whole + fraction;
  const std::size_t first = digits.find_first_not_of('0');
  if (first != std::string::npos) {
    out.significant_digits = digits.find_last_not_of('0') - first + 1;
  }
  const char* end = out.text.data() + out.text.size();
  auto [ptr, ec] = std::from_chars(out.text.data(), end, out.value);
  if (ec != std::errc() || ptr != end || !std::isfinite(out.value)) return std::nullopt;
  return out;
}

std::string ShortestDecimal(double value) {
  // The longest fixed form of a double: 309 digits before the mark (DBL_MAX), or 324 after it
  // (the smallest subnormal), a sign and the mark.
  char text[400];
  auto written = std::to_chars(text, text + sizeof text, value, std::chars_format::fixed);
  return std::string(text, written.ptr);
}

}  // namespace stegvis::core
