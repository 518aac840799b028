#include "store/sql_audit.h"

#include "store/tables.h"

namespace stegvis::store {

domain::Id SqlAudit::Add(const domain::AuditEvent& event) {
  return Insert(db_, event);
}

std::vector<domain::AuditEvent> SqlAudit::List(const std::string& object_type,
                                               domain::Id object_id) {
  return store::List<domain::AuditEvent>(db_, "WHERE object_type = ? AND object_id = ? ORDER BY id",
                                         object_type, object_id);
}

std::vector<domain::AuditEvent> SqlAudit::ListAll(domain::Id organisation_id) {
  return store::List<domain::AuditEvent>(db_, "WHERE organisation_id = ? ORDER BY id",
                                         organisation_id);
}

std::vector<domain::AuditEvent> SqlAudit::ListActionSince(domain::Id organisation_id,
                                                          const std::string& action,
                                                          std::int64_t since) {
  return store::List<domain::AuditEvent>(
      db_, "WHERE organisation_id = ? AND action = ? AND at >= ? ORDER BY id", organisation_id,
      action, since);
}

}  // namespace stegvis::store
