#include "domain/suppression.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>

namespace stegvis::domain {
namespace {

// A stored decimal as a number; nullopt when empty (a missing denominator counts as none).
std::optional<double> Number(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return std::strtod(text.c_str(), nullptr);
}

bool Below(const std::string& text, int threshold) {
  const std::optional<double> n = Number(text);
  return !n || *n < threshold;
}

// The primary rule for one cell: nullopt when it may be shown on its own.
std::optional<SuppressionReason> PrimaryReason(const Measure& measure, const Observation& o,
                                               int threshold) {
  switch (measure.data_type) {
    case stats::DataType::kCount:
      if (Below(o.value, threshold)) return SuppressionReason::kSmallCount;
      return std::nullopt;
    case stats::DataType::kProportion:
    case stats::DataType::kRate:
      if (Below(o.value, threshold) || Below(o.denominator, threshold)) {
        return SuppressionReason::kSmallCount;
      }
      return std::nullopt;
    default: return SuppressionReason::kUnknownCount;
  }
}

// One period's cells by group, with why each hidden one is hidden.
struct Period {
  std::map<std::string, const Observation*> cells;
  std::map<std::string, SuppressionReason> hidden;

  void Hide(const std::string& group, SuppressionReason reason) {
    if (cells.count(group) != 0) hidden.emplace(group, reason);
  }
  bool IsHidden(const std::string& group) const { return hidden.count(group) != 0; }
};

// The complementary rule: see SuppressSmallNumbers.
void HideComplements(Period& period, const std::vector<std::string>& sexes) {
  constexpr SuppressionReason kComp = SuppressionReason::kComplementary;
  if (period.IsHidden("total")) {
    for (const std::string& g : sexes) period.Hide(g, kComp);
    return;
  }
  const bool any_sex_hidden = std::any_of(sexes.begin(), sexes.end(),
                                          [&](const std::string& g) { return period.IsHidden(g); });
  if (!any_sex_hidden) return;
  for (const std::string& g : sexes) period.Hide(g, kComp);
  // The total is the sum of the groups: with a single group's value behind it, it is that value.
  const auto with_value = std::count_if(
      sexes.begin(), sexes.end(), [&](const std::string& g) { return period.cells.count(g) != 0; });
  if (with_value < 2) period.Hide("total", kComp);
}

}  // namespace

std::string_view SuppressionReasonName(SuppressionReason reason) {
  switch (reason) {
    case SuppressionReason::kSmallCount: return "small_count";
    case SuppressionReason::kUnknownCount: return "unknown_count";
    case SuppressionReason::kComplementary: return "complementary";
  }
  return "small_count";
}

SuppressedGrid SuppressSmallNumbers(const Measure& measure,
                                    const std::vector<Observation>& observations, int threshold) {
  threshold = std::max(threshold, kMinSuppressionThreshold);
  const std::vector<std::string> groups = GroupsOf(measure.grouping);
  const std::vector<std::string> sexes(groups.begin(), groups.end() - 1);  // all but "total"
  std::map<std::string, Period> periods;
  for (const Observation& o : observations) {
    if (o.value.empty()) continue;  // missing: nothing to show or to hide
    Period& period = periods[o.period];
    period.cells[o.group] = &o;
    if (auto reason = PrimaryReason(measure, o, threshold)) period.Hide(o.group, *reason);
  }
  SuppressedGrid out;
  for (auto& [name, period] : periods) {
    HideComplements(period, sexes);
    for (const std::string& g : groups) {
      auto it = period.hidden.find(g);
      if (it != period.hidden.end()) out.hidden.push_back({name, g, it->second});
    }
  }
  for (const Observation& o : observations) {
    if (!o.value.empty() && !periods.at(o.period).IsHidden(o.group)) out.shown.push_back(o);
  }
  return out;
}

}  // namespace stegvis::domain
