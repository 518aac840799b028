#include "cli/database_options.h"

#include <filesystem>
#include <iostream>

#include "cli/command.h"
#include "store/database_url.h"

namespace stegvis::cli {

void AddDatabaseOptions(CLI::App* command, DatabaseOptions& options) {
  command
      ->add_option("--db", options.db,
                   "Database: a SQLite file path, sqlite:PATH or postgresql://USER@HOST/NAME "
                   "(default: DATA_DIR/stegvis.db)")
      ->envname("STEGVIS_DB");
  command
      ->add_option("--db-pool-size", options.pool_size,
                   "Database connections this process may open (one per concurrent request)")
      ->envname("STEGVIS_DB_POOL_SIZE")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  command
      ->add_option("--data-dir", options.data_dir,
                   "Folder for Stegvis's own files, created if missing")
      ->envname("STEGVIS_DATA_DIR")
      ->capture_default_str();
}

core::Result<store::DatabaseUrl> DatabaseLocation(const DatabaseOptions& options) {
  std::string location = options.db;
  if (location.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(options.data_dir, ec);
    if (ec) {
      return core::Fail(
          core::Error{core::ErrorCode::kUnavailable,
                      "cannot create the data directory " + options.data_dir + ": " + ec.message(),
                      "data-dir",
                      {}});
    }
    location = (std::filesystem::path(options.data_dir) / "stegvis.db").string();
  }
  return store::ParseDatabaseUrl(location);
}

core::Result<OpenedStore> OpenDatabase(const DatabaseOptions& options) {
  auto url = DatabaseLocation(options);
  if (!url) return core::Fail(url.error());
  auto opened = store::OpenStore(*url, {options.pool_size});
  if (!opened) return core::Fail(opened.error());
  return OpenedStore{std::move(*opened), store::DescribeDatabase(*url)};
}

int ReportError(const core::Error& error) {
  std::cerr << "stegvis: " << error.message << "\n";
  return error.code == core::ErrorCode::kInvalidInput ? kExitUsage : kExitFailure;
}

}  // namespace stegvis::cli
