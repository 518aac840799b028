#include "web/improvement/verdict_text.h"

#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "chart/period_labels.h"

namespace stegvis::web {
namespace {

using Signals = std::vector<const stats::Evidence*>;

// What the words of one series need besides the catalogue.
struct Context {
  const Catalogue& catalogue;
  std::string_view lang;
  const stats::Analysis& analysis;
  std::vector<std::string> labels;  // long period labels of the analysis' points ("mars 2025")
  std::string line;                 // "medianen" / "medelvärdet"
  int last_usable = -1;             // index of the analysis' last usable point
};

// The reader's name for the centre line the signal is measured against.
std::string_view LineKey(stats::ChartType chart) {
  return chart == stats::ChartType::kRun || chart == stats::ChartType::kG ? "verdict.line_median"
                                                                          : "verdict.line_mean";
}

Context MakeContext(const Catalogue& catalogue, std::string_view lang,
                    const stats::Analysis& analysis) {
  std::vector<std::string> raw;
  raw.reserve(analysis.points.size());
  int last_usable = -1;
  for (std::size_t i = 0; i < analysis.points.size(); ++i) {
    const stats::Point& p = analysis.points[i];
    raw.push_back(p.label);
    if (p.include && !std::isnan(p.y)) last_usable = static_cast<int>(i);
  }
  return Context{
      catalogue,
      lang,
      analysis,
      chart::FormatPeriods(raw, lang == "en" ? chart::Lang::kEn : chart::Lang::kSv).long_labels,
      catalogue.Get(lang, LineKey(analysis.chart)),
      last_usable};
}

std::string LabelAt(const Context& c, int index) {
  return index >= 0 && static_cast<std::size_t>(index) < c.labels.size()
             ? c.labels[static_cast<std::size_t>(index)]
             : std::string();
}

std::string Fill(const Context& c, const std::string& key, int n, int first, int last) {
  return c.catalogue.Format(c.lang, key,
                            {{"n", std::to_string(n)},
                             {"line", c.line},
                             {"period", LabelAt(c, first)},
                             {"until", LabelAt(c, last)}});
}

// A run or trend: "8 punkter i rad under medianen sedan mars 2025"; with `until` (the signal
// no longer reaches the latest points): "… från oktober 2024 till maj 2025".
std::string RunWords(const Context& c, const stats::Evidence& e, bool until) {
  std::string key = e.kind == stats::SignalKind::kTrend
                        ? (e.side > 0 ? "verdict.trend_up" : "verdict.trend_down")
                        : (e.side > 0 ? "verdict.shift_above" : "verdict.shift_below");
  if (until) key += "_until";
  return Fill(c, key, e.points, e.first, e.last);
}

// Single points of one kind and side: "1 punkt över den övre gränsen i december 2025",
// "3 punkter över den övre gränsen sedan oktober 2025".
std::string PointWords(const Context& c, stats::SignalKind kind, int side, const Signals& points,
                       bool until) {
  std::string key = kind == stats::SignalKind::kBeyondLimit ? "verdict.beyond_" : "verdict.near_";
  key += side > 0 ? "above" : "below";
  if (points.size() == 1) return Fill(c, key + "_one", 1, points.front()->first, -1);
  if (until) key += "_until";
  return Fill(c, key, static_cast<int>(points.size()), points.front()->first, points.back()->last);
}

// "för få korsningar av medianen (2; vanlig variation ger minst 5), senast 6 punkter i rad
// över medianen sedan juli 2025"; the run is left out when a shift names it already.
std::string CrossingsWords(const Context& c, const stats::Evidence& e, bool with_run, bool until) {
  const bool few = e.kind == stats::SignalKind::kFewCrossings;
  std::vector<std::pair<std::string, std::string>> values = {
      {"line", c.line},
      {"count", std::to_string(e.crossings)},
      {"expected", std::to_string(e.crossings_limit)}};
  if (!few) return c.catalogue.Format(c.lang, "verdict.many_crossings", values);
  // A run of one point is named as a point beyond the limit; a side-less reading has no run.
  if (!with_run || e.side == 0 || e.points < 2)
    return c.catalogue.Format(c.lang, "verdict.few_crossings", values);
  values.emplace_back("run", RunWords(c, e, until || e.last != c.last_usable));
  return c.catalogue.Format(c.lang, "verdict.few_crossings_run", values);
}

// The signals in words, "; " between them: runs and trends first, then points beyond the limits
// and in the outer zones, then crossings. `until` words every signal as over (a past phase, or
// a signal that no longer holds).
std::string ListWords(const Context& c, const Signals& chosen, bool until) {
  std::vector<std::string> parts;
  for (const stats::Evidence* e : chosen) {
    if (e->kind == stats::SignalKind::kShift || e->kind == stats::SignalKind::kTrend)
      parts.push_back(RunWords(c, *e, until));
  }
  for (stats::SignalKind kind : {stats::SignalKind::kBeyondLimit, stats::SignalKind::kNearLimit}) {
    for (int side : {1, -1}) {
      Signals points;
      for (const stats::Evidence* e : chosen) {
        if (e->kind == kind && e->side == side) points.push_back(e);
      }
      if (!points.empty()) parts.push_back(PointWords(c, kind, side, points, until));
    }
  }
  for (const stats::Evidence* e : chosen) {
    if (e->kind != stats::SignalKind::kFewCrossings && e->kind != stats::SignalKind::kManyCrossings)
      continue;
    bool named = false;
    for (const stats::Evidence* s : chosen) {
      named = named ||
              (s->kind == stats::SignalKind::kShift && s->first == e->first && s->last == e->last);
    }
    parts.push_back(CrossingsWords(c, *e, !named, until));
  }
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : "; ") + p;
  return out;
}

// The signals that hold, with `better` of the given sign (+1, -1, 0).
Signals Holding(const std::vector<stats::Evidence>& signals, int better) {
  Signals out;
  for (const stats::Evidence& e : signals) {
    if (e.holds && (e.better > 0) - (e.better < 0) == better) out.push_back(&e);
  }
  return out;
}

// How one series (or the gap) reads: the answer ("ja") and the signals it rests on.
struct Reading {
  std::string answer;
  std::string evidence;
};

std::string Wrap(const Context& c, const std::string& key, const std::string& evidence,
                 const std::vector<std::pair<std::string, std::string>>& names) {
  if (key.empty()) return evidence;
  auto values = names;
  values.emplace_back("evidence", evidence);
  return c.catalogue.Format(c.lang, key, values);
}

// The catalogue keys of one kind of sentence. For the gap the wraps word the better and worse
// signals ("skillnaden kvinnor − män närmar sig noll: …"); for a series they are empty.
struct Keys {
  std::string yes = "verdict.yes";          // the better way
  std::string no = "verdict.deteriorated";  // the worse way
  std::string none = "verdict.not_yet";     // no signal
  std::string better_wrap;                  // wraps the better signals' words (gap)
  std::string worse_wrap;                   // wraps the worse signals' words (gap)
  std::string plain_wrap;                   // wraps signals without a better way (gap)
  std::string ended = "verdict.ended";      // a signal that no longer holds
  std::vector<std::pair<std::string, std::string>> names;  // {{a}}, {{b}} for the wraps
};

Reading Read(const Context& c, const stats::Judgement& j, const Keys& k) {
  const Catalogue& cat = c.catalogue;
  switch (j.verdict) {
    case stats::SeriesVerdict::kTooFewPoints:
      if (j.previous_part) {
        return {cat.Format(c.lang, "verdict.too_few_phase",
                           {{"n", std::to_string(j.part_points)},
                            {"needed", std::to_string(j.points_needed)},
                            {"period", LabelAt(c, j.part_first)}}),
                ""};
      }
      return {cat.Format(c.lang, "verdict.too_few",
                         {{"n", std::to_string(j.part_points)},
                          {"needed", std::to_string(j.points_needed)}}),
              ""};
    case stats::SeriesVerdict::kNoSignal:
      return {cat.Get(c.lang, k.none), cat.Get(c.lang, "verdict.only_common")};
    case stats::SeriesVerdict::kImproved:
      return {cat.Get(c.lang, k.yes),
              Wrap(c, k.better_wrap, ListWords(c, Holding(j.signals, 1), false), k.names)};
    case stats::SeriesVerdict::kDeteriorated:
      return {cat.Get(c.lang, k.no),
              Wrap(c, k.worse_wrap, ListWords(c, Holding(j.signals, -1), false), k.names)};
    case stats::SeriesVerdict::kChanged: break;
  }
  const Signals good = Holding(j.signals, 1);
  const Signals bad = Holding(j.signals, -1);
  const Signals plain = Holding(j.signals, 0);
  if (!good.empty() && !bad.empty()) {
    return {cat.Get(c.lang, "verdict.mixed"),
            cat.Format(c.lang, "verdict.mixed_evidence",
                       {{"good", Wrap(c, k.better_wrap, ListWords(c, good, false), k.names)},
                        {"bad", Wrap(c, k.worse_wrap, ListWords(c, bad, false), k.names)}})};
  }
  if (!plain.empty()) {
    // No better way: a neutral series (its changes are the news), or a pattern with no side.
    const bool neutral = j.direction == stats::Direction::kNeutral && k.plain_wrap.empty();
    return {cat.Get(c.lang, neutral ? "verdict.yes" : "verdict.unclear"),
            Wrap(c, k.plain_wrap, ListWords(c, plain, false), k.names)};
  }
  // Every signal of the phase has ended: name the most recent one and say so.
  const Signals latest = {&j.signals.back()};
  std::vector<std::pair<std::string, std::string>> values = k.names;
  values.emplace_back("evidence", ListWords(c, latest, true));
  return {cat.Get(c.lang, "verdict.not_now"), cat.Format(c.lang, k.ended, values)};
}

// How the phase before the current one ended: "den förra fasen slutade med en förbättring: …".
std::string PreviousWords(const Context& c, const stats::PartReading& previous, bool neutral,
                          bool gap) {
  const Catalogue& cat = c.catalogue;
  // The key already says which way the previous phase went ("i den förra fasen minskade
  // gapet: …"), so its signals are listed as they are.
  auto with = [&](std::string_view key, int better) {
    return cat.Format(c.lang, key,
                      {{"evidence", ListWords(c, Holding(previous.signals, better), true)}});
  };
  switch (previous.verdict) {
    case stats::SeriesVerdict::kImproved:
      return with(gap ? "verdict.previous_gap_narrowing" : "verdict.previous_improved", 1);
    case stats::SeriesVerdict::kDeteriorated:
      return with(gap ? "verdict.previous_gap_widening" : "verdict.previous_deteriorated", -1);
    case stats::SeriesVerdict::kChanged:
      if (neutral && !Holding(previous.signals, 0).empty())
        return with("verdict.previous_changed", 0);
      return cat.Get(c.lang, "verdict.previous_unclear");
    case stats::SeriesVerdict::kNoSignal:
    case stats::SeriesVerdict::kTooFewPoints: break;
  }
  return cat.Get(c.lang, "verdict.previous_none");
}

std::string Sentence(std::string prefix, const Reading& r, const std::string& previous) {
  std::string evidence = r.evidence;
  if (!previous.empty()) evidence = evidence.empty() ? previous : evidence + "; " + previous;
  std::string out = std::move(prefix);
  out.append(": ").append(r.answer);
  if (!evidence.empty()) out.append(" – ").append(evidence);
  out.push_back('.');
  return out;
}

}  // namespace

