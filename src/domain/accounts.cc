#include "domain/accounts.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"
#include "domain/login_throttle.h"
#include "domain/password.h"
#include "domain/resources.h"
#include "domain/sessions.h"
#include "domain/tokens.h"

namespace stegvis::domain {
namespace {

// kForbidden unless `acting` is null (the command line) or may administer users of `org`.
core::Result<void> RequireAdmin(const Principal* acting, Id org) {
  if (acting && !May(acting, Action::kAdminister, OrganisationResource(ResourceKind::kUser, org))) {
    return core::Fail(core::Error::Forbidden("only admins manage users"));
  }
  return {};
}

// The user, if it exists and `acting` may manage it (same organisation, admin).
core::Result<User> ManagedUser(StoreTx& tx, const Principal* acting, Id user_id) {
  std::optional<User> user = tx.Users().Find(user_id);
  if (!user || (acting && user->organisation_id != acting->user.organisation_id)) {
    return core::Fail(core::Error::NotFoundObject("no such user"));
  }
  if (auto ok = RequireAdmin(acting, user->organisation_id); !ok) return core::Fail(ok.error());
  return *user;
}

// The membership for `role` in `scope`, checked against the organisation's units and teams.
core::Result<Membership> ScopedMembership(StoreTx& tx, Id org, Id user_id, Role role,
                                          std::optional<ScopeRef> scope) {
  auto bad = [](std::string message) {
    return core::Fail(core::Error::Invalid(std::move(message), "scope", "error.bad_scope"));
  };
  ScopeRef ref = scope.value_or(ScopeRef{ScopeKind::kOrganisation, org});
  if (!RoleAllowsScope(role, ref.kind)) return bad("this role cannot have this scope");
  switch (ref.kind) {
    case ScopeKind::kOrganisation:
      if (ref.id != org) return bad("another organisation");
      break;
    case ScopeKind::kUnit: {
      std::optional<Unit> unit = tx.Units().Find(ref.id);
      if (!unit || unit->organisation_id != org) return bad("no such unit");
      break;
    }
    case ScopeKind::kTeam: {
      std::optional<Team> team = tx.Teams().Find(ref.id);
      if (!team || team->organisation_id != org) return bad("no such team");
      break;
    }
    case ScopeKind::kProgramme: {
      // A programme of the organisation's own: hosting it is what a strategist coaches.
      std::optional<Programme> programme = tx.Programmes().Find(ref.id);
      if (!programme || programme->organisation_id != org) return bad("no such programme");
      break;
    }
  }
  return Membership{0, user_id, role, ref.kind, ref.id};
}

core::Result<std::string> CheckedHash(const std::string& password, const User& user) {
  if (auto ok = CheckPasswordPolicy(password, user.email, user.display_name); !ok) {
    return core::Fail(ok.error());
  }
  return HashPassword(password);
}

// How long the account's logins stay refused from the address group that waits longest; 0 if
// none waits. Other addresses may still log in (login_throttle.h).
std::int64_t AccountRetryAfter(StoreTx& tx, const std::string& email, std::int64_t now) {
  std::int64_t wait = 0;
  for (const LoginFailures& f : tx.Sessions().ListLocked(AccountSubjectPrefix(email), now)) {
    wait = std::max(wait, f.locked_until - now);
  }
  return wait;
}

}  // namespace

core::Result<void> CheckPasswordPolicy(const std::string& password, const std::string& email,
                                       const std::string& display_name) {
  // Count characters, not bytes: "åäö" are one character each.
  if (core::CodePointCount(password) < kMinPasswordLength) {
    return core::Fail(core::Error::Invalid("the password needs at least 12 characters", "password",
                                           "error.password_too_short"));
  }
  const std::string lower = core::AsciiLower(password);
  std::vector<std::string> parts;
  const std::string mail = core::AsciiLower(email);
  if (!mail.empty()) {
    parts.push_back(mail);
    parts.push_back(mail.substr(0, mail.find('@')));
  }
  std::string word;
  for (char c : core::AsciiLower(display_name) + " ") {
    if (std::isspace(static_cast<unsigned char>(c)) || c == '-') {
      parts.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  for (const std::string& part : parts) {
    if (part.size() >= 4 && lower.find(part) != std::string::npos) {
      return core::Fail(core::Error::Invalid("the password must not contain your name or email",
                                             "password", "error.password_contains_name"));
    }
  }
  return {};
}

std::vector<core::Error> NewAccountErrors(const NewAccount& in) {
  std::vector<core::Error> errors;
  const std::string email = NormaliseEmail(in.email);
  const std::size_t at = email.find('@');
  if (at == std::string::npos || at == 0 || at + 1 >= email.size() ||
      email.size() > kMaxEmailBytes || email.find(' ') != std::string::npos) {
    errors.push_back(core::Error::Invalid("not an email address", "email", "error.bad_email"));
  }
  if (core::IsBlank(in.display_name)) {
    errors.push_back(core::Error::Invalid("a user needs a name", "display_name", "error.required"));
  } else if (in.display_name.size() > 200) {
    errors.push_back(
        core::Error::Invalid("at most 200 characters", "display_name", "error.too_long"));
  }
  if (in.language != "sv" && in.language != "en") {
    errors.push_back(core::Error::Invalid("language is sv or en", "language", "error.required"));
  }
  if (auto ok = CheckPasswordPolicy(in.password, email, in.display_name); !ok) {
    errors.push_back(ok.error());
  }
  return errors;
}

core::Result<Id> CreateAccount(Store& store, const core::Clock& clock, const Principal* acting,
                               const Actor& actor, const NewAccount& in) {
  if (auto ok = RequireAdmin(acting, in.organisation_id); !ok) return core::Fail(ok.error());
  NewUser user{in.organisation_id, NormaliseEmail(in.email), in.display_name, in.language, {}};
  if (std::vector<core::Error> errors = NewAccountErrors(in); !errors.empty()) {
    return core::Fail(std::move(errors.front()));
  }
  core::Result<std::string> hash = HashPassword(in.password);
  if (!hash) return core::Fail(hash.error());
  user.password_hash = *hash;
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<Id> {
    if (tx.Users().FindByEmail(user.email)) {
      return core::Fail(core::Error{core::ErrorCode::kConflict, "the email is already in use",
                                    "email", "error.email_taken"});
    }
    Id id = tx.Users().Create(user, now);
    RecordAudit(tx, actor, now, "create", "user", id, "", AuditJson(UserFrom(user)),
                user.organisation_id);
    if (in.role) {
      auto m = ScopedMembership(tx, user.organisation_id, id, *in.role, in.scope);
      if (!m) return core::Fail(m.error());
      tx.Users().AddMembership(*m, now);
      RecordAudit(tx, actor, now, "role_added", "user", id, "", AuditJson(*m),
                  user.organisation_id);
    }
    return id;
  });
}

core::Result<void> ChangePassword(Store& store, const core::Clock& clock, const Principal* acting,
                                  const Actor& actor, Id user_id, const std::string& password) {
  auto user = store.Read([&](StoreTx& tx) { return ManagedUser(tx, acting, user_id); });
  if (!user) return core::Fail(user.error());
  core::Result<std::string> hash = CheckedHash(password, *user);
  if (!hash) return core::Fail(hash.error());
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    tx.Users().SetPasswordHash(user_id, *hash);
    tx.Sessions().DeleteForUser(user_id);
    tx.ApiTokens().DeleteForUser(user_id);
    RecordAudit(tx, actor, now, "password_changed", "user", user_id, "", "", user->organisation_id);
    return {};
  });
}

