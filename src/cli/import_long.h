#pragma once
// `stegvis import --project ID FILE`: a long table of many measures (domain/long_import.h).

#include <string>

#include "cli/database_options.h"

namespace stegvis::cli {

// Streams the CSV file `path` into the project's measures; prints what was saved on stdout,
// or every problem (the first domain::kMaxListedProblems) on stderr. Returns the exit code.
int RunLongImport(const DatabaseOptions& database, std::int64_t project, const std::string& path,
                  const std::string& lang);

}  // namespace stegvis::cli
