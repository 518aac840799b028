#pragma once
// Breaking text into lines for SVG, which does not wrap text itself.

#include <cstddef>
#include <string>
#include <vector>

namespace stegvis::chart {

// `text` broken into lines of at most `max_chars` characters (UTF-8 code points) at spaces;
// a word longer than a line is split. Never drops a character other than the spaces it
// breaks at.
std::vector<std::string> WrapText(const std::string& text, std::size_t max_chars);

}  // namespace stegvis::chart
