#include "web/improvement/measure_json.h"

namespace stegvis::web {
namespace {

// Reads the choice `name` into `out` with `parse`; refuses a value that is none of `choices`.
template <typename T, typename Parse>
void Choice(JsonFields& body, const char* name, Parse parse, std::string_view choices, T& out) {
  std::optional<std::string> text = body.OptionalText(name);
  if (!text) return;
  std::optional<T> parsed = parse(*text);
  if (!parsed) {
    body.RefuseChoice(name, choices);
    return;
  }
  out = *parsed;
}

}  // namespace

domain::Measure MeasureFromJson(JsonFields& body, domain::Measure m) {
  for (auto [name, out] : {std::pair<const char*, std::string*>{"name", &m.name},
                           {"definition", &m.definition},
                           {"unit", &m.unit},
                           {"target", &m.target},
                           {"target_date", &m.target_date},
                           {"no_sex_reason", &m.no_sex_reason}}) {
    if (auto text = body.OptionalText(name)) *out = std::move(*text);
  }
  Choice(body, "kind", domain::ParseMeasureKind, "outcome, process, balancing", m.kind);
  Choice(body, "data_type", domain::ParseMeasureDataType,
         "count, proportion, rate, continuous, days_between, cases_between", m.data_type);
  Choice(body, "frequency", domain::ParseFrequency, "week, month, quarter, year", m.frequency);
  Choice(body, "direction", domain::ParseBetter, "up, down", m.direction);
  Choice(body, "grouping", domain::ParseGrouping, "women_men, girls_boys, none", m.grouping);
  Choice(body, "rule_set", domain::ParseMeasureRuleSet, "anhoej, ihi, mdc, western-electric",
         m.rule_set);
  return m;
}

}  // namespace stegvis::web
