// Stored names of the improvement-work enums (programme.h, project.h, measure.h).

#include <array>
#include <utility>

#include "domain/measure.h"
#include "domain/programme.h"
#include "domain/project.h"

namespace stegvis::domain {
namespace {

template <typename E, std::size_t N>
std::optional<E> Parse(const std::array<std::pair<E, std::string_view>, N>& names,
                       std::string_view text) {
  for (const auto& [value, name] : names) {
    if (name == text) return value;
  }
  return std::nullopt;
}

template <typename E, std::size_t N>
std::string_view Name(const std::array<std::pair<E, std::string_view>, N>& names, E value) {
  for (const auto& [v, name] : names) {
    if (v == value) return name;
  }
  return names.front().second;
}

constexpr std::array<std::pair<ProgrammeEventKind, std::string_view>, 2> kEventKinds{{
    {ProgrammeEventKind::kLearningSession, "learning_session"},
    {ProgrammeEventKind::kActionPeriod, "action_period"},
}};
constexpr std::array<std::pair<ProjectStatus, std::string_view>, 4> kStatuses{{
    {ProjectStatus::kPlanned, "planned"},
    {ProjectStatus::kActive, "active"},
    {ProjectStatus::kSustaining, "sustaining"},
    {ProjectStatus::kClosed, "closed"},
}};
constexpr std::array<std::pair<MeasureKind, std::string_view>, 3> kKinds{{
    {MeasureKind::kOutcome, "outcome"},
    {MeasureKind::kProcess, "process"},
    {MeasureKind::kBalancing, "balancing"},
}};
constexpr std::array<std::pair<Frequency, std::string_view>, 4> kFrequencies{{
    {Frequency::kWeek, "week"},
    {Frequency::kMonth, "month"},
    {Frequency::kQuarter, "quarter"},
    {Frequency::kYear, "year"},
}};
constexpr std::array<std::pair<Better, std::string_view>, 2> kBetter{{
    {Better::kUp, "up"},
    {Better::kDown, "down"},
}};
constexpr std::array<std::pair<Grouping, std::string_view>, 3> kGroupings{{
    {Grouping::kWomenMen, "women_men"},
    {Grouping::kGirlsBoys, "girls_boys"},
    {Grouping::kNone, "none"},
}};
constexpr std::array<std::pair<PointNoteKind, std::string_view>, 2> kPointNoteKinds{{
    {PointNoteKind::kExclusion, "exclusion"},
    {PointNoteKind::kAnnotation, "annotation"},
}};

}  // namespace

std::string_view ProgrammeEventKindName(ProgrammeEventKind kind) {
  return Name(kEventKinds, kind);
}
std::optional<ProgrammeEventKind> ParseProgrammeEventKind(std::string_view name) {
  return Parse(kEventKinds, name);
}
std::string_view ProjectStatusName(ProjectStatus status) {
  return Name(kStatuses, status);
}
std::optional<ProjectStatus> ParseProjectStatus(std::string_view name) {
  return Parse(kStatuses, name);
}
std::string_view MeasureKindName(MeasureKind kind) {
  return Name(kKinds, kind);
}
std::optional<MeasureKind> ParseMeasureKind(std::string_view name) {
  return Parse(kKinds, name);
}
std::string_view FrequencyName(Frequency frequency) {
  return Name(kFrequencies, frequency);
}
std::optional<Frequency> ParseFrequency(std::string_view name) {
  return Parse(kFrequencies, name);
}
std::string_view BetterName(Better better) {
  return Name(kBetter, better);
}
std::optional<Better> ParseBetter(std::string_view name) {
  return Parse(kBetter, name);
}
std::string_view GroupingName(Grouping grouping) {
  return Name(kGroupings, grouping);
}
std::optional<Grouping> ParseGrouping(std::string_view name) {
  return Parse(kGroupings, name);
}
std::string_view PointNoteKindName(PointNoteKind kind) {
  return Name(kPointNoteKinds, kind);
}
std::optional<PointNoteKind> ParsePointNoteKind(std::string_view name) {
  return Parse(kPointNoteKinds, name);
}

std::optional<stats::DataType> ParseMeasureDataType(std::string_view name) {
  auto type = stats::ParseDataType(name);
  if (!type || *type == stats::DataType::kContinuousSubgroups) return std::nullopt;
  return *type;
}

bool HasDenominator(stats::DataType type) {
  return type == stats::DataType::kProportion || type == stats::DataType::kRate;
}

std::vector<std::string> GroupsOf(Grouping grouping) {
  switch (grouping) {
    case Grouping::kWomenMen: return {"women", "men", "total"};
    case Grouping::kGirlsBoys: return {"girls", "boys", "total"};
    case Grouping::kNone: return {"total"};
  }
  return {"total"};
}

std::optional<stats::RuleSet> ParseMeasureRuleSet(std::string_view name) {
  auto rules = stats::ParseRuleSet(name);
  if (!rules) return std::nullopt;
  return *rules;
}

std::string AimGroupsText(const AimGroups& g) {
  std::string out;
  auto add = [&](bool on, const char* name) {
    if (!on) return;
    if (!out.empty()) out += ",";
    out += name;
  };
  add(g.women, "women");
  add(g.men, "men");
  add(g.girls, "girls");
  add(g.boys, "boys");
  return out;
}

AimGroups ParseAimGroups(std::string_view text) {
  AimGroups g;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(',', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view part = text.substr(start, end - start);
    if (part == "women") g.women = true;
    if (part == "men") g.men = true;
    if (part == "girls") g.girls = true;
    if (part == "boys") g.boys = true;
    start = end + 1;
  }
  return g;
}

bool ValidProgressScore(int score_tenths) {
  return score_tenths >= 5 && score_tenths <= 50 && score_tenths % 5 == 0;
}

}  // namespace stegvis::domain
