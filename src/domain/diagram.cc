#include "domain/diagram.h"

#include <algorithm>
#include <map>

#include "core/text.h"
#include "domain/driver_diagram.h"
#include "domain/theory_of_change.h"

namespace stegvis::domain {
namespace {

constexpr std::string_view kTocNames[] = {"resource", "activity", "product",
                                          "practice", "outcome",  "effect"};
constexpr std::string_view kDriverNames[] = {"primary", "secondary"};

core::Error Invalid(std::string message, std::string field, std::string key) {
  return core::Error::Invalid(std::move(message), std::move(field), std::move(key));
}

core::Error Conflict(std::string message, std::string field, std::string key) {
  return core::Error{core::ErrorCode::kConflict, std::move(message), std::move(field),
                     std::move(key)};
}

}  // namespace

std::string_view DiagramKindName(DiagramKind kind) {
  return kind == DiagramKind::kTheoryOfChange ? "toc" : "driver";
}

std::optional<DiagramKind> ParseDiagramKind(std::string_view name) {
  if (name == "toc") return DiagramKind::kTheoryOfChange;
  if (name == "driver") return DiagramKind::kDriver;
  return std::nullopt;
}

int DiagramLevelCount(DiagramKind kind) {
  return kind == DiagramKind::kTheoryOfChange ? static_cast<int>(std::size(kTocNames))
                                              : static_cast<int>(std::size(kDriverNames));
}

std::string_view DiagramLevelName(DiagramKind kind, int level) {
  if (level < 0 || level >= DiagramLevelCount(kind)) return {};
  return kind == DiagramKind::kTheoryOfChange ? TocLevelName(static_cast<TocLevel>(level))
                                              : DriverLevelName(static_cast<DriverLevel>(level));
}

std::optional<int> ParseDiagramLevel(DiagramKind kind, std::string_view name) {
  for (int level = 0; level < DiagramLevelCount(kind); ++level) {
    if (DiagramLevelName(kind, level) == name) return level;
  }
  return std::nullopt;
}

bool LevelTakesRefs(DiagramKind kind, int level) {
  if (kind == DiagramKind::kTheoryOfChange) {
    return level >= 0 && level < DiagramLevelCount(kind) &&
           TocLevelTakesMeasures(static_cast<TocLevel>(level));
  }
  return level == static_cast<int>(DriverLevel::kSecondary);
}

core::Result<void> ValidateDiagramText(const std::string& text) {
  if (core::IsBlank(text)) {
    return core::Fail(Invalid("an item needs a text", "text", "error.required"));
  }
  if (text.size() > kDiagramTextMax) {
    return core::Fail(Invalid("at most 400 characters", "text", "error.too_long"));
  }
  return {};
}

const DiagramItem* FindItem(const Diagram& diagram, Id id) {
  for (const DiagramItem& item : diagram.items) {
    if (item.id == id) return &item;
  }
  return nullptr;
}

core::Result<void> CheckLink(const Diagram& diagram, const DiagramLink& link) {
  const DiagramItem* from = FindItem(diagram, link.from);
  if (!from) return core::Fail(Invalid("no such item", "from", "error.diagram.unknown_item"));
  const DiagramItem* to = FindItem(diagram, link.to);
  if (!to) return core::Fail(Invalid("no such item", "to", "error.diagram.unknown_item"));
  if (to->level != from->level + 1) {
    return core::Fail(
        Invalid("links join neighbouring levels", "to", "error.diagram.not_neighbours"));
  }
  if (std::find(diagram.links.begin(), diagram.links.end(), link) != diagram.links.end()) {
    return core::Fail(Conflict("the link exists", "to", "error.diagram.duplicate_link"));
  }
  std::vector<DiagramLink> with = diagram.links;
  with.push_back(link);
  if (HasCycle(with)) {
    return core::Fail(Invalid("the link would close a cycle", "to", "error.diagram.cycle"));
  }
  return {};
}

core::Result<void> CheckRef(const Diagram& diagram, const DiagramRef& ref,
                            const std::vector<Id>& allowed) {
  const DiagramItem* item = FindItem(diagram, ref.item_id);
  if (!item) return core::Fail(Invalid("no such item", "item_id", "error.diagram.unknown_item"));
  if (!LevelTakesRefs(diagram.kind, item->level)) {
    return core::Fail(
        Invalid("this level takes no references", "item_id", "error.diagram.no_refs_here"));
  }
  if (std::find(allowed.begin(), allowed.end(), ref.target_id) == allowed.end()) {
    return core::Fail(
        Invalid("not an object of this project", "target_id", "error.diagram.unknown_target"));
  }
  if (std::find(diagram.refs.begin(), diagram.refs.end(), ref) != diagram.refs.end()) {
    return core::Fail(Conflict("the reference exists", "target_id", "error.diagram.duplicate_ref"));
  }
  return {};
}

bool HasCycle(const std::vector<DiagramLink>& links) {
  std::map<Id, std::vector<Id>> next;
  for (const DiagramLink& l : links) next[l.from].push_back(l.to);
  // Depth-first search with colours: 1 = on the current path, 2 = finished.
  std::map<Id, int> colour;
  for (const auto& [start, unused] : next) {
    if (colour[start] != 0) continue;
    std::vector<std::pair<Id, std::size_t>> stack{{start, 0}};
    colour[start] = 1;
    while (!stack.empty()) {
      auto& [node, index] = stack.back();
      const std::vector<Id>& outs = next[node];
      if (index == outs.size()) {
        colour[node] = 2;
        stack.pop_back();
        continue;
      }
      const Id child = outs[index++];
      if (colour[child] == 1) return true;
      if (colour[child] == 0) {
        colour[child] = 1;
        stack.emplace_back(child, 0);
      }
    }
  }
  return false;
}

bool RemoveItem(Diagram& diagram, Id item_id) {
  auto it = std::find_if(diagram.items.begin(), diagram.items.end(),
                         [&](const DiagramItem& i) { return i.id == item_id; });
  if (it == diagram.items.end()) return false;
  diagram.items.erase(it);
  std::erase_if(diagram.links,
                [&](const DiagramLink& l) { return l.from == item_id || l.to == item_id; });
  std::erase_if(diagram.refs, [&](const DiagramRef& r) { return r.item_id == item_id; });
  return true;
}

std::vector<DiagramLink> OrphanLinks(const Diagram& diagram) {
  std::vector<DiagramLink> out;
  for (const DiagramLink& l : diagram.links) {
    if (!FindItem(diagram, l.from) || !FindItem(diagram, l.to)) out.push_back(l);
  }
  return out;
}

std::string DiagramItemLevelName(const DiagramItem& item) {
  return std::string(DiagramLevelName(item.kind, item.level));
}

void SetDiagramItemLevel(DiagramItem& item, std::string name) {
  // The table's CHECK constraint allows only the kind's own level names.
  item.level = ParseDiagramLevel(item.kind, name).value_or(0);
}

}  // namespace stegvis::domain
