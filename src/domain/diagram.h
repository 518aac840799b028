#pragma once
// The two diagrams of a project's theory: the theory of change (förbättringsteori, the
// results chain from resources to effect; domain/theory_of_change.h) and the driver diagram
// (drivkraftsdiagram, aim → primary → secondary drivers → change ideas;
// domain/driver_diagram.h). Both are levelled graphs of short texts, so they share one model
// and one set of linking rules, all pure:
//
//   - an item sits on one level of its diagram; a link joins an item to one on the next
//     level up (a resource to an activity, a primary driver to a secondary driver);
//   - links stay inside one project and one diagram; a link to an unknown or removed item
//     is refused, a duplicate is refused, and a link that would close a cycle is refused;
//   - an item on the right levels refers to other objects of the project: an outcome or an
//     effect to the measures that show it, a secondary driver to the change ideas it tests;
//   - removing an item removes its links and references with it.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include "core/describe.h"
#include "core/error.h"
#include "domain/organisation.h"

namespace stegvis::domain {

enum class DiagramKind { kTheoryOfChange, kDriver };

// Stored names: "toc", "driver".
std::string_view DiagramKindName(DiagramKind kind);
std::optional<DiagramKind> ParseDiagramKind(std::string_view name);

// How many levels the kind has: 6 for the theory of change, 2 for the driver diagram (the aim
// is the project's own and the change ideas are the PDSA module's, so neither is an item).
int DiagramLevelCount(DiagramKind kind);
// The stored name of `level` (0 ≤ level < DiagramLevelCount): "resource" ... "effect",
// "primary", "secondary"; the level of a name, nullopt for a name of another kind.
std::string_view DiagramLevelName(DiagramKind kind, int level);
std::optional<int> ParseDiagramLevel(DiagramKind kind, std::string_view name);
// Whether items on `level` may refer to other objects: measures (outcome and effect of the
// theory of change) or change ideas (secondary drivers).
bool LevelTakesRefs(DiagramKind kind, int level);

struct DiagramItem {
  Id id = 0;
  Id organisation_id = 0;
  Id project_id = 0;
  DiagramKind kind = DiagramKind::kTheoryOfChange;
  int level = 0;
  std::string text;
  std::int64_t created_at = 0;
  std::int64_t version = 1;
  std::int64_t updated_at = 0;
  std::string updated_by;  // email of the last editor
};

// `from` leads to `to`, one level up (theory of change), or `from` is the parent of `to`
// (driver diagram: a primary driver and one of its secondary drivers).
struct DiagramLink {
  Id from = 0;
  Id to = 0;
  friend bool operator==(const DiagramLink&, const DiagramLink&) = default;
};

// An item's reference to a measure (theory of change) or a change idea (driver diagram).
struct DiagramRef {
  Id item_id = 0;
  Id target_id = 0;  // measure id or change idea id, by the item's kind
  friend bool operator==(const DiagramRef&, const DiagramRef&) = default;
};

// One project's diagram of one kind.
struct Diagram {
  DiagramKind kind = DiagramKind::kTheoryOfChange;
  std::vector<DiagramItem> items;  // by level, then id
  std::vector<DiagramLink> links;
  std::vector<DiagramRef> refs;
};

// Longest item text accepted (bytes), and the most items one diagram may hold (the message
// "error.diagram.too_many" names this number).
inline constexpr std::size_t kDiagramTextMax = 400;
inline constexpr std::size_t kDiagramItemsMax = 200;

// Checks an item's text: not blank, at most kDiagramTextMax bytes. kInvalidInput on "text"
// ("error.required", "error.too_long").
core::Result<void> ValidateDiagramText(const std::string& text);

// The item with this id in `diagram`, or nullptr.
const DiagramItem* FindItem(const Diagram& diagram, Id id);

// Checks that `link` may be added to `diagram`: both items exist in it ("error.diagram.
// unknown_item" on "from"/"to"), `to` is on the level right above `from`
// ("error.diagram.not_neighbours"), the link is new ("error.diagram.duplicate_link", kConflict)
// and adding it closes no cycle ("error.diagram.cycle").
core::Result<void> CheckLink(const Diagram& diagram, const DiagramLink& link);

// Checks that `ref` may be added: the item exists, its level takes references
// ("error.diagram.no_refs_here" on "item_id"), the target is one of `allowed` (the project's
// measures or the ideas it may test; "error.diagram.unknown_target" on "target_id") and the
// reference is new ("error.diagram.duplicate_ref", kConflict).
core::Result<void> CheckRef(const Diagram& diagram, const DiagramRef& ref,
                            const std::vector<Id>& allowed);

// True when following the links from any item can come back to it.
bool HasCycle(const std::vector<DiagramLink>& links);

// Removes the item and every link and reference that names it; returns false when the item
// is not in the diagram (nothing changes).
bool RemoveItem(Diagram& diagram, Id item_id);

// The links that name an item the diagram does not hold: what a consistent diagram never has.
std::vector<DiagramLink> OrphanLinks(const Diagram& diagram);

// The name of an item's level in its kind (DiagramLevelName), and setting the level by name.
std::string DiagramItemLevelName(const DiagramItem& item);
void SetDiagramItemLevel(DiagramItem& item, std::string name);

// The fields, described once (core/describe.h). An item's level is its name in its kind.
constexpr auto Describe(std::type_identity<DiagramItem>) {
  constexpr unsigned kPlace = core::kFixed | core::kNotAudited;  // where it belongs
  return std::tuple{
      core::Field("id", &DiagramItem::id, core::kKey),
      core::Field("organisation_id", &DiagramItem::organisation_id, kPlace),
      core::Field("project_id", &DiagramItem::project_id, kPlace),
      core::Field("kind", &DiagramItem::kind, kPlace,
                  &core::kTextForm<DiagramKind, DiagramKindName, ParseDiagramKind>),
      core::Computed<DiagramItem, std::string>("level", DiagramItemLevelName, SetDiagramItemLevel,
                                               core::kFixed),
      core::Field("text", &DiagramItem::text),
      core::Field("created_at", &DiagramItem::created_at,
                  core::kFixed | core::kNotAudited | core::kUnixTime),
      core::Field("version", &DiagramItem::version, core::kNotAudited),
      core::Field("updated_at", &DiagramItem::updated_at, core::kNotAudited | core::kUnixTime),
      core::Field("updated_by", &DiagramItem::updated_by, core::kNotAudited)};
}

constexpr auto Describe(std::type_identity<DiagramLink>) {
  return std::tuple{core::Field("from", &DiagramLink::from, core::kFixed),
                    core::Field("to", &DiagramLink::to, core::kFixed)};
}

}  // namespace stegvis::domain