core::Result<void> SetAccountActive(Store& store, const core::Clock& clock, const Principal* acting,
                                    const Actor& actor, Id user_id, bool active) {
  if (acting && !active && acting->user.id == user_id) {
    return core::Fail(
        core::Error::Invalid("you cannot deactivate yourself", "active", "error.deactivate_self"));
  }
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    auto user = ManagedUser(tx, acting, user_id);
    if (!user) return core::Fail(user.error());
    User after = *user;
    after.active = active;
    tx.Users().SetActive(user_id, active);
    if (!active) {
      tx.Sessions().DeleteForUser(user_id);
      tx.ApiTokens().DeleteForUser(user_id);
    }
    RecordAudit(tx, actor, now, "update", "user", user_id, AuditJson(*user), AuditJson(after),
                user->organisation_id);
    return {};
  });
}

core::Result<void> AddRole(Store& store, const core::Clock& clock, const Principal* acting,
                           const Actor& actor, Id user_id, Role role,
                           std::optional<ScopeRef> scope) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    auto user = ManagedUser(tx, acting, user_id);
    if (!user) return core::Fail(user.error());
    auto m = ScopedMembership(tx, user->organisation_id, user_id, role, scope);
    if (!m) return core::Fail(m.error());
    if (tx.Users().AddMembership(*m, now)) {
      RecordAudit(tx, actor, now, "role_added", "user", user_id, "", AuditJson(*m),
                  user->organisation_id);
    }
    return {};
  });
}

