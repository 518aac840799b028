#pragma once
// A project's theory of change and driver diagram (domain/diagram.h), inside one transaction
// (domain/store.h). Callers check the linking rules first.

#include <optional>
#include <vector>

#include "domain/diagram.h"

namespace stegvis::domain {

class DiagramRepository {
 public:
  virtual ~DiagramRepository() = default;

  // The project's diagram of `kind`: its items by level, then id; its links; its references.
  virtual Diagram Load(Id project_id, DiagramKind kind) = 0;
  // One item by id (of either kind).
  virtual std::optional<DiagramItem> FindItem(Id item_id) = 0;
  // Inserts the item (version 1) and returns its id.
  virtual Id CreateItem(const DiagramItem& item) = 0;
  // Stores the item's text, version and who/when (checked and bumped by the caller).
  virtual void UpdateItem(const DiagramItem& item) = 0;
  // Deletes the item together with every link and reference that names it.
  virtual void DeleteItem(Id item_id) = 0;
  // Inserts / deletes one link or reference of `project_id`.
  virtual void AddLink(Id project_id, const DiagramLink& link) = 0;
  virtual void DeleteLink(const DiagramLink& link) = 0;
  virtual void AddRef(const DiagramRef& ref, DiagramKind kind) = 0;
  virtual void DeleteRef(const DiagramRef& ref, DiagramKind kind) = 0;
};

}  // namespace stegvis::domain
