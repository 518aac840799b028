#pragma once
// Use cases on a project's theory of change and driver diagram (domain/diagram.h). They are
// the team's work: read by everyone whose scope reaches the project's team, changed by those
// who may change the team's work (politicians read only). Every change is one edit, checked
// against the rules of domain/diagram.h inside its transaction and audited there under the
// project ("theory_of_change" or "driver_diagram", with the project's id), so the history page
// shows the diagram's whole story.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/change_idea.h"
#include "domain/diagram.h"
#include "domain/measure.h"
#include "domain/pdsa_cycle.h"
#include "domain/programme.h"
#include "domain/project.h"
#include "domain/store.h"

namespace stegvis::domain {

// The audit object type of a kind's edits: "theory_of_change", "driver_diagram".
std::string_view DiagramAuditType(DiagramKind kind);

// A project's diagram with what its pages need.
struct ProjectDiagram {
  Project project;
  Team team;
  Diagram diagram;
  std::vector<Measure> measures;  // the project's (what theory-of-change items may refer to)
  std::vector<ChangeIdea> ideas;  // the ideas it may test: its own, then its programme's
  std::vector<PdsaCycle> cycles;  // the project's cycles, by number (driver diagram)
  bool may_change = false;
};

// kNotFound for an unknown project or one of another organisation, kForbidden out of scope.
// The first form runs inside the caller's transaction, the second opens its own.
core::Result<ProjectDiagram> LoadProjectDiagram(StoreTx& tx, const Principal& acting, Id project_id,
                                                DiagramKind kind);
core::Result<ProjectDiagram> LoadProjectDiagram(Store& store, const Principal& acting,
                                                Id project_id, DiagramKind kind);

enum class DiagramOp {
  kAddItem,
  kChangeItem,
  kRemoveItem,
  kAddLink,
  kRemoveLink,
  kAddRef,
  kRemoveRef
};

// Names in forms and JSON: "add_item", "change_item", "remove_item", "add_link",
// "remove_link", "add_ref", "remove_ref".
std::string_view DiagramOpName(DiagramOp op);
std::optional<DiagramOp> ParseDiagramOp(std::string_view name);

// One edit. Which fields count depends on `op`.
struct DiagramEdit {
  DiagramOp op = DiagramOp::kAddItem;
  std::string level{};       // add_item: the level's stored name ("effect", "primary", ...)
  std::string text{};        // add_item, change_item
  Id item_id = 0;            // change_item, remove_item, add_ref, remove_ref
  std::int64_t version = 0;  // change_item: the version the editor loaded
  // add_link, remove_link; add_item: optionally the new item's link, 0 on the new item's side
  // (`to`: what it leads to; `from`: its primary driver).
  DiagramLink link{};
  Id target_id = 0;  // add_ref, remove_ref: a measure (toc) or change idea (driver)
};

// Applies `edit` to the project's diagram of `kind` (kChange on the project's team) and
// returns the id of the item it concerns (the new item's for add_item, which may be linked in
// the same edit: CheckLink's rules apply and a refused link adds nothing). Errors, nothing saved
// on any: kInvalidInput "level" ("error.diagram.unknown_level"), "text" (ValidateDiagramText),
// "item_id" ("error.diagram.unknown_item": not an item of this diagram, e.g. removed
// meanwhile), "error.diagram.too_many" (kDiagramItemsMax), the rules of CheckLink and
// CheckRef, "error.diagram.unknown_link" / "error.diagram.unknown_ref" for removing what is
// not there; kConflict for a change_item based on an older version (ChangedBy).
core::Result<Id> EditDiagram(Store& store, const core::Clock& clock, const Principal& acting,
                             const Actor& actor, Id project_id, DiagramKind kind,
                             const DiagramEdit& edit);

}  // namespace stegvis::domain
