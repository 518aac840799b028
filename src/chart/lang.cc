#include "chart/lang.h"

namespace stegvis::chart {

std::optional<Lang> ParseLang(std::string_view code) {
  if (code == "sv") return Lang::kSv;
  if (code == "en") return Lang::kEn;
  return std::nullopt;
}

std::string_view LangCode(Lang lang) {
  return lang == Lang::kSv ? "sv" : "en";
}

}  // namespace stegvis::chart
