#pragma once
// The public face of the statistics engine: one input row per observation in (as Row records or
// column-wise as a Series), one Analysis (points with their lines and signals, parts with their
// runs analysis) out. The points are kept column-wise (PointColumns): a Point record is built
// only when a reader asks for one.
//
// The engine is pure: no I/O, no clock, no globals. Numbers that R's qicharts2 would give as
// NA, NaN or ±Inf are NaN here; writers print them as null. Formulas and their sources are in
// docs/statistics.md.

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace stegvis::stats {

// Not-a-number: the value of every missing or undefined number in this library.
inline constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

// The kinds of chart the engine draws. kXmR is the NHS "Making Data Count" XmR chart
// (implemented in stats/xmr.h); the others follow qicharts2 0.8.1.
enum class ChartType { kRun, kI, kMR, kXbar, kS, kT, kP, kPP, kU, kUP, kC, kG, kXmR };

// The command-line name of `chart`: "run", "i", "mr", "xbar", "s", "t", "p", "pp", "u", "up",
// "c", "g", "xmr".
std::string_view ChartTypeName(ChartType chart);

// Parses a command-line chart name (exact, lower case, as ChartTypeName gives).
// Fails with Error::Invalid (field "chart") for any other text.
core::Result<ChartType> ParseChartType(std::string_view text);

// How several values with the same x (one period) become one plotted value when no
// denominator is given. With a denominator the value is always sum(y) / sum(n).
enum class Aggregation { kMean, kMedian, kSum };

// "mean", "median", "sum".
std::string_view AggregationName(Aggregation agg);

// Parses "mean", "median" or "sum"; fails with Error::Invalid (field "agg") otherwise.
core::Result<Aggregation> ParseAggregation(std::string_view text);

// Which rules are applied to the points. kAnhoej (runs rules + 3σ) is the default and the one
// qicharts2 uses; the others are described in docs/signals-and-verdicts.md.
enum class RuleSet { kAnhoej, kIhi, kMdc, kWesternElectric };

// "anhoej", "ihi", "mdc", "western-electric".
std::string_view RuleSetName(RuleSet rules);

// Parses a RuleSetName; fails with Error::Invalid (field "rules") otherwise.
core::Result<RuleSet> ParseRuleSet(std::string_view text);

// Which way is better for the measure. Decides whether a signal is an improvement or a
// concern; kNeutral gives the neutral high/low point types.
enum class Direction { kUp, kDown, kNeutral };

// "up", "down", "neutral".
std::string_view DirectionName(Direction direction);

// Parses a DirectionName; fails with Error::Invalid (field "direction") otherwise.
core::Result<Direction> ParseDirection(std::string_view text);

// One input row (one observation). Several rows with equal x form one subgroup / period.
struct Row {
  // The sort key: numbers as given, dates as days since 1970-01-01.
  double x = kMissing;
  // What the user wrote for x (kept for display; "2021-03-01", "v. 12", "7").
  std::string label;
  // The value (numerator when n is given). NaN = missing, never zero.
  double y = kMissing;
  // The denominator (subgroup size for P/P′, exposure for U/U′); NaN when the chart has none.
  double n = kMissing;
  // The phase this row belongs to (used when ChartOptions::part_from_phase); may be empty.
  std::string phase;
};

// Texts, one per row or point, kept in one buffer (no allocation per text).
class TextColumn {
 public:
  std::size_t size() const { return ends_.size(); }
  bool empty() const { return ends_.empty(); }
  std::string_view operator[](std::size_t i) const {
    const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(text_).substr(begin, ends_[i] - begin);
  }
  void push_back(std::string_view text) {
    text_ += text;
    ends_.push_back(text_.size());
  }
  void reserve(std::size_t texts) { ends_.reserve(texts); }

 private:
  std::string text_;
  std::vector<std::size_t> ends_;  // where each text ends in text_
};

// The input rows column-wise, as Analyze reads them: x and y have one value per row; n, labels
// and phases are either empty (the data have none) or have one entry per row. The meaning of
// each value is that of the Row field of the same name.
struct Series {
  std::vector<double> x, y, n;
  TextColumn labels, phases;

  std::size_t size() const { return x.size(); }
};

// `rows` column-wise (labels and phases only when some row has one).
Series ToSeries(std::span<const Row> rows);

// What to draw and how. Point numbers are 1-based and count plotted points (periods after
// aggregation), as the command line does.
struct ChartOptions {
  ChartType chart = ChartType::kRun;
  // The first `freeze` points set the centre line and limits, which then extend over all
  // points (0 = every point of its part). Cannot be combined with parts; at most the number of
  // points.
  int freeze = 0;
  // A new part starts after each of these points (qicharts2's `part`); each in 1..points-1,
  // in any order.
  std::vector<int> part_at{};
  // Start a new part wherever Row::phase changes (between consecutive periods). Ignored when
  // part_at is not empty.
  bool part_from_phase = false;
  // Points left out of the lines and the runs analysis (they still get sigma signals); each in
  // 1..points.
  std::vector<int> exclude{};
  // A given centre line instead of the computed one.
  std::optional<double> cl{};
  // A target line (drawn; used by the MDC assurance verdict).
  std::optional<double> target{};
  // Every plotted value and line is multiplied by this (e.g. 100 for percent). Must be > 0.
  // A given cl is in the data's units, before multiplying (as in qicharts2); target is not
  // multiplied.
  double multiply = 1;
  // How several values of one period are combined when there is no denominator.
  Aggregation agg = Aggregation::kMean;
  // Drop moving ranges of 3.267 × the average moving range or more before estimating sigma
  // (qicharts2's option qic.screenedmr, TRUE when the package is attached).
  bool screen_mr = true;
  // Allow negative lower limits. When false and no plotted value is negative, lower limits
  // below 0 become 0 (qicharts2's y.neg).
  bool y_neg = true;
  // Which rule set marks the points.
  RuleSet rules = RuleSet::kAnhoej;
  // Which way is better; decides Point::point_type.
  Direction direction = Direction::kNeutral;
  // MDC: fix the limits after this many points (0 = not fixed). Used by the XmR chart.
  int fix_after = 0;
  // MDC: recalculate the limits from the first point with x >= this value. Used by XmR.
  std::optional<double> rebase_at_x{};
};

// Every rule that can fire on a point. A runs rule marks every point of the part where its
// signal is (the signal is a property of the part); a point rule marks the point itself.
enum class Rule : std::uint8_t {
  kSigma,             // outside the 3σ limits
  kAnhoejLongestRun,  // the part's longest run is longer than round(log2 n) + 3
  kAnhoejCrossings,   // the part crosses the centre line too few times
  kIhiShift,          // IHI: 6 or more consecutive points on one side of the median
  kIhiTrend,          // IHI: 5 or more consecutive points all going up or all going down
  kIhiTooFewRuns,     // IHI: fewer runs than the table allows
  kIhiTooManyRuns,    // IHI: more runs than the table allows
  kIhiAstronomical,   // IHI: an obviously different value (outside the 3σ limits here)
  kMdcOutsideLimits,  // MDC: outside the process limits
  kMdcRunOfSeven,     // MDC: 7 or more consecutive points on one side of the mean
  kMdcTrendOfSeven,   // MDC: 7 or more consecutive points increasing or decreasing
  kMdcTwoOfThree,     // MDC: 2 of 3 consecutive points beyond 2σ on the same side
  kWesternElectric1,  // WE 1: one point beyond 3σ
  kWesternElectric2,  // WE 2: 2 of 3 consecutive points beyond 2σ on the same side
  kWesternElectric3,  // WE 3: 4 of 5 consecutive points beyond 1σ on the same side
  kWesternElectric4,  // WE 4: 8 consecutive points on one side of the centre line
};

// How many values Rule has (for loops and tables).
inline constexpr int kRuleCount = 16;
static_assert(kRuleCount <= 16, "PointColumns keeps the rules of a point in 16 bits");

// A stable snake_case name for `rule`, used in JSON and the message catalogue:
// "sigma", "anhoej_longest_run", "anhoej_crossings", "ihi_shift", "ihi_trend",
// "ihi_too_few_runs", "ihi_too_many_runs", "ihi_astronomical", "mdc_outside_limits",
// "mdc_run_of_seven", "mdc_trend_of_seven", "mdc_two_of_three", "western_electric_1" .. "_4".
std::string_view RuleName(Rule rule);

// The set of rules that fired on one point: a bit per Rule, so no allocation per point.
class RuleMask {
 public:
  // True if `rule` fired.
  bool Has(Rule rule) const { return (bits_ >> static_cast<int>(rule)) & 1u; }
  // Records that `rule` fired.
  void Set(Rule rule) { bits_ |= 1u << static_cast<int>(rule); }
  // True if no rule fired.
  bool Empty() const { return bits_ == 0; }
  // The raw bits (bit i = Rule value i), for comparisons and hashing.
  std::uint32_t Bits() const { return bits_; }
  bool operator==(const RuleMask&) const = default;
  // The mask whose raw bits are `bits`.
  static RuleMask FromBits(std::uint32_t bits) {
    RuleMask mask;
    mask.bits_ = bits;
    return mask;
  }

 private:
  std::uint32_t bits_ = 0;
};

// The verdict on one point, in NHS "Making Data Count" terms (also used for the other rule
// sets so the UI has one vocabulary).
enum class PointType : std::uint8_t {
  kCommonCause,
  kImprovement,
  kConcern,
  kNeutralHigh,
  kNeutralLow
};

// "common_cause", "special_cause_improvement", "special_cause_concern",
// "special_cause_neutral_high", "special_cause_neutral_low".
std::string_view PointTypeName(PointType type);

// One plotted point (one period after aggregation), with the lines at that point. An Analysis
// keeps its points column-wise; PointColumns builds this record on demand.
struct Point {
  double x = kMissing;        // the sort key of the period
  std::string label;          // the label of the period's first row
  double y = kMissing;        // the plotted value (× multiply); NaN when missing
  double y_sum = kMissing;    // sum of the non-missing raw values of the period
  int y_length = 0;           // how many raw values of the period are not missing
  double y_mean = kMissing;   // mean of the raw values (NaN if none)
  double y_sd = kMissing;     // sample sd of the raw values (NaN if fewer than 2)
  double n = kMissing;        // sum of the denominators (NaN without denominators)
  double cl = kMissing;       // centre line
  double lcl = kMissing;      // lower 3σ limit
  double ucl = kMissing;      // upper 3σ limit
  double lcl_95 = kMissing;   // lower 2σ limit
  double ucl_95 = kMissing;   // upper 2σ limit
  double target = kMissing;   // target line
  int part = 1;               // 1-based part (phase) number
  bool baseline = true;       // the point helped set the lines (within freeze)
  bool include = true;        // the point is not excluded
  bool sigma_signal = false;  // y is outside [lcl, ucl] (missing limits never signal)
  bool runs_signal = false;   // the point's part has a runs signal
  RuleMask rules;             // every rule that fired on this point
  PointType point_type = PointType::kCommonCause;
  double mean = kMissing;  // XmR only: the mean line (NaN for other charts)
  double lpl = kMissing;   // XmR only: lower process limit
  double upl = kMissing;   // XmR only: upper process limit
};

// The runs analysis of one part (qicharts2's summary row). The four run and crossing numbers
// are NaN when the part has no useful point (qicharts2 gives NA).
struct Part {
  int part = 1;                       // 1-based part number
  int first = 0;                      // index of the part's first point in Analysis::points
  int last = 0;                       // index of the part's last point (inclusive)
  int n_obs = 0;                      // points in the runs analysis (not excluded)
  int n_useful = 0;                   // of those, not missing and not on the centre line
  double longest_run = kMissing;      // longest run on one side of the centre line
  double longest_run_max = kMissing;  // round(log2(n_useful)) + 3
  double crossings = kMissing;        // times the series crosses the centre line
  double crossings_min = kMissing;    // qbinom(0.05, n_useful - 1, 0.5)
  bool runs_signal = false;           // longest_run > longest_run_max or crossings < crossings_min
};

// The lines of a chart, in the order of Point's fields.
enum class Line : std::uint8_t { kCl, kLcl, kUcl, kLcl95, kUcl95, kTarget, kMean, kLpl, kUpl };
inline constexpr int kLineCount = 9;

// The points of an Analysis, column-wise: one vector per value, the lines per part while they
// are constant within each part (one value per point only for charts whose limits vary), the
// four flags as bits, and the period statistics of aggregated periods only when some period has
// more than one row. Reading a point as a Point record (operator[], iteration) builds it.
class PointColumns {
 public:
  // Iterates over the points as Point records (built on demand).
  class Iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = Point;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = const Point;
    Iterator(const PointColumns* points, std::size_t i) : points_(points), i_(i) {}
    const Point operator*() const { return (*points_)[i_]; }
    Iterator& operator++() {
      ++i_;
      return *this;
    }
    Iterator operator++(int) { return Iterator(points_, i_++); }
    bool operator==(const Iterator& other) const { return i_ == other.i_; }

   private:
    const PointColumns* points_;
    std::size_t i_;
  };

  PointColumns() = default;
  // The given points, their parts from Point::part, their lines one per point.
  explicit PointColumns(const std::vector<Point>& points);

  std::size_t size() const { return x_.size(); }
  bool empty() const { return x_.empty(); }
  const Point operator[](std::size_t i) const;
  const Point front() const { return (*this)[0]; }
  const Point back() const { return (*this)[size() - 1]; }
  Iterator begin() const { return Iterator(this, 0); }
  Iterator end() const { return Iterator(this, size()); }
  // Every point as a record.
  std::vector<Point> ToPoints() const;
  // Appends `point` (its lines as values per point; its part from Point::part).
  void push_back(const Point& point);

  // One value of point i (the same as operator[](i).<name>, without building the record).
  double x(std::size_t i) const { return x_[i]; }
  std::string_view label(std::size_t i) const { return labels_.empty() ? "" : labels_[i]; }
  double y(std::size_t i) const { return y_[i]; }
  double y_sum(std::size_t i) const { return y_sum_.empty() ? y_[i] : y_sum_[i]; }
  int y_length(std::size_t i) const;
  double y_mean(std::size_t i) const;
  double y_sd(std::size_t i) const;
  double n(std::size_t i) const { return i < n_.size() ? n_[i] : kMissing; }
  double line(Line line, std::size_t i) const { return LineIn(line, i, PartIndex(i)); }
  double cl(std::size_t i) const { return line(Line::kCl, i); }
  double lcl(std::size_t i) const { return line(Line::kLcl, i); }
  double ucl(std::size_t i) const { return line(Line::kUcl, i); }
  double lcl_95(std::size_t i) const { return line(Line::kLcl95, i); }
  double ucl_95(std::size_t i) const { return line(Line::kUcl95, i); }
  double target(std::size_t i) const { return line(Line::kTarget, i); }
  int part(std::size_t i) const { return static_cast<int>(PartIndex(i)) + 1; }
  bool baseline(std::size_t i) const { return flags_[i] & kBaselineBit; }
  bool include(std::size_t i) const { return flags_[i] & kIncludeBit; }
  bool sigma_signal(std::size_t i) const { return flags_[i] & kSigmaBit; }
  bool runs_signal(std::size_t i) const { return flags_[i] & kRunsBit; }
  RuleMask rules(std::size_t i) const { return RuleMask::FromBits(rules_[i]); }
  PointType point_type(std::size_t i) const { return types_[i]; }

  // For the engine: a line at point i of part `part` (0-based), without looking the part up.
  // Missing while the points have no parts.
  double LineIn(Line line, std::size_t i, std::size_t part) const {
    const LineValues& l = lines_[static_cast<int>(line)];
    if (!l.per_point.empty()) return l.per_point[i];
    return part < l.per_part.size() ? l.per_part[part] : kMissing;
  }
  // The 0-based part of point i.
  std::size_t PartIndex(std::size_t i) const;
  // The number of parts and the first point of each.
  const std::vector<std::size_t>& PartFirsts() const { return part_first_; }

  // For the engine: the periods of a chart. Appends one point with its raw statistics (y_mean,
  // y_sd and y_length are given only for aggregated periods) and baseline and include set.
  void AddPeriod(double x, double y, double y_sum, double n);
  void AddAggregatedPeriod(double x, double y, double y_sum, double n, int y_length, double y_mean,
                           double y_sd);
  void AddLabel(std::string_view label) { labels_.push_back(label); }
  // Replaces the points by one period per row of `rows` (rows in strictly increasing x), as
  // AddPeriod would add them; `got_n` says whether the rows have denominators.
  void AssignSingleRowPeriods(const Series& rows, bool got_n);
  void Reserve(std::size_t points, bool with_n);
  // Splits the points into parts starting at `firsts` (ascending, the first is 0); every line
  // becomes missing in every part.
  void SetParts(const std::vector<std::size_t>& firsts);
  // Sets `line` to one value for the whole of part `part`.
  void SetPartLine(Line line, std::size_t part, double value);
  // Sets `line` at point i (the line is kept per point from now on).
  void SetPointLine(Line line, std::size_t i, double value);
  // Replaces each value v of `line` by f(v).
  template <typename F>
  void MapLine(Line line, F f) {
    LineValues& l = lines_[static_cast<int>(line)];
    for (double& v : l.per_point.empty() ? l.per_part : l.per_point) v = f(v);
  }
  // Replaces each value v of `line` in part `part` by f(v).
  template <typename F>
  void MapPartLine(Line line, std::size_t part, F f) {
    LineValues& l = lines_[static_cast<int>(line)];
    if (l.per_point.empty()) {
      l.per_part[part] = f(l.per_part[part]);
      return;
    }
    for (std::size_t i = part_first_[part]; i < PartEnd(part); ++i) {
      l.per_point[i] = f(l.per_point[i]);
    }
  }
  // Whether `line` has one value per point.
  bool LinePerPoint(Line line) const { return !lines_[static_cast<int>(line)].per_point.empty(); }
  // One past the last point of part `part`.
  std::size_t PartEnd(std::size_t part) const {
    return part + 1 < part_first_.size() ? part_first_[part + 1] : size();
  }
  // Every plotted value, and the values of a line kept per point (empty when kept per part).
  std::span<const double> y_values() const { return y_; }
  std::span<const double> LinePointValues(Line line) const {
    return lines_[static_cast<int>(line)].per_point;
  }
  void set_y(std::size_t i, double y) {
    if (y_sum_.empty()) y_sum_ = y_;  // y no longer doubles as y_sum
    y_[i] = y;
  }
  void set_baseline(std::size_t i, bool on) { SetFlag(i, kBaselineBit, on); }
  void set_include(std::size_t i, bool on) { SetFlag(i, kIncludeBit, on); }
  void set_sigma_signal(std::size_t i, bool on) { SetFlag(i, kSigmaBit, on); }
  void set_runs_signal(std::size_t i, bool on) { SetFlag(i, kRunsBit, on); }
  void AddRule(std::size_t i, Rule rule) { rules_[i] |= 1u << static_cast<int>(rule); }
  void SetRules(std::size_t i, RuleMask rules) {
    rules_[i] = static_cast<std::uint16_t>(rules.Bits());
  }
  void ClearRules() { rules_.assign(rules_.size(), 0); }
  void set_point_type(std::size_t i, PointType type) { types_[i] = type; }

 private:
  static constexpr std::uint8_t kBaselineBit = 1, kIncludeBit = 2, kSigmaBit = 4, kRunsBit = 8;
  struct LineValues {
    std::vector<double> per_part;   // one value per part while per_point is empty
    std::vector<double> per_point;  // one value per point, or empty
  };
  void SetFlag(std::size_t i, std::uint8_t bit, bool on) {
    flags_[i] = on ? (flags_[i] | bit) : (flags_[i] & ~bit);
  }
  void StartAggregated();
  // The columns every period has, with the lines still to set (AddPeriod's and
  // AddAggregatedPeriod's common part).
  void PushPeriod(double x, double y, double y_sum, double n);
  void PushN(double n);

  std::vector<double> x_, y_;
  std::vector<double> y_sum_;  // empty while every y_sum equals y
  std::vector<double> n_;      // up to the last point with a denominator (missing after it)
  // Only once some period has more than one row (else y_length is 0 or 1, y_mean is y_sum and
  // y_sd is missing).
  std::vector<double> y_mean_, y_sd_;
  std::vector<int> y_length_;
  TextColumn labels_;  // empty when no point has a label
  std::array<LineValues, kLineCount> lines_;
  std::vector<std::size_t> part_first_;
  std::vector<std::uint8_t> flags_;
  std::vector<std::uint16_t> rules_;
  std::vector<PointType> types_;
};

// The result of Analyze.
struct Analysis {
  ChartType chart = ChartType::kRun;
  PointColumns points;      // sorted by x, one per period
  std::vector<Part> parts;  // one per part, in order
};

// Analyses `rows` as `options` say. Rows need not be sorted; rows with equal x are one period.
// Fails with Error::Invalid when the input cannot give a chart; `field` then names the 1-based
// data row ("row 7") or the option ("freeze", "part_at", ...) and the message says what is
// wrong: NaN/Inf x, y or n; negative counts or denominators; a denominator of zero or smaller
// than the numerator for P/P′; zero or negative values for T; options out of range.
core::Result<Analysis> Analyze(std::span<const Row> rows, const ChartOptions& options);

// The same for rows given column-wise (the same results, without a record per row).
core::Result<Analysis> Analyze(const Series& series, const ChartOptions& options);

}  // namespace stegvis::stats
