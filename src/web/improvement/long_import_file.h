#pragma once
// What the JSON twin of a long table's import and `stegvis import --project` share: the file's
// records as domain::ImportLongTable reads them (io::CsvReader, from a stream or from the
// request's body), and the result as JSON.

#include <istream>
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

// {"saved", "rows", "measures", "created", "changed", "removed", "problem_count",
//  "problems": ImportProblemsJson (the first domain::kMaxListedProblems)}.
boost::json::object LongImportJson(const Catalogue& catalogue, std::string_view lang,
                                   const domain::LongImportResult& result);

}  // namespace stegvis::web
