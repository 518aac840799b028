#pragma once
// Small text helpers every layer needs: blank and trimmed text, lower-case ASCII, and the
// length of UTF-8 text in characters (code points) rather than bytes.

#include <cstddef>
#include <string>
#include <string_view>

namespace stegvis::core {

// True when `text` is empty or holds only ASCII white space (space, tab, line feed, carriage
// return, vertical tab, form feed: what std::isspace accepts in the "C" locale).
bool IsBlank(std::string_view text);

// `text` without the ASCII white space (as IsBlank) at either end; a view into `text`.
std::string_view Trim(std::string_view text);

// `text` with A–Z turned into a–z; other bytes (also UTF-8 letters such as "Å") unchanged.
std::string AsciiLower(std::string_view text);

// The number of code points in UTF-8 `text`: "åäö" is 3, not 6. Counts every byte that does
// not continue a sequence, so invalid UTF-8 never makes it fail.
std::size_t CodePointCount(std::string_view text);

// Whether `text` holds a control character no text of ours may hold: C0 (U+0000–U+001F)
// other than TAB, LF and CR, or DEL. They are invisible, and XML (the diagrams' SVG) cannot
// hold them at all.
bool HasControlCharacter(std::string_view text);

// `text` itself when it has at most `max_code_points` code points; else its first
// `max_code_points` code points followed by "…". For error texts that quote what the user
// sent: a rejected value of a megabyte must not come back whole (in the answer or the log).
std::string ShortPrefix(std::string_view text, std::size_t max_code_points = 40);

}  // namespace stegvis::core
