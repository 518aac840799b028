#include "domain/import_columns.h"

#include <algorithm>

#include <boost/json.hpp>

#include "core/text.h"
#include "domain/measures.h"

namespace stegvis::domain {
namespace {

constexpr std::string_view kDenominatorPrefix = "denominator:";

core::Error ChoiceError(std::string message, std::string key, const std::string& heading) {
  core::Error e = core::Error::Invalid(std::move(message), "columns", std::move(key));
  e.params.push_back(core::ErrorParam::Text("heading", heading));
  return e;
}

}  // namespace

std::optional<std::optional<ImportColumn>> ColumnOfRole(const Measure& measure,
                                                        std::string_view role) {
  if (role == kColumnSkip) return std::optional<ImportColumn>();
  if (role == kColumnPeriod) return std::optional<ImportColumn>(ImportColumn{});
  const bool denominator = role.starts_with(kDenominatorPrefix);
  if (denominator) role.remove_prefix(kDenominatorPrefix.size());
  if (denominator && !HasDenominator(measure.data_type)) return std::nullopt;
  const std::vector<std::string> groups = GroupsOf(measure.grouping);
  if (std::find(groups.begin(), groups.end(), role) == groups.end()) return std::nullopt;
  return std::optional<ImportColumn>(
      ImportColumn{denominator ? ImportColumn::Kind::kDenominator : ImportColumn::Kind::kValue,
                   std::string(role)});
}

RememberedColumns RememberedOf(const Measure& measure,
                               const std::vector<ImportColumnChoice>& choices) {
  RememberedColumns out;
  for (const ImportColumnChoice& c : choices) {
    if (auto column = ColumnOfRole(measure, c.role)) out.emplace(c.heading, std::move(*column));
  }
  return out;
}

std::vector<std::string> ColumnRolesOf(const Measure& measure) {
  std::vector<std::string> out{std::string(kColumnPeriod)};
  const std::vector<std::string> groups = GroupsOf(measure.grouping);
  out.insert(out.end(), groups.begin(), groups.end());
  if (HasDenominator(measure.data_type)) {
    for (const std::string& g : groups) out.push_back(std::string(kDenominatorPrefix) + g);
  }
  out.push_back(std::string(kColumnSkip));
  return out;
}

core::Result<std::map<std::string, std::string>> ApplyColumnChoices(
    std::map<std::string, std::string> before,
    const std::vector<std::pair<std::string, std::string>>& choices,
    const std::function<bool(std::string_view)>& role_ok, const std::string& role_key) {
  std::map<std::string, std::string> after = std::move(before);
  for (const auto& [written, role] : choices) {
    const std::string heading = NormalWord(written);
    if (heading.empty() || core::CodePointCount(heading) > kMaxRememberedHeading) {
      return core::Fail(ChoiceError("a heading of 1 to 200 characters",
                                    "error.import.column_heading", core::ShortPrefix(written)));
    }
    if (role.empty()) {
      after.erase(heading);
    } else if (!role_ok(role)) {
      return core::Fail(
          ChoiceError("not a column this file may have", role_key, core::ShortPrefix(written)));
    } else {
      after[heading] = role;
    }
  }
  if (after.size() > kMaxRememberedColumns) {
    core::Error e = core::Error::Invalid("too many remembered columns", "columns",
                                         "error.import.too_many_columns");
    e.params.push_back(
        core::ErrorParam::Number("max", static_cast<std::int64_t>(kMaxRememberedColumns)));
    return core::Fail(std::move(e));
  }
  return after;
}

std::string ColumnChoicesJson(const std::map<std::string, std::string>& choices) {
  boost::json::object out;
  for (const auto& [heading, role] : choices) out[heading] = role;
  return boost::json::serialize(out);
}

core::Result<std::vector<ImportColumnChoice>> RememberColumns(
    Store& store, const core::Clock& clock, const Principal& acting, const Actor& actor,
    Id measure_id, const std::vector<std::pair<std::string, std::string>>& choices) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<std::vector<ImportColumnChoice>> {
    auto details = LoadMeasure(tx, acting, measure_id);
    if (!details) return core::Fail(details.error());
    if (!details->may_change) {
      return core::Fail(core::Error::Forbidden("may not change this measure"));
    }
    const Measure& measure = details->measure;
    const std::vector<ImportColumnChoice> stored = tx.Imports().ListColumnChoices(measure_id);
    std::map<std::string, std::string> before;
    for (const ImportColumnChoice& c : stored) before[c.heading] = c.role;
    auto after = ApplyColumnChoices(
        before, choices,
        [&](std::string_view role) { return ColumnOfRole(measure, role).has_value(); },
        "error.import.column_role");
    if (!after) return core::Fail(after.error());
    for (const ImportColumnChoice& c : stored) {
      if (!after->count(c.heading)) tx.Imports().DeleteColumnChoice(measure_id, c.heading);
    }
    std::vector<ImportColumnChoice> saved;
    for (const auto& entry : *after) {
      // Named, not bound: a lambda may not capture a structured binding (clang).
      const std::string& heading = entry.first;
      const std::string& role = entry.second;
      const auto old = std::find_if(stored.begin(), stored.end(),
                                    [&](const auto& c) { return c.heading == heading; });
      if (old != stored.end() && old->role == role) {
        saved.push_back(*old);
        continue;
      }
      saved.push_back({measure_id, heading, role, now, actor.label});
      tx.Imports().SaveColumnChoice(saved.back());
    }
    if (before != *after) {
      RecordAudit(tx, actor, now, "update", "import_columns", measure_id, ColumnChoicesJson(before),
                  ColumnChoicesJson(*after), measure.organisation_id);
    }
    return saved;
  });
}

core::Result<std::vector<ImportColumnChoice>> LoadRememberedColumns(Store& store,
                                                                    const Principal& acting,
                                                                    Id measure_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<std::vector<ImportColumnChoice>> {
    auto details = LoadMeasure(tx, acting, measure_id);
    if (!details) return core::Fail(details.error());
    return tx.Imports().ListColumnChoices(measure_id);
  });
}

}  // namespace stegvis::domain
