#include "web/improvement/import_file.h"

#include <algorithm>
#include <set>

#include <boost/json/array.hpp>

#include "core/text.h"
#include "io/csv.h"
#include "io/kolada.h"
#include "web/render/entity_json.h"
#include "web/render/error_text.h"
#include "xlsx/reader.h"

namespace stegvis::web {
namespace {

core::Error FileError(std::string message, std::string key) {
  return core::Error::Invalid(std::move(message), "file", std::move(key));
}

// How many series a refusal of a file with several names before "…".
constexpr std::size_t kSeriesNamed = 5;

}  // namespace

core::Result<domain::ImportSheet> KoladaImportSheet(io::KoladaPage page) {
  if (!page.next_url.empty()) {
    return core::Fail(FileError("one page of several", "error.kolada.more_pages"));
  }
  if (page.records.empty()) {
    return core::Fail(FileError("no Kolada values", "error.kolada.no_values"));
  }
  std::set<std::tuple<std::string, bool, std::string>> series;
  bool women = false, men = false, total = false;
  for (const io::KoladaRecord& r : page.records) {
    series.insert({r.kpi, r.unit, r.area});
    women |= !r.women.empty();
    men |= !r.men.empty();
    total |= !r.total.empty();
  }
  if (series.size() > 1) {
    std::string names;
    std::size_t named = 0;
    for (const auto& [kpi, unit, area] : series) {
      if (named++ == kSeriesNamed) {
        names += ", …";
        break;
      }
      names += (names.empty() ? "" : ", ") + kpi + " (" + area + ")";
    }
    core::Error e = FileError("several Kolada series", "error.kolada.several_series");
    e.params.push_back(core::ErrorParam::Text("series", names));
    return core::Fail(std::move(e));
  }
  std::stable_sort(
      page.records.begin(), page.records.end(),
      [](const io::KoladaRecord& a, const io::KoladaRecord& b) { return a.year < b.year; });
  domain::ImportSheet sheet;
  sheet.header.push_back("Period");
  if (women) sheet.header.push_back("K");
  if (men) sheet.header.push_back("M");
  if (total) sheet.header.push_back("T");
  for (std::size_t i = 0; i < page.records.size(); ++i) {
    io::KoladaRecord& r = page.records[i];
    std::vector<std::string> row{std::to_string(r.year)};
    if (women) row.push_back(std::move(r.women));
    if (men) row.push_back(std::move(r.men));
    if (total) row.push_back(std::move(r.total));
    sheet.rows.push_back(std::move(row));
    sheet.lines.push_back(i + 2);
  }
  const io::KoladaRecord& first = page.records.front();
  sheet.kolada = domain::KoladaSource{first.kpi, first.area, first.unit};
  return sheet;
}

namespace {

// The other language's code.
std::string_view Other(std::string_view lang) {
  return lang == "en" ? "sv" : "en";
}

}  // namespace

core::Result<domain::ImportSheet> ReadWorkbookSheet(std::string_view bytes) {
  auto table = xlsx::ReadFirstSheet(bytes);
  if (!table) return core::Fail(table.error());
  return domain::ImportSheet{std::move(table->header), table->header_line, std::move(table->rows),
                             std::move(table->lines), std::move(table->sheet)};
}

core::Result<domain::ImportSheet> ReadImportFile(std::string_view bytes) {
  if (bytes.size() > domain::kMaxImportBytes) {
    core::Error e = FileError("the file is too large", "error.import.too_large");
    e.params.push_back(
        core::ErrorParam::Number("max", static_cast<std::int64_t>(domain::kMaxImportBytes)));
    return core::Fail(std::move(e));
  }
  if (bytes.empty()) return core::Fail(FileError("the file is empty", "error.import.empty_file"));
  if (io::LooksLikeJsonObject(bytes)) {
    auto page = io::ParseKoladaPage(bytes);
    if (!page) return core::Fail(page.error());
    return KoladaImportSheet(std::move(*page));
  }
  if (xlsx::LooksLikeZip(bytes)) return ReadWorkbookSheet(bytes);
  auto table = io::ParseCsv(bytes);
  if (!table) {
    core::Error e = table.error();
    e.field = "file";
    return core::Fail(std::move(e));
  }
  return domain::ImportSheet{std::move(table->header), table->header_line, std::move(table->rows),
                             std::move(table->lines)};
}

core::Result<UploadedSheet> ReadUploadedFile(const Request& request) {
  const FormFile* file = nullptr;
  for (const FormFile& f : request.files) {
    if (f.field == "fil") file = &f;
  }
  if (!file || (file->file_name.empty() && file->bytes.empty())) {
    return core::Fail(core::Error::Invalid("no file", "file", "error.import.no_file"));
  }
  auto sheet = ReadImportFile(file->bytes);
  if (!sheet) return core::Fail(sheet.error());
  const std::size_t slash = file->file_name.find_last_of("/\\");
  return UploadedSheet{
      slash == std::string::npos ? file->file_name : file->file_name.substr(slash + 1),
      std::move(*sheet)};
}

std::string MediaTypeOf(std::string_view content_type) {
  return core::AsciiLower(core::Trim(content_type.substr(0, content_type.find(';'))));
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
  // Kolada's and SCB's gender codes, the same in every language (a Kolada file's columns).
  for (const char* group : {"women", "girls"}) words.groups[group].push_back("K");
  for (const char* group : {"men", "boys"}) words.groups[group].push_back("M");
  words.groups["total"].push_back("T");
  return words;
}

domain::LongTableWords LongTableHeaderWords(const Catalogue& catalogue, std::string_view lang) {
  domain::LongTableWords words;
  for (std::string_view l : {lang, Other(lang)}) {
    words.measure.push_back(catalogue.Get(l, "import.long.measure"));
    words.period.push_back(catalogue.Get(l, "grid.period"));
    words.group.push_back(catalogue.Get(l, "import.long.group"));
    words.value.push_back(catalogue.Get(l, "import.long.value"));
    words.denominator.push_back(catalogue.Get(l, "grid.denominator"));
  }
  for (std::string_view l : {lang, Other(lang)}) {
    words.value.push_back(catalogue.Get(l, "grid.numerator"));
  }
  words.groups = ImportHeaderWords(catalogue, lang).groups;
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

std::string KoladaSourceText(const Catalogue& catalogue, std::string_view lang,
                             const domain::KoladaSource& source) {
  return catalogue.Format(lang, source.unit ? "kolada.source_unit" : "kolada.source",
                          {{"kpi", source.kpi}, {"area", source.area}});
}

boost::json::object KoladaSourceJson(const domain::KoladaSource& source) {
  return boost::json::object{
      {"kind", "kolada"}, {"kpi", source.kpi}, {source.unit ? "ou" : "municipality", source.area}};
}

boost::json::array ImportProblemsJson(const Catalogue& catalogue, std::string_view lang,
                                      const std::vector<domain::ImportProblem>& problems) {
  boost::json::array out;
  for (const domain::ImportProblem& p : problems) {
    out.push_back(
        boost::json::object{{"row", static_cast<std::int64_t>(p.line)},
                            {"column", p.column == 0 ? "" : domain::ColumnLetter(p.column)},
                            {"column_name", p.heading},
                            {"message", ImportProblemText(catalogue, lang, p)},
                            {"key", p.error.key}});
  }
  return out;
}

boost::json::object ImportJson(const Catalogue& catalogue, std::string_view lang,
                               const domain::ImportDetails& details) {
  const domain::ObservationImport& r = details.record;
  const domain::ImportPreview& preview = details.preview;
  boost::json::array problems = ImportProblemsJson(catalogue, lang, preview.problems);
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
  out["source"] = preview.kolada ? KoladaSourceJson(*preview.kolada) : boost::json::value(nullptr);
  out["rows"] = static_cast<std::int64_t>(preview.rows.size());
  out["problems"] = std::move(problems);
  out["read"] = std::move(rows);
  return out;
}

}  // namespace stegvis::web
