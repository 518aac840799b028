#pragma once
// What the page of an idea's learnings and spread shows (idea_learnings.mustache), as typed
// views, and the map of units built from where the idea has spread.

#include <optional>
#include <string>
#include <vector>

#include "core/describe.h"
#include "domain/spread.h"
#include "web/pdsa/pdsa_page_views.h"
#include "web/render/form_view.h"

namespace stegvis::web {

// A team of the family on the map: its name and the decision of its latest finished cycle.
struct MapTeamView {
  std::string name;
  std::string decision;
};
constexpr auto Describe(std::type_identity<MapTeamView>) {
  return std::tuple{core::Field("name", &MapTeamView::name),
                    core::Field("decision", &MapTeamView::decision)};
}

// One unit of the map, written as a nested list from a flat sequence: `opens` starts the list
// of its sub-units; otherwise the item ends here, and each of `closes` ends one enclosing list
// and its item.
struct MapNodeView {
  struct Close {};
  std::string name;
  std::vector<MapTeamView> teams;
  bool opens = false;
  std::vector<Close> closes;
};
constexpr auto Describe(std::type_identity<MapNodeView::Close>) {
  return std::tuple{};
}
constexpr auto Describe(std::type_identity<MapNodeView>) {
  using V = MapNodeView;
  return std::tuple{core::Field("name", &V::name), core::Field("teams", &V::teams),
                    core::Field("opens", &V::opens), core::Field("closes", &V::closes)};
}

// A team of the reader's organisation with its units, top first.
struct MapPlacement {
  std::vector<std::string> unit_path;
  MapTeamView team;
};
// The placements as a map of units (MapNodeViews), units in the order they are first met; a
// placement without units (another organisation's team) is left out.
std::vector<MapNodeView> UnitMap(const std::vector<MapPlacement>& placements);

// Where the idea has spread: one row per team.
struct SpreadRowView {
  std::string team;
  std::string organisation;
  std::string units;  // "Nämnd › Förvaltning › Enhet", or empty for another organisation
  std::string role;   // the origin or a copy, in words
  int cycles = 0;
  std::string decision;
};
constexpr auto Describe(std::type_identity<SpreadRowView>) {
  using V = SpreadRowView;
  return std::tuple{
      core::Field("team", &V::team),     core::Field("organisation", &V::organisation),
      core::Field("units", &V::units),   core::Field("role", &V::role),
      core::Field("cycles", &V::cycles), core::Field("decision", &V::decision)};
}

// An offer made: to which team or change package, and whether it was taken or declined.
struct OfferMadeView {
  std::string to;
  std::string status;
};
constexpr auto Describe(std::type_identity<OfferMadeView>) {
  return std::tuple{core::Field("to", &OfferMadeView::to),
                    core::Field("status", &OfferMadeView::status)};
}

// GET /forandringsideer/{id}/larande.
struct IdeaLearningsView {
  domain::Id idea_id = 0;
  std::string idea_title;
  std::string heading;
  bool saved = false;
  bool has_cycles = false;
  std::vector<IdeaCycleView> cycles;
  bool has_spread = false;
  std::vector<SpreadRowView> spread;
  bool has_map = false;
  std::vector<MapNodeView> map;
  bool may_offer = false;
  bool adopted = false;
  bool has_targets = false;
  std::vector<OptionView> targets;
  // The change package it may be offered to: its programme's id and the button's words.
  std::optional<domain::Id> package_programme_id;
  std::string package_target;
  bool has_offers = false;
  std::vector<OfferMadeView> offers;
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_team_id;
  std::optional<std::string> error_change_idea_id;
  std::optional<std::string> error_programme_id;
};
constexpr auto Describe(std::type_identity<IdeaLearningsView>) {
  using V = IdeaLearningsView;
  return std::tuple{core::Field("idea_id", &V::idea_id),
                    core::Field("idea_title", &V::idea_title),
                    core::Field("heading", &V::heading),
                    core::Field("saved", &V::saved),
                    core::Field("has_cycles", &V::has_cycles),
                    core::Field("cycles", &V::cycles),
                    core::Field("has_spread", &V::has_spread),
                    core::Field("spread", &V::spread),
                    core::Field("has_map", &V::has_map),
                    core::Field("map", &V::map),
                    core::Field("may_offer", &V::may_offer),
                    core::Field("adopted", &V::adopted),
                    core::Field("has_targets", &V::has_targets),
                    core::Field("targets", &V::targets),
                    core::Field("package_programme_id", &V::package_programme_id),
                    core::Field("package_target", &V::package_target),
                    core::Field("has_offers", &V::has_offers),
                    core::Field("offers", &V::offers),
                    core::Field("has_errors", &V::has_errors),
                    core::Field("errors", &V::errors),
                    core::Field("error_team_id", &V::error_team_id),
                    core::Field("error_change_idea_id", &V::error_change_idea_id),
                    core::Field("error_programme_id", &V::error_programme_id)};
}

}  // namespace stegvis::web
