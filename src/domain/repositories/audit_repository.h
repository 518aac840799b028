#pragma once
// The audit trail, inside one transaction (domain/store.h); written by domain/audit.h.

#include <cstdint>
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
  // The organisation's whole trail, oldest first. Events without an organisation (a failed
  // login with an unknown email) belong to no organisation's trail.
  virtual std::vector<AuditEvent> ListAll(Id organisation_id) = 0;
  // The organisation's events of one action at or after `since`, oldest first.
  virtual std::vector<AuditEvent> ListActionSince(Id organisation_id, const std::string& action,
                                                  std::int64_t since) = 0;
};

}  // namespace stegvis::domain
