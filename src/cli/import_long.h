#pragma once
// `stegvis import --project ID FILE`: a long table of many measures (domain/long_import.h).

#include <string>

#include "cli/database_options.h"

namespace stegvis::cli {

// Streams the CSV file `path` (or reads the first sheet of the Excel workbook `path`, at most
// xlsx::kMaxPartBytes) into the project's measures (with `check`, only checks it);
// prints what was (or would be) saved on stdout, or every problem (the first
// domain::kMaxListedProblems) on stderr. Returns the exit code.
int RunLongImport(const DatabaseOptions& database, std::int64_t project, const std::string& path,
                  const std::string& lang, bool check);

}  // namespace stegvis::cli
