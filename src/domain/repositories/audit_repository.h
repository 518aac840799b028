#pragma once
// The audit trail, inside one transaction (domain/store.h); written by domain/audit.h.

#include <optional>
#include <string>
#include <vector>

#include "domain/records.h"

namespace stegvis::domain {

class AuditRepository {
 public:
  virtual ~AuditRepository() = default;

  // Appends an event; returns its id.
  virtual Id Add(const AuditEvent& event) = 0;
  // The trail of one object, oldest first.
  virtual std::vector<AuditEvent> List(const std::string& object_type, Id object_id) = 0;
  // The organisation's whole trail (and events without an organisation), oldest first.
  virtual std::vector<AuditEvent> ListAll(Id organisation_id) = 0;
};

}  // namespace stegvis::domain
