#pragma once
// JSON string escaping, shared by the structured log and every JSON writer.

#include <string>
#include <string_view>

namespace stegvis::core {

// Appends `text` to `out` as a JSON string literal (with quotes), escaping as RFC 8259 asks.
void AppendJsonString(std::string& out, std::string_view text);

}  // namespace stegvis::core
