// `stegvis import --measure ID FILE`: a CSV, Excel or Kolada file of one measure's values into
// the database, through the use cases the measure page's import uses (domain/imports.h): the file
// is read, every problem is named by row and column, and only a file without problems is saved —
// all of it in one transaction, audited with the actor "cli" and the file's name.

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <variant>

#include "cli/command.h"
#include "cli/database_options.h"
#include "cli/import_long.h"
#include "core/clock.h"
#include "domain/imports.h"
#include "kolada/curl_getter.h"
#include "kolada/fetch.h"
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
    "With --kolada KPI and --municipality ID (or --ou ID) the same is fetched from Kolada's API\n"
    "(--kolada-url) instead of read from a file.\n\n"
    "With --project ID the file is a long table of many measures of the project, one value\n"
    "per row: the columns Mått (the measure's name or id), Period, Grupp (Kvinnor, Män,\n"
    "Totalt, K, M, T, …), Värde (or Täljare) and, for proportions and rates, Nämnare — or\n"
    "Measure, Period, Group, Value, Denominator. A CSV file of any size is read as it\n"
    "streams in; of an Excel workbook (at most 32 MB and 1,000,000 cells) the first sheet is\n"
    "read. Reading that takes more than a second prints on stderr, once a second, how many\n"
    "rows have been read. The first 100 problems are printed and nothing is saved unless\n"
    "there are none. With --check the table is checked and what would be saved is printed, but\n"
    "nothing is.\n\n"
    "Exit codes: 0 saved (with --check: checked, without problems); 1 the database failed,\n"
    "the measure or project does not exist or Kolada cannot be reached; 2 a bad option, an\n"
    "unreadable file, or a file (or Kolada answer) with problems.\n\n"
    "Examples:\n"
    "  stegvis import --db var/stegvis.db --measure 12 fall-per-manad.csv\n"
    "  stegvis import --db var/stegvis.db --measure 14 kolada-N00945-0180.json\n"
    "  stegvis import --db var/stegvis.db --measure 14 --kolada N00945 --municipality 0180\n"
    "  stegvis import --db var/stegvis.db --project 3 alla-matt.csv";

const domain::Actor kCli{std::nullopt, std::nullopt, "cli", ""};

struct ImportOptions {
  DatabaseOptions database;
  std::int64_t measure = 0;
  std::int64_t project = 0;  // a long table of the project's measures instead of one measure
  bool check = false;        // with project: check the table, save nothing
  std::string file;
  std::string lang = "sv";
  // Fetching from Kolada instead of reading a file: the key figure and one of the two areas.
  std::string kolada;
  std::string municipality;
  std::string unit;
  std::string kolada_url = std::string(kolada::kDefaultBaseUrl);
};

