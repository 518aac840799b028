#include "cli/import_long.h"

#include <unistd.h>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include "cli/command.h"
#include "core/clock.h"
#include "domain/long_import.h"
#include "web/http/embedded_files.h"
#include "web/improvement/import_file.h"
#include "web/improvement/long_import_file.h"
#include "web/render/catalogue.h"
#include "web/render/error_text.h"
#include "xlsx/reader.h"

namespace stegvis::cli {
namespace {

const domain::Actor kCli{std::nullopt, std::nullopt, "cli", ""};

// Whether the file begins as an Excel workbook does (xlsx::LooksLikeZip); read from the start.
bool LooksLikeWorkbook(std::istream& in) {
  char magic[4] = {};
  in.read(magic, 4);
  const bool zip =
      xlsx::LooksLikeZip(std::string_view(magic, static_cast<std::size_t>(in.gcount())));
  in.clear();
  in.seekg(0);
  return zip;
}

// The records of `inner`, telling on stderr how many rows have been read when reading takes
// longer than a second (then at most once a second; on a terminal the line is rewritten).
class ProgressRecords : public domain::RecordSource {
 public:
  ProgressRecords(domain::RecordSource& inner, std::string path)
      : inner_(inner),
        path_(std::move(path)),
        tty_(isatty(STDERR_FILENO) != 0),
        next_(std::chrono::steady_clock::now() + std::chrono::seconds(1)) {}
  ~ProgressRecords() override {
    if (shown_ && tty_) std::cerr << "\n";
  }
  core::Result<bool> Next(std::vector<std::string>& fields, std::size_t& line) override {
    auto more = inner_.Next(fields, line);
    if (more && *more && (++records_ & 0xFFF) == 0) Tell();
    return more;
  }

 private:
  void Tell() {
    const auto now = std::chrono::steady_clock::now();
    if (now < next_) return;
    next_ = now + std::chrono::seconds(1);
    shown_ = true;
    std::cerr << (tty_ ? "\r" : "") << path_ << ": " << records_ - 1 << " rows read"
              << (tty_ ? "" : "\n") << std::flush;
  }

  domain::RecordSource& inner_;
  const std::string path_;
  const bool tty_;
  std::chrono::steady_clock::time_point next_;
  std::size_t records_ = 0;  // the header's included
  bool shown_ = false;
};

// Reads all of `in` into `bytes`; false when it holds more than xlsx::kMaxPartBytes.
bool ReadWhole(std::istream& in, std::string& bytes) {
  char buffer[64 * 1024];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > xlsx::kMaxPartBytes) return false;
  }
  return true;
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
  // A CSV file streams in; a workbook is read whole (its sheet is unpacked in memory anyway).
  std::optional<web::LongTableFile> workbook;
  std::string bytes;
  if (LooksLikeWorkbook(in)) {
    if (!ReadWhole(in, bytes)) {
      std::cerr << "stegvis: " << path << ": an Excel workbook of a long table may have at most "
                << xlsx::kMaxPartBytes / (1024 * 1024)
                << " MB; save the sheet as CSV (UTF-8), which may be of any size\n";
      return kExitUsage;
    }
    auto read = web::LongTableFile::Read(bytes);
    if (!read) {
      std::cerr << "stegvis: " << path << ": " << web::ErrorText(*catalogue, lang, read.error())
                << "\n";
      return kExitUsage;
    }
    workbook.emplace(std::move(*read));
  }
  auto opened = OpenDatabase(database);
  if (!opened) return ReportError(opened.error());
  try {
    opened->store->Migrate();
    core::SystemClock clock;
    web::CsvRecordSource csv(in);
    const std::string name = std::filesystem::path(path).filename().string();
    // The progress line ends (ProgressRecords' destructor) before the result is printed.
    auto result = [&] {
      ProgressRecords shown(workbook ? workbook->records() : csv, path);
      return domain::ImportLongTable(*opened->store, clock, nullptr, kCli, project, name, shown,
                                     web::LongTableHeaderWords(*catalogue, lang), check);
    }();
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
    std::cout << path << (workbook ? " (sheet " + workbook->sheet() + ")" : "") << ": "
              << result->rows << " rows read for " << result->measures << " measures of project "
              << project << ": " << result->created << " values " << (check ? "would be " : "")
              << "added, " << result->changed << " changed, " << result->removed << " removed"
              << (check ? " (checked only, nothing saved)" : "") << "\n";
    return kExitOk;
  } catch (const std::exception& e) {
    std::cerr << "stegvis: " << e.what() << "\n";
    return kExitFailure;
  }
}

}  // namespace stegvis::cli
