#pragma once
// Where a redirect or a link built from what the client sent may lead: only to a path on this
// site. Browsers drop TAB, CR and LF inside a URL and read "\" as "/", so "/\t/evil.example"
// and "/\\evil.example" both mean "//evil.example" (another host); the check is therefore a
// strict list of allowed characters, not a list of forbidden ones.

#include <string>
#include <string_view>

namespace stegvis::web {

// Whether `text` is a local absolute path with an optional query: it starts with exactly one
// '/' (not "//" or "/\"), and holds only letters, digits and "/-._~?=&%+,:@" (no control
// characters, no backslash, no quotes, no '#'), at most 2000 characters.
bool IsLocalPath(std::string_view text);

// `text` if it is a local path (IsLocalPath), else `fallback`.
std::string LocalPathOr(std::string_view text, std::string_view fallback = "/");

// Whether `text` is a page anchor ("text-12"): 1 to 64 letters, digits, '-' or '_'.
bool IsAnchor(std::string_view text);

// A decoded request path percent-encoded for a link back to it: letters, digits, '/', '-',
// '.', '_' and '~' stay, every other byte becomes %XX. A path that would not be a local path
// (say "//evil.example", which a request can decode to) yields "/".
std::string EncodeLocalPath(std::string_view path);

}  // namespace stegvis::web
