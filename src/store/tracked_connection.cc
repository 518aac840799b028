#include "store/tracked_connection.h"

#include <cctype>
#include <string>

namespace stegvis::store {
namespace {

std::string_view SkipSpace(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  return s;
}

// The next word, upper-cased, and what follows it.
std::string NextWord(std::string_view& s) {
  s = SkipSpace(s);
  std::string word;
  while (!s.empty() && (std::isalnum(static_cast<unsigned char>(s.front())) || s.front() == '_')) {
    word += static_cast<char>(std::toupper(static_cast<unsigned char>(s.front())));
    s.remove_prefix(1);
  }
  return word;
}

bool ContainsWord(std::string_view sql, std::string_view word) {
  for (std::string_view rest = sql; !rest.empty();) {
    std::string w = NextWord(rest);
    if (w == word) return true;
    if (w.empty() && !rest.empty()) rest.remove_prefix(1);
  }
  return false;
}

}  // namespace

bool IsCountedTable(std::string_view table) {
  return table != "sessions" && table != "login_failures" && table != "password_resets" &&
         table != "api_tokens" && table != "mail_outbox" && table != "reminders_sent";
}

bool CountsAsChange(std::string_view sql) {
  std::string_view rest = sql;
  const std::string verb = NextWord(rest);
  if (verb == "SELECT") return false;
  if (verb == "SET") return false;  // a setting of the session or transaction, no data
  if (verb == "WITH") {
    return ContainsWord(sql, "INSERT") || ContainsWord(sql, "UPDATE") ||
           ContainsWord(sql, "DELETE");
  }
  if (verb == "INSERT" || verb == "DELETE") {
    NextWord(rest);  // INTO, FROM
  } else if (verb != "UPDATE") {
    return true;  // anything else (DDL, COPY, ...) counts, to be safe
  }
  rest = SkipSpace(rest);
  std::string_view table = rest.substr(0, rest.find_first_of(" (\n\t"));
  return IsCountedTable(table);
}

void TrackedConnection::Exec(const char* sql) {
  if (CountsAsChange(sql)) changed_ = true;
  inner_.Exec(sql);
}

Statement TrackedConnection::Prepare(const std::string& sql) {
  if (!changed_ && CountsAsChange(sql)) changed_ = true;
  return inner_.Prepare(sql);
}

void TrackedConnection::BulkInsert(std::string_view table,
                                   std::span<const std::string_view> columns,
                                   std::span<const BulkRow> rows) {
  if (IsCountedTable(table) && !rows.empty()) changed_ = true;
  inner_.BulkInsert(table, columns, rows);
}

}  // namespace stegvis::store
