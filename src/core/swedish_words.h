#pragma once
// The words of Swedish text as the search index sees them: split at every character that is
// not a letter or digit, folded to lower case, and reduced to their stem by Snowball's
// Swedish stemmer ("kontaktpersonerna" → "kontaktperson"). SQLite's full-text tokenizer
// (store/sqlite_search_tokenizer.cc) and the highlighting of search results
// (domain/search.cc) both use it, so a highlighted word is a word the index matched.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

struct sb_stemmer;

namespace stegvis::core {

struct TextWord {
  std::size_t begin = 0;  // byte offsets into the text
  std::size_t end = 0;
  std::string lower;  // the word in lower case (UTF-8)
};

// The words of UTF-8 `text` in order. Invalid UTF-8 bytes separate words.
std::vector<TextWord> SplitWords(std::string_view text);

// Whether a lower-case word is one of Snowball's Swedish stop words ("och", "att", "alla"):
// words so common that PostgreSQL's `swedish` configuration leaves them out of its index, so
// a search leaves them out of its query on both engines.
bool IsSwedishStopWord(std::string_view lower_word);

// Snowball's Swedish stemmer. Not shared between threads: each owner makes its own.
class SwedishStemmer {
 public:
  SwedishStemmer();
  ~SwedishStemmer();
  SwedishStemmer(const SwedishStemmer&) = delete;
  SwedishStemmer& operator=(const SwedishStemmer&) = delete;

  // The stem of a lower-case word ("hemgångsplaneringen" → "hemgångsplanering").
  std::string Stem(std::string_view lower_word);

 private:
  sb_stemmer* stemmer_;
};

}  // namespace stegvis::core
