#pragma once
// What the import's page, its JSON twin and `stegvis import` share: reading the file's bytes
// (an Excel workbook's first sheet, xlsx::ReadFirstSheet; a Kolada v3 JSON answer,
// io::ParseKoladaPage; or io::ParseCsv: Excel's Swedish dialect or plain CSV, UTF-8 or
// Windows-1252), the grid's
// words a header may use (from the catalogue, in both languages), and a problem in words.

#include <string>
#include <string_view>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "core/error.h"
#include "domain/imports.h"
#include "domain/long_table.h"
#include "io/kolada.h"
#include "web/http/http.h"
#include "web/render/catalogue.h"

namespace stegvis::web {

// The file as a sheet: an .xlsx file (known by its first bytes, a zip archive's) by its first
// sheet; a JSON object as a Kolada answer of one key figure for one area (a row per year, the
// columns Period, K, M, T; ImportSheet::kolada names the series); anything else as CSV. Fails
// with kInvalidInput, field "file": io::ParseKoladaPage's refusal ("error.kolada.*"), a
// Kolada file of several series ("error.kolada.several_series", parameter "series"), one page
// of several ("error.kolada.more_pages") or none ("error.kolada.no_values"), key
// "error.import.too_large" (parameter "max", in bytes) over domain::kMaxImportBytes,
// "error.import.empty_file" for no bytes, xlsx::ReadFirstSheet's refusal ("error.xlsx.*"), or
// io::ParseCsv's (its key and the parameter "line").
core::Result<domain::ImportSheet> ReadImportFile(std::string_view bytes);

// The first sheet of the Excel workbook `bytes` as an import reads it (xlsx::ReadFirstSheet,
// whose refusals it gives, and without ReadImportFile's size limit).
core::Result<domain::ImportSheet> ReadWorkbookSheet(std::string_view bytes);

// The file an import page's form sent (its file field "fil"), read by ReadImportFile, and its
// name without any folder a browser may send with it. Fails with kInvalidInput, field "file",
// "error.import.no_file" when no file was chosen, or as ReadImportFile.
struct UploadedSheet {
  std::string file_name;
  domain::ImportSheet sheet;
};
core::Result<UploadedSheet> ReadUploadedFile(const Request& request);

// A Kolada answer as the sheet an import reads: a row per year, earliest first, and a column
// per gender code that has a value (header Period, K, M, T), marked with its series
// (ImportSheet::kolada). One series only: several key figures or areas
// ("error.kolada.several_series"), one page of several ("error.kolada.more_pages") or no
// records ("error.kolada.no_values") are refused.
core::Result<domain::ImportSheet> KoladaImportSheet(io::KoladaPage page);

// The media type of a Content-Type header, without its parameters, trimmed and lower case:
// "Text/CSV; charset=utf-8" -> "text/csv".
std::string MediaTypeOf(std::string_view content_type);

// The grid's words in `lang` first, then in the other language, then Kolada's gender codes
// (K for women and girls, M for men and boys, T for total).
domain::HeaderWords ImportHeaderWords(const Catalogue& catalogue, std::string_view lang);

// The words of a long table's header and group cells (domain/long_table.h), `lang`'s first:
// Mått, Period, Grupp, Värde (or Täljare), Nämnare and their English twins; the groups as
// ImportHeaderWords names them.
domain::LongTableWords LongTableHeaderWords(const Catalogue& catalogue, std::string_view lang);

// One problem in words: "Rad 4, kolumn B (Kvinnor): Det är inte ett tal." (or without the
// column, or about the whole file).
std::string ImportProblemText(const Catalogue& catalogue, std::string_view lang,
                              const domain::ImportProblem& problem);

// The import as the API answers it: id, measure_id, file_name, status, created_at,
// committed_at, sheet (the workbook's sheet read, or null for CSV), source (KoladaSourceJson
// for a Kolada file, else null), rows (how many), problems
// ([{row, column, column_name, message, key}]) and the rows as read ([{row, period, cells:
// {heading: text}}]).
// A Kolada series in words: "Kolada, nyckeltal N00945 för kommun 0180".
std::string KoladaSourceText(const Catalogue& catalogue, std::string_view lang,
                             const domain::KoladaSource& source);

// A Kolada series as JSON: {"kind": "kolada", "kpi", "municipality" or "ou"}.
boost::json::object KoladaSourceJson(const domain::KoladaSource& source);

// Problems as the API answers them: row, column (its letter), column_name, message, key.
boost::json::array ImportProblemsJson(const Catalogue& catalogue, std::string_view lang,
                                      const std::vector<domain::ImportProblem>& problems);

boost::json::object ImportJson(const Catalogue& catalogue, std::string_view lang,
                               const domain::ImportDetails& details);

}  // namespace stegvis::web
