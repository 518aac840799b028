#pragma once
// A file of one measure's values, staged: read and kept until someone commits it (or stages
// a newer file for the same measure), so the preview and the commit see the same rows.

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "core/describe.h"
#include "domain/organisation.h"

namespace stegvis::domain {

inline constexpr std::string_view kImportStaged = "staged";
inline constexpr std::string_view kImportCommitted = "committed";

struct ObservationImport {
  Id id = 0;
  Id organisation_id = 0;
  Id measure_id = 0;
  std::optional<Id> user_id;  // who uploaded it; none from the command line
  std::string created_by;     // the uploader's e-mail, or "cli"
  std::int64_t created_at = 0;
  std::string file_name;
  // The measure's data version when the file was read: a commit after another save of the
  // grid is refused, as a stale grid is.
  std::int64_t base_version = 0;
  std::string sheet_json;  // the file as read (EncodeSheet): header and rows of text
  std::string status = std::string(kImportStaged);
  std::optional<std::int64_t> committed_at;
};

// The file's text is large and is in the preview; the audit trail and the API name the file.
constexpr auto Describe(std::type_identity<ObservationImport>) {
  return std::tuple{
      core::Field("id", &ObservationImport::id, core::kKey),
      core::Field("organisation_id", &ObservationImport::organisation_id,
                  core::kFixed | core::kNotAudited | core::kInternal),
      core::Field("measure_id", &ObservationImport::measure_id, core::kFixed),
      core::Field("user_id", &ObservationImport::user_id, core::kFixed | core::kInternal),
      core::Field("created_by", &ObservationImport::created_by, core::kFixed),
      core::Field("created_at", &ObservationImport::created_at, core::kFixed | core::kUnixTime),
      core::Field("file_name", &ObservationImport::file_name, core::kFixed),
      core::Field("base_version", &ObservationImport::base_version, core::kFixed),
      core::Field("sheet_json", &ObservationImport::sheet_json,
                  core::kFixed | core::kNotAudited | core::kInternal),
      core::Field("status", &ObservationImport::status),
      core::Field("committed_at", &ObservationImport::committed_at, core::kUnixTime)};
}

}  // namespace stegvis::domain