std::string DescribeJudgement(const Catalogue& catalogue, std::string_view lang,
                              std::string_view group, const stats::Judgement& judgement,
                              const stats::Analysis& analysis) {
  const Context c = MakeContext(catalogue, lang, analysis);
  const bool neutral = judgement.direction == stats::Direction::kNeutral;
  std::string prefix = catalogue.Format(
      lang, neutral ? "verdict.change_for" : "verdict.improvement_for", {{"group", group}});
  const Keys keys;
  std::string previous;
  if (judgement.previous_part)
    previous = PreviousWords(c, *judgement.previous_part, neutral, false);
  return Sentence(prefix, Read(c, judgement, keys), previous);
}

std::string DescribeGap(const Catalogue& catalogue, std::string_view lang, std::string_view a,
                        std::string_view b, const stats::GapAnalysis& gap) {
  const Context c = MakeContext(catalogue, lang, gap.difference);
  std::string prefix = catalogue.Format(lang, "verdict.gap_between", {{"a", a}, {"b", b}});
  Keys keys;
  keys.yes = "verdict.gap_narrowing";
  keys.no = "verdict.gap_widening";
  keys.none = "verdict.gap_unchanged";
  keys.better_wrap = "verdict.gap_toward_zero";
  keys.worse_wrap = "verdict.gap_from_zero";
  keys.plain_wrap = "verdict.gap_difference";
  keys.ended = "verdict.gap_ended";
  keys.names = {{"a", std::string(a)}, {"b", std::string(b)}};
  std::string previous;
  if (gap.gap_judgement.previous_part)
    previous = PreviousWords(c, *gap.gap_judgement.previous_part, false, true);
  return Sentence(prefix, Read(c, gap.gap_judgement, keys), previous);
}

}  // namespace stegvis::web
