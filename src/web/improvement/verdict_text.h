#pragma once
// The engine's verdicts in words, in Swedish or English, as a team reads them under a chart:
// "Förbättring för kvinnor: ja – 8 punkter i rad under medianen sedan mars 2025."
// "Gapet mellan kvinnor och män: minskar – …". The engine decides (stats/verdict.h,
// stats/gap.h); this only words its decision and the points it rests on. Without a signal
// that holds at the last point it says why: a new phase with too few points for a shift
// ("för få punkter för att bedöma ännu – ny fas sedan mars 2026 (3 punkter; minst 7 behövs
// för en förskjutning)"), a signal that no longer holds ("den senaste signalen, …, gäller inte
// längre"), or common-cause variation; with phases, followed by how the previous phase ended.

#include <string>
#include <string_view>

#include "stats/analysis.h"
#include "stats/gap.h"
#include "stats/verdict.h"
#include "web/render/catalogue.h"

namespace stegvis::web {

// One sentence on whether the series improved for `group` (already in the reader's language,
// e.g. "kvinnor"), naming the sustained signal it rests on and the period it began.
std::string DescribeJudgement(const Catalogue& catalogue, std::string_view lang,
                              std::string_view group, const stats::Judgement& judgement,
                              const stats::Analysis& analysis);

// One sentence on the gap between groups `a` and `b`: narrowing, widening or unchanged,
// with the signal in the gap series it rests on.
std::string DescribeGap(const Catalogue& catalogue, std::string_view lang, std::string_view a,
                        std::string_view b, const stats::GapAnalysis& gap);

}  // namespace stegvis::web
