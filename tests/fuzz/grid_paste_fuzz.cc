// Fuzzes the observation grid's pasted text (domain::ParsePastedGrid: rows from Excel, tabs
// between cells) and the batch check behind every save (ValidateCells), for each data type,
// grouping and frequency a measure may have. The first byte picks the measure; the rest is the
// pasted text. Beyond the sanitizers it checks that a batch the paste accepts is accepted
// again as it came out (canonical cells stay canonical).

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "domain/observation_grid.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace stegvis;
  if (size == 0) return 0;
  constexpr stats::DataType kTypes[] = {
      stats::DataType::kCount,      stats::DataType::kProportion,  stats::DataType::kRate,
      stats::DataType::kContinuous, stats::DataType::kDaysBetween, stats::DataType::kCasesBetween};
  constexpr domain::Grouping kGroupings[] = {domain::Grouping::kWomenMen,
                                             domain::Grouping::kGirlsBoys, domain::Grouping::kNone};
  constexpr domain::Frequency kFrequencies[] = {domain::Frequency::kWeek, domain::Frequency::kMonth,
                                                domain::Frequency::kQuarter};
  const unsigned pick = data[0];
  domain::Measure measure;
  measure.data_type = kTypes[pick % 6];
  measure.grouping = kGroupings[(pick / 6) % 3];
  measure.frequency = kFrequencies[(pick / 18) % 3];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

  auto cells = domain::ParsePastedGrid(measure, text);
  if (!cells) return 0;
  auto again = domain::ValidateCells(measure, *cells);
  if (!again || again->size() != cells->size()) std::abort();
  for (std::size_t i = 0; i < cells->size(); ++i) {
    const auto& a = (*cells)[i];
    const auto& b = (*again)[i];
    if (a.period != b.period || a.group != b.group || a.value != b.value ||
        a.denominator != b.denominator) {
      std::abort();
    }
  }
  return 0;
}
