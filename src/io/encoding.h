#pragma once
// Text encodings of imported files. Excel in Swedish saves "CSV (semikolonavgränsad)" in
// Windows-1252 unless the user picks "CSV UTF-8", so a reader must accept both.

#include <string>
#include <string_view>

namespace stegvis::io {

// True if `text` is well-formed UTF-8 (no overlong forms, no surrogates, at most U+10FFFF).
bool IsValidUtf8(std::string_view text);

// Converts Windows-1252 text to UTF-8 (with glibc's iconv). The five bytes Windows-1252
// leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become U+FFFD.
std::string Windows1252ToUtf8(std::string_view text);

// `text` as UTF-8: unchanged if it already is valid UTF-8, else read as Windows-1252.
std::string ToUtf8(std::string_view text);

}  // namespace stegvis::io
