#include "domain/import_columns.h"

#include <algorithm>

#include <boost/json.hpp>

#include "core/text.h"
#include "domain/measures.h"

namespace stegvis::domain {
namespace {

constexpr std::string_view kDenominatorPrefix = "denominator:";

std::string ChoicesJson(const std::vector<ImportColumnChoice>& choices) {
  boost::json::object out;
  for (const ImportColumnChoice& c : choices) out[c.heading] = c.role;
  return boost::json::serialize(out);
}

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
    const std::vector<ImportColumnChoice> before = tx.Imports().ListColumnChoices(measure_id);
    std::map<std::string, std::string> after;
    for (const ImportColumnChoice& c : before) after[c.heading] = c.role;
    for (const auto& [written, role] : choices) {
      const std::string heading = NormalWord(written);
      if (heading.empty() || core::CodePointCount(heading) > kMaxRememberedHeading) {
        return core::Fail(ChoiceError("a heading of 1 to 200 characters",
                                      "error.import.column_heading", core::ShortPrefix(written)));
      }
      if (role.empty()) {
        after.erase(heading);
      } else if (!ColumnOfRole(measure, role)) {
        return core::Fail(ChoiceError("not a column of this measure", "error.import.column_role",
                                      core::ShortPrefix(written)));
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
    for (const ImportColumnChoice& c : before) {
      if (!after.count(c.heading)) tx.Imports().DeleteColumnChoice(measure_id, c.heading);
    }
    std::vector<ImportColumnChoice> saved;
    for (const auto& entry : after) {
      ImportColumnChoice choice{measure_id, entry.first, entry.second, now, actor.label};
      const auto old = std::find_if(before.begin(), before.end(),
                                    [&](const auto& c) { return c.heading == entry.first; });
      if (old == before.end() || old->role != entry.second) {
        tx.Imports().SaveColumnChoice(choice);
      } else {
        choice = *old;
      }
      saved.push_back(std::move(choice));
    }
    const std::string before_json = ChoicesJson(before), after_json = ChoicesJson(saved);
    if (before_json != after_json) {
      RecordAudit(tx, actor, now, "update", "import_columns", measure_id, before_json, after_json,
                  measure.organisation_id);
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
