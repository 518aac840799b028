// PointColumns and Series: the column-wise points of an Analysis and rows. See analysis.h.
#include <algorithm>
#include <cmath>

#include "stats/analysis.h"

namespace stegvis::stats {

Series ToSeries(std::span<const Row> rows) {
  Series s;
  s.x.reserve(rows.size());
  s.y.reserve(rows.size());
  bool got_n = false, got_label = false, got_phase = false;
  for (const Row& row : rows) {
    s.x.push_back(row.x);
    s.y.push_back(row.y);
    got_n = got_n || !std::isnan(row.n);
    got_label = got_label || !row.label.empty();
    got_phase = got_phase || !row.phase.empty();
  }
  if (got_n) {
    s.n.reserve(rows.size());
    for (const Row& row : rows) s.n.push_back(row.n);
  }
  if (got_label) {
    s.labels.reserve(rows.size());
    for (const Row& row : rows) s.labels.push_back(row.label);
  }
  if (got_phase) {
    s.phases.reserve(rows.size());
    for (const Row& row : rows) s.phases.push_back(row.phase);
  }
  return s;
}

PointColumns::PointColumns(const std::vector<Point>& points) {
  for (const Point& p : points) push_back(p);
}

void PointColumns::push_back(const Point& p) {
  const std::size_t i = size();
  if (y_length_.empty()) StartAggregated();
  AddAggregatedPeriod(p.x, p.y, p.y_sum, p.n, p.y_length, p.y_mean, p.y_sd);
  if (!labels_.empty() || !p.label.empty()) {
    while (labels_.size() < i) labels_.push_back("");  // the points before had no label
    labels_.push_back(p.label);
  }
  if (part_first_.empty() || p.part > static_cast<int>(part_first_.size())) {
    part_first_.push_back(i);
    for (LineValues& l : lines_) l.per_part.push_back(kMissing);
  }
  const double values[kLineCount] = {p.cl,     p.lcl,  p.ucl, p.lcl_95, p.ucl_95,
                                     p.target, p.mean, p.lpl, p.upl};
  for (int k = 0; k < kLineCount; ++k) SetPointLine(static_cast<Line>(k), i, values[k]);
  set_baseline(i, p.baseline);
  set_include(i, p.include);
  set_sigma_signal(i, p.sigma_signal);
  set_runs_signal(i, p.runs_signal);
  rules_[i] = static_cast<std::uint16_t>(p.rules.Bits());
  types_[i] = p.point_type;
}

const Point PointColumns::operator[](std::size_t i) const {
  Point p;
  const std::size_t part = PartIndex(i);
  p.x = x_[i];
  p.label = std::string(label(i));
  p.y = y_[i];
  p.y_sum = y_sum(i);
  p.y_length = y_length(i);
  p.y_mean = y_mean(i);
  p.y_sd = y_sd(i);
  p.n = n(i);
  p.cl = LineIn(Line::kCl, i, part);
  p.lcl = LineIn(Line::kLcl, i, part);
  p.ucl = LineIn(Line::kUcl, i, part);
  p.lcl_95 = LineIn(Line::kLcl95, i, part);
  p.ucl_95 = LineIn(Line::kUcl95, i, part);
  p.target = LineIn(Line::kTarget, i, part);
  p.part = static_cast<int>(part) + 1;
  p.baseline = baseline(i);
  p.include = include(i);
  p.sigma_signal = sigma_signal(i);
  p.runs_signal = runs_signal(i);
  p.rules = rules(i);
  p.point_type = types_[i];
  p.mean = LineIn(Line::kMean, i, part);
  p.lpl = LineIn(Line::kLpl, i, part);
  p.upl = LineIn(Line::kUpl, i, part);
  return p;
}

std::vector<Point> PointColumns::ToPoints() const {
  std::vector<Point> out;
  out.reserve(size());
  for (std::size_t i = 0; i < size(); ++i) out.push_back((*this)[i]);
  return out;
}

int PointColumns::y_length(std::size_t i) const {
  if (!y_length_.empty()) return y_length_[i];
  return std::isnan(y_sum(i)) ? 0 : 1;
}

double PointColumns::y_mean(std::size_t i) const {
  return y_mean_.empty() ? y_sum(i) : y_mean_[i];
}

double PointColumns::y_sd(std::size_t i) const {
  return y_sd_.empty() ? kMissing : y_sd_[i];
}

std::size_t PointColumns::PartIndex(std::size_t i) const {
  const auto after = std::upper_bound(part_first_.begin(), part_first_.end(), i);
  return after == part_first_.begin() ? 0
                                      : static_cast<std::size_t>(after - part_first_.begin()) - 1;
}

void PointColumns::Reserve(std::size_t points, bool with_n) {
  x_.reserve(points);
  y_.reserve(points);
  y_sum_.reserve(points);
  if (with_n) n_.reserve(points);
  flags_.reserve(points);
  rules_.reserve(points);
  types_.reserve(points);
}

void PointColumns::AssignSingleRowPeriods(const Series& rows, bool got_n) {
  const std::size_t size = rows.size();
  x_ = rows.x;
  labels_ = rows.labels;
  if (got_n) {
    y_.resize(size);
    y_sum_.resize(size);
    n_.resize(size);
    for (std::size_t i = 0; i < size; ++i) {
      const bool missing = std::isnan(rows.y[i]) || std::isnan(rows.n[i]);
      y_sum_[i] = missing ? kMissing : rows.y[i];
      y_[i] = missing ? kMissing : rows.y[i] / rows.n[i];
      n_[i] = missing ? 0 : rows.n[i];
    }
  } else {
    y_ = rows.y;  // mean, median and sum of one value are that value (y_sum too)
    y_sum_.clear();
    n_.clear();
  }
  y_length_.clear();
  y_mean_.clear();
  y_sd_.clear();
  flags_.assign(size, kBaselineBit | kIncludeBit);
  rules_.assign(size, 0);
  types_.assign(size, PointType::kCommonCause);
}

void PointColumns::AddPeriod(double x, double y, double y_sum, double n) {
  if (!y_length_.empty()) {
    AddAggregatedPeriod(x, y, y_sum, n, std::isnan(y_sum) ? 0 : 1, y_sum, kMissing);
    return;
  }
  PushPeriod(x, y, y_sum, n);
}

void PointColumns::AddAggregatedPeriod(double x, double y, double y_sum, double n, int y_length,
                                       double y_mean, double y_sd) {
  if (y_length_.empty()) StartAggregated();
  y_length_.push_back(y_length);
  y_mean_.push_back(y_mean);
  y_sd_.push_back(y_sd);
  PushPeriod(x, y, y_sum, n);
}

void PointColumns::PushPeriod(double x, double y, double y_sum, double n) {
  if (y_sum_.size() != x_.size()) y_sum_ = y_;
  x_.push_back(x);
  y_.push_back(y);
  y_sum_.push_back(y_sum);
  PushN(n);
  flags_.push_back(kBaselineBit | kIncludeBit);
  rules_.push_back(0);
  types_.push_back(PointType::kCommonCause);
}

void PointColumns::PushN(double n) {
  if (n_.empty() && std::isnan(n)) return;  // no denominators so far
  n_.resize(x_.size() - 1, kMissing);
  n_.push_back(n);
}

void PointColumns::StartAggregated() {
  const std::size_t n = size();
  y_length_.reserve(x_.capacity());
  y_mean_.reserve(x_.capacity());
  y_sd_.reserve(x_.capacity());
  for (std::size_t i = 0; i < n; ++i) {
    y_length_.push_back(y_length(i));
    y_mean_.push_back(y_sum(i));
    y_sd_.push_back(kMissing);
  }
}

void PointColumns::SetParts(const std::vector<std::size_t>& firsts) {
  part_first_ = firsts;
  for (LineValues& l : lines_) {
    l.per_part.assign(firsts.size(), kMissing);
    l.per_point.clear();
  }
}

void PointColumns::SetPartLine(Line line, std::size_t part, double value) {
  LineValues& l = lines_[static_cast<int>(line)];
  if (l.per_point.empty()) {
    l.per_part[part] = value;
    return;
  }
  std::fill(l.per_point.begin() + static_cast<std::ptrdiff_t>(part_first_[part]),
            l.per_point.begin() + static_cast<std::ptrdiff_t>(PartEnd(part)), value);
}

void PointColumns::SetPointLine(Line line, std::size_t i, double value) {
  LineValues& l = lines_[static_cast<int>(line)];
  if (l.per_point.empty()) {
    l.per_point.resize(size());
    for (std::size_t part = 0; part < part_first_.size(); ++part) {
      std::fill(l.per_point.begin() + static_cast<std::ptrdiff_t>(part_first_[part]),
                l.per_point.begin() + static_cast<std::ptrdiff_t>(PartEnd(part)), l.per_part[part]);
    }
  }
  if (l.per_point.size() < size()) l.per_point.resize(size(), kMissing);
  l.per_point[i] = value;
}

}  // namespace stegvis::stats
