#include "store/sqlite_search_tokenizer.h"

#include <sqlite3.h>

#include <memory>
#include <string>

#include "core/swedish_words.h"
#include "domain/store_failure.h"
#include "store/sqlite_fts5.h"

namespace stegvis::store {
namespace {

// A word longer than this is no Swedish word anyone searches for (a pasted URL, a hash):
// it is indexed cut at this many bytes rather than stemmed whole.
constexpr std::size_t kMaxWordBytes = 100;

struct Tokenizer {
  core::SwedishStemmer stemmer;
};

int Create(void*, const char**, int, Fts5Tokenizer** out) {
  try {
    *out = reinterpret_cast<Fts5Tokenizer*>(new Tokenizer());
    return SQLITE_OK;
  } catch (...) {
    return SQLITE_NOMEM;
  }
}

void Delete(Fts5Tokenizer* tokenizer) {
  delete reinterpret_cast<Tokenizer*>(tokenizer);
}

int Tokenize(Fts5Tokenizer* tokenizer, void* context, int, const char* text, int length,
             int (*token)(void*, int, const char*, int, int, int)) {
  try {
    auto* self = reinterpret_cast<Tokenizer*>(tokenizer);
    for (const core::TextWord& word :
         core::SplitWords(std::string_view(text, static_cast<std::size_t>(length)))) {
      const std::string stem = word.lower.size() > kMaxWordBytes
                                   ? word.lower.substr(0, kMaxWordBytes)
                                   : self->stemmer.Stem(word.lower);
      const int rc = token(context, 0, stem.data(), static_cast<int>(stem.size()),
                           static_cast<int>(word.begin), static_cast<int>(word.end));
      if (rc != SQLITE_OK) return rc;
    }
    return SQLITE_OK;
  } catch (...) {
    return SQLITE_NOMEM;
  }
}

}  // namespace

void RegisterSearchTokenizer(sqlite3* db) {
  fts5_api* api = Fts5Api(db);
  fts5_tokenizer tokenizer{Create, Delete, Tokenize};
  if (api->xCreateTokenizer(api, "stegvis_swedish", nullptr, &tokenizer, nullptr) != SQLITE_OK) {
    throw domain::StoreFailure("sqlite: cannot register the search tokenizer");
  }
}

}  // namespace stegvis::store
