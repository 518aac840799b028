// Searching what everyone learned (search.h) as users see it: each role finds only what its
// own pages would show, the excerpt marks the matching words, and bad queries and filters are
// refused with the field named.

#include "domain/search.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "domain/reflection_note.h"
#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

class SearchTest : public DomainTest {
 protected:
  SearchTest() {
    programme_ = MakeProgramme(solvik_.strateg, "Trygg hemgång");
    Join(solvik_.strateg, programme_, solvik_.team);
    project_ = MakeProject(solvik_.member, solvik_.team, "Trygg hemkomst", programme_);
    idea_ = MakeIdea(solvik_.member, project_, "Namngiven kontaktperson");
    PdsaContent plan = CompletePlan("Kontaktperson vid utskrivning");
    plan.prediction = "Kontaktpersonerna hinner ringa alla före hemgången";
    cycle_ =
        Ok(AddPdsaCycle(store_, clock_, solvik_.member, As(solvik_.member), project_, idea_, plan));
    package_idea_ = Ok(AddPackageChangeIdea(store_, clock_, solvik_.strateg, As(solvik_.strateg),
                                            programme_, "Uppringning av kontaktperson", ""));
    ReflectionNote note;
    note.held_on = "2026-12-01";
    note.title = "Kontaktpersoner i hemtjänsten";
    note.text = "Vi talade om tiden de behöver";
    note.unit_ids = {solvik_.home_care};
    note_ = Ok(CreateReflectionNote(store_, clock_, solvik_.chef, As(solvik_.chef), note));
    // Norrby has the same words in its own work.
    Id norrby_project = MakeProject(norrby_.member, norrby_.team, "Norrbys hemgång");
    Id norrby_idea = MakeIdea(norrby_.member, norrby_project, "Kontaktperson i Norrby");
    MakeCycle(norrby_.member, norrby_project, norrby_idea);
  }

