#pragma once
// A project's improvement story published on a public page (/publicerat/{slug}), with small
// numbers suppressed (domain/suppression.h). Unpublishing deletes the row, so the address
// answers 404 from then on; publishing again makes a new address.

#include <cstdint>
#include <string>
#include <tuple>
#include <type_traits>

#include "core/describe.h"
#include "domain/organisation.h"

namespace stegvis::domain {

struct Publication {
  Id id = 0;
  Id organisation_id = 0;
  Id project_id = 0;
  // The address's last part: the title in plain letters, then 16 random hex characters, so the
  // address reads as what it shows but cannot be guessed from a project's id or title.
  std::string slug;
  bool include_names = false;  // staff names shown (authors, scores' setters); off by default
  std::string published_by;    // e-mail of the chef or strateg who published
  std::int64_t published_at = 0;
};

constexpr auto Describe(std::type_identity<Publication>) {
  using P = Publication;
  return std::tuple{
      core::Field("id", &P::id, core::kKey),
      core::Field("organisation_id", &P::organisation_id, core::kFixed | core::kNotAudited),
      core::Field("project_id", &P::project_id, core::kFixed),
      core::Field("slug", &P::slug, core::kFixed),
      core::Field("include_names", &P::include_names),
      core::Field("published_by", &P::published_by, core::kFixed),
      core::Field("published_at", &P::published_at, core::kFixed | core::kUnixTime)};
}

// A programme's summary published on a public page (/publicerat/program/{slug}) by those who
// run it: the host's own teams only, with small numbers suppressed
// (domain/programme_publications.h). Unpublishing deletes the row.
struct ProgrammePublication {
  Id id = 0;
  Id organisation_id = 0;  // the host
  Id programme_id = 0;
  std::string slug;          // as Publication's: the name in plain letters and a random part
  std::string published_by;  // e-mail of the admin or strateg who published
  std::int64_t published_at = 0;
};

constexpr auto Describe(std::type_identity<ProgrammePublication>) {
  using P = ProgrammePublication;
  return std::tuple{
      core::Field("id", &P::id, core::kKey),
      core::Field("organisation_id", &P::organisation_id, core::kFixed | core::kNotAudited),
      core::Field("programme_id", &P::programme_id, core::kFixed),
      core::Field("slug", &P::slug, core::kFixed),
      core::Field("published_by", &P::published_by, core::kFixed),
      core::Field("published_at", &P::published_at, core::kFixed | core::kUnixTime)};
}

}  // namespace stegvis::domain
