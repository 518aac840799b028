#include "web/gender/gender_views.h"

#include <boost/json/array.hpp>

#include "chart/period_labels.h"
#include "core/clock.h"

namespace stegvis::web {
namespace {

std::string GapKey(stats::GapVerdict gap) {
  return "gender.gap." + std::string(stats::GapVerdictName(gap));
}

std::string SeriesKey(stats::SeriesVerdict verdict) {
  return "gender.series." + std::string(stats::SeriesVerdictName(verdict));
}

}  // namespace

std::string WhenText(std::int64_t unix_seconds) {
  std::string iso = core::FormatIsoUtc(unix_seconds);
  return iso.substr(0, 10) + " " + iso.substr(11, 5);
}

VerdictHistoryView VerdictHistoryOf(const App& app, const std::string& lang,
                                    const domain::VerdictHistory& history, const std::string& a,
                                    const std::string& b) {
  const chart::Lang chart_lang = lang == "en" ? chart::Lang::kEn : chart::Lang::kSv;
  std::vector<std::string> periods;
  for (const domain::VerdictReading& r : history.readings) periods.push_back(r.period);
  chart::PeriodLabels labels = chart::FormatPeriods(periods, chart_lang);
  auto label_of = [&](const std::string& period) {
    for (std::size_t i = 0; i < periods.size(); ++i) {
      if (periods[i] == period) return labels.long_labels[i];
    }
    return period;
  };
  VerdictHistoryView view;
  for (std::size_t i = 0; i < history.spans.size(); ++i) {
    const domain::VerdictSpan& s = history.spans[i];
    // The last span holds today only when the history reached today.
    const bool last = i + 1 == history.spans.size() && history.complete;
    view.spans.push_back(
        {app.catalogue.Format(lang, last ? "gender.history.span_current" : "gender.history.span",
                              {{"from", label_of(s.from)},
                               {"to", label_of(s.to)},
                               {"verdict", app.catalogue.Get(lang, GapKey(s.gap))}}),
         last});
  }
  for (std::size_t i = 0; i < history.readings.size(); ++i) {
    const domain::VerdictReading& r = history.readings[i];
    view.readings.push_back(
        {labels.long_labels[i], r.common_periods, app.catalogue.Get(lang, SeriesKey(r.verdict_a)),
         app.catalogue.Get(lang, SeriesKey(r.verdict_b)), app.catalogue.Get(lang, GapKey(r.gap)),
         i == 0 || history.readings[i - 1].gap != r.gap});
  }
  view.has_history = !view.readings.empty();
  view.a_label = app.catalogue.Get(lang, "group." + a + "_label");
  view.b_label = app.catalogue.Get(lang, "group." + b + "_label");
  view.explanation = app.catalogue.Format(lang, "gender.history.explanation",
                                          {{"n", std::to_string(history.min_periods)}});
  view.too_few = app.catalogue.Format(lang, "gender.history.too_few",
                                      {{"n", std::to_string(history.min_periods)}});
  if (!history.complete) {
    view.is_incomplete = true;
    view.incomplete =
        view.readings.empty()
            ? app.catalogue.Get(lang, "gender.history.not_computed")
            : app.catalogue.Format(lang, "gender.history.incomplete",
                                   {{"to", labels.long_labels[view.readings.size() - 1]}});
  }
  return view;
}

boost::json::object VerdictHistoryJson(const domain::VerdictHistory& history) {
  boost::json::array readings;
  for (const domain::VerdictReading& r : history.readings) {
    readings.push_back(boost::json::object{{"period", r.period},
                                           {"common_periods", r.common_periods},
                                           {"verdict_a", stats::SeriesVerdictName(r.verdict_a)},
                                           {"verdict_b", stats::SeriesVerdictName(r.verdict_b)},
                                           {"gap", stats::GapVerdictName(r.gap)}});
  }
  boost::json::array spans;
  for (const domain::VerdictSpan& s : history.spans) {
    spans.push_back(boost::json::object{{"from", s.from},
                                        {"to", s.to},
                                        {"gap", stats::GapVerdictName(s.gap)},
                                        {"readings", s.readings}});
  }
  return {{"min_periods", history.min_periods},
          {"complete", history.complete},
          {"readings", std::move(readings)},
          {"spans", std::move(spans)}};
}

}  // namespace stegvis::web