core::Result<void> RemoveRole(Store& store, const core::Clock& clock, const Principal* acting,
                              const Actor& actor, Id user_id, Id membership_id) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    auto user = ManagedUser(tx, acting, user_id);
    if (!user) return core::Fail(user.error());
    for (const Membership& m : tx.Users().ListMemberships(user_id)) {
      if (m.id != membership_id) continue;
      if (acting && acting->user.id == user_id && m.role == Role::kAdmin) {
        return core::Fail(core::Error::Invalid("you cannot remove your own admin role", "role",
                                               "error.remove_own_admin"));
      }
      tx.Users().DeleteMembership(m.id);
      RecordAudit(tx, actor, now, "role_removed", "user", user_id, AuditJson(m), "",
                  user->organisation_id);
      return {};
    }
    return core::Fail(core::Error::NotFoundObject("no such user"));
  });
}

core::Result<void> UnlockAccount(Store& store, const core::Clock& clock, const Principal* acting,
                                 const Actor& actor, Id user_id) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    auto user = ManagedUser(tx, acting, user_id);
    if (!user) return core::Fail(user.error());
    tx.Sessions().DeleteLoginFailuresWithPrefix(AccountSubjectPrefix(user->email));
    RecordAudit(tx, actor, now, "unlocked", "user", user_id, "", "", user->organisation_id);
    return {};
  });
}

core::Result<std::string> IssuePasswordReset(Store& store, const core::Clock& clock,
                                             const Principal* acting, const Actor& actor,
                                             Id user_id) {
  const std::int64_t now = clock.NowUnixSeconds();
  std::string token = RandomToken();
  return store.Write([&](StoreTx& tx) -> core::Result<std::string> {
    auto user = ManagedUser(tx, acting, user_id);
    if (!user) return core::Fail(user.error());
    // One valid link per user: a link handed over earlier (perhaps to the wrong person) stops
    // working when a new one is made.
    tx.Sessions().RevokePasswordResets(user_id, now);
    tx.Sessions().CreatePasswordReset(
        {HashToken(token), user_id, now, now + kPasswordResetSeconds, {}});
    RecordAudit(tx, actor, now, "password_reset_issued", "user", user_id, "", "",
                user->organisation_id);
    return token;
  });
}

core::Result<User> CheckPasswordReset(Store& store, const core::Clock& clock,
                                      const std::string& token) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Read([&](StoreTx& tx) -> core::Result<User> {
    std::optional<PasswordReset> reset = tx.Sessions().FindPasswordReset(HashToken(token));
    std::optional<User> user = reset ? tx.Users().Find(reset->user_id) : std::nullopt;
    if (!reset || reset->used_at || reset->expires_at <= now || !user || !user->active) {
      return core::Fail(
          core::Error{core::ErrorCode::kNotFound, "the link is not valid", {}, "reset.invalid"});
    }
    return *user;
  });
}

