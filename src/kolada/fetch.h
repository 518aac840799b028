#pragma once
// One Kolada key figure for one municipality or organisational unit, fetched from Kolada's
// API v3 page by page: /data/kpi/{KPI}/municipality/{ID} or /oudata/kpi/{KPI}/ou/{ID}, 5 000
// records a page, following `next_url` while it stays on the same server. docs/api.md,
// "Importing a file of a measure's values".

#include <cstddef>
#include <string>
#include <string_view>

#include "core/error.h"
#include "io/kolada.h"
#include "kolada/http_getter.h"

namespace stegvis::kolada {

// Kolada's own address of API v3; `serve --kolada-url` and `import --kolada-url` change it.
inline constexpr std::string_view kDefaultBaseUrl = "https://api.kolada.se/v3";

// Pages a fetch follows at most (Kolada gives 5 000 records a page; a key figure for one area
// has one record a year).
inline constexpr std::size_t kMaxPages = 3;

struct Series {
  std::string kpi;    // "N00945"
  std::string area;   // "0180", or an organisational unit's id
  bool unit = false;  // true: `area` is an organisational unit
};

// Whether `id` may be a Kolada id in an address: 1–32 ASCII letters, digits, '-' and '_'.
bool PlainKoladaId(std::string_view id);

// The address of the first page of `series` under `base_url` (no trailing slash needed).
std::string FirstPageUrl(std::string_view base_url, const Series& series);

// Every record of `series`, as one page without `next_url`. Fails with Error::Invalid (key
// "error.kolada.bad_id", field "kpi" or "area") for an id PlainKoladaId refuses, before any
// request; with ErrorCode::kUnavailable (key "error.kolada.unreachable", parameter "reason":
// the getter's words) when a page cannot be fetched, and Error::Invalid ("error.kolada.not_found",
// parameters "kpi" and "area") when Kolada answers 404; with io::ParseKoladaPage's refusal for a
// page that is not Kolada's answer; and with Error::Invalid for a `next_url` on another server
// ("error.kolada.foreign_next"), more than kMaxPages pages ("error.kolada.too_many_pages")
// or more than io::kMaxKoladaRecords records in all ("error.kolada.too_many").
core::Result<io::KoladaPage> FetchSeries(HttpGetter& getter, std::string_view base_url,
                                         const Series& series);

}  // namespace stegvis::kolada
