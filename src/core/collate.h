#pragma once
// Sorting text as a Swedish reader expects, by ICU's Swedish collation (CLDR): a–z, then å,
// ä, ö (æ with ä, ø with ö, ü with y, é with e), digits before letters, lower case before
// upper case of the same word. Byte order would put "Ärende" before "Åtgärd" and every
// capital before every lower-case letter.
//
// Thread-safe: one collator, set up once, is shared by all threads and used only through its
// const methods, which ICU documents as safe to call concurrently.

#include <string_view>

namespace stegvis::core {

// Negative when `a` sorts before `b`, positive when after, 0 only when the bytes are equal.
// Texts that Swedish collation finds equal (or invalid UTF-8 that reads alike) fall back to
// byte order, so the order is total and the same in every run.
int CompareSwedish(std::string_view a, std::string_view b);

// True when `a` sorts before `b` in CompareSwedish's order.
bool SwedishLess(std::string_view a, std::string_view b);

}  // namespace stegvis::core
