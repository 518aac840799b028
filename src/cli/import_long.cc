#include "cli/import_long.h"

#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/command.h"
#include "core/clock.h"
#include "domain/long_import.h"
#include "web/http/embedded_files.h"
#include "web/improvement/import_file.h"
#include "web/improvement/long_import_file.h"
#include "web/render/catalogue.h"
#include "web/render/error_text.h"

namespace stegvis::cli {
namespace {

const domain::Actor kCli{std::nullopt, std::nullopt, "cli", ""};

// An Excel workbook is a zip archive: "PK\3\4".
bool LooksLikeWorkbook(std::istream& in) {
  char magic[4] = {};
  in.read(magic, 4);
  const bool zip = in.gcount() == 4 && std::string_view(magic, 4) == "PK\x03\x04";
  in.clear();
  in.seekg(0);
  return zip;
}

}  // namespace

int RunLongImport(const DatabaseOptions& database, std::int64_t project, const std::string& path,
                  const std::string& lang, bool check) {
  auto catalogue = web::Catalogue::Load(web::EmbeddedFiles());
  if (!catalogue) return ReportError(catalogue.error());
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "stegvis: " << path << ": cannot read\n";
    return kExitUsage;
  }
  if (LooksLikeWorkbook(in)) {
    std::cerr << "stegvis: " << path
              << ": a long table is read from a CSV file; save the sheet as CSV (UTF-8)\n";
    return kExitUsage;
  }
  auto opened = OpenDatabase(database);
  if (!opened) return ReportError(opened.error());
  try {
    opened->store->Migrate();
    core::SystemClock clock;
    web::CsvRecordSource records(in);
    const std::string name = std::filesystem::path(path).filename().string();
    auto result =
        domain::ImportLongTable(*opened->store, clock, nullptr, kCli, project, name, records,
                                web::LongTableHeaderWords(*catalogue, lang), check);
    if (!result) {
      if (result.error().code == core::ErrorCode::kInvalidInput) {
        std::cerr << "stegvis: " << path << ": " << web::ErrorText(*catalogue, lang, result.error())
                  << "\n";
        return kExitUsage;
      }
      return ReportError(result.error());
    }
    for (const domain::ImportProblem& p : result->problems) {
      std::cerr << path << ": " << web::ImportProblemText(*catalogue, lang, p) << "\n";
    }
    if (result->problem_count > result->problems.size()) {
      std::cerr << path << ": " << result->problem_count - result->problems.size()
                << " more problems not listed\n";
    }
    if (result->problem_count > 0) {
      std::cerr << "stegvis: " << path << ": nothing was saved (" << result->problem_count
                << " problems)\n";
      return kExitUsage;
    }
    std::cout << path << ": " << result->rows << " rows read for " << result->measures
              << " measures of project " << project << ": " << result->created << " values "
              << (check ? "would be " : "") << "added, " << result->changed << " changed, "
              << result->removed << " removed" << (check ? " (checked only, nothing saved)" : "")
              << "\n";
    return kExitOk;
  } catch (const std::exception& e) {
    std::cerr << "stegvis: " << e.what() << "\n";
    return kExitFailure;
  }
}

}  // namespace stegvis::cli
