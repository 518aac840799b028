#include "web/improvement/import_file.h"

#include <boost/json/array.hpp>

#include "core/text.h"
#include "io/csv.h"
#include "web/render/entity_json.h"
#include "web/render/error_text.h"
#include "xlsx/reader.h"

namespace stegvis::web {
namespace {

core::Error FileError(std::string message, std::string key) {
  return core::Error::Invalid(std::move(message), "file", std::move(key));
}

// The other language's code.
std::string_view Other(std::string_view lang) {
  return lang == "en" ? "sv" : "en";
}

}  // namespace

core::Result<domain::ImportSheet> ReadImportFile(std::string_view bytes) {
  if (bytes.size() > domain::kMaxImportBytes) {
    core::Error e = FileError("the file is too large", "error.import.too_large");
    e.params.push_back(
        core::ErrorParam::Number("max", static_cast<std::int64_t>(domain::kMaxImportBytes)));
    return core::Fail(std::move(e));
  }
  if (bytes.empty()) return core::Fail(FileError("the file is empty", "error.import.empty_file"));
  if (xlsx::LooksLikeZip(bytes)) {
    auto table = xlsx::ReadFirstSheet(bytes);
    if (!table) return core::Fail(table.error());
    return domain::ImportSheet{std::move(table->header), table->header_line, std::move(table->rows),
                               std::move(table->lines), std::move(table->sheet)};
  }
  auto table = io::ParseCsv(bytes);
  if (!table) {
    core::Error e = table.error();
    e.field = "file";
    return core::Fail(std::move(e));
  }
  return domain::ImportSheet{std::move(table->header), table->header_line, std::move(table->rows),
                             std::move(table->lines)};
}

domain::HeaderWords ImportHeaderWords(const Catalogue& catalogue, std::string_view lang) {
  domain::HeaderWords words;
  for (std::string_view l : {lang, Other(lang)}) {
    words.period.push_back(catalogue.Get(l, "grid.period"));
    words.numerator.push_back(catalogue.Get(l, "grid.numerator"));
    words.denominator.push_back(catalogue.Get(l, "grid.denominator"));
    for (const char* group : {"women", "men", "girls", "boys", "total"}) {
      const std::string key = std::string("group.") + group;
      words.groups[group].push_back(catalogue.Get(l, key + "_label"));
      words.groups[group].push_back(catalogue.Get(l, key));
    }
  }
  return words;
}

std::string ImportProblemText(const Catalogue& catalogue, std::string_view lang,
                              const domain::ImportProblem& problem) {
  std::string reason = ErrorText(catalogue, lang, problem.error);
  if (!problem.written.empty()) {
    reason = catalogue.Format(lang, "import.problem_written",
                              {{"written", problem.written}, {"reason", reason}});
  }
  if (problem.line == 0) return reason;
  if (problem.column == 0) {
    return catalogue.Format(lang, "import.problem_row",
                            {{"row", std::to_string(problem.line)}, {"reason", reason}});
  }
  return catalogue.Format(lang, "import.problem_cell",
                          {{"row", std::to_string(problem.line)},
                           {"column", domain::ColumnLetter(problem.column)},
                           {"heading", core::ShortPrefix(problem.heading)},
                           {"reason", reason}});
}

boost::json::object ImportJson(const Catalogue& catalogue, std::string_view lang,
                               const domain::ImportDetails& details) {
  const domain::ObservationImport& r = details.record;
  const domain::ImportPreview& preview = details.preview;
  boost::json::array problems;
  for (const domain::ImportProblem& p : preview.problems) {
    boost::json::object o{{"row", static_cast<std::int64_t>(p.line)},
                          {"column", p.column == 0 ? "" : domain::ColumnLetter(p.column)},
                          {"column_name", p.heading},
                          {"message", ImportProblemText(catalogue, lang, p)},
                          {"key", p.error.key}};
    problems.push_back(std::move(o));
  }
  boost::json::array rows;
  for (const domain::ImportRow& row : preview.rows) {
    boost::json::object cells;
    for (std::size_t c = 0; c < row.cells.size() && c < preview.header.size(); ++c) {
      cells[preview.header[c]] = row.cells[c];
    }
    rows.push_back(boost::json::object{{"row", static_cast<std::int64_t>(row.line)},
                                       {"period", row.period},
                                       {"cells", std::move(cells)}});
  }
  boost::json::object out = EntityJson(r);
  out["sheet"] =
      preview.sheet.empty() ? boost::json::value(nullptr) : boost::json::value(preview.sheet);
  out["rows"] = static_cast<std::int64_t>(preview.rows.size());
  out["problems"] = std::move(problems);
  out["read"] = std::move(rows);
  return out;
}

}  // namespace stegvis::web
