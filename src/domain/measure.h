#pragma once
// A measure: how a team knows a change is an improvement. Its data type fixes the statistics
// (stats/chart_choice.h); measures about people are split by sex by default (kvinnor/män or
// flickor/pojkar, plus total), and one that is not records why.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include "core/describe.h"
#include "domain/organisation.h"
#include "stats/analysis.h"
#include "stats/chart_choice.h"

namespace stegvis::domain {

// resultatmått, processmått, balansmått. Stored "outcome", "process", "balancing".
enum class MeasureKind { kOutcome, kProcess, kBalancing };
std::string_view MeasureKindName(MeasureKind kind);
std::optional<MeasureKind> ParseMeasureKind(std::string_view name);

// The data types a measure may have (a subset of stats::DataType): count, proportion, rate,
// continuous, days_between, cases_between.
std::optional<stats::DataType> ParseMeasureDataType(std::string_view name);
// True when values come as numerator / denominator (proportion, rate).
bool HasDenominator(stats::DataType type);

enum class Frequency { kWeek, kMonth, kQuarter, kYear };
// "week", "month", "quarter", "year".
std::string_view FrequencyName(Frequency frequency);
std::optional<Frequency> ParseFrequency(std::string_view name);

// Which way is better. Stored "up", "down".
enum class Better { kUp, kDown };
std::string_view BetterName(Better better);
std::optional<Better> ParseBetter(std::string_view name);

// Sex disaggregation. Stored "women_men", "girls_boys", "none".
enum class Grouping { kWomenMen, kGirlsBoys, kNone };
std::string_view GroupingName(Grouping grouping);
std::optional<Grouping> ParseGrouping(std::string_view name);

// The columns of a measure's grid, in order: "women", "men", "total" (kWomenMen); "girls",
// "boys", "total" (kGirlsBoys); "total" (kNone).
std::vector<std::string> GroupsOf(Grouping grouping);

// The rule sets a measure may be judged by (stats::RuleSetName: "anhoej", "ihi", "mdc",
// "western-electric"); nullopt for any other text.
std::optional<stats::RuleSet> ParseMeasureRuleSet(std::string_view name);

struct Measure {
  Id id = 0;
  Id organisation_id = 0;
  std::optional<Id> programme_id;   // set for a programme's common measure definition
  std::optional<Id> project_id;     // set for a team's measure
  std::optional<Id> definition_id;  // the programme measure this one reports, if any
  std::string name;
  std::string definition;  // the operational definition
  MeasureKind kind = MeasureKind::kOutcome;
  stats::DataType data_type = stats::DataType::kCount;
  std::string unit;
  Frequency frequency = Frequency::kMonth;
  Better direction = Better::kUp;
  std::string target;       // canonical decimal ("12.5"), or empty
  std::string target_date;  // ISO date, or empty
  std::string baseline;     // canonical decimal, or empty
  Grouping grouping = Grouping::kWomenMen;
  std::string no_sex_reason;   // required when grouping is kNone
  std::string chart_override;  // a stats::ChartTypeName, or empty for the recommended chart
  bool retired = false;        // a retired common definition is adopted no more
  // Which rules mark the points and decide the verdicts (docs/signals-and-verdicts.md).
  stats::RuleSet rule_set = stats::RuleSet::kAnhoej;
  // The first N points set the lines (a frozen baseline), or none: every point of its phase.
  // Between kMinPointsForLimits and kMaxPeriodsPerMeasure (MeasureErrors).
  std::optional<int> baseline_points;
  // Where the values come from when not typed or imported from a file: a Kolada key figure
  // ("kolada:N00945:municipality:0180", domain/kolada_source.h), set by the import that
  // brought them; empty otherwise.
  std::string source;
  std::int64_t version = 1;
  std::int64_t updated_at = 0;
  std::string updated_by;
  // The observation grid's own version: every saved batch bumps it.
  std::int64_t data_version = 0;
  std::int64_t data_updated_at = 0;
  std::string data_updated_by;
};

// One cell of the grid: a period and a group. Numbers are canonical decimals ("12.5", with a
// point); an empty value is missing, never zero.
struct Observation {
  Id measure_id = 0;
  std::string period;  // "2025-03" (month), "2025-W07" (week), "2025-Q1" (quarter), "2025" (year)
  std::string group;   // "women", "men", "girls", "boys", "total"
  std::string value;   // the value, or the numerator for proportions and rates
  std::string denominator;  // proportions and rates only
  std::string note;
  std::int64_t updated_at = 0;
  std::string updated_by;
};

// A new phase of the measure's charts from `starts_period` on (its own centre line and
// limits), started by the team after an adopted change (`cycle_id`).
struct MeasurePhase {
  Id id = 0;
  Id measure_id = 0;
  std::string starts_period;
  std::optional<Id> cycle_id;
  std::int64_t created_at = 0;
  std::string created_by;
};

// What a note on one point of a measure's charts does. Stored "exclusion", "annotation".
enum class PointNoteKind {
  kExclusion,   // the point is left out of the lines and the runs analysis, for a reason
  kAnnotation,  // a comment shown at the point on the chart and in its table
};
std::string_view PointNoteKindName(PointNoteKind kind);
std::optional<PointNoteKind> ParsePointNoteKind(std::string_view name);

// A note on one period of a measure (every series of it: women, men, total): at most one of
// each kind per period. `text` is the exclusion's reason or the annotation's comment.
struct PointNote {
  Id id = 0;
  Id measure_id = 0;
  std::string period;
  PointNoteKind kind = PointNoteKind::kAnnotation;
  std::string text;
  std::int64_t version = 1;
  std::int64_t created_at = 0;
  std::string created_by;
  std::int64_t updated_at = 0;
  std::string updated_by;
};

// The fields, described once (core/describe.h). Version, who and when are bookkeeping; the
// grid's own version (data_*) changes only when the grid is saved (SetDataVersion).
constexpr auto Describe(std::type_identity<Measure>) {
  constexpr unsigned kBookkeeping = core::kNotAudited;
  constexpr unsigned kGrid = core::kFixed | core::kNotAudited;
  return std::tuple{
      core::Field("id", &Measure::id, core::kKey),
      core::Field("organisation_id", &Measure::organisation_id, core::kFixed | kBookkeeping),
      core::Field("programme_id", &Measure::programme_id, core::kFixed | kBookkeeping),
      core::Field("project_id", &Measure::project_id, core::kFixed | kBookkeeping),
      core::Field("definition_id", &Measure::definition_id, kBookkeeping),
      core::Field("name", &Measure::name),
      core::Field("definition", &Measure::definition),
      core::Field("kind", &Measure::kind, core::kNoFlags,
                  &core::kTextForm<MeasureKind, MeasureKindName, ParseMeasureKind>),
      core::Field("data_type", &Measure::data_type, core::kNoFlags,
                  &core::kTextForm<stats::DataType, stats::DataTypeName, ParseMeasureDataType>),
      core::Field("unit", &Measure::unit),
      core::Field("frequency", &Measure::frequency, core::kNoFlags,
                  &core::kTextForm<Frequency, FrequencyName, ParseFrequency>),
      core::Field("direction", &Measure::direction, core::kNoFlags,
                  &core::kTextForm<Better, BetterName, ParseBetter>),
      core::Field("target", &Measure::target),
      core::Field("target_date", &Measure::target_date),
      core::Field("baseline", &Measure::baseline),
      core::Field("grouping", &Measure::grouping, core::kNoFlags,
                  &core::kTextForm<Grouping, GroupingName, ParseGrouping>),
      core::Field("no_sex_reason", &Measure::no_sex_reason),
      core::Field("chart_override", &Measure::chart_override),
      core::Field("retired", &Measure::retired),
      core::Field("rule_set", &Measure::rule_set, core::kNoFlags,
                  &core::kTextForm<stats::RuleSet, stats::RuleSetName, ParseMeasureRuleSet>),
      core::Field("baseline_points", &Measure::baseline_points),
      core::Field("source", &Measure::source, core::kFixed | core::kNotAudited),
      core::Field("version", &Measure::version, kBookkeeping),
      core::Field("updated_at", &Measure::updated_at, kBookkeeping | core::kUnixTime),
      core::Field("updated_by", &Measure::updated_by, kBookkeeping),
      core::Field("data_version", &Measure::data_version, kGrid),
      core::Field("data_updated_at", &Measure::data_updated_at, kGrid | core::kUnixTime),
      core::Field("data_updated_by", &Measure::data_updated_by, kGrid)};
}

// A cell is known by its measure, period and group; a save replaces the rest.
constexpr auto Describe(std::type_identity<Observation>) {
  return std::tuple{
      core::Field("measure_id", &Observation::measure_id, core::kFixed | core::kNotAudited),
      core::Field("period", &Observation::period, core::kFixed),
      core::Field("group", &Observation::group, core::kFixed),
      core::Field("value", &Observation::value),
      core::Field("denominator", &Observation::denominator),
      core::Field("note", &Observation::note, core::kNotAudited),
      core::Field("updated_at", &Observation::updated_at, core::kNotAudited | core::kUnixTime),
      core::Field("updated_by", &Observation::updated_by, core::kNotAudited)};
}

constexpr auto Describe(std::type_identity<MeasurePhase>) {
  return std::tuple{
      core::Field("id", &MeasurePhase::id, core::kKey),
      core::Field("measure_id", &MeasurePhase::measure_id, core::kFixed),
      core::Field("starts_period", &MeasurePhase::starts_period, core::kFixed),
      core::Field("cycle_id", &MeasurePhase::cycle_id, core::kFixed),
      core::Field("created_at", &MeasurePhase::created_at,
                  core::kFixed | core::kNotAudited | core::kUnixTime),
      core::Field("created_by", &MeasurePhase::created_by, core::kFixed | core::kNotAudited)};
}

// The measure, period and kind are fixed; a change replaces the text.
constexpr auto Describe(std::type_identity<PointNote>) {
  constexpr unsigned kBookkeeping = core::kNotAudited;
  return std::tuple{
      core::Field("id", &PointNote::id, core::kKey),
      core::Field("measure_id", &PointNote::measure_id, core::kFixed),
      core::Field("period", &PointNote::period, core::kFixed),
      core::Field("kind", &PointNote::kind, core::kFixed,
                  &core::kTextForm<PointNoteKind, PointNoteKindName, ParsePointNoteKind>),
      core::Field("text", &PointNote::text),
      core::Field("version", &PointNote::version, kBookkeeping),
      core::Field("created_at", &PointNote::created_at,
                  core::kFixed | kBookkeeping | core::kUnixTime),
      core::Field("created_by", &PointNote::created_by, core::kFixed | kBookkeeping),
      core::Field("updated_at", &PointNote::updated_at, kBookkeeping | core::kUnixTime),
      core::Field("updated_by", &PointNote::updated_by, kBookkeeping)};
}

}  // namespace stegvis::domain
