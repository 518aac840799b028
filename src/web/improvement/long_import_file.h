#pragma once
// What the JSON twin of a long table's import and `stegvis import --project` share: the file's
// records as domain::ImportLongTable reads them (io::CsvReader, from a stream or from the
// request's body; or the first sheet of an Excel workbook, xlsx::ReadFirstSheet), and the
// result as JSON.

#include <istream>
#include <memory>
#include <string_view>

#include <boost/json/object.hpp>

#include "domain/long_import.h"
#include "io/csv_reader.h"
#include "web/render/catalogue.h"

namespace stegvis::web {

class CsvRecordSource : public domain::RecordSource {
 public:
  explicit CsvRecordSource(std::istream& in) : reader_(in) {}
  explicit CsvRecordSource(std::string_view text) : reader_(text) {}
  core::Result<bool> Next(std::vector<std::string>& fields, std::size_t& line) override {
    return reader_.Next(fields, line);
  }

 private:
  io::CsvReader reader_;
};

// The long table of `bytes` (a request's body, a file read whole): an Excel workbook's first
// sheet when they begin as a zip archive does (read whole, domain::SheetRecords), else CSV (read
// record by record from `bytes`, which must outlive it). Holds the sheet it read.
class LongTableFile {
 public:
  // Fails as xlsx::ReadFirstSheet for a workbook; CSV is read (and refused) record by record.
  static core::Result<LongTableFile> Read(std::string_view bytes);
  domain::RecordSource& records() { return *records_; }
  // The sheet's name, or empty for CSV.
  std::string sheet() const { return table_ ? table_->sheet : std::string(); }

 private:
  std::unique_ptr<domain::ImportSheet> table_;  // a workbook's sheet; none for CSV
  std::unique_ptr<domain::RecordSource> records_;
};

// {"saved", "sheet" (the workbook's sheet read, or null for CSV), "rows", "measures",
//  "created", "changed", "removed", "problem_count", "problems": ImportProblemsJson (the first
//  domain::kMaxListedProblems)}.
boost::json::object LongImportJson(const Catalogue& catalogue, std::string_view lang,
                                   const domain::LongImportResult& result,
                                   const std::string& sheet);

}  // namespace stegvis::web
