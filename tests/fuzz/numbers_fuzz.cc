// Fuzzes the readers of numbers, dates and periods as people type them: core::ParseDecimal,
// core::Date::Parse, and the observation grid's ParseStoredNumber and ParsePeriod (with
// NextPeriod/PreviousPeriod). Beyond the sanitizers it checks that what they accept is
// canonical: reading the canonical text again gives the same value, and a period's neighbours
// are neighbours both ways (but for week 53 of a year that has 52, which ParsePeriod takes).

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/decimal.h"
#include "domain/observation_grid.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace stegvis;
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  if (auto decimal = core::ParseDecimal(text)) {
    auto again = core::ParseDecimal(decimal->text);
    Check(again && again->text == decimal->text && again->value == decimal->value);
  }
  if (auto date = core::Date::Parse(text)) {
    Check(date->ToString() == text);
    Check(core::Date::Parse(date->ToString()) == date);
    (void)date->Week();
    (void)date->AddMonths(1);
  }
  (void)core::IsIsoDate(text);
  if (auto number = domain::ParseStoredNumber(text)) {
    auto again = domain::ParseStoredNumber(*number);
    Check(again && *again == *number);
  }
  for (domain::Frequency frequency :
       {domain::Frequency::kWeek, domain::Frequency::kMonth, domain::Frequency::kQuarter}) {
    auto period = domain::ParsePeriod(frequency, text);
    if (!period) continue;
    auto again = domain::ParsePeriod(frequency, *period);
    Check(again && *again == *period);
    const std::string next = domain::NextPeriod(frequency, *period);
    const std::string back = domain::PreviousPeriod(frequency, next);
    // ParsePeriod takes week 53 of a year with 52 ISO weeks (observation_grid.cc); it steps
    // to the next year's week 1, whose previous week is week 52.
    const int year = std::atoi(period->substr(0, 4).c_str());
    const bool no_such_week = frequency == domain::Frequency::kWeek && period->ends_with("W53") &&
                              core::Date::IsoWeeksIn(year) == 52;
    Check(back == (no_such_week ? period->substr(0, 6) + "52" : *period));
  }
  return 0;
}
