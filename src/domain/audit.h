#pragma once
// The audit trail: every create, update and delete, and every login, recorded in the same
// transaction as the change itself, with the values before and after as JSON.

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.h"
#include "domain/access.h"
#include "domain/audit_json.h"
#include "domain/store.h"

namespace stegvis::domain {

// Who is acting: a logged-in user, the command line, or an anonymous visitor at the login.
struct Actor {
  std::optional<Id> user_id;
  std::optional<Id> organisation_id;
  std::string label;  // email, or "cli"
  std::string remote_address;
  std::string api_token = {};  // the API token's name when the user acts through one
};

// The actor for a logged-in user.
Actor ActorFor(const Principal& principal, std::string remote_address);

// Records one event at `now`. `organisation_id` falls back to the actor's.
void RecordAudit(StoreTx& tx, const Actor& actor, std::int64_t now, std::string_view action,
                 std::string_view object_type, std::optional<Id> object_id, std::string before_json,
                 std::string after_json, std::optional<Id> organisation_id = std::nullopt);

// The trail of one object ("unit", "team", "user", "project", "measure", "goal", "programme",
// "self_assessment", ...), if the principal may see it, by the rule of the object's own page:
// units, teams and goals need kView on the object, a self-assessment kView on its unit's
// self-assessments, a programme only that the principal's organisation takes part in it
// (owns it or has a team in it) and holds a role, users kAdminister. In a programme's trail
// an actor of another organisation is named (the user's name), without e-mail or address.
// kNotFound for an unknown object or one in another organisation, kForbidden otherwise.
core::Result<std::vector<AuditEvent>> LoadHistory(Store& store, const Principal& principal,
                                                  std::string_view object_type, Id object_id);

// The organisation's whole trail, for admins (kAdminister on the organisation).
core::Result<std::vector<AuditEvent>> LoadAuditTrail(Store& store, const Principal& principal);

}  // namespace stegvis::domain