  std::vector<std::pair<SearchKind, Id>> Found(const Principal& who, SearchQuery q) {
    std::vector<std::pair<SearchKind, Id>> out;
    for (const SearchResult& r : Ok(Search(store_, who, q), "Search").results) {
      out.emplace_back(r.kind, r.id);
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  Id programme_ = 0, project_ = 0, idea_ = 0, cycle_ = 0, package_idea_ = 0, note_ = 0;
};

TEST_F(SearchTest, EachReaderFindsWhatTheirOwnPagesShowAndNothingMore) {
  const SearchQuery q{.q = "kontaktperson"};
  using P = std::pair<SearchKind, Id>;
  const std::vector<P> team_work = {P{SearchKind::kCycle, cycle_}, P{SearchKind::kIdea, idea_},
                                    P{SearchKind::kIdea, package_idea_}};
  EXPECT_EQ(Found(solvik_.member, q), team_work);
  // The manager of the unit also reads the reflection note; the team member does not.
  std::vector<P> with_note = team_work;
  with_note.push_back({SearchKind::kReflection, note_});
  std::sort(with_note.begin(), with_note.end());
  EXPECT_EQ(Found(solvik_.chef, q), with_note);
  EXPECT_EQ(Found(solvik_.strateg, q), with_note);
  // A politician reads the teams' work but not managers' reflections.
  EXPECT_EQ(Found(solvik_.politiker, q), team_work);
  // The school's team member and manager see none of the care team's work.
  EXPECT_TRUE(Found(solvik_.school_member, q).empty());
  EXPECT_TRUE(Found(solvik_.school_chef, q).empty());
  // Norrby finds only its own.
  for (const auto& [kind, id] : Found(norrby_.admin, q)) {
    EXPECT_NE(id, cycle_);
    EXPECT_NE(kind, SearchKind::kReflection);
  }
}

TEST_F(SearchTest, TheExcerptMarksTheMatchingWords) {
  SearchQuery q{.q = "kontaktperson hemgång"};
  SearchResults found = Ok(Search(store_, solvik_.member, q));
  ASSERT_EQ(found.results.size(), 1u);
  std::vector<std::string> hits;
  for (const ExcerptPiece& p : found.results[0].excerpt) {
    if (p.hit) hits.push_back(p.text);
  }
  EXPECT_EQ(hits, (std::vector<std::string>{"Kontaktpersonerna", "hemgången"}));
  EXPECT_NE(ExcerptText(found.results[0].excerpt).find("hinner ringa alla"), std::string::npos);
}

TEST_F(SearchTest, FiltersNarrowTheResults) {
  EXPECT_EQ(Found(solvik_.chef, {.q = "kontaktperson", .kinds = {SearchKind::kReflection}}),
            (std::vector{std::pair{SearchKind::kReflection, note_}}));
  // The unit filter leaves out the programme's change package, which belongs to no unit.
  const auto in_unit = Found(solvik_.chef, {.q = "kontaktperson", .unit_id = solvik_.school});
  EXPECT_TRUE(in_unit.empty());
  const auto care = Found(solvik_.chef, {.q = "kontaktperson", .unit_id = solvik_.care});
  EXPECT_EQ(care.size(), 3u);  // the cycle, the team's idea, the note
  FinishCycle(solvik_.member, cycle_, PdsaDecision::kAbandon);
  EXPECT_EQ(Found(solvik_.member, {.q = "kontaktperson", .decision = "abandon"}),
            (std::vector{std::pair{SearchKind::kCycle, cycle_}}));
  EXPECT_TRUE(Found(solvik_.member, {.q = "kontaktperson", .decision = "adopt"}).empty());
}

TEST_F(SearchTest, BadQueriesAndFiltersAreRefusedNamingTheField) {
  const Principal& m = solvik_.member;
  EXPECT_TRUE(Refused(Search(store_, m, {.q = "  ,. "}), core::ErrorCode::kInvalidInput, "q",
                      "search.error.empty"));
  EXPECT_TRUE(Refused(Search(store_, m, {.q = std::string(201, 'a')}),
                      core::ErrorCode::kInvalidInput, "q", "search.error.too_long"));
  EXPECT_TRUE(Refused(Search(store_, m, {.q = "a b c d e f g h i"}), core::ErrorCode::kInvalidInput,
                      "q", "search.error.too_many_words"));
  EXPECT_TRUE(Refused(Search(store_, m, {.q = "tid", .decision = "drop"}),
                      core::ErrorCode::kInvalidInput, "decision"));
  EXPECT_TRUE(Refused(Search(store_, m, {.q = "tid", .from = "2026-13-01"}),
                      core::ErrorCode::kInvalidInput, "from"));
  EXPECT_TRUE(Refused(Search(store_, m, {.q = "tid", .from = "2026-05-01", .to = "2026-04-01"}),
                      core::ErrorCode::kInvalidInput, "to"));
  EXPECT_TRUE(Refused(Search(store_, m, {.q = "tid", .offset = kMaxSearchOffset + 1}),
                      core::ErrorCode::kInvalidInput, "next"));
  // Another organisation's unit, programme or goal is refused as an unknown one would be.
  EXPECT_TRUE(Refused(Search(store_, m, {.q = "tid", .unit_id = norrby_.care}),
                      core::ErrorCode::kInvalidInput, "unit"));
  EXPECT_TRUE(Refused(Search(store_, norrby_.member, {.q = "tid", .programme_id = programme_}),
                      core::ErrorCode::kInvalidInput, "programme"));
  EXPECT_TRUE(Refused(Search(store_, m, {.q = "tid", .goal_id = 999999}),
                      core::ErrorCode::kInvalidInput, "goal"));
}

TEST_F(SearchTest, QuerySyntaxIsSearchedAsWords) {
  // Operators of either engine's query language are only separators between words.
  for (const char* q : {"\"kontaktperson\" OR *", "kontaktperson:* | !x", "kontakt' OR 1=1 --"}) {
    EXPECT_TRUE(Search(store_, solvik_.member, {.q = q})) << q;
  }
  EXPECT_EQ(Found(solvik_.member, {.q = "\"kontaktperson\" NEAR/2 *"}).size(), 0u);
}

TEST_F(SearchTest, PagesThroughManyResults) {
  for (int i = 0; i < kSearchPageSize + 2; ++i) {
    MakeIdea(solvik_.member, project_, "Checklista nummer " + std::to_string(i));
  }
  SearchResults first = Ok(Search(store_, solvik_.member, {.q = "checklista"}));
  EXPECT_EQ(static_cast<int>(first.results.size()), kSearchPageSize);
  ASSERT_TRUE(first.next);
  SearchResults second =
      Ok(Search(store_, solvik_.member, {.q = "checklista", .offset = *first.next}));
  EXPECT_EQ(second.results.size(), 2u);
  EXPECT_FALSE(second.next);
}

}  // namespace
}  // namespace stegvis::domain
