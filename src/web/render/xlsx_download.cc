#include "web/render/xlsx_download.h"

#include <charconv>

#include "xlsx/writer.h"

namespace stegvis::web {

core::Result<Response> XlsxDownload(const xlsx::Workbook& book, const std::string& name) {
  auto file = xlsx::WriteXlsx(book);
  if (!file) return core::Fail(file.error());
  Response response{200, {}, std::move(*file)};
  response.SetHeader("Content-Type", kXlsxMediaType);
  response.SetHeader("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
  return response;
}

xlsx::Cell PeriodCell(const std::string& period) {
  int year = 0, month = 0;
  const char* end = period.data() + period.size();
  if (period.size() == 7 && period[4] == '-' &&
      std::from_chars(period.data(), period.data() + 4, year).ptr == period.data() + 4 &&
      std::from_chars(period.data() + 5, end, month).ptr == end && month >= 1 && month <= 12) {
    return xlsx::Month{year, month};
  }
  return period;
}

xlsx::Cell NumberCell(const std::string& decimal) {
  if (decimal.empty()) return std::monostate{};
  double value = 0;
  const char* end = decimal.data() + decimal.size();
  if (std::from_chars(decimal.data(), end, value).ptr != end) return decimal;
  return value;
}

}  // namespace stegvis::web
