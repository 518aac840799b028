// `stegvis import --measure ID FILE`: a CSV, Excel or Kolada file of one measure's values into
// the database, through the use cases the measure page's import uses (domain/imports.h): the file
// is read, every problem is named by row and column, and only a file without problems is saved —
// all of it in one transaction, audited with the actor "cli" and the file's name.

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

#include "cli/command.h"
#include "cli/database_options.h"
#include "core/clock.h"
#include "domain/imports.h"
#include "web/http/embedded_files.h"
#include "web/improvement/import_file.h"
#include "web/render/catalogue.h"
#include "web/render/error_text.h"

namespace stegvis::cli {
namespace {

constexpr const char* kHelp =
    "Import a file of one measure's values: a CSV or Excel file laid out like the measure's\n"
    "grid (periods down, groups across; of an Excel workbook (.xlsx) the first sheet), or a\n"
    "Kolada file.\n\n"
    "The first row of a CSV or Excel file names the columns with the grid's words, in Swedish\n"
    "or English: Period, Kvinnor/Women, Män/Men, Totalt/Total (or Flickor/Girls, Pojkar/Boys)\n"
    "or Kolada's codes K, M, T; for proportions and rates a numerator and a denominator column\n"
    "per group, e.g. \"Kvinnor täljare\" and \"Kvinnor nämnare\". Excel's Swedish CSV (';',\n"
    "decimal comma, UTF-8 with BOM or Windows-1252) and plain CSV (',', decimal point) are both\n"
    "read; in a workbook a month written as a date is the period. An empty cell removes the\n"
    "value stored for that period and group.\n\n"
    "A Kolada file is the JSON answer of Kolada's API v3 for one key figure and one\n"
    "municipality or organisational unit, e.g. saved from\n"
    "https://api.kolada.se/v3/data/kpi/N00945/municipality/0180?per_page=5000 : its values for\n"
    "K, M and T become women (or girls), men (or boys) and total, one per year, and the measure\n"
    "(which must be yearly, one value per group) names Kolada as its source.\n\n"
    "At most 1 MB and one row per period the measure may hold (600). Nothing is saved unless\n"
    "the whole file is right: every problem is printed on stderr as\n"
    "\"Rad 4, kolumn B (Kvinnor): ...\" and the exit code is 2.\n\n"
    "Exit codes: 0 saved; 1 the database failed or the measure does not exist; 2 a bad option,\n"
    "an unreadable file, or a file with problems.\n\n"
    "Examples:\n"
    "  stegvis import --db var/stegvis.db --measure 12 fall-per-manad.csv\n"
    "  stegvis import --db var/stegvis.db --measure 14 kolada-N00945-0180.json";

const domain::Actor kCli{std::nullopt, std::nullopt, "cli", ""};

struct ImportOptions {
  DatabaseOptions database;
  std::int64_t measure = 0;
  std::string file;
  std::string lang = "sv";
};

// The file's bytes, refused unread when larger than an import may be.
core::Result<std::string> ReadBounded(const std::string& path) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) return core::Fail(core::Error::Invalid(path + ": " + ec.message(), "file"));
  if (size > domain::kMaxImportBytes) {
    return core::Fail(core::Error::Invalid(
        path + ": larger than " + std::to_string(domain::kMaxImportBytes) + " bytes", "file"));
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof())
    return core::Fail(core::Error::Invalid(path + ": cannot read", "file"));
  return bytes;
}

int Run(const ImportOptions& o) {
  auto catalogue = web::Catalogue::Load(web::EmbeddedFiles());
  if (!catalogue) return ReportError(catalogue.error());
  auto bytes = ReadBounded(o.file);
  if (!bytes) return ReportError(bytes.error());
  auto sheet = web::ReadImportFile(*bytes);
  if (!sheet) {
    std::cerr << "stegvis: " << o.file << ": " << web::ErrorText(*catalogue, o.lang, sheet.error())
              << "\n";
    return kExitUsage;
  }
  auto opened = OpenDatabase(o.database);
  if (!opened) return ReportError(opened.error());
  try {
    opened->store->Migrate();
    core::SystemClock clock;
    const domain::HeaderWords words = web::ImportHeaderWords(*catalogue, o.lang);
    const std::string name = std::filesystem::path(o.file).filename().string();
    auto staged =
        domain::StageImport(*opened->store, clock, nullptr, kCli, o.measure, name, *sheet, words);
    if (!staged) return ReportError(staged.error());
    for (const domain::ImportProblem& p : staged->preview.problems) {
      std::cerr << o.file << ": " << web::ImportProblemText(*catalogue, o.lang, p) << "\n";
    }
    if (!staged->preview.problems.empty()) return kExitUsage;
    auto committed =
        domain::CommitImport(*opened->store, clock, nullptr, kCli, staged->record.id, words);
    if (!committed) return ReportError(committed.error());
    std::cout << o.file << ": " << staged->preview.rows.size() << " rows read, "
              << committed->changed << " values saved or removed in measure " << o.measure << "\n";
    return kExitOk;
  } catch (const std::exception& e) {
    std::cerr << "stegvis: " << e.what() << "\n";
    return kExitFailure;
  }
}

}  // namespace

Command AddImportCommand(CLI::App& app) {
  auto options = std::make_shared<ImportOptions>();
  CLI::App* sub =
      app.add_subcommand("import", "Import a CSV, Excel or Kolada file of one measure's values");
  sub->footer(kHelp);
  AddDatabaseOptions(sub, options->database);
  sub->add_option("--measure", options->measure, "The measure's id (as in /matt/ID)")
      ->required()
      ->check(CLI::PositiveNumber);
  sub->add_option("--lang", options->lang, "sv|en: the language of the problems printed")
      ->check(CLI::IsMember({"sv", "en"}));
  sub->add_option("file", options->file, "The CSV, Excel (.xlsx) or Kolada (.json) file")
      ->required();
  return {sub, [options] { return Run(*options); }};
}

}  // namespace stegvis::cli
