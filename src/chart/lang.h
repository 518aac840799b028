#pragma once
// The two languages Stegvis speaks. Charts use it for number and period formats; every word
// a chart writes comes from the message catalogue through its caller (labels.h).

#include <optional>
#include <string_view>

namespace stegvis::chart {

enum class Lang { kSv, kEn };

// Returns the language for "sv" or "en"; nullopt for anything else.
std::optional<Lang> ParseLang(std::string_view code);

// Returns "sv" or "en".
std::string_view LangCode(Lang lang);

}  // namespace stegvis::chart
