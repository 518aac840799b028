#pragma once
// A download's file name made from a title a user wrote ("Trygg hemgång" →
// "trygg-hemgang"): only lower-case ASCII letters, digits and single hyphens, so it is safe in
// a Content-Disposition header and on every file system.

#include <string>
#include <string_view>

namespace stegvis::web {

// Longest name FileNameOf returns (characters).
inline constexpr std::size_t kFileNameMax = 60;

// `title` as a file name without extension: å, ä, à, á → a, ö, ó → o, é, è → e, ü → u (in
// either case); every other run of characters that are not ASCII letters or digits → one
// hyphen; no hyphen first or last; at most kFileNameMax characters. `fallback` when nothing is
// left.
std::string FileNameOf(std::string_view title, std::string_view fallback);

}  // namespace stegvis::web
