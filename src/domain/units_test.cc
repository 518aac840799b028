#include "domain/units.h"

#include <gtest/gtest.h>

#include "domain/testing/domain_test_fixture.h"

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

// The use cases: the home page's tree, and the checks every new unit passes.

std::vector<std::string> Names(const UnitOverview& overview) {
  return Names(overview.units);
}

using UnitOverviewTest = DomainTest;

TEST_F(UnitOverviewTest, TheHomePageShowsTheFirstOrganisationsTree) {
  UnitOverview overview = Ok(LoadUnitOverview(store_));
  EXPECT_EQ(overview.organisation.id, solvik_.id);
  EXPECT_EQ(overview.organisation.name, "Solviks kommun");
  EXPECT_EQ(Names(overview),
            (std::vector<std::string>{"Barn- och utbildningsnämnden", "  Ekbackens skola",
                                      "Vård- och omsorgsnämnden",
                                      "  Vård- och omsorgsförvaltningen", "    Hemtjänst Norr"}));
}

TEST_F(UnitOverviewTest, AnOrganisationShowsOnlyItsOwnUnits) {
  UnitOverview overview = Ok(LoadUnitOverview(store_, norrby_.id));
  EXPECT_EQ(overview.organisation.name, "Norrby kommun");
  for (const UnitInTree& u : overview.units) {
    EXPECT_EQ(u.unit.organisation_id, norrby_.id) << u.unit.name;
  }
  EXPECT_EQ(overview.units.size(), 5u);
  EXPECT_TRUE(Refused(LoadUnitOverview(store_, 999), core::ErrorCode::kNotFound, "",
                      "error.no_organisation"));
}

TEST(UnitOverviewEmptyTest, ADatabaseWithoutAnOrganisationSaysSo) {
  InMemoryStore store;
  EXPECT_TRUE(
      Refused(LoadUnitOverview(store), core::ErrorCode::kNotFound, "", "error.no_organisation"));
}

TEST_F(UnitOverviewTest, ANewUnitNeedsANameAndAParentOfItsOwnOrganisation) {
  auto create = [&](NewUnit unit) {
    return store_.Write([&](StoreTx& tx) { return CreateUnit(tx, unit, kTestNow); });
  };
  EXPECT_TRUE(IsInvalid(create({solvik_.id, solvik_.care, " ", UnitKind::kEnhet}), "name",
                        "error.required"));
  EXPECT_TRUE(IsInvalid(create({solvik_.id, solvik_.care, std::string(201, 'x'), UnitKind::kEnhet}),
                        "name", "error.too_long"));
  EXPECT_TRUE(IsInvalid(create({solvik_.id, norrby_.care, "Hemtjänst Söder", UnitKind::kEnhet}),
                        "parent_id", "error.unknown_parent"));
  EXPECT_TRUE(IsInvalid(create({solvik_.id, 999, "Hemtjänst Söder", UnitKind::kEnhet}), "parent_id",
                        "error.unknown_parent"));
  EXPECT_EQ(Ok(LoadUnitOverview(store_)).units.size(), 5u) << "nothing was added";
  Id id = Ok(create({solvik_.id, solvik_.care, std::string(200, 'x'), UnitKind::kEnhet}));
  EXPECT_EQ(Stored([&](StoreTx& tx) { return tx.Units().Find(id); })->parent_id, solvik_.care);
}

}  // namespace
}  // namespace stegvis::domain
