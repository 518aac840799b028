#pragma once
// Kolada (the Council for the Promotion of Municipal Analyses' open database of municipal and
// regional key figures), API v3: reading the JSON a data request answers, as a file a team
// downloads or as one page fetched from the API. docs/import.md, "Kolada".
//
//   {"values": [{"kpi": "N00945", "municipality": "0180", "period": 2020,
//                "values": [{"gender": "K", "count": 1, "status": "", "value": 31.3,
//                            "isdeleted": false}, ...]}, ...],
//    "count": 1, "next_url": null, "previous_url": null}
//
// A record of an organisational unit (/oudata/) names "ou" instead of "municipality". Pure:
// bytes in, records out.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace stegvis::io {

// One key figure for one municipality (or organisational unit) and year. The values by
// Kolada's gender codes K (women), M (men) and T (total), as the shortest decimal text
// ("31.3"); empty where the record has none, its value is null, or it is marked deleted.
struct KoladaRecord {
  std::string kpi;    // "N00945"
  std::string area;   // a municipality "0180", or an organisational unit "V15E018001"
  bool unit = false;  // true: `area` is an organisational unit (ou)
  int year = 0;
  std::string women, men, total;
};

// One answer of the API (or a file saved from one): its records in the order given, and the
// address of the next page (empty on the last).
struct KoladaPage {
  std::vector<KoladaRecord> records;
  std::string next_url;
};

// More records than any one measure needs (Kolada's own page holds at most 5 000).
inline constexpr std::size_t kMaxKoladaRecords = 20'000;

// Whether `bytes` begin (after a UTF-8 byte order mark and white space) as a JSON object.
bool LooksLikeJsonObject(std::string_view bytes);

// Reads one v3 answer. Fails with Error::Invalid, field "file": "error.kolada.not_json" for
// text that is not JSON, "error.kolada.not_kolada" for JSON without Kolada's envelope (an
// object with the array "values"), "error.kolada.bad_record" (parameter "record", counted
// from 1) for a record without a key figure, an area or a year (1900–2200), with a gender
// other than K, M and T, or with a value that is neither a number nor null, and
// "error.kolada.too_many" (parameter "max") over kMaxKoladaRecords.
core::Result<KoladaPage> ParseKoladaPage(std::string_view json);

}  // namespace stegvis::io
