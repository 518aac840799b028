#pragma once
// Sorting text as a Swedish reader expects: case-insensitive, a–z, then å, ä, ö (æ and ø
// with ä and ö, é with e, ü with y), digits before letters. Byte order would put "Ärende"
// before "Åtgärd" and every capital before every lower-case letter.

#include <string_view>

namespace stegvis::core {

// True when `a` sorts before `b` in Swedish order. Equal keys fall back to byte order, so
// the order is total and stable across runs.
bool SwedishLess(std::string_view a, std::string_view b);

}  // namespace stegvis::core
