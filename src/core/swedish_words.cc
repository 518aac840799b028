#include "core/swedish_words.h"

#include <libstemmer.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <iterator>
#include <new>

namespace stegvis::core {
namespace {

// Snowball's Swedish stop list (snowballstem.org, algorithms/swedish/stop.txt), as
// PostgreSQL ships it in tsearch_data/swedish.stop.
constexpr std::string_view kStopWords[] = {
    "och",   "det",   "att",   "i",      "en",    "jag",    "hon",    "som",    "han",    "på",
    "den",   "med",   "var",   "sig",    "för",   "så",     "till",   "är",     "men",    "ett",
    "om",    "hade",  "de",    "av",     "icke",  "mig",    "du",     "henne",  "då",     "sin",
    "nu",    "har",   "inte",  "hans",   "honom", "skulle", "hennes", "där",    "min",    "man",
    "ej",    "vid",   "kunde", "något",  "från",  "ut",     "när",    "efter",  "upp",    "vi",
    "dem",   "vara",  "vad",   "över",   "än",    "dig",    "kan",    "sina",   "här",    "ha",
    "mot",   "alla",  "under", "någon",  "eller", "allt",   "mycket", "sedan",  "ju",     "denna",
    "själv", "detta", "åt",    "utan",   "varit", "hur",    "ingen",  "mitt",   "ni",     "bli",
    "blev",  "oss",   "din",   "dessa",  "några", "deras",  "blir",   "mina",   "samma",  "vilken",
    "er",    "sådan", "vår",   "blivit", "dess",  "inom",   "mellan", "sådant", "varför", "varje",
    "vilka", "ditt",  "vem",   "vilket", "sitta", "sådana", "vart",   "dina",   "vars",   "vårt",
    "våra",  "ert",   "era",   "vilkas",
};

}  // namespace

std::vector<TextWord> SplitWords(std::string_view text) {
  std::vector<TextWord> out;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  std::int32_t i = 0;
  TextWord word;
  bool in_word = false;
  while (i < length) {
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && u_isalnum(c)) {
      if (!in_word) word = TextWord{static_cast<std::size_t>(start), 0, {}};
      in_word = true;
      char lower[U8_MAX_LENGTH];
      std::int32_t n = 0;
      U8_APPEND_UNSAFE(lower, n, u_tolower(c));
      word.lower.append(lower, static_cast<std::size_t>(n));
      word.end = static_cast<std::size_t>(i);
    } else if (in_word) {
      out.push_back(std::move(word));
      in_word = false;
    }
  }
  if (in_word) out.push_back(std::move(word));
  return out;
}

bool IsSwedishStopWord(std::string_view lower_word) {
  return std::find(std::begin(kStopWords), std::end(kStopWords), lower_word) !=
         std::end(kStopWords);
}

SwedishStemmer::SwedishStemmer() : stemmer_(sb_stemmer_new("swedish", "UTF_8")) {
  if (stemmer_ == nullptr) throw std::bad_alloc();
}

SwedishStemmer::~SwedishStemmer() {
  sb_stemmer_delete(stemmer_);
}

std::string SwedishStemmer::Stem(std::string_view lower_word) {
  const sb_symbol* stem =
      sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(lower_word.data()),
                      static_cast<int>(lower_word.size()));
  if (stem == nullptr) throw std::bad_alloc();  // the stemmer's only failure
  return std::string(reinterpret_cast<const char*>(stem),
                     static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
}

}  // namespace stegvis::core
