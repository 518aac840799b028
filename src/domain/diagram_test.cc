// The linking rules of the theory of change and the driver diagram (domain/diagram.h):
// neighbouring levels only, no duplicates, no cycles, no orphans, texts within limits.

#include "domain/diagram.h"

#include <gtest/gtest.h>

#include "domain/driver_diagram.h"
#include "domain/theory_of_change.h"

namespace stegvis::domain {
namespace {

DiagramItem Item(Id id, TocLevel level) {
  DiagramItem item;
  item.id = id;
  item.level = static_cast<int>(level);
  item.text = "punkt " + std::to_string(id);
  return item;
}

// resource 1 → activity 2 → product 3 → practice 4 → outcome 5 → effect 6, and a second
// activity 7 not linked yet.
Diagram Chain() {
  Diagram d;
  d.items = {Item(1, TocLevel::kResource), Item(2, TocLevel::kActivity),
             Item(3, TocLevel::kProduct),  Item(4, TocLevel::kPractice),
             Item(5, TocLevel::kOutcome),  Item(6, TocLevel::kEffect),
             Item(7, TocLevel::kActivity)};
  d.links = {{1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 6}};
  return d;
}

std::string KeyOf(const core::Result<void>& r) {
  return r ? std::string("ok") : r.error().key;
}

TEST(DiagramRules, LinksOnlyJoinNeighbouringLevelsUpwards) {
  Diagram d = Chain();
  EXPECT_EQ(KeyOf(CheckLink(d, {7, 3})), "ok") << "an activity leads to a product";
  EXPECT_EQ(KeyOf(CheckLink(d, {1, 7})), "ok");
  EXPECT_EQ(KeyOf(CheckLink(d, {1, 3})), "error.diagram.not_neighbours") << "skips a level";
  EXPECT_EQ(KeyOf(CheckLink(d, {3, 7})), "error.diagram.not_neighbours") << "downwards";
  EXPECT_EQ(KeyOf(CheckLink(d, {2, 7})), "error.diagram.not_neighbours") << "same level";
  EXPECT_EQ(KeyOf(CheckLink(d, {6, 6})), "error.diagram.not_neighbours") << "to itself";
}

TEST(DiagramRules, RefusesDuplicatesAndUnknownItems) {
  Diagram d = Chain();
  auto dup = CheckLink(d, {1, 2});
  ASSERT_FALSE(dup);
  EXPECT_EQ(dup.error().key, "error.diagram.duplicate_link");
  EXPECT_EQ(dup.error().code, core::ErrorCode::kConflict);
  auto unknown = CheckLink(d, {99, 2});
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().key, "error.diagram.unknown_item");
  EXPECT_EQ(unknown.error().field, "from");
  EXPECT_EQ(CheckLink(d, {1, 99}).error().field, "to");
}

TEST(DiagramRules, FindsCycles) {
  EXPECT_FALSE(HasCycle(Chain().links));
  EXPECT_FALSE(HasCycle({{1, 2}, {1, 3}, {2, 4}, {3, 4}})) << "a diamond is no cycle";
  EXPECT_TRUE(HasCycle({{1, 2}, {2, 3}, {3, 1}}));
  EXPECT_TRUE(HasCycle({{5, 5}}));
  EXPECT_TRUE(HasCycle({{1, 2}, {8, 9}, {9, 10}, {10, 8}})) << "in a second component";
  EXPECT_FALSE(HasCycle({}));
}

TEST(DiagramRules, ALinkThatWouldCloseACycleIsRefused) {
  // Stored data the level rule alone would never let in (levels changed under the links):
  // the cycle check still refuses the closing link.
  Diagram d;
  d.items = {Item(1, TocLevel::kResource), Item(2, TocLevel::kActivity)};
  d.links = {{2, 1}};
  EXPECT_EQ(KeyOf(CheckLink(d, {1, 2})), "error.diagram.cycle");
}

TEST(DiagramRules, RemovingAnItemRemovesItsLinksAndReferences) {
  Diagram d = Chain();
  d.refs = {{5, 100}, {6, 101}};
  ASSERT_TRUE(RemoveItem(d, 5));
  EXPECT_EQ(d.items.size(), 6u);
  EXPECT_EQ(d.links, (std::vector<DiagramLink>{{1, 2}, {2, 3}, {3, 4}}));
  EXPECT_EQ(d.refs, (std::vector<DiagramRef>{{6, 101}}));
  EXPECT_TRUE(OrphanLinks(d).empty());
  EXPECT_FALSE(RemoveItem(d, 5)) << "already gone";
  EXPECT_EQ(KeyOf(CheckLink(d, {4, 5})), "error.diagram.unknown_item") << "no orphan link";
}

TEST(DiagramRules, OrphanLinksAreFound) {
  Diagram d = Chain();
  d.links.push_back({42, 2});
  EXPECT_EQ(OrphanLinks(d), (std::vector<DiagramLink>{{42, 2}}));
}

TEST(DiagramRules, MeasuresHangOnOutcomesAndEffectsOnly) {
  Diagram d = Chain();
  const std::vector<Id> measures = {100, 101};
  EXPECT_EQ(KeyOf(CheckRef(d, {5, 100}, measures)), "ok");
  EXPECT_EQ(KeyOf(CheckRef(d, {6, 101}, measures)), "ok");
  EXPECT_EQ(KeyOf(CheckRef(d, {2, 100}, measures)), "error.diagram.no_refs_here");
  EXPECT_EQ(KeyOf(CheckRef(d, {5, 555}, measures)), "error.diagram.unknown_target")
      << "a measure of another project";
  EXPECT_EQ(KeyOf(CheckRef(d, {77, 100}, measures)), "error.diagram.unknown_item");
  d.refs = {{5, 100}};
  EXPECT_EQ(KeyOf(CheckRef(d, {5, 100}, measures)), "error.diagram.duplicate_ref");
}

TEST(DiagramRules, DriverDiagramLinksPrimaryToSecondaryAndIdeasToSecondary) {
  Diagram d;
  d.kind = DiagramKind::kDriver;
  DiagramItem primary, secondary, other_primary;
  primary.id = 1;
  primary.kind = other_primary.kind = secondary.kind = DiagramKind::kDriver;
  primary.level = other_primary.level = static_cast<int>(DriverLevel::kPrimary);
  secondary.id = 2;
  secondary.level = static_cast<int>(DriverLevel::kSecondary);
  other_primary.id = 3;
  d.items = {primary, other_primary, secondary};
  EXPECT_EQ(KeyOf(CheckLink(d, {1, 2})), "ok");
  EXPECT_EQ(KeyOf(CheckLink(d, {2, 1})), "error.diagram.not_neighbours") << "child → parent";
  EXPECT_EQ(KeyOf(CheckLink(d, {1, 3})), "error.diagram.not_neighbours") << "primary → primary";
  EXPECT_EQ(KeyOf(CheckRef(d, {2, 50}, {50})), "ok") << "a secondary driver's change idea";
  EXPECT_EQ(KeyOf(CheckRef(d, {1, 50}, {50})), "error.diagram.no_refs_here");
}

TEST(DiagramRules, LevelsHaveStoredNamesPerKind) {
  EXPECT_EQ(DiagramLevelCount(DiagramKind::kTheoryOfChange), 6);
  EXPECT_EQ(DiagramLevelCount(DiagramKind::kDriver), 2);
  EXPECT_EQ(DiagramLevelName(DiagramKind::kTheoryOfChange, 5), "effect");
  EXPECT_EQ(DiagramLevelName(DiagramKind::kTheoryOfChange, 3), "practice");
  EXPECT_EQ(ParseDiagramLevel(DiagramKind::kDriver, "secondary"), 1);
  EXPECT_FALSE(ParseDiagramLevel(DiagramKind::kDriver, "effect")) << "not a driver level";
  EXPECT_FALSE(ParseDiagramLevel(DiagramKind::kTheoryOfChange, "primary"));
  EXPECT_EQ(ParseDiagramKind("driver"), DiagramKind::kDriver);
  EXPECT_EQ(kTocLevelsBackwards.front(), TocLevel::kEffect) << "the editor starts at the effect";
}

TEST(DiagramRules, TextsAreRequiredAndLimited) {
  EXPECT_EQ(KeyOf(ValidateDiagramText("Fler kvinnor kan påverka")), "ok");
  EXPECT_EQ(KeyOf(ValidateDiagramText(" \n ")), "error.required");
  EXPECT_EQ(KeyOf(ValidateDiagramText(std::string(kDiagramTextMax, 'a'))), "ok");
  EXPECT_EQ(KeyOf(ValidateDiagramText(std::string(kDiagramTextMax + 1, 'a'))), "error.too_long");
}

TEST(IdeaTests, CountsCyclesAndKeepsTheLatestDecision) {
  auto cycle = [](Id idea, int number, PdsaPhase phase, PdsaDecision decision) {
    PdsaCycle c;
    c.change_idea_id = idea;
    c.number = number;
    c.phase = phase;
    c.content.decision = decision;
    return c;
  };
  std::vector<PdsaCycle> cycles = {cycle(7, 1, PdsaPhase::kDone, PdsaDecision::kAdapt),
                                   cycle(8, 2, PdsaPhase::kDone, PdsaDecision::kAbandon),
                                   cycle(7, 3, PdsaPhase::kDone, PdsaDecision::kAdopt),
                                   cycle(7, 4, PdsaPhase::kDo, PdsaDecision::kNone)};
  IdeaTests t = SummariseIdeaTests(7, cycles);
  EXPECT_TRUE(t.tested());
  EXPECT_EQ(t.cycles, 3);
  EXPECT_EQ(t.finished, 2);
  EXPECT_EQ(t.latest_decision, PdsaDecision::kAdopt) << "cycle 4 has not decided yet";
  IdeaTests none = SummariseIdeaTests(9, cycles);
  EXPECT_FALSE(none.tested());
  EXPECT_EQ(none.latest_decision, PdsaDecision::kNone);
}

}  // namespace
}  // namespace stegvis::domain
