#include "core/collate.h"

#include <cstdint>

namespace stegvis::core {
namespace {

// Decodes one UTF-8 code point and advances `i`; invalid bytes decode as themselves.
char32_t Next(std::string_view s, std::size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  std::size_t extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  if (extra == 0 || i + extra >= s.size()) {
    ++i;
    return c;
  }
  char32_t cp = c & (0x3F >> extra);
  for (std::size_t k = 1; k <= extra; ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  }
  i += extra + 1;
  return cp;
}

// The primary sort weight of a code point.
std::uint32_t Weight(char32_t c) {
  if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) c += 0x20;  // Latin-1 capitals to lower case
  switch (c) {
    case 0xE0:
    case 0xE1:
    case 0xE2:
    case 0xE3: c = 'a'; break;  // à á â ã
    case 0xE7: c = 'c'; break;  // ç
    case 0xE8:
    case 0xE9:
    case 0xEA:
    case 0xEB: c = 'e'; break;  // è é ê ë
    case 0xEC:
    case 0xED:
    case 0xEE:
    case 0xEF: c = 'i'; break;  // ì í î ï
    case 0xF1: c = 'n'; break;  // ñ
    case 0xF2:
    case 0xF3:
    case 0xF4:
    case 0xF5: c = 'o'; break;  // ò ó ô õ
    case 0xF9:
    case 0xFA:
    case 0xFB: c = 'u'; break;  // ù ú û
    case 0xFC:
    case 0xFD:
    case 0xFF: c = 'y'; break;  // ü ý ÿ
    default: break;
  }
  if (c >= 'a' && c <= 'z') return 0x1000 + (c - 'a');
  if (c == 0xE5) return 0x1000 + 26;               // å
  if (c == 0xE4 || c == 0xE6) return 0x1000 + 27;  // ä æ
  if (c == 0xF6 || c == 0xF8) return 0x1000 + 28;  // ö ø
  if (c >= '0' && c <= '9') return 0x800 + (c - '0');
  if (c < 0x80) return c;  // spaces and punctuation first
  return 0x2000 + c;       // everything else after the letters
}

}  // namespace

bool SwedishLess(std::string_view a, std::string_view b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    std::uint32_t wa = Weight(Next(a, i)), wb = Weight(Next(b, j));
    if (wa != wb) return wa < wb;
  }
  if ((i < a.size()) != (j < b.size())) return j < b.size();  // a prefix sorts first
  return a < b;
}

}  // namespace stegvis::core
