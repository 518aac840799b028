#include "store/postgres_backup.h"

#include <libpq-fe.h>

#include <optional>

#include "store/postgres_connection.h"
#include "store/run_program.h"

namespace stegvis::store {
namespace {

core::Error Unavailable(std::string message) {
  return core::Error{core::ErrorCode::kUnavailable, std::move(message), "db", {}};
}

// The Stegvis schema version of the database, or nullopt when it has none.
std::optional<int> SchemaVersion(const std::string& url) {
  PostgresConnection db(url);
  // As a number: the connection reads no PostgreSQL booleans.
  if (FindColumn<std::int64_t>(db, "SELECT COUNT(to_regclass('schema_migrations'))").value_or(0) ==
      0) {
    return std::nullopt;
  }
  return static_cast<int>(
      FindColumn<std::int64_t>(db, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations")
          .value_or(0));
}

// The database name libpq connects to for `url` (its default is the user's name).
std::string DatabaseName(const std::vector<std::string>& environment) {
  std::string user;
  for (const std::string& variable : environment) {
    if (variable.starts_with("PGDATABASE=")) return variable.substr(11);
    if (variable.starts_with("PGUSER=")) user = variable.substr(7);
  }
  return user;
}

// Runs a PostgreSQL client program; kUnavailable unless it exits 0.
core::Result<void> RunClient(const std::string& program, const std::vector<std::string>& args,
                             const std::vector<std::string>& environment) {
  auto exit_code = RunProgram(program, args, environment);
  if (!exit_code) {
    return core::Fail(Unavailable(exit_code.error().message +
                                  " (install postgresql-client-15; scripts/install-deps does)"));
  }
  if (*exit_code != 0) {
    return core::Fail(Unavailable(program + " failed (exit code " + std::to_string(*exit_code) +
                                  "); its message is above"));
  }
  return {};
}

}  // namespace

core::Result<std::vector<std::string>> LibpqEnvironment(const std::string& url) {
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(url.c_str(), &error);
  if (!options) {
    std::string message = error ? error : "out of memory";
    PQfreemem(error);
    while (!message.empty() && message.back() == '\n') message.pop_back();
    return core::Fail(core::Error::Invalid("cannot read the PostgreSQL URL: " + message, "db"));
  }
  std::vector<std::string> environment;
  for (PQconninfoOption* o = options; o->keyword; ++o) {
    if (o->val && *o->val && o->envvar)
      environment.push_back(std::string(o->envvar) + "=" + o->val);
  }
  PQconninfoFree(options);
  return environment;
}

core::Result<int> DumpPostgres(const std::string& url, const std::string& file) {
  auto environment = LibpqEnvironment(url);
  if (!environment) return core::Fail(environment.error());
  std::optional<int> version;
  try {
    version = SchemaVersion(url);
  } catch (const std::exception& e) {
    return core::Fail(Unavailable(e.what()));
  }
  if (!version)
    return core::Fail(core::Error::Invalid("the database holds no Stegvis schema", "db"));
  // One snapshot of the whole database (pg_dump's own transaction); --no-password: never
  // wait for a prompt, fail instead.
  auto dumped = RunClient("pg_dump",
                          {"--format=custom", "--no-password", "--file=" + file,
                           "--dbname=" + DatabaseName(*environment)},
                          *environment);
  if (!dumped) return core::Fail(dumped.error());
  return *version;
}

core::Result<int> RestorePostgres(const std::string& url, const std::string& file, bool replace) {
  auto environment = LibpqEnvironment(url);
  if (!environment) return core::Fail(environment.error());
  try {
    if (!replace && SchemaVersion(url)) {
      return core::Fail(core::Error{core::ErrorCode::kConflict,
                                    "the database already holds a Stegvis schema; restore into "
                                    "a new, empty database, or give --replace to overwrite it",
                                    "db",
                                    {}});
    }
  } catch (const std::exception& e) {
    return core::Fail(Unavailable(e.what()));
  }
  // All or nothing (--single-transaction, --exit-on-error); objects belong to the user who
  // restores, whoever owned them where the dump was taken.
  std::vector<std::string> args = {"--no-password", "--no-owner", "--no-privileges",
                                   "--exit-on-error", "--single-transaction"};
  if (replace) {
    args.push_back("--clean");
    args.push_back("--if-exists");
  }
  args.push_back("--dbname=" + DatabaseName(*environment));
  args.push_back(file);
  auto restored = RunClient("pg_restore", args, *environment);
  if (!restored) return core::Fail(restored.error());
  try {
    std::optional<int> version = SchemaVersion(url);
    if (!version) return core::Fail(Unavailable("the restored database has no schema"));
    return *version;
  } catch (const std::exception& e) {
    return core::Fail(Unavailable(e.what()));
  }
}

}  // namespace stegvis::store
