#pragma once
// A connection that notes whether a transaction changed data that counts for the data
// version (store/data_version.h). Every statement of a transaction goes through it (SqlTx
// hands only this connection to the repositories), so a write cannot be left uncounted: a
// statement counts unless it is a SELECT (or a WITH ... SELECT) or writes only to the
// security bookkeeping — sessions, login_failures, password_resets, api_tokens — or to the
// e-mail outbox and the reminders it sent, none of which a page shows. A statement that turns
// out to change no row still counts: a spare bump costs a cache miss, a missing one a stale
// page.

#include <string_view>

#include "store/sql_connection.h"

namespace stegvis::store {

// True when `sql` may change data that counts.
bool CountsAsChange(std::string_view sql);
// True when a write to `table` counts.
bool IsCountedTable(std::string_view table);

class TrackedConnection final : public SqlConnection {
 public:
  explicit TrackedConnection(SqlConnection& inner) : inner_(inner) {}

  void Exec(const char* sql) override;
  Statement Prepare(const std::string& sql) override;
  void BulkInsert(std::string_view table, std::span<const std::string_view> columns,
                  std::span<const BulkRow> rows) override;
  bool Broken() const override { return inner_.Broken(); }

  // Whether a statement that counts has been prepared or run since the connection was made.
  bool changed() const { return changed_; }
  // The connection underneath, for the store's own bookkeeping (the bump itself).
  SqlConnection& inner() { return inner_; }

 private:
  SqlConnection& inner_;
  bool changed_ = false;
};

}  // namespace stegvis::store