// What to import: the sheet and the name the audit trail gives it (the file's, or "Kolada KPI
// AREA"), read from the file or fetched from Kolada. Prints why not and gives the exit code.
struct Source {
  domain::ImportSheet sheet;
  std::string name;
  std::string where;  // how problems are prefixed on stderr
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

std::variant<Source, int> ReadSource(const ImportOptions& o, const web::Catalogue& catalogue) {
  if (o.kolada.empty()) {
    auto bytes = ReadBounded(o.file);
    if (!bytes) return ReportError(bytes.error());
    auto sheet = web::ReadImportFile(*bytes);
    if (!sheet) {
      std::cerr << "stegvis: " << o.file << ": " << web::ErrorText(catalogue, o.lang, sheet.error())
                << "\n";
      return kExitUsage;
    }
    return Source{std::move(*sheet), std::filesystem::path(o.file).filename().string(), o.file};
  }
  const kolada::Series series{o.kolada, o.unit.empty() ? o.municipality : o.unit, !o.unit.empty()};
  const std::string name = "Kolada " + series.kpi + " " + series.area;
  kolada::CurlGetter getter;
  auto page = kolada::FetchSeries(getter, o.kolada_url, series);
  core::Result<domain::ImportSheet> sheet =
      page ? web::KoladaImportSheet(std::move(*page)) : core::Fail(page.error());
  if (!sheet) {
    std::cerr << "stegvis: " << name << ": " << web::ErrorText(catalogue, o.lang, sheet.error())
              << "\n";
    return sheet.error().code == core::ErrorCode::kUnavailable ? kExitFailure : kExitUsage;
  }
  return Source{std::move(*sheet), name, name};
}

int Run(const ImportOptions& o) {
  auto catalogue = web::Catalogue::Load(web::EmbeddedFiles());
  if (!catalogue) return ReportError(catalogue.error());
  auto read = ReadSource(o, *catalogue);
  if (const int* exit = std::get_if<int>(&read)) return *exit;
  Source& source = std::get<Source>(read);
  auto opened = OpenDatabase(o.database);
  if (!opened) return ReportError(opened.error());
  try {
    opened->store->Migrate();
    core::SystemClock clock;
    const domain::HeaderWords words = web::ImportHeaderWords(*catalogue, o.lang);
    auto staged = domain::StageImport(*opened->store, clock, nullptr, kCli, o.measure, source.name,
                                      source.sheet, words);
    if (!staged) return ReportError(staged.error());
    for (const domain::ImportProblem& p : staged->preview.problems) {
      std::cerr << source.where << ": " << web::ImportProblemText(*catalogue, o.lang, p) << "\n";
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
  CLI::App* sub = app.add_subcommand("import",
                                     "Import a CSV, Excel or Kolada file of one measure's values, "
                                     "or a long table of a project's measures");
  sub->footer(kHelp);
  AddDatabaseOptions(sub, options->database);
  auto* measure =
      sub->add_option("--measure", options->measure, "The measure's id (as in /matt/ID)")
          ->check(CLI::PositiveNumber);
  auto* project = sub->add_option("--project", options->project,
                                  "Read a long table (CSV) of this project's measures (as in "
                                  "/projekt/ID) instead of one measure's file")
                      ->check(CLI::PositiveNumber);
  sub->add_option("--lang", options->lang, "sv|en: the language of the problems printed")
      ->check(CLI::IsMember({"sv", "en"}));
  auto* file = sub->add_option(
      "file", options->file,
      "The CSV, Excel (.xlsx) or Kolada (.json) file; with --project a CSV or Excel file");
  auto* kpi = sub->add_option("--kolada", options->kolada,
                              "Fetch this Kolada key figure (e.g. N00945) instead of reading a "
                              "file; with --municipality or --ou");
  auto* municipality = sub->add_option("--municipality", options->municipality,
                                       "The municipality or region's Kolada id (e.g. 0180)");
  auto* unit = sub->add_option("--ou", options->unit, "The organisational unit's Kolada id");
  sub->add_option("--kolada-url", options->kolada_url, "Kolada's API v3")->capture_default_str();
  file->excludes(kpi);
  project->excludes(measure)->excludes(kpi);
  sub->add_flag("--check", options->check,
                "With --project: check the table and print what would be saved, saving nothing")
      ->needs(project);
  municipality->needs(kpi)->excludes(unit);
  unit->needs(kpi);
  sub->callback([options, file, kpi, measure, project] {
    if (measure->count() + project->count() == 0)
      throw CLI::RequiredError("--measure or --project");
    if (file->count() + kpi->count() == 0) throw CLI::RequiredError("a FILE or --kolada");
    if (kpi->count() > 0 && options->municipality.empty() && options->unit.empty()) {
      throw CLI::RequiredError("--municipality or --ou with --kolada");
    }
  });
  return {sub, [options] {
            return options->project > 0
                       ? RunLongImport(options->database, options->project, options->file,
                                       options->lang, options->check)
                       : Run(*options);
          }};
}

}  // namespace stegvis::cli
