#include "web/render/html_escape.h"

#include <array>

namespace stegvis::web {
namespace {

// The entity for each byte that needs one, empty for the others.
constexpr std::array<std::string_view, 256> kEntities = [] {
  std::array<std::string_view, 256> table{};
  table['&'] = "&amp;";
  table['<'] = "&lt;";
  table['>'] = "&gt;";
  table['"'] = "&quot;";
  table['\''] = "&apos;";
  return table;
}();

}  // namespace

void AppendEscaped(std::string_view text, std::string& out) {
  // Copies runs of plain bytes at once: most values have no character to escape.
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::string_view entity = kEntities[static_cast<unsigned char>(text[i])];
    if (entity.empty()) continue;
    out.append(text.data() + run, i - run);
    out.append(entity);
    run = i + 1;
  }
  out.append(text.data() + run, text.size() - run);
}

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendEscaped(text, out);
  return out;
}

}  // namespace stegvis::web
