#pragma once
// domain::DiagramRepository on a SQL connection: items, links and references of a project's
// theory of change and driver diagram.

#include "domain/repositories/diagram_repository.h"
#include "store/sql_connection.h"

namespace stegvis::store {

class SqlDiagrams final : public domain::DiagramRepository {
 public:
  explicit SqlDiagrams(SqlConnection& db) : db_(db) {}

  domain::Diagram Load(domain::Id project_id, domain::DiagramKind kind) override;
  std::optional<domain::DiagramItem> FindItem(domain::Id item_id) override;
  domain::Id CreateItem(const domain::DiagramItem& item) override;
  void UpdateItem(const domain::DiagramItem& item) override;
  void DeleteItem(domain::Id item_id) override;
  void AddLink(domain::Id project_id, const domain::DiagramLink& link) override;
  void DeleteLink(const domain::DiagramLink& link) override;
  void AddRef(const domain::DiagramRef& ref, domain::DiagramKind kind) override;
  void DeleteRef(const domain::DiagramRef& ref, domain::DiagramKind kind) override;

 private:
  SqlConnection& db_;
};

}  // namespace stegvis::store
