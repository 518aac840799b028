#include "chart/text_wrap.h"

#include <algorithm>
#include <string_view>

#include "core/text.h"

namespace stegvis::chart {
namespace {

// The byte length of the first `n` code points of `s`.
std::size_t BytesOf(std::string_view s, std::size_t n) {
  std::size_t i = 0;
  while (i < s.size() && n > 0) {
    ++i;
    while (i < s.size() && (s[i] & 0xC0) == 0x80) ++i;
    --n;
  }
  return i;
}

}  // namespace

std::vector<std::string> WrapText(const std::string& text, std::size_t max_chars) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t start = 0;
  max_chars = std::max<std::size_t>(1, max_chars);
  auto flush = [&] {
    if (!line.empty()) lines.push_back(std::move(line));
    line.clear();
  };
  while (start <= text.size()) {
    std::size_t end = text.find_first_of(" \n", start);
    if (end == std::string::npos) end = text.size();
    std::string_view word(text.data() + start, end - start);
    if (!word.empty()) {
      if (!line.empty() && core::CodePointCount(line) + 1 + core::CodePointCount(word) > max_chars)
        flush();
      if (!line.empty()) line += ' ';
      // A word longer than a line is split over as many lines as it needs.
      while (core::CodePointCount(line) + core::CodePointCount(word) > max_chars) {
        const std::size_t room = max_chars - core::CodePointCount(line);
        const std::size_t bytes = BytesOf(word, room);
        line += word.substr(0, bytes);
        word.remove_prefix(bytes);
        flush();
      }
      line += word;
    }
    if (end < text.size() && text[end] == '\n') flush();
    start = end + 1;
  }
  flush();
  return lines;
}

}  // namespace stegvis::chart
