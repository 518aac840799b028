#include "web/improvement/long_import_file.h"

#include "web/improvement/import_file.h"
#include "xlsx/reader.h"

namespace stegvis::web {

core::Result<LongTableFile> LongTableFile::Read(std::string_view bytes) {
  LongTableFile file;
  if (!xlsx::LooksLikeZip(bytes)) {
    file.records_ = std::make_unique<CsvRecordSource>(bytes);
    return file;
  }
  auto sheet = ReadWorkbookSheet(bytes);
  if (!sheet) return core::Fail(sheet.error());
  file.table_ = std::make_unique<domain::ImportSheet>(std::move(*sheet));
  file.records_ = std::make_unique<domain::SheetRecords>(*file.table_);
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
