#include "web/render/xlsx_download.h"

#include <charconv>

#include "core/date.h"
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
  if (period.size() == 7) {  // "2026-03", a month; "2026-W07" and "2026-Q1" are longer
    if (auto first = core::Date::Parse(period + "-01")) {
      return xlsx::Month{first->Year(), static_cast<int>(first->Month())};
    }
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
