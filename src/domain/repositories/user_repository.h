#pragma once
// Users and their roles (memberships), inside one transaction (domain/store.h).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/access.h"
#include "domain/organisation.h"

namespace stegvis::domain {

class UserRepository {
 public:
  virtual ~UserRepository() = default;

  // Users of the organisation, in Swedish order of their display names; one user by id; the
  // user with this (lower-case) email.
  virtual std::vector<User> List(Id organisation_id) = 0;
  virtual std::optional<User> Find(Id user_id) = 0;
  virtual std::optional<User> FindByEmail(const std::string& email) = 0;
  // Inserts and returns the new id. Callers validate first (domain/accounts.h).
  virtual Id Create(const NewUser& user, std::int64_t now) = 0;
  // Inserts many users at once, without returning their ids: the bulk path (COPY on
  // PostgreSQL, multi-row INSERTs on SQLite) for loads that need no ids back (imports).
  virtual void CreateMany(const std::vector<NewUser>& users, std::int64_t now) = 0;
  // The stored argon2id hash, if the user exists; replacing it.
  virtual std::optional<std::string> FindPasswordHash(Id user_id) = 0;
  virtual void SetPasswordHash(Id user_id, const std::string& hash) = 0;
  virtual void SetActive(Id user_id, bool active) = 0;
  // Active users holding a teammedlem role for the team, in Swedish order of display names.
  virtual std::vector<User> ListTeamMembers(Id team_id) = 0;
  // The ids of the users (active or not) holding any role scoped to this unit or team.
  virtual std::vector<Id> ListScoped(ScopeKind scope_kind, Id scope_id) = 0;

  // The user's roles, by id.
  virtual std::vector<Membership> ListMemberships(Id user_id) = 0;
  // Adds a role; nullopt if the user already holds exactly this role and scope.
  virtual std::optional<Id> AddMembership(const Membership& membership, std::int64_t now) = 0;
  virtual void DeleteMembership(Id membership_id) = 0;
};

}  // namespace stegvis::domain
