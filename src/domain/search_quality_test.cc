// The quality of search on Swedish text: a labelled set of queries against the fixture corpus
// tests/search/swedish_corpus.json, scored by precision at 5 (the share of the first five
// results that are relevant; a query with fewer than five relevant documents is scored
// against that many, so a perfect answer scores 1). The table it prints is the one in
// docs/performance.md; the goal is a mean of at least 0.8.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include <boost/json/parse.hpp>

#include "domain/search.h"
#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

constexpr double kGoal = 0.8;

boost::json::object LoadCorpus() {
  std::ifstream in(STEGVIS_SOURCE_DIR "/tests/search/swedish_corpus.json");
  std::stringstream text;
  text << in.rdbuf();
  return boost::json::parse(text.str()).as_object();
}

std::string Text(const boost::json::object& o, const char* name) {
  const boost::json::value* v = o.if_contains(name);
  return v ? std::string(v->as_string()) : std::string();
}

class SearchQualityTest : public DomainTest {
 protected:
  // Stores every document of the corpus in one project of Solvik's team; returns each
  // result's corpus key.
  std::map<std::pair<SearchKind, Id>, std::string> StoreCorpus(const boost::json::array& docs) {
    const Id project = MakeProject(solvik_.member, solvik_.team, "Kunskapsbanken");
    const Id idea = MakeIdea(solvik_.member, project, "Testidéer");
    std::map<std::pair<SearchKind, Id>, std::string> keys;
    Ok(store_.Write([&](StoreTx& tx) -> core::Result<bool> {
      for (const boost::json::value& v : docs) {
        const boost::json::object& d = v.as_object();
        if (Text(d, "kind") == "idea") {
          ChangeIdea i;
          i.organisation_id = solvik_.id;
          i.project_id = project;
          i.title = Text(d, "title");
          i.description = Text(d, "description");
          keys[{SearchKind::kIdea, tx.Pdsa().CreateIdea(i, 1)}] = Text(d, "key");
          continue;
        }
        PdsaCycle c;
        c.organisation_id = solvik_.id;
        c.project_id = project;
        c.change_idea_id = idea;
        c.content.title = Text(d, "title");
        c.content.question = Text(d, "question");
        c.content.observations = Text(d, "observations");
        c.content.learning = Text(d, "learning");
        c.content.decision = ParsePdsaDecision(Text(d, "decision")).value_or(PdsaDecision::kNone);
        keys[{SearchKind::kCycle, tx.Pdsa().CreateCycle(c)}] = Text(d, "key");
      }
      return true;
    }));
    return keys;
  }
};

TEST_F(SearchQualityTest, PrecisionAtFiveReachesTheGoal) {
  const boost::json::object corpus = LoadCorpus();
  const auto keys = StoreCorpus(corpus.at("documents").as_array());
  double sum = 0;
  int queries = 0;
  std::string table = "| query | relevant | found in the first 5 | P@5 |\n|---|---|---|---|\n";
  for (const boost::json::value& v : corpus.at("queries").as_array()) {
    const boost::json::object& q = v.as_object();
    std::vector<std::string> relevant;
    for (const boost::json::value& r : q.at("relevant").as_array()) {
      relevant.emplace_back(r.as_string());
    }
    SearchResults found = Ok(Search(store_, solvik_.admin, {.q = Text(q, "q")}), "Search");
    int hits = 0;
    std::string first;
    for (std::size_t i = 0; i < found.results.size() && i < 5; ++i) {
      auto key = keys.find({found.results[i].kind, found.results[i].id});
      const std::string name = key == keys.end() ? "other" : key->second;
      first += (first.empty() ? "" : " ") + name;
      hits += std::count(relevant.begin(), relevant.end(), name) > 0 ? 1 : 0;
    }
    const double precision =
        static_cast<double>(hits) / static_cast<double>(std::min<std::size_t>(5, relevant.size()));
    sum += precision;
    ++queries;
    char cell[16];
    std::snprintf(cell, sizeof cell, "%.2f", precision);
    table += "| " + Text(q, "q") + " | " + std::to_string(relevant.size()) + " | " + first + " | " +
             cell + " |\n";
  }
  ASSERT_GT(queries, 0);
  const double mean = sum / queries;
  std::printf("%s\nmean precision at 5 over %d queries: %.2f (goal %.2f)\n", table.c_str(), queries,
              mean, kGoal);
  EXPECT_GE(mean, kGoal);
}

}  // namespace
}  // namespace stegvis::domain
