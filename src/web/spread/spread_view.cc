#include "web/spread/spread_view.h"

#include <algorithm>

namespace stegvis::web {
namespace {

// A unit of the map while it is built: its sub-units in the order first met.
struct MapUnit {
  std::string name;
  std::vector<MapTeamView> teams;
  std::vector<MapUnit> children;
};

MapUnit& ChildNamed(MapUnit& parent, const std::string& name) {
  auto it = std::find_if(parent.children.begin(), parent.children.end(),
                         [&](const MapUnit& u) { return u.name == name; });
  if (it != parent.children.end()) return *it;
  parent.children.push_back({name, {}, {}});
  return parent.children.back();
}

// Writes `unit` and everything below it as nodes of the flat sequence.
void Flatten(const MapUnit& unit, std::vector<MapNodeView>& out) {
  MapNodeView node;
  node.name = unit.name;
  node.teams = unit.teams;
  node.opens = !unit.children.empty();
  out.push_back(std::move(node));
  for (const MapUnit& child : unit.children) Flatten(child, out);
  // The sub-units' list and this unit's item end after its last descendant.
  if (!unit.children.empty()) out.back().closes.emplace_back();
}

}  // namespace

std::vector<MapNodeView> UnitMap(const std::vector<MapPlacement>& placements) {
  MapUnit root;
  for (const MapPlacement& p : placements) {
    if (p.unit_path.empty()) continue;
    MapUnit* unit = &root;
    for (const std::string& name : p.unit_path) unit = &ChildNamed(*unit, name);
    unit->teams.push_back(p.team);
  }
  std::vector<MapNodeView> out;
  for (const MapUnit& top : root.children) Flatten(top, out);
  return out;
}

}  // namespace stegvis::web
