#pragma once
// The storage interface the domain needs. Implementations live in store/ (SQLite now,
// PostgreSQL later); the domain never sees SQL. All data access happens inside one
// transaction: `store.Read(fn)` / `store.Write(fn)` hand `fn` a StoreTx bound to it.
//
// Failures: expected problems (not found, conflict) are values the domain decides on;
// infrastructure failures (disk full, lost database) throw StoreFailure and are caught once
// at the request boundary.

#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "core/error.h"
#include "domain/organisation.h"

namespace stegvis::domain {

// Thrown by a store when the database itself fails (not for anything a user can cause).
class StoreFailure : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Data access inside one transaction.
class StoreTx {
 public:
  virtual ~StoreTx() = default;

  // Every organisation, by id.
  virtual std::vector<Organisation> ListOrganisations() = 0;
  // The organisation's units, ordered by name.
  virtual std::vector<Unit> ListUnits(Id organisation_id) = 0;
  // The unit with this id, if it exists.
  virtual std::optional<Unit> FindUnit(Id unit_id) = 0;
  // The user with this (lower-case) email, if any.
  virtual std::optional<User> FindUserByEmail(const std::string& email) = 0;

  // Inserts and returns the new id. Callers validate first (domain/ use cases).
  virtual Id CreateOrganisation(const std::string& name, std::int64_t now) = 0;
  virtual Id CreateUnit(const NewUnit& unit, std::int64_t now) = 0;
  virtual Id CreateUser(const NewUser& user, std::int64_t now) = 0;
  // Inserts many users at once, without returning their ids: the bulk path (COPY on
  // PostgreSQL, multi-row INSERTs on SQLite) for loads such as the demonstration data.
  virtual void CreateUsers(const std::vector<NewUser>& users, std::int64_t now) = 0;
};

enum class TxMode { kRead, kWrite };

class Store {
 public:
  virtual ~Store() = default;

  // Ok when the database answers and every migration this binary knows has been applied;
  // otherwise an kUnavailable error saying which.
  virtual core::Result<void> CheckReady() = 0;

  // Runs `fn` in one transaction on one connection. Commits when `fn` returns true, rolls
  // back when it returns false or throws (the exception propagates). `fn` may run more than
  // once (PostgreSQL retries a transaction it rolled back for a serialization failure or a
  // lost connection), so it must have no effect outside `tx` other than its result.
  virtual void Transact(TxMode mode, const std::function<bool(StoreTx&)>& fn) = 0;

  // Runs `fn(StoreTx&) -> core::Result<T>` in a read transaction.
  template <typename F>
  auto Read(F&& fn) {
    return Run(TxMode::kRead, std::forward<F>(fn));
  }
  // Runs `fn(StoreTx&) -> core::Result<T>` in a write transaction; commits only on success.
  template <typename F>
  auto Write(F&& fn) {
    return Run(TxMode::kWrite, std::forward<F>(fn));
  }

 private:
  template <typename F>
  auto Run(TxMode mode, F&& fn) {
    using R = decltype(fn(std::declval<StoreTx&>()));
    std::optional<R> out;
    Transact(mode, [&](StoreTx& tx) {
      out.emplace(fn(tx));
      return out->has_value();
    });
    return std::move(*out);
  }
};

}  // namespace stegvis::domain
