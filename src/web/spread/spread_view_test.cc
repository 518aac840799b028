// The map of units (spread_view.h): teams placed in their units become a flat sequence that the
// template writes as a nested list, each list closed after the last unit below it.

#include "web/spread/spread_view.h"

#include <gtest/gtest.h>

namespace stegvis::web {
namespace {

// The nested list the template writes, as text: "[" opens a list, "]" closes it.
std::string Outline(const std::vector<MapNodeView>& nodes) {
  std::string out;
  for (const MapNodeView& n : nodes) {
    out += n.name;
    for (const MapTeamView& t : n.teams) out += "(" + t.name + ")";
    out += n.opens ? "[" : ";";
    for (std::size_t i = 0; i < n.closes.size(); ++i) out += "]";
  }
  return out;
}

TEST(UnitMapTest, TeamsAreNestedInTheirUnitsAndEveryListIsClosed) {
  std::vector<MapPlacement> placements = {
      {{"Omsorgsnämnden", "Hemtjänst", "Norr"}, {"Trygg hemgång", "Inför"}},
      {{"Omsorgsnämnden", "Hemtjänst", "Söder"}, {"Söder", "Testas ännu"}},
      {{"Skolnämnden", "Skolan"}, {"Läslust", "Anpassa"}},
      {{}, {"Hela dagen", "Inför"}},  // another organisation's team: not on the map
  };
  EXPECT_EQ(Outline(UnitMap(placements)),
            "Omsorgsnämnden[Hemtjänst[Norr(Trygg hemgång);Söder(Söder);]]"
            "Skolnämnden[Skolan(Läslust);]");
}

TEST(UnitMapTest, NoPlacementMakesNoMap) {
  EXPECT_TRUE(UnitMap({}).empty());
  EXPECT_TRUE(UnitMap({{{}, {"Hela dagen", "Inför"}}}).empty());
}

}  // namespace
}  // namespace stegvis::web