core::Result<void> UsePasswordReset(Store& store, const core::Clock& clock,
                                    const std::string& token, const std::string& password,
                                    const std::string& remote_address) {
  core::Result<User> user = CheckPasswordReset(store, clock, token);
  if (!user) return core::Fail(user.error());
  core::Result<std::string> hash = CheckedHash(password, *user);
  if (!hash) return core::Fail(hash.error());
  const std::int64_t now = clock.NowUnixSeconds();
  Actor actor{user->id, user->organisation_id, user->email, remote_address};
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    // Re-check inside the write: two tabs must not both use one token.
    std::optional<PasswordReset> reset = tx.Sessions().FindPasswordReset(HashToken(token));
    if (!reset || reset->used_at) {
      return core::Fail(
          core::Error{core::ErrorCode::kNotFound, "the link is not valid", {}, "reset.invalid"});
    }
    tx.Sessions().MarkPasswordResetUsed(reset->token_hash, now);
    tx.Users().SetPasswordHash(user->id, *hash);
    tx.Sessions().DeleteForUser(user->id);
    tx.ApiTokens().DeleteForUser(user->id);
    tx.Sessions().DeleteLoginFailuresWithPrefix(AccountSubjectPrefix(user->email));
    RecordAudit(tx, actor, now, "password_reset_used", "user", user->id, "", "");
    return {};
  });
}

core::Result<AccountDetails> LoadAccount(StoreTx& tx, std::int64_t now, const Principal* acting,
                                         Id user_id) {
  auto user = ManagedUser(tx, acting, user_id);
  if (!user) return core::Fail(user.error());
  return AccountDetails{*user, tx.Users().ListMemberships(user_id),
                        AccountRetryAfter(tx, user->email, now)};
}

core::Result<AccountDetails> LoadAccount(Store& store, const core::Clock& clock,
                                         const Principal* acting, Id user_id) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Read([&](StoreTx& tx) { return LoadAccount(tx, now, acting, user_id); });
}

core::Result<std::vector<AccountDetails>> ListAccounts(StoreTx& tx, std::int64_t now,
                                                       const Principal* acting,
                                                       Id organisation_id) {
  if (auto ok = RequireAdmin(acting, organisation_id); !ok) return core::Fail(ok.error());
  std::vector<AccountDetails> out;
  for (User& user : tx.Users().List(organisation_id)) {
    std::int64_t locked = AccountRetryAfter(tx, user.email, now);
    std::vector<Membership> roles = tx.Users().ListMemberships(user.id);
    out.push_back({std::move(user), std::move(roles), locked});
  }
  return out;
}

core::Result<std::vector<AccountDetails>> ListAccounts(Store& store, const core::Clock& clock,
                                                       const Principal* acting,
                                                       Id organisation_id) {
  // Refused before a transaction is opened.
  if (auto ok = RequireAdmin(acting, organisation_id); !ok) return core::Fail(ok.error());
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Read([&](StoreTx& tx) { return ListAccounts(tx, now, acting, organisation_id); });
}

core::Result<Id> EnsureOrganisation(Store& store, const core::Clock& clock,
                                    const std::string& name) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<Id> {
    std::vector<Organisation> organisations = tx.Units().ListOrganisations();
    if (!organisations.empty()) return organisations.front().id;
    if (core::IsBlank(name)) {
      return core::Fail(core::Error::Invalid(
          "the database has no organisation yet: name it with --organisation NAME", "organisation",
          "error.required"));
    }
    Id id = tx.Units().CreateOrganisation(name, now);
    RecordAudit(tx, Actor{std::nullopt, id, "cli", ""}, now, "create", "organisation", id, "",
                AuditJson(Organisation{id, name}), id);
    return id;
  });
}

core::Result<User> FindAccountByEmail(Store& store, const std::string& email) {
  return store.Read([&](StoreTx& tx) -> core::Result<User> {
    std::optional<User> user = tx.Users().FindByEmail(NormaliseEmail(email));
    if (!user) return core::Fail(core::Error::NotFound("no user has the email " + email));
    return *user;
  });
}

}  // namespace stegvis::domain
