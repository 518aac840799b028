// Scope words (store/search_scope_sql.h) pass the search tokenizer's stemming unchanged, for
// every digit, so the index holds exactly the word a query asks for.

#include "store/search_scope_sql.h"

#include <gtest/gtest.h>

#include "core/swedish_words.h"

namespace stegvis::store {
namespace {

TEST(SearchScopeWords, WriteEachDigitAsAConsonant) {
  EXPECT_EQ(TeamScopeWord(1234567890), "xxcdfghjklmb");
  EXPECT_EQ(ProgrammeScopeWord(7), "zzk");
  EXPECT_EQ(OrganisationScopeWord(10), "qqcb");
}

TEST(SearchScopeWords, AreKeptWholeByTheStemmer) {
  core::SwedishStemmer stemmer;
  for (domain::Id id : {domain::Id{1234567890}, domain::Id{9876543210}, domain::Id{1}}) {
    for (const std::string& word :
         {TeamScopeWord(id), ProgrammeScopeWord(id), OrganisationScopeWord(id)}) {
      EXPECT_EQ(stemmer.Stem(word), word);
    }
  }
}

}  // namespace
}  // namespace stegvis::store
