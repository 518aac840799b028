#pragma once
// A Kolada key figure as the source of a measure's values: which figure (KPI) for which
// municipality or organisational unit. Kolada's gender codes K, M and T are the measure's
// women (or girls), men (or boys) and total; its figures are yearly. Measure::source keeps it
// as text: "kolada:KPI:municipality:AREA" or "kolada:KPI:ou:AREA".

#include <optional>
#include <string>
#include <string_view>

namespace stegvis::domain {

struct KoladaSource {
  std::string kpi;    // "N00945"
  std::string area;   // a municipality "0180", or an organisational unit
  bool unit = false;  // true: `area` is an organisational unit
};

// "kolada:N00945:municipality:0180".
std::string KoladaSourceText(const KoladaSource& source);
// The source a KoladaSourceText wrote; nullopt for any other text (an empty one included).
std::optional<KoladaSource> ParseKoladaSource(std::string_view text);

}  // namespace stegvis::domain
