#pragma once
// A long table of a project's measures, staged from the project's import page: read and kept
// until someone commits it (or stages a newer file for the same project), so that the preview
// and the commit see the same rows (domain/long_table_imports.h).

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "core/describe.h"
#include "domain/observation_import_record.h"
#include "domain/organisation.h"

namespace stegvis::domain {

struct LongTableImport {
  Id id = 0;
  Id organisation_id = 0;
  Id project_id = 0;
  std::optional<Id> user_id;  // who uploaded it
  std::string created_by;     // the uploader's e-mail
  std::int64_t created_at = 0;
  std::string file_name;
  std::string sheet_json;  // the file as read (EncodeSheet): header and rows of text
  std::string status = std::string(kImportStaged);
  std::optional<std::int64_t> committed_at;
};

// The file's text is large and is in the preview; the audit trail names the file.
constexpr auto Describe(std::type_identity<LongTableImport>) {
  using L = LongTableImport;
  return std::tuple{
      core::Field("id", &L::id, core::kKey),
      core::Field("organisation_id", &L::organisation_id,
                  core::kFixed | core::kNotAudited | core::kInternal),
      core::Field("project_id", &L::project_id, core::kFixed),
      core::Field("user_id", &L::user_id, core::kFixed | core::kInternal),
      core::Field("created_by", &L::created_by, core::kFixed),
      core::Field("created_at", &L::created_at, core::kFixed | core::kUnixTime),
      core::Field("file_name", &L::file_name, core::kFixed),
      core::Field("sheet_json", &L::sheet_json, core::kFixed | core::kNotAudited | core::kInternal),
      core::Field("status", &L::status),
      core::Field("committed_at", &L::committed_at, core::kUnixTime)};
}

}  // namespace stegvis::domain
