#pragma once
// Organisations, their units (a tree: nämnd / förvaltning / enhet), teams and users.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>

#include "core/describe.h"

namespace stegvis::domain {

using Id = std::int64_t;

struct Organisation {
  Id id = 0;
  std::string name;
  // Values resting on fewer people or events are hidden on public pages (domain/suppression.h);
  // 5 unless the admin chose otherwise, never below 3.
  int suppression_threshold = 5;
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

// The record a new unit, user or team becomes (its id still 0, a user active).
inline Unit UnitFrom(const NewUnit& n) {
  return Unit{0, n.organisation_id, n.parent_id, n.name, n.kind};
}
inline User UserFrom(const NewUser& n) {
  return User{0, n.organisation_id, n.email, n.display_name, n.language, true};
}
inline Team TeamFrom(const NewTeam& n) {
  return Team{0, n.organisation_id, n.unit_id, n.name, n.description};
}

// The fields of each record, described once (core/describe.h) for the store, the audit
// trail and the API.
constexpr auto Describe(std::type_identity<Organisation>) {
  return std::tuple{core::Field("id", &Organisation::id, core::kKey),
                    core::Field("name", &Organisation::name),
                    core::Field("suppression_threshold", &Organisation::suppression_threshold)};
}

inline constexpr const core::TextForm<UnitKind>* kUnitKindText =
    &core::kTextForm<UnitKind, UnitKindName, ParseUnitKind>;

constexpr auto Describe(std::type_identity<Unit>) {
  return std::tuple{
      core::Field("id", &Unit::id, core::kKey),
      core::Field("organisation_id", &Unit::organisation_id, core::kFixed | core::kNotAudited),
      core::Field("name", &Unit::name),
      core::Field("kind", &Unit::kind, core::kNoFlags, kUnitKindText),
      core::Field("parent_id", &Unit::parent_id)};
}

constexpr auto Describe(std::type_identity<User>) {
  return std::tuple{
      core::Field("id", &User::id, core::kKey),
      core::Field("organisation_id", &User::organisation_id, core::kFixed | core::kNotAudited),
      core::Field("email", &User::email),
      core::Field("display_name", &User::display_name),
      core::Field("language", &User::language),
      core::Field("active", &User::active)};
}

constexpr auto Describe(std::type_identity<Team>) {
  return std::tuple{
      core::Field("id", &Team::id, core::kKey),
      core::Field("organisation_id", &Team::organisation_id, core::kFixed | core::kNotAudited),
      core::Field("name", &Team::name), core::Field("description", &Team::description),
      core::Field("unit_id", &Team::unit_id)};
}

}  // namespace stegvis::domain
