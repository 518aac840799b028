#pragma once
// domain::AuditRepository on a SQL connection.

#include "domain/repositories/audit_repository.h"
#include "store/sql_connection.h"

namespace stegvis::store {

class SqlAudit final : public domain::AuditRepository {
 public:
  explicit SqlAudit(SqlConnection& db) : db_(db) {}

  domain::Id Add(const domain::AuditEvent& event) override;
  std::vector<domain::AuditEvent> List(const std::string& object_type,
                                       domain::Id object_id) override;
  std::vector<domain::AuditEvent> ListAll(domain::Id organisation_id) override;
  std::vector<domain::AuditEvent> ListActionSince(domain::Id organisation_id,
                                                  const std::string& action,
                                                  std::int64_t since) override;

 private:
  SqlConnection& db_;
};

}  // namespace stegvis::store
