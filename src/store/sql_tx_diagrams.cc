// SqlTx: the theory of change and the driver diagram (domain/diagram.h).
// Portable SQL only (SQLite and PostgreSQL): `?` placeholders, RETURNING id.

#include <algorithm>

#include "store/sql_tx.h"

namespace stegvis::store {
namespace {

constexpr const char* kItemColumns =
    "SELECT id, organisation_id, project_id, kind, level_name, body, created_at, version, "
    "updated_at, updated_by FROM diagram_items ";

domain::DiagramItem ReadItem(const Statement& s) {
  domain::DiagramItem item;
  item.id = s.Int(0);
  item.organisation_id = s.Int(1);
  item.project_id = s.Int(2);
  // The CHECK constraint makes the fallbacks unreachable.
  item.kind = domain::ParseDiagramKind(s.Text(3)).value_or(domain::DiagramKind::kTheoryOfChange);
  item.level = domain::ParseDiagramLevel(item.kind, s.Text(4)).value_or(0);
  item.text = s.Text(5);
  item.created_at = s.Int(6);
  item.version = s.Int(7);
  item.updated_at = s.Int(8);
  item.updated_by = s.Text(9);
  return item;
}

// The reference table and its target column for a kind.
const char* RefTable(domain::DiagramKind kind) {
  return kind == domain::DiagramKind::kTheoryOfChange ? "diagram_measures" : "diagram_change_ideas";
}
const char* RefColumn(domain::DiagramKind kind) {
  return kind == domain::DiagramKind::kTheoryOfChange ? "measure_id" : "change_idea_id";
}

}  // namespace

domain::Diagram SqlTx::LoadDiagram(domain::Id project_id, domain::DiagramKind kind) {
  domain::Diagram out;
  out.kind = kind;
  const std::string kind_name(domain::DiagramKindName(kind));
  {
    Statement s =
        db_.Prepare(std::string(kItemColumns) + "WHERE project_id = ? AND kind = ? ORDER BY id");
    s.Bind(1, project_id).Bind(2, kind_name);
    while (s.Step()) out.items.push_back(ReadItem(s));
  }
  std::stable_sort(
      out.items.begin(), out.items.end(),
      [](const domain::DiagramItem& a, const domain::DiagramItem& b) { return a.level < b.level; });
  {
    Statement s = db_.Prepare(
        "SELECT l.from_item_id, l.to_item_id FROM diagram_links l "
        "JOIN diagram_items i ON i.id = l.from_item_id "
        "WHERE l.project_id = ? AND i.kind = ? ORDER BY l.from_item_id, l.to_item_id");
    s.Bind(1, project_id).Bind(2, kind_name);
    while (s.Step()) out.links.push_back({s.Int(0), s.Int(1)});
  }
  {
    Statement s = db_.Prepare(std::string("SELECT r.item_id, r.") + RefColumn(kind) + " FROM " +
                              RefTable(kind) +
                              " r JOIN diagram_items i ON i.id = r.item_id "
                              "WHERE i.project_id = ? AND i.kind = ? ORDER BY r.item_id, r." +
                              RefColumn(kind));
    s.Bind(1, project_id).Bind(2, kind_name);
    while (s.Step()) out.refs.push_back({s.Int(0), s.Int(1)});
  }
  return out;
}

std::optional<domain::DiagramItem> SqlTx::FindDiagramItem(domain::Id item_id) {
  Statement s = db_.Prepare(std::string(kItemColumns) + "WHERE id = ?");
  s.Bind(1, item_id);
  if (!s.Step()) return std::nullopt;
  return ReadItem(s);
}

domain::Id SqlTx::CreateDiagramItem(const domain::DiagramItem& item) {
  Statement s = db_.Prepare(
      "INSERT INTO diagram_items (organisation_id, project_id, kind, level_name, body, "
      "created_at, version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) "
      "RETURNING id");
  s.Bind(1, item.organisation_id)
      .Bind(2, item.project_id)
      .Bind(3, domain::DiagramKindName(item.kind))
      .Bind(4, domain::DiagramLevelName(item.kind, item.level))
      .Bind(5, item.text)
      .Bind(6, item.created_at)
      .Bind(7, item.updated_at)
      .Bind(8, item.updated_by)
      .Step();
  return s.Int(0);
}

void SqlTx::UpdateDiagramItem(const domain::DiagramItem& item) {
  Statement s = db_.Prepare(
      "UPDATE diagram_items SET body = ?, version = ?, updated_at = ?, updated_by = ? "
      "WHERE id = ?");
  s.Bind(1, item.text)
      .Bind(2, item.version)
      .Bind(3, item.updated_at)
      .Bind(4, item.updated_by)
      .Bind(5, item.id)
      .Step();
}

void SqlTx::DeleteDiagramItem(domain::Id item_id) {
  // Links and references first: nothing may point at a removed item.
  Statement links =
      db_.Prepare("DELETE FROM diagram_links WHERE from_item_id = ? OR to_item_id = ?");
  links.Bind(1, item_id).Bind(2, item_id).Step();
  for (const char* sql : {"DELETE FROM diagram_measures WHERE item_id = ?",
                          "DELETE FROM diagram_change_ideas WHERE item_id = ?",
                          "DELETE FROM diagram_items WHERE id = ?"}) {
    Statement s = db_.Prepare(sql);
    s.Bind(1, item_id).Step();
  }
}

void SqlTx::AddDiagramLink(domain::Id project_id, const domain::DiagramLink& link) {
  Statement s = db_.Prepare(
      "INSERT INTO diagram_links (project_id, from_item_id, to_item_id) VALUES (?, ?, ?)");
  s.Bind(1, project_id).Bind(2, link.from).Bind(3, link.to).Step();
}

void SqlTx::DeleteDiagramLink(const domain::DiagramLink& link) {
  Statement s = db_.Prepare("DELETE FROM diagram_links WHERE from_item_id = ? AND to_item_id = ?");
  s.Bind(1, link.from).Bind(2, link.to).Step();
}

void SqlTx::AddDiagramRef(const domain::DiagramRef& ref, domain::DiagramKind kind) {
  Statement s = db_.Prepare(std::string("INSERT INTO ") + RefTable(kind) + " (item_id, " +
                            RefColumn(kind) + ") VALUES (?, ?)");
  s.Bind(1, ref.item_id).Bind(2, ref.target_id).Step();
}

void SqlTx::DeleteDiagramRef(const domain::DiagramRef& ref, domain::DiagramKind kind) {
  Statement s = db_.Prepare(std::string("DELETE FROM ") + RefTable(kind) +
                            " WHERE item_id = ? AND " + RefColumn(kind) + " = ?");
  s.Bind(1, ref.item_id).Bind(2, ref.target_id).Step();
}

}  // namespace stegvis::store
