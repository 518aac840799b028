#pragma once
// Organisations, their units (a tree: nämnd / förvaltning / enhet), teams and users.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace stegvis::domain {

using Id = std::int64_t;

struct Organisation {
  Id id = 0;
  std::string name;
};

enum class UnitKind { kNamnd, kForvaltning, kEnhet };

// The stored name of a unit kind: "namnd", "forvaltning", "enhet".
std::string_view UnitKindName(UnitKind kind);
// Parses a stored unit kind name; nullopt if unknown.
std::optional<UnitKind> ParseUnitKind(std::string_view name);

struct Unit {
  Id id = 0;
  Id organisation_id = 0;
  std::optional<Id> parent_id;  // none for a top-level unit
  std::string name;
  UnitKind kind = UnitKind::kEnhet;
};

struct NewUnit {
  Id organisation_id = 0;
  std::optional<Id> parent_id;
  std::string name;
  UnitKind kind = UnitKind::kEnhet;
};

struct User {
  Id id = 0;
  Id organisation_id = 0;
  std::string email;  // stored lower case
  std::string display_name;
  std::string language;  // "sv" or "en"
  bool active = true;
};

struct NewUser {
  Id organisation_id = 0;
  std::string email;
  std::string display_name;
  std::string language = "sv";
  std::string password_hash;  // argon2id string from HashPassword
};

// A team does the improvement work; it belongs to a unit (and later to programmes).
struct Team {
  Id id = 0;
  Id organisation_id = 0;
  Id unit_id = 0;
  std::string name;
  std::string description;
};

struct NewTeam {
  Id organisation_id = 0;
  Id unit_id = 0;
  std::string name;
  std::string description;
};

}  // namespace stegvis::domain
