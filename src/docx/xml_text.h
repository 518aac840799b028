#pragma once
// Text inside the XML parts of a package: escaped for element content and attribute values,
// with everything XML 1.0 forbids dropped (control characters other than tab, line feed and
// carriage return; U+FFFE and U+FFFF; bytes that are not UTF-8), so no user text can break a
// part or make Word refuse the file.

#include <string>
#include <string_view>

namespace stegvis::docx {

// `text` with & < > " ' escaped and the characters XML 1.0 forbids left out.
std::string XmlText(std::string_view text);

}  // namespace stegvis::docx
