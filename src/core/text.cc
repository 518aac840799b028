#include "core/text.h"

#include <algorithm>

namespace stegvis::core {
namespace {

// The characters std::isspace accepts in the "C" locale, without its locale dependence.
constexpr std::string_view kSpace = " \t\n\v\f\r";

}  // namespace

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(kSpace) == std::string_view::npos;
}

std::string_view Trim(std::string_view text) {
  const std::size_t first = text.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::size_t CodePointCount(std::string_view text) {
  // A UTF-8 continuation byte is 10xxxxxx; every other byte starts a code point.
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

bool HasControlCharacter(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7f;
  });
}

std::string ShortPrefix(std::string_view text, std::size_t max_code_points) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((text[i] & 0xC0) == 0x80) continue;  // continues the code point before
    if (seen++ == max_code_points) return std::string(text.substr(0, i)) + "\u2026";
  }
  return std::string(text);
}

}  // namespace stegvis::core
