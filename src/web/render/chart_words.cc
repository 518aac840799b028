#include "web/render/chart_words.h"

#include <string>

namespace stegvis::web {

chart::ChartLabels ChartWords(const Catalogue& catalogue, std::string_view lang) {
  return chart::LabelsFrom(chart::ParseLang(lang).value_or(chart::Lang::kSv),
                           [&](std::string_view key) { return catalogue.Get(lang, key); });
}

}  // namespace stegvis::web
