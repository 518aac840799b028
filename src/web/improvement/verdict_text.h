#pragma once
// The engine's verdicts in words, in Swedish or English, as a team reads them under a chart:
// "Förbättring för kvinnor: ja – 8 punkter i rad under medianen sedan mars 2025."
// "Gapet mellan kvinnor och män: minskar – skillnaden kvinnor − män närmar sig noll: …". The
// engine decides (stats/verdict.h, stats/gap.h); this only words its decision and every
// signal it rests on, with its rule, side and since when: both ways when they disagree
// ("oklart, tecken åt båda hållen"), a signal that no longer holds, too few points ("för få
// punkter ännu: 5 av minst 12"), or common-cause variation; with phases, followed by how the
// previous phase ended. Rules: docs/signals-and-verdicts.md.

#include <string>
#include <string_view>

#include "stats/analysis.h"
#include "stats/gap.h"
#include "stats/verdict.h"
#include "web/render/catalogue.h"

namespace stegvis::web {

// One sentence on whether the series improved for `group` (already in the reader's language,
// e.g. "kvinnor"), naming the signals it rests on and the period each began.
std::string DescribeJudgement(const Catalogue& catalogue, std::string_view lang,
                              std::string_view group, const stats::Judgement& judgement,
                              const stats::Analysis& analysis);

// One sentence on the gap between groups `a` and `b`: narrowing, widening, unclear, unchanged
// or too few points, with the signals in the difference a − b (the drawn series) it rests on.
std::string DescribeGap(const Catalogue& catalogue, std::string_view lang, std::string_view a,
                        std::string_view b, const stats::GapAnalysis& gap);

}  // namespace stegvis::web
