#include "domain/diagrams.h"

#include <algorithm>
#include <functional>

#include "domain/projects.h"
#include "domain/resources.h"

namespace stegvis::domain {
namespace {

constexpr std::string_view kOpNames[] = {"add_item",    "change_item", "remove_item", "add_link",
                                         "remove_link", "add_ref",     "remove_ref"};

core::Error Invalid(std::string message, std::string field, std::string key) {
  return core::Error::Invalid(std::move(message), std::move(field), std::move(key));
}

// The ideas `project` may test: its own, then its programme's change package.
std::vector<ChangeIdea> IdeasOf(StoreTx& tx, const Project& project) {
  std::vector<ChangeIdea> ideas = tx.Pdsa().ListProjectIdeas(project.id);
  if (project.programme_id) {
    for (ChangeIdea& idea : tx.Pdsa().ListProgrammeIdeas(*project.programme_id)) {
      ideas.push_back(std::move(idea));
    }
  }
  return ideas;
}

// What a reference may point at: the project's measures, or the ideas it may test.
std::vector<Id> AllowedTargets(StoreTx& tx, const Project& project, DiagramKind kind) {
  std::vector<Id> out;
  if (kind == DiagramKind::kTheoryOfChange) {
    for (const Measure& m : tx.Measures().ListOfProject(project.id)) out.push_back(m.id);
  } else {
    for (const ChangeIdea& i : IdeasOf(tx, project)) out.push_back(i.id);
  }
  return out;
}

std::string ItemJson(const DiagramItem& item) {
  return AuditJson({{"item_id", std::to_string(item.id)}}, item);
}

std::string RefJson(const DiagramRef& ref, DiagramKind kind) {
  return AuditJson({{"item_id", std::to_string(ref.item_id)},
                    {kind == DiagramKind::kTheoryOfChange ? "measure_id" : "change_idea_id",
                     std::to_string(ref.target_id)}});
}

// The edit applied inside the transaction; `record` writes the audit event.
core::Result<Id> Apply(
    StoreTx& tx, const Project& project, Diagram& diagram, const DiagramEdit& edit,
    const std::string& by, std::int64_t now,
    const std::function<void(std::string_view, std::string, std::string)>& record) {
  const DiagramKind kind = diagram.kind;
  switch (edit.op) {
    case DiagramOp::kAddItem: {
      std::optional<int> level = ParseDiagramLevel(kind, edit.level);
      if (!level)
        return core::Fail(Invalid("no such level", "level", "error.diagram.unknown_level"));
      if (auto ok = ValidateDiagramText(edit.text); !ok) return core::Fail(ok.error());
      if (diagram.items.size() >= kDiagramItemsMax) {
        return core::Fail(Invalid("the diagram is full", "text", "error.diagram.too_many"));
      }
      DiagramItem item;
      item.organisation_id = project.organisation_id;
      item.project_id = project.id;
      item.kind = kind;
      item.level = *level;
      item.text = edit.text;
      item.created_at = now;
      item.updated_at = now;
      item.updated_by = by;
      if (edit.link.from != 0 && edit.link.to != 0) {
        return core::Fail(
            Invalid("a new item links on one side", "to", "error.diagram.not_neighbours"));
      }
      item.id = tx.Diagrams().CreateItem(item);
      record("create", "", ItemJson(item));
      if (edit.link.from != 0 || edit.link.to != 0) {
        // Linked as it is added (building backwards: "a new outcome, leading to this
        // effect"). A refused link refuses the whole edit: the transaction rolls back.
        const DiagramLink link{edit.link.from != 0 ? edit.link.from : item.id,
                               edit.link.to != 0 ? edit.link.to : item.id};
        diagram.items.push_back(item);
        if (auto ok = CheckLink(diagram, link); !ok) return core::Fail(ok.error());
        tx.Diagrams().AddLink(project.id, link);
        record("link", "", AuditJson(link));
      }
      return item.id;
    }
    case DiagramOp::kChangeItem: {
      const DiagramItem* found = FindItem(diagram, edit.item_id);
      if (!found)
        return core::Fail(Invalid("no such item", "item_id", "error.diagram.unknown_item"));
      const DiagramItem before = *found;
      if (before.version != edit.version) {
        return core::Fail(ChangedByUser(tx, project.organisation_id, before.updated_by,
                                        before.updated_at, before.version));
      }
      if (auto ok = ValidateDiagramText(edit.text); !ok) return core::Fail(ok.error());
      DiagramItem after = before;
      after.text = edit.text;
      after.version = before.version + 1;
      after.updated_at = now;
      after.updated_by = by;
      tx.Diagrams().UpdateItem(after);
      record("update", ItemJson(before), ItemJson(after));
      return after.id;
    }
    case DiagramOp::kRemoveItem: {
      const DiagramItem* found = FindItem(diagram, edit.item_id);
      if (!found)
        return core::Fail(Invalid("no such item", "item_id", "error.diagram.unknown_item"));
      const DiagramItem before = *found;
      tx.Diagrams().DeleteItem(before.id);
      record("delete", ItemJson(before), "");
      return before.id;
    }
    case DiagramOp::kAddLink: {
      if (auto ok = CheckLink(diagram, edit.link); !ok) return core::Fail(ok.error());
      tx.Diagrams().AddLink(project.id, edit.link);
      record("link", "", AuditJson(edit.link));
      return edit.link.from;
    }
    case DiagramOp::kRemoveLink: {
      if (std::find(diagram.links.begin(), diagram.links.end(), edit.link) == diagram.links.end()) {
        return core::Fail(Invalid("no such link", "to", "error.diagram.unknown_link"));
      }
      tx.Diagrams().DeleteLink(edit.link);
      record("unlink", AuditJson(edit.link), "");
      return edit.link.from;
    }
    case DiagramOp::kAddRef: {
      const DiagramRef ref{edit.item_id, edit.target_id};
      if (auto ok = CheckRef(diagram, ref, AllowedTargets(tx, project, kind)); !ok) {
        return core::Fail(ok.error());
      }
      tx.Diagrams().AddRef(ref, kind);
      record("link", "", RefJson(ref, kind));
      return ref.item_id;
    }
    case DiagramOp::kRemoveRef: {
      const DiagramRef ref{edit.item_id, edit.target_id};
      if (std::find(diagram.refs.begin(), diagram.refs.end(), ref) == diagram.refs.end()) {
        return core::Fail(Invalid("no such reference", "target_id", "error.diagram.unknown_ref"));
      }
      tx.Diagrams().DeleteRef(ref, kind);
      record("unlink", RefJson(ref, kind), "");
      return ref.item_id;
    }
  }
  return core::Fail(core::Error::Internal("unknown diagram edit"));
}

}  // namespace

std::string_view DiagramAuditType(DiagramKind kind) {
  return kind == DiagramKind::kTheoryOfChange ? "theory_of_change" : "driver_diagram";
}

std::string_view DiagramOpName(DiagramOp op) {
  return kOpNames[static_cast<int>(op)];
}

std::optional<DiagramOp> ParseDiagramOp(std::string_view name) {
  for (std::size_t i = 0; i < std::size(kOpNames); ++i) {
    if (kOpNames[i] == name) return static_cast<DiagramOp>(i);
  }
  return std::nullopt;
}

core::Result<ProjectDiagram> LoadProjectDiagram(StoreTx& tx, const Principal& acting, Id project_id,
                                                DiagramKind kind) {
  auto checked = CheckedProject(tx, acting, project_id, Action::kView);
  if (!checked) return core::Fail(checked.error());
  ProjectDiagram out;
  out.project = checked->first;
  out.team = checked->second;
  out.diagram = tx.Diagrams().Load(project_id, kind);
  out.measures = tx.Measures().ListOfProject(project_id);
  if (kind == DiagramKind::kDriver) {
    out.ideas = IdeasOf(tx, out.project);
    out.cycles = tx.Pdsa().ListProjectCycles(project_id);
  }
  out.may_change = May(&acting, Action::kChange, TeamResource(tx, out.team));
  return out;
}

core::Result<ProjectDiagram> LoadProjectDiagram(Store& store, const Principal& acting,
                                                Id project_id, DiagramKind kind) {
  return store.Read([&](StoreTx& tx) -> core::Result<ProjectDiagram> {
    return LoadProjectDiagram(tx, acting, project_id, kind);
  });
}

core::Result<Id> EditDiagram(Store& store, const core::Clock& clock, const Principal& acting,
                             const Actor& actor, Id project_id, DiagramKind kind,
                             const DiagramEdit& edit) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<Id> {
    auto checked = CheckedProject(tx, acting, project_id, Action::kChange);
    if (!checked) return core::Fail(checked.error());
    const Project& project = checked->first;
    // Read inside the write transaction: the rules see what is stored now, so an item
    // removed by someone else a moment ago can no longer be linked.
    Diagram diagram = tx.Diagrams().Load(project_id, kind);
    return Apply(tx, project, diagram, edit, acting.user.email, now,
                 [&](std::string_view action, std::string before, std::string after) {
                   RecordAudit(tx, actor, now, action, DiagramAuditType(kind), project_id,
                               std::move(before), std::move(after), project.organisation_id);
                 });
  });
}

}  // namespace stegvis::domain
