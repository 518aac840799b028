#include "web/improvement/long_import_file.h"

#include "web/improvement/import_file.h"

namespace stegvis::web {

SheetRecordSource::SheetRecordSource(const xlsx::SheetTable& table) : table_(table) {
  width_ = table.header.size();
  while (width_ > 0 && table.header[width_ - 1].empty()) --width_;
}

core::Result<bool> SheetRecordSource::Next(std::vector<std::string>& fields, std::size_t& line) {
  if (next_ > table_.rows.size()) return false;
  const std::vector<std::string>& cells = next_ == 0 ? table_.header : table_.rows[next_ - 1];
  line = next_ == 0 ? table_.header_line : table_.lines[next_ - 1];
  ++next_;
  std::size_t size = cells.size();
  while (size > width_ && cells[size - 1].empty()) --size;
  fields.assign(cells.begin(), cells.begin() + static_cast<std::ptrdiff_t>(size));
  return true;
}

core::Result<LongTableFile> LongTableFile::Read(std::string_view bytes) {
  LongTableFile file;
  if (!xlsx::LooksLikeZip(bytes)) {
    file.records_ = std::make_unique<CsvRecordSource>(bytes);
    return file;
  }
  auto table = xlsx::ReadFirstSheet(bytes);
  if (!table) return core::Fail(table.error());
  file.sheet_ = table->sheet;
  file.table_ = std::make_unique<xlsx::SheetTable>(std::move(*table));
  file.records_ = std::make_unique<SheetRecordSource>(*file.table_);
  return file;
}

boost::json::object LongImportJson(const Catalogue& catalogue, std::string_view lang,
                                   const domain::LongImportResult& r, const std::string& sheet) {
  auto n = [](std::size_t v) { return static_cast<std::int64_t>(v); };
  return boost::json::object{
      {"saved", r.saved},
      {"sheet", sheet.empty() ? boost::json::value(nullptr) : boost::json::value(sheet)},
      {"rows", n(r.rows)},
      {"measures", n(r.measures)},
      {"created", n(r.created)},
      {"changed", n(r.changed)},
      {"removed", n(r.removed)},
      {"problem_count", n(r.problem_count)},
      {"problems", ImportProblemsJson(catalogue, lang, r.problems)}};
}

}  // namespace stegvis::web
