#include "domain/units.h"

#include <gtest/gtest.h>

namespace stegvis::domain {
namespace {

Unit U(Id id, std::optional<Id> parent, std::string name) {
  return Unit{id, 1, parent, std::move(name), UnitKind::kEnhet};
}

std::vector<std::string> Names(const std::vector<UnitInTree>& tree) {
  std::vector<std::string> out;
  out.reserve(tree.size());
  for (const auto& [unit, depth] : tree) {
    out.push_back(std::string(static_cast<std::size_t>(depth) * 2, ' ') + unit.name);
  }
  return out;
}

TEST(UnitTreeTest, ChildrenFollowTheirParentSiblingsByName) {
  std::vector<Unit> units = {U(1, std::nullopt, "Vård"), U(2, 1, "Hemtjänst Söder"),
                             U(3, 1, "Hemtjänst Norr"), U(4, std::nullopt, "Skola"),
                             U(5, 3, "Grupp A")};
  EXPECT_EQ(Names(BuildUnitTree(units)),
            (std::vector<std::string>{"Skola", "Vård", "  Hemtjänst Norr", "    Grupp A",
                                      "  Hemtjänst Söder"}));
}

TEST(UnitTreeTest, SiblingsSortInSwedishOrder) {
  std::vector<Unit> units = {U(1, std::nullopt, "Östermalm"), U(2, std::nullopt, "Ängby"),
                             U(3, std::nullopt, "Åkeshov"), U(4, std::nullopt, "Zinkensdamm")};
  EXPECT_EQ(Names(BuildUnitTree(units)),
            (std::vector<std::string>{"Zinkensdamm", "Åkeshov", "Ängby", "Östermalm"}));
}

TEST(UnitTreeTest, AUnitWhoseParentIsMissingStaysVisibleAtTheTop) {
  std::vector<Unit> units = {U(2, 99, "Orphan"), U(1, std::nullopt, "Root")};
  EXPECT_EQ(Names(BuildUnitTree(units)), (std::vector<std::string>{"Orphan", "Root"}));
}

TEST(UnitTreeTest, ACycleInStoredDataDoesNotLoopForever) {
  std::vector<Unit> units = {U(1, 2, "A"), U(2, 1, "B"), U(3, std::nullopt, "C")};
  EXPECT_EQ(Names(BuildUnitTree(units)), (std::vector<std::string>{"C"}));
}

TEST(UnitKindTest, RoundTripsStoredNames) {
  for (UnitKind kind : {UnitKind::kNamnd, UnitKind::kForvaltning, UnitKind::kEnhet}) {
    EXPECT_EQ(ParseUnitKind(UnitKindName(kind)), kind);
  }
  EXPECT_FALSE(ParseUnitKind("kommun"));
}

}  // namespace
}  // namespace stegvis::domain
