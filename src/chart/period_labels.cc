#include "chart/period_labels.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <optional>

#include "chart/number_format.h"
#include "core/date.h"
#include "core/decimal.h"
#include "core/text.h"

namespace stegvis::chart {
namespace {

constexpr std::array<const char*, 12> kSvShort = {"jan", "feb", "mar", "apr", "maj", "jun",
                                                  "jul", "aug", "sep", "okt", "nov", "dec"};
constexpr std::array<const char*, 12> kSvLong = {"januari",   "februari", "mars",     "april",
                                                 "maj",       "juni",     "juli",     "augusti",
                                                 "september", "oktober",  "november", "december"};
constexpr std::array<const char*, 12> kEnShort = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<const char*, 12> kEnLong = {"January",   "February", "March",    "April",
                                                 "May",       "June",     "July",     "August",
                                                 "September", "October",  "November", "December"};

std::optional<int> ParseInt(std::string_view text) {
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

// "2025-03" -> {2025, 3}
std::optional<std::pair<int, int>> ParseYearMonth(std::string_view s) {
  if (s.size() != 7 || s[4] != '-') return std::nullopt;
  auto y = ParseInt(s.substr(0, 4)), m = ParseInt(s.substr(5, 2));
  if (!y || !m || *m < 1 || *m > 12) return std::nullopt;
  return std::pair{*y, *m};
}

// "2025-W05", "2025-W5", "2025W05" -> {2025, 5}
std::optional<std::pair<int, int>> ParseWeek(std::string_view s) {
  if (s.size() < 6) return std::nullopt;
  auto y = ParseInt(s.substr(0, 4));
  std::string_view rest = s.substr(4);
  if (!rest.empty() && rest[0] == '-') rest.remove_prefix(1);
  if (rest.empty() || (rest[0] != 'W' && rest[0] != 'w')) return std::nullopt;
  auto w = ParseInt(rest.substr(1));
  if (!y || !w || *w < 1 || *w > 53) return std::nullopt;
  return std::pair{*y, *w};
}

// "2025-Q1", "2025 Q1", "2025Q1", "2025-K1" (kvartal) -> {2025, 1}
std::optional<std::pair<int, int>> ParseQuarter(std::string_view s) {
  if (s.size() < 6) return std::nullopt;
  auto y = ParseInt(s.substr(0, 4));
  std::string_view rest = s.substr(4);
  if (!rest.empty() && (rest[0] == '-' || rest[0] == ' ')) rest.remove_prefix(1);
  if (rest.size() != 2 || (rest[0] != 'Q' && rest[0] != 'q' && rest[0] != 'K' && rest[0] != 'k'))
    return std::nullopt;
  auto q = ParseInt(rest.substr(1));
  if (!y || !q || *q < 1 || *q > 4) return std::nullopt;
  return std::pair{*y, *q};
}

std::string MonthLabel(int year, int month, Lang lang, bool full) {
  const auto& names = lang == Lang::kSv ? (full ? kSvLong : kSvShort) : (full ? kEnLong : kEnShort);
  return std::string(names[month - 1]) + " " + std::to_string(year);
}

std::string WeekLabel(int year, int week, Lang lang, bool full) {
  if (lang == Lang::kSv)
    return (full ? "vecka " : "v. ") + std::to_string(week) + " " + std::to_string(year);
  return (full ? "week " : "W") + std::to_string(week) + " " + std::to_string(year);
}

std::string QuarterLabel(int year, int quarter, Lang lang, bool full) {
  if (lang == Lang::kSv)
    return (full ? "kvartal " : "kv. ") + std::to_string(quarter) + " " + std::to_string(year);
  return (full ? "quarter " : "Q") + std::to_string(quarter) + " " + std::to_string(year);
}

std::string DayLabel(const core::Date& d, Lang lang, bool full) {
  const auto& names = lang == Lang::kSv ? (full ? kSvLong : kSvShort) : (full ? kEnLong : kEnShort);
  return std::to_string(d.Day()) + " " + names[d.Month() - 1] + " " + std::to_string(d.Year());
}

// Plain numbers as written, but with the language's decimal mark.
std::string NumberLabel(std::string_view raw, Lang lang) {
  std::string out(raw);
  if (lang == Lang::kSv) std::replace(out.begin(), out.end(), '.', ',');
  if (!out.empty() && out[0] == '-') out = "\u2212" + out.substr(1);
  return out;
}

template <typename Parse>
bool All(std::span<const std::string> raw, Parse parse) {
  return std::all_of(raw.begin(), raw.end(),
                     [&](const std::string& s) { return parse(s).has_value(); });
}

}  // namespace

PeriodLabels FormatPeriods(std::span<const std::string> raw, Lang lang) {
  PeriodLabels out;
  auto emit = [&](std::string short_label, std::string long_label) {
    out.short_labels.push_back(std::move(short_label));
    out.long_labels.push_back(std::move(long_label));
  };
  if (raw.empty()) return out;

  if (All(raw, core::Date::Parse)) {
    std::vector<core::Date> dates;
    for (const auto& s : raw) dates.push_back(*core::Date::Parse(s));
    const bool first_of_month =
        std::all_of(dates.begin(), dates.end(), [](const core::Date& d) { return d.Day() == 1; });
    const bool quarter_starts =
        first_of_month &&
        std::all_of(dates.begin(), dates.end(),
                    [](const core::Date& d) { return (d.Month() - 1) % 3 == 0; }) &&
        raw.size() > 1;
    bool weekly = raw.size() > 1;
    for (size_t i = 1; i < dates.size(); ++i) {
      const std::int64_t apart = dates[i].DaysSinceEpoch() - dates[i - 1].DaysSinceEpoch();
      if (apart <= 0 || apart % 7 != 0) weekly = false;
    }
    if (quarter_starts) {
      out.kind = PeriodKind::kQuarter;
      for (const core::Date& d : dates)
        emit(QuarterLabel(d.Year(), static_cast<int>(d.Quarter()), lang, false),
             QuarterLabel(d.Year(), static_cast<int>(d.Quarter()), lang, true));
    } else if (first_of_month && raw.size() > 1) {
      out.kind = PeriodKind::kMonth;
      for (const core::Date& d : dates)
        emit(MonthLabel(d.Year(), static_cast<int>(d.Month()), lang, false),
             MonthLabel(d.Year(), static_cast<int>(d.Month()), lang, true));
    } else if (weekly) {
      out.kind = PeriodKind::kWeek;
      for (const core::Date& d : dates) {
        const core::IsoWeek w = d.Week();
        emit(WeekLabel(w.year, static_cast<int>(w.week), lang, false),
             WeekLabel(w.year, static_cast<int>(w.week), lang, true));
      }
    } else {
      out.kind = PeriodKind::kDay;
      for (const core::Date& d : dates) emit(DayLabel(d, lang, false), DayLabel(d, lang, true));
    }
  } else if (All(raw, ParseYearMonth)) {
    out.kind = PeriodKind::kMonth;
    for (const auto& s : raw) {
      auto [year, month] = *ParseYearMonth(s);
      emit(MonthLabel(year, month, lang, false), MonthLabel(year, month, lang, true));
    }
  } else if (All(raw, ParseWeek)) {
    out.kind = PeriodKind::kWeek;
    for (const auto& s : raw) {
      auto [year, week] = *ParseWeek(s);
      emit(WeekLabel(year, week, lang, false), WeekLabel(year, week, lang, true));
    }
  } else if (All(raw, ParseQuarter)) {
    out.kind = PeriodKind::kQuarter;
    for (const auto& s : raw) {
      auto [year, quarter] = *ParseQuarter(s);
      emit(QuarterLabel(year, quarter, lang, false), QuarterLabel(year, quarter, lang, true));
    }
  } else if (All(raw, core::ParseDecimal)) {
    out.kind = PeriodKind::kNumber;
    for (const auto& s : raw) emit(NumberLabel(s, lang), NumberLabel(s, lang));
  } else {
    out.kind = PeriodKind::kText;
    for (const auto& s : raw) emit(s, s);
  }
  return out;
}

std::vector<size_t> AxisLabelIndices(std::span<const std::string> labels, double width,
                                     double char_width, std::span<const double> numbers) {
  std::vector<size_t> out;
  if (labels.empty()) return out;
  size_t longest = 0;
  for (const auto& s : labels) {
    // Count code points, not bytes, so "maj" and "kv. 1" measure alike.
    longest = std::max(longest, core::CodePointCount(s));
  }
  const double label_width = (longest + 2) * char_width;
  const double slot = labels.size() > 1 ? width / static_cast<double>(labels.size() - 1) : width;
  const size_t needed = static_cast<size_t>(std::ceil(label_width / std::max(slot, 1e-9)));
  // Whole numbers (week or sample numbers): label the round ones, 5, 10, 15 or 100, 200, ...
  const bool whole = numbers.size() == labels.size() && labels.size() > 1 &&
                     std::all_of(numbers.begin(), numbers.end(), [](double v) {
                       return std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15;
                     });
  if (whole && numbers.back() > numbers.front()) {
    const double spacing = (numbers.back() - numbers.front()) / (labels.size() - 1);
    const double wanted = std::max(1.0, needed * spacing);
    double step = 1;
    for (double base = 1;; base *= 10) {
      if (base >= wanted) {
        step = base;
        break;
      }
      if (2 * base >= wanted) {
        step = 2 * base;
        break;
      }
      if (5 * base >= wanted) {
        step = 5 * base;
        break;
      }
    }
    for (size_t i = 0; i < labels.size(); ++i)
      if (std::fmod(numbers[i], step) == 0) out.push_back(i);
    // Round numbers must still be far enough apart on the page (uneven spacing).
    bool spaced = out.size() >= 2;
    for (size_t k = 1; k < out.size(); ++k) spaced = spaced && out[k] - out[k - 1] >= needed;
    if (spaced) return out;
    out.clear();
  }
  static constexpr std::array<size_t, 6> kSteps = {1, 2, 3, 4, 6, 12};
  size_t step = 0;
  for (size_t s : kSteps)
    if (s >= needed) {
      step = s;
      break;
    }
  if (step == 0) step = (needed + 11) / 12 * 12;
  for (size_t i = 0; i < labels.size(); i += step) out.push_back(i);
  return out;
}

}  // namespace stegvis::chart
