#include "web/improvement/measure_grid.h"

#include <algorithm>
#include <cstdlib>
#include <set>

#include "chart/period_labels.h"
#include "core/date.h"
#include "web/render/error_text.h"

namespace stegvis::web {
namespace {

std::string CurrentPeriod(const domain::Measure& m, std::int64_t now) {
  return domain::PeriodContaining(m.frequency, core::Date::FromUnixSeconds(now));
}

std::vector<std::string> StoredPeriods(const domain::MeasureDetails& d) {
  std::set<std::string> periods;
  for (const domain::Observation& o : d.observations) periods.insert(o.period);
  return {periods.begin(), periods.end()};
}

// Whether a row may be added before `first`.
bool MayAddBefore(const domain::MeasureDetails& d, std::size_t stored, const std::string& first) {
  return stored < domain::kMaxPeriodsPerMeasure &&
         domain::PeriodAllowed(d.measure.frequency,
                               domain::PreviousPeriod(d.measure.frequency, first));
}

}  // namespace

std::string Shown(std::string canonical, const std::string& lang) {
  if (lang == "sv") {
    for (char& c : canonical) {
      if (c == '.') c = ',';
    }
  }
  return canonical;
}

GridValues StoredGrid(const domain::MeasureDetails& d, const std::string& lang, std::int64_t now) {
  GridValues g;
  for (const domain::Observation& o : d.observations) {
    g.cells[{o.period, o.group}] = {Shown(o.value, lang), Shown(o.denominator, lang)};
  }
  const std::vector<std::string> stored = StoredPeriods(d);
  g.periods = domain::GridPeriods(d.measure.frequency, stored, CurrentPeriod(d.measure, now));
  g.can_add_earlier = !g.periods.empty() && MayAddBefore(d, stored.size(), g.periods.front());
  return g;
}

GridValues TypedGrid(const domain::MeasureDetails& d, const std::string& lang, std::int64_t now,
                     const std::vector<domain::CellInput>& typed, bool add_earlier) {
  GridValues g = StoredGrid(d, lang, now);
  std::set<std::string> rows(g.periods.begin(), g.periods.end());
  for (const domain::CellInput& c : typed) {
    // Only rows the grid could have offered: a crafted field names no row of its own.
    if (domain::PeriodAllowed(d.measure.frequency, c.period)) rows.insert(c.period);
    g.cells[{c.period, c.group}] = {c.value, c.denominator};
  }
  const std::size_t stored = StoredPeriods(d).size();
  if (add_earlier && !rows.empty() && MayAddBefore(d, stored, *rows.begin())) {
    g.added = domain::PreviousPeriod(d.measure.frequency, *rows.begin());
    rows.insert(g.added);
  }
  g.periods.assign(rows.begin(), rows.end());
  g.can_add_earlier = !g.periods.empty() && MayAddBefore(d, stored, g.periods.front());
  return g;
}

std::string FieldName(const char* prefix, const std::string& period, const std::string& group) {
  return std::string(prefix) + "." + period + "." + group;
}

std::vector<domain::CellInput> SubmittedCells(const Form& form) {
  std::map<std::pair<std::string, std::string>, domain::CellInput> cells;
  for (const auto& [name, values] : form.All()) {
    const bool value = name.starts_with("v.");
    if (!value && !name.starts_with("d.")) continue;
    const std::size_t dot = name.find('.', 2);
    if (dot == std::string::npos) continue;
    std::string period = name.substr(2, dot - 2), group = name.substr(dot + 1);
    domain::CellInput& cell = cells[{period, group}];
    cell.period = std::move(period);
    cell.group = std::move(group);
    (value ? cell.value : cell.denominator) = values.front();
  }
  std::vector<domain::CellInput> out;
  out.reserve(cells.size());
  for (auto& [key, cell] : cells) out.push_back(std::move(cell));
  return out;
}

GridError GridErrorOf(const App& app, const std::string& lang, const domain::Measure& measure,
                      const core::Error& error, const std::vector<domain::CellInput>& batch) {
  const std::string reason = ErrorText(app.catalogue, lang, error);
  const std::size_t index =
      error.field.starts_with("row ") ? std::strtoul(error.field.c_str() + 4, nullptr, 10) : 0;
  if (index < 1 || index > batch.size()) return {"", "", reason, reason};
  const domain::CellInput& c = batch[index - 1];
  const std::vector<std::string> groups = domain::GroupsOf(measure.grouping);
  if (!domain::PeriodAllowed(measure.frequency, c.period) ||
      std::find(groups.begin(), groups.end(), c.group) == groups.end()) {
    return {"", "", reason, reason};
  }
  const std::string period =
      chart::FormatPeriods(std::vector<std::string>{c.period},
                           lang == "en" ? chart::Lang::kEn : chart::Lang::kSv)
          .long_labels.front();
  return {c.period, c.group,
          app.catalogue.Format(lang, "grid.period_error",
                               {{"period", period},
                                {"group", app.catalogue.Get(lang, "group." + c.group)},
                                {"reason", reason}}),
          reason};
}

}  // namespace stegvis::web
