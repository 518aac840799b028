#include "store/sql_diagrams.h"

#include <algorithm>

#include "store/tables.h"

namespace stegvis::store {
namespace {

// The reference table and its target column for a kind: a theory of change refers to
// measures, a driver diagram to change ideas.
std::string RefTable(domain::DiagramKind kind) {
  return kind == domain::DiagramKind::kTheoryOfChange ? "diagram_measures" : "diagram_change_ideas";
}
std::string RefColumn(domain::DiagramKind kind) {
  return kind == domain::DiagramKind::kTheoryOfChange ? "measure_id" : "change_idea_id";
}

}  // namespace

domain::Diagram SqlDiagrams::Load(domain::Id project_id, domain::DiagramKind kind) {
  domain::Diagram out;
  out.kind = kind;
  const std::string kind_name(domain::DiagramKindName(kind));
  out.items = store::List<domain::DiagramItem>(db_, "WHERE project_id = ? AND kind = ? ORDER BY id",
                                               project_id, kind_name);
  std::stable_sort(
      out.items.begin(), out.items.end(),
      [](const domain::DiagramItem& a, const domain::DiagramItem& b) { return a.level < b.level; });
  {
    Statement s = Query(db_,
                        SelectFrom<domain::DiagramLink>("l") +
                            "JOIN diagram_items i ON i.id = l.from_item_id "
                            "WHERE l.project_id = ? AND i.kind = ? "
                            "ORDER BY l.from_item_id, l.to_item_id",
                        project_id, kind_name);
    out.links = ReadAll<domain::DiagramLink>(s);
  }
  Statement s = Query(db_,
                      "SELECT r.item_id, r." + RefColumn(kind) + " FROM " + RefTable(kind) +
                          " r JOIN diagram_items i ON i.id = r.item_id "
                          "WHERE i.project_id = ? AND i.kind = ? ORDER BY r.item_id, r." +
                          RefColumn(kind),
                      project_id, kind_name);
  while (s.Step()) {
    domain::DiagramRef ref;
    ref.item_id = s.Next<domain::Id>();
    ref.target_id = s.Next<domain::Id>();
    out.refs.push_back(ref);
  }
  return out;
}

std::optional<domain::DiagramItem> SqlDiagrams::FindItem(domain::Id item_id) {
  return FindOne<domain::DiagramItem>(db_, "WHERE id = ?", item_id);
}

domain::Id SqlDiagrams::CreateItem(const domain::DiagramItem& item) {
  domain::DiagramItem stored = item;
  stored.version = 1;
  return Insert(db_, stored);
}

void SqlDiagrams::UpdateItem(const domain::DiagramItem& item) {
  store::Update(db_, item);
}

void SqlDiagrams::DeleteItem(domain::Id item_id) {
  // Links and references first: nothing may point at a removed item.
  Run(db_, "DELETE FROM diagram_links WHERE from_item_id = ? OR to_item_id = ?", item_id, item_id);
  for (const char* sql : {"DELETE FROM diagram_measures WHERE item_id = ?",
                          "DELETE FROM diagram_change_ideas WHERE item_id = ?",
                          "DELETE FROM diagram_items WHERE id = ?"}) {
    Run(db_, sql, item_id);
  }
}

void SqlDiagrams::AddLink(domain::Id project_id, const domain::DiagramLink& link) {
  InsertRow(db_, link, {{"project_id", project_id}});
}

void SqlDiagrams::DeleteLink(const domain::DiagramLink& link) {
  Run(db_, "DELETE FROM diagram_links WHERE from_item_id = ? AND to_item_id = ?", link.from,
      link.to);
}

void SqlDiagrams::AddRef(const domain::DiagramRef& ref, domain::DiagramKind kind) {
  Run(db_, "INSERT INTO " + RefTable(kind) + " (item_id, " + RefColumn(kind) + ") VALUES (?, ?)",
      ref.item_id, ref.target_id);
}

void SqlDiagrams::DeleteRef(const domain::DiagramRef& ref, domain::DiagramKind kind) {
  Run(db_, "DELETE FROM " + RefTable(kind) + " WHERE item_id = ? AND " + RefColumn(kind) + " = ?",
      ref.item_id, ref.target_id);
}

}  // namespace stegvis::store
