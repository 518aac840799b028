// `stegvis user add | passwd | list | deactivate`: accounts from the command line, for the
// first admin and for scripting. Passwords come from standard input (never an argument,
// which would show in `ps` and shell history); changes are audited with the actor "cli".

#include <termios.h>
#include <unistd.h>

#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/database_options.h"
#include "core/clock.h"
#include "domain/accounts.h"
#include "domain/sessions.h"
#include "domain/teams.h"

namespace stegvis::cli {
namespace {

struct UserOptions {
  DatabaseOptions database;
  std::string email;
  std::string name;
  std::string role;
  std::string scope;
  std::string organisation;
  std::string language = "sv";
};

// One line from standard input without its line ending; echo off when it is a terminal.
std::string ReadPassword() {
  const bool tty = isatty(STDIN_FILENO) != 0;
  termios saved{};
  if (tty) {
    std::cerr << "Password: " << std::flush;
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string line;
  std::getline(std::cin, line);
  if (tty) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::cerr << "\n";
  }
  while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.pop_back();
  return line;
}

const domain::Actor kCli{std::nullopt, std::nullopt, "cli", ""};

// Opens and migrates the database, then runs `fn(store)`; infrastructure errors exit 1.
template <typename F>
int WithStore(const DatabaseOptions& options, F&& fn) {
  auto opened = OpenDatabase(options);
  if (!opened) return ReportError(opened.error());
  try {
    opened->store->Migrate();
    return fn(*opened->store);
  } catch (const std::exception& e) {
    std::cerr << "stegvis: " << e.what() << "\n";
    return kExitFailure;
  }
}

int Add(const UserOptions& o) {
  std::optional<domain::Role> role = domain::ParseRole(o.role);
  if (!role) {
    std::cerr << "stegvis: --role must be admin, strateg, chef, teammedlem or politiker\n";
    return kExitUsage;
  }
  std::string password = ReadPassword();
  return WithStore(o.database, [&](domain::Store& store) {
    core::SystemClock clock;
    auto org = domain::EnsureOrganisation(store, clock, o.organisation);
    if (!org) return ReportError(org.error());
    domain::NewAccount account{*org, o.email, o.name, o.language, password, role, {}};
    if (!o.scope.empty()) {
      auto scope = domain::ResolveScope(store, *org, *role, o.scope);
      if (!scope) return ReportError(scope.error());
      account.scope = *scope;
    }
    auto id = domain::CreateAccount(store, clock, nullptr, kCli, account);
    if (!id) return ReportError(id.error());
    std::cout << "added " << domain::NormaliseEmail(o.email) << " (user " << *id << ", " << o.role
              << ")\n";
    return kExitOk;
  });
}

int Passwd(const UserOptions& o) {
  std::string password = ReadPassword();
  return WithStore(o.database, [&](domain::Store& store) {
    core::SystemClock clock;
    auto user = domain::FindAccountByEmail(store, o.email);
    if (!user) return ReportError(user.error());
    auto done = domain::ChangePassword(store, clock, nullptr, kCli, user->id, password);
    if (!done) return ReportError(done.error());
    std::cout << "changed the password of " << user->email << " (their sessions have ended)\n";
    return kExitOk;
  });
}

int Deactivate(const UserOptions& o) {
  return WithStore(o.database, [&](domain::Store& store) {
    core::SystemClock clock;
    auto user = domain::FindAccountByEmail(store, o.email);
    if (!user) return ReportError(user.error());
    auto done = domain::SetAccountActive(store, clock, nullptr, kCli, user->id, false);
    if (!done) return ReportError(done.error());
    std::cout << "deactivated " << user->email << " (their sessions have ended)\n";
    return kExitOk;
  });
}

int List(const UserOptions& o) {
  return WithStore(o.database, [&](domain::Store& store) {
    core::SystemClock clock;
    auto org = domain::EnsureOrganisation(store, clock, "");
    if (!org) {
      std::cout << "no users\n";
      return kExitOk;
    }
    auto accounts = domain::ListAccounts(store, clock, nullptr, *org);
    if (!accounts) return ReportError(accounts.error());
    for (const domain::AccountDetails& a : *accounts) {
      std::cout << a.user.email << "\t" << a.user.display_name << "\t"
                << (a.user.active ? "active" : "deactivated");
      for (const domain::Membership& m : a.memberships) {
        std::cout << "\t" << domain::RoleName(m.role);
        if (m.scope_kind != domain::ScopeKind::kOrganisation) {
          std::cout << ":" << domain::ScopeKindName(m.scope_kind) << ":" << m.scope_id;
        }
      }
      std::cout << "\n";
    }
    return kExitOk;
  });
}

}  // namespace

Command AddUserCommand(CLI::App& app) {
  auto o = std::make_shared<UserOptions>();
  CLI::App* sub = app.add_subcommand(
      "user", "Manage accounts: add, passwd, list, deactivate (passwords are read from stdin)");
  sub->require_subcommand(1);

  CLI::App* add =
      sub->add_subcommand("add", "Add a user with a role; the password is read from stdin");
  AddDatabaseOptions(add, o->database);
  add->add_option("--email", o->email, "The user's email address (their login)")->required();
  add->add_option("--name", o->name, "The user's display name")->required();
  add->add_option("--role", o->role, "admin, strateg, chef, teammedlem, politiker or coach")
      ->required();
  add->add_option("--scope", o->scope,
                  "The unit (chef, politiker), team (teammedlem) or programme (coach, or a "
                  "strateg of one programme), by name or id; none means the whole organisation");
  add->add_option("--language", o->language, "sv or en")->capture_default_str();
  add->add_option("--organisation", o->organisation,
                  "Name of the organisation to create when the database has none");
  add->footer(
      "Example:\n  echo 'en lång mening som lösenord' | stegvis user add --db var/stegvis.db \\\n"
      "    --email admin@kommun.se --name 'Ada Admin' --role admin --organisation 'Solviks "
      "kommun'");

  CLI::App* passwd =
      sub->add_subcommand("passwd", "Set a user's password (read from stdin); ends their sessions");
  AddDatabaseOptions(passwd, o->database);
  passwd->add_option("--email", o->email, "The user's email address")->required();

  CLI::App* list = sub->add_subcommand("list", "List every user with status and roles");
  AddDatabaseOptions(list, o->database);

  CLI::App* deactivate =
      sub->add_subcommand("deactivate", "Deactivate a user; their sessions end at once");
  AddDatabaseOptions(deactivate, o->database);
  deactivate->add_option("--email", o->email, "The user's email address")->required();

  return {sub, [o, add, passwd, list, deactivate] {
            if (add->parsed()) return Add(*o);
            if (passwd->parsed()) return Passwd(*o);
            if (list->parsed()) return List(*o);
            if (deactivate->parsed()) return Deactivate(*o);
            return kExitUsage;
          }};
}

}  // namespace stegvis::cli
