#include "store/sqlite_search_rank.h"

#include <sqlite3.h>

#include <vector>

#include "domain/store_failure.h"
#include "store/sqlite_fts5.h"

namespace stegvis::store {
namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// The mean length of a document in words, once per query.
double MeanLength(const Fts5ExtensionApi* api, Fts5Context* fts) {
  if (auto* cached = static_cast<double*>(api->xGetAuxdata(fts, 0))) return *cached;
  sqlite3_int64 rows = 0;
  sqlite3_int64 words = 0;
  double mean = 1;
  if (api->xRowCount(fts, &rows) == SQLITE_OK &&
      api->xColumnTotalSize(fts, -1, &words) == SQLITE_OK && rows > 0 && words > 0) {
    mean = static_cast<double>(words) / static_cast<double>(rows);
  }
  auto* stored = new double(mean);
  api->xSetAuxdata(fts, stored, [](void* p) { delete static_cast<double*>(p); });
  return mean;
}

void Rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* out, int weights,
          sqlite3_value** weight) {
  std::vector<double> frequency(static_cast<std::size_t>(api->xPhraseCount(fts)), 0.0);
  int hits = 0;
  int length = 0;
  if (api->xInstCount(fts, &hits) != SQLITE_OK || api->xColumnSize(fts, -1, &length) != SQLITE_OK) {
    sqlite3_result_error(out, "stegvis_rank: cannot read the document", -1);
    return;
  }
  for (int i = 0; i < hits; ++i) {
    int phrase = 0;
    int column = 0;
    int offset = 0;
    if (api->xInst(fts, i, &phrase, &column, &offset) != SQLITE_OK) continue;
    frequency[static_cast<std::size_t>(phrase)] +=
        column < weights ? sqlite3_value_double(weight[column]) : 1.0;
  }
  const double norm = kK1 * (1 - kB + kB * length / MeanLength(api, fts));
  double score = 0;
  for (double f : frequency) score += f * (kK1 + 1) / (f + norm);
  sqlite3_result_double(out, -score);
}

}  // namespace

void RegisterSearchRank(sqlite3* db) {
  fts5_api* api = Fts5Api(db);
  if (api->xCreateFunction(api, "stegvis_rank", nullptr, Rank, nullptr) != SQLITE_OK) {
    throw domain::StoreFailure("sqlite: cannot register the search ranking");
  }
}

}  // namespace stegvis::store
