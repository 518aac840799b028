#include "web/render/file_name.h"

#include <array>
#include <utility>

namespace stegvis::web {
namespace {

// The Latin letters Swedish and English titles use, in UTF-8, and their ASCII base letter.
constexpr std::array<std::pair<std::string_view, char>, 20> kFolded{{
    {"å", 'a'}, {"ä", 'a'}, {"à", 'a'}, {"á", 'a'}, {"ö", 'o'}, {"ó", 'o'}, {"é", 'e'},
    {"è", 'e'}, {"ü", 'u'}, {"ø", 'o'}, {"Å", 'a'}, {"Ä", 'a'}, {"À", 'a'}, {"Á", 'a'},
    {"Ö", 'o'}, {"Ó", 'o'}, {"É", 'e'}, {"È", 'e'}, {"Ü", 'u'}, {"Ø", 'o'},
}};

}  // namespace

std::string FileNameOf(std::string_view title, std::string_view fallback) {
  std::string out;
  bool gap = false;
  for (std::size_t i = 0; i < title.size() && out.size() < kFileNameMax;) {
    const char c = title[i];
    char letter = 0;
    std::size_t length = 1;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      letter = c;
    } else if (c >= 'A' && c <= 'Z') {
      letter = static_cast<char>(c - 'A' + 'a');
    } else {
      for (const auto& [from, to] : kFolded) {
        if (title.substr(i, from.size()) == from) letter = to, length = from.size();
      }
    }
    i += length;
    if (!letter) {
      gap = true;
      continue;
    }
    if (gap && !out.empty()) out += '-';
    gap = false;
    out += letter;
  }
  if (out.size() > kFileNameMax) out.resize(kFileNameMax);
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? std::string(fallback) : out;
}

}  // namespace stegvis::web
