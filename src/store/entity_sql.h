#pragma once
// Storing a described entity (core/describe.h) in its table: the column list, the SELECT,
// INSERT, UPDATE and upsert statements, the row reader and the binder, all walked from the
// one description, so a field is added in one place and the columns of a statement cannot
// drift from the values bound to it or read from it. Which table holds an entity, and the
// few columns named otherwise than their fields, are in store/tables.h.
//
// A field's value is stored as itself when it is an integer, bool (0/1), text or an
// optional of those, and as its TextForm's text otherwise; fields flagged kStoredApart
// (lists kept in link or child tables) are the repository's own business.

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "core/describe.h"
#include "domain/organisation.h"
#include "domain/store_failure.h"
#include "store/sql_connection.h"

namespace stegvis::store {

// A column whose name differs from its field's name.
struct Rename {
  std::string_view field;
  std::string_view column;
};

// Where T is stored; specialised for every stored entity in store/tables.h:
//   template <> struct Table<domain::Unit> { static constexpr std::string_view kName = "units"; };
// with `static constexpr Rename kRenames[] = {...}` when a column is named otherwise.
template <typename T>
struct Table;

template <typename T>
concept Stored = core::Described<T> && requires {
  Table<T>::kName;
};

// A column of the row that is not a field of the entity (created_at, a parent's id), given
// by name with its value.
struct ExtraColumn {
  std::string_view column;
  std::variant<std::int64_t, std::string> value;
};
using ExtraColumns = std::initializer_list<ExtraColumn>;

namespace entity_sql {

template <typename V>
inline constexpr bool kIsOptional = false;
template <typename V>
inline constexpr bool kIsOptional<std::optional<V>> = true;

// Whether V is stored as itself (otherwise as its TextForm's text).
template <typename V>
constexpr bool StoredDirectly() {
  if constexpr (kIsOptional<V>) {
    return StoredDirectly<typename V::value_type>();
  } else {
    return std::is_integral_v<V> || std::is_same_v<V, std::string>;
  }
}

template <typename F>
constexpr bool IsColumn(const F& field) {
  return !field.Has(core::kStoredApart);
}
template <typename F>
constexpr bool IsInserted(const F& field) {
  return IsColumn(field) && !field.Has(core::kKey);
}
template <typename F>
constexpr bool IsUpdated(const F& field) {
  return IsInserted(field) && !field.Has(core::kFixed);
}

template <Stored T>
constexpr std::string_view ColumnOf(std::string_view field) {
  if constexpr (requires { Table<T>::kRenames; }) {
    for (const Rename& r : Table<T>::kRenames) {
      if (r.field == field) return r.column;
    }
  }
  return field;
}

// The columns of the fields `keep` selects, joined: "a, b" (or "x.a, x.b"), or with
// `suffix` after each ("a = ?, b = ?").
template <Stored T, typename Keep>
std::string Join(Keep keep, std::string_view prefix, std::string_view suffix) {
  std::string out;
  core::ForEachField<T>([&](const auto& field) {
    if (!keep(field)) return;
    if (!out.empty()) out += ", ";
    out += prefix;
    out += ColumnOf<T>(field.name);
    out += suffix;
  });
  return out;
}

template <typename T, typename F>
void BindField(Statement& s, const F& field, const T& object) {
  using V = core::FieldType<F>;
  if constexpr (StoredDirectly<V>()) {
    s.Param(field.Get(object));
  } else {
    s.Param(field.text->to_text(field.Get(object)));
  }
}

template <typename T, typename F>
void ReadField(Statement& s, const F& field, T& object) {
  using V = core::FieldType<F>;
  if constexpr (StoredDirectly<V>()) {
    field.Set(object, s.Next<V>());
  } else {
    std::string text = s.Next<std::string>();
    std::optional<V> value = field.text->from_text(text);
    // The table's CHECK constraints keep out what the binary cannot read.
    if (!value) {
      throw domain::StoreFailure("stored " + std::string(field.name) + " not understood: " + text);
    }
    field.Set(object, std::move(*value));
  }
}

template <typename T, typename F>
std::optional<std::string> FieldText(const F& field, const T& object) {
  using V = core::FieldType<F>;
  if constexpr (kIsOptional<V>) {
    const V& value = field.Get(object);
    if (!value) return std::nullopt;
    if constexpr (std::is_same_v<typename V::value_type, std::string>) {
      return *value;
    } else {
      return std::to_string(*value);
    }
  } else if constexpr (std::is_same_v<V, bool>) {
    return field.Get(object) ? "1" : "0";
  } else if constexpr (std::is_integral_v<V>) {
    return std::to_string(field.Get(object));
  } else if constexpr (std::is_same_v<V, std::string>) {
    return field.Get(object);
  } else {
    return field.text->to_text(field.Get(object));
  }
}

inline std::string ExtraNames(ExtraColumns extra) {
  std::string out;
  for (const ExtraColumn& e : extra) out += ", " + std::string(e.column);
  return out;
}

inline void BindExtra(Statement& s, ExtraColumns extra) {
  for (const ExtraColumn& e : extra) {
    std::visit([&](const auto& value) { s.Param(value); }, e.value);
  }
}

}  // namespace entity_sql

// T's columns in the order of its description: "id, name, ..." or, with an alias,
// "u.id, u.name, ...".
template <Stored T>
std::string ColumnList(std::string_view alias = {}) {
  const std::string prefix = alias.empty() ? std::string() : std::string(alias) + ".";
  return entity_sql::Join<T>([](const auto& f) { return entity_sql::IsColumn(f); }, prefix, "");
}

// "SELECT <T's columns> FROM <table> " (with an alias: "... FROM <table> <alias> "), for a
// WHERE, JOIN or ORDER BY to follow.
template <Stored T>
std::string SelectFrom(std::string_view alias = {}) {
  auto build = [](std::string_view a) {
    std::string sql = "SELECT " + ColumnList<T>(a) + " FROM " + std::string(Table<T>::kName);
    if (!a.empty()) sql += " " + std::string(a);
    return sql + " ";
  };
  if (!alias.empty()) return build(alias);
  static const std::string kSql = build({});  // the common case, built once
  return kSql;
}

// "INSERT INTO <table> (<columns but the key>, <extra>) VALUES (?, ...)".
template <Stored T>
std::string InsertSql(ExtraColumns extra = {}) {
  std::string columns =
      entity_sql::Join<T>([](const auto& f) { return entity_sql::IsInserted(f); }, "", "") +
      entity_sql::ExtraNames(extra);
  std::string marks;
  for (char c : columns) {
    if (c == ',') marks += "?, ";
  }
  return "INSERT INTO " + std::string(Table<T>::kName) + " (" + columns + ") VALUES (" + marks +
         "?)";
}

// InsertSql<T>() + " ON CONFLICT (<conflict>) DO UPDATE SET c = excluded.c, ..." over the
// updatable columns: inserts the row or replaces the one with the same `conflict` key.
template <Stored T>
std::string UpsertSql(std::string_view conflict) {
  std::string set;
  core::ForEachField<T>([&](const auto& field) {
    if (!entity_sql::IsUpdated(field)) return;
    const std::string column(entity_sql::ColumnOf<T>(field.name));
    set += (set.empty() ? "" : ", ") + column + " = excluded." + column;
  });
  return InsertSql<T>() + " ON CONFLICT (" + std::string(conflict) + ") DO UPDATE SET " + set;
}

// Binds the values InsertSql<T>(extra) takes, in its order.
template <Stored T>
void BindInsert(Statement& s, const T& value, ExtraColumns extra = {}) {
  core::ForEachField<T>([&](const auto& field) {
    if (entity_sql::IsInserted(field)) entity_sql::BindField(s, field, value);
  });
  entity_sql::BindExtra(s, extra);
}

// Reads T from the current row at the statement's next column (as SelectFrom<T> lists them).
template <Stored T>
T ReadEntity(Statement& s) {
  T out{};
  core::ForEachField<T>([&](const auto& field) {
    if (entity_sql::IsColumn(field)) entity_sql::ReadField(s, field, out);
  });
  return out;
}

// How many columns ReadEntity<T> reads.
template <Stored T>
constexpr int ColumnCount() {
  int n = 0;
  core::ForEachField<T>([&](const auto& field) { n += entity_sql::IsColumn(field) ? 1 : 0; });
  return n;
}

// Every remaining row of `s`, read as T.
template <Stored T>
std::vector<T> ReadAll(Statement& s) {
  std::vector<T> out;
  while (s.Step()) out.push_back(ReadEntity<T>(s));
  return out;
}

// The rows of T's table that `rest` (a WHERE and ORDER BY with `?`) selects.
template <Stored T, typename... Vs>
std::vector<T> List(SqlConnection& db, std::string_view rest, const Vs&... params) {
  Statement s = Query(db, SelectFrom<T>() + std::string(rest), params...);
  return ReadAll<T>(s);
}

// The first row `rest` selects, if any.
template <Stored T, typename... Vs>
std::optional<T> FindOne(SqlConnection& db, std::string_view rest, const Vs&... params) {
  Statement s = Query(db, SelectFrom<T>() + std::string(rest), params...);
  if (!s.Step()) return std::nullopt;
  return ReadEntity<T>(s);
}

// Inserts `value` (every column but the key) and `extra`; returns the new id.
template <Stored T>
domain::Id Insert(SqlConnection& db, const T& value, ExtraColumns extra = {}) {
  Statement s = db.Prepare(InsertSql<T>(extra) + " RETURNING id");
  BindInsert(s, value, extra);
  s.Step();
  return s.Next<domain::Id>();
}

// Inserts `value` into a table without an id of its own (a child or keyed-by-text row).
template <Stored T>
void InsertRow(SqlConnection& db, const T& value, ExtraColumns extra = {}) {
  Statement s = db.Prepare(InsertSql<T>(extra));
  BindInsert(s, value, extra);
  s.Step();
}

// Inserts `value` or replaces the row with the same `conflict` key (UpsertSql).
template <Stored T>
void Upsert(SqlConnection& db, const T& value, std::string_view conflict) {
  Statement s = db.Prepare(UpsertSql<T>(conflict));
  BindInsert(s, value);
  s.Step();
}

// Stores every updatable column (not the key, not kFixed) of `value` in the row with its key.
template <Stored T>
void Update(SqlConnection& db, const T& value) {
  static const std::string kSql = [] {
    std::string key;
    core::ForEachField<T>([&](const auto& field) {
      if (field.Has(core::kKey)) key = entity_sql::ColumnOf<T>(field.name);
    });
    return "UPDATE " + std::string(Table<T>::kName) + " SET " +
           entity_sql::Join<T>([](const auto& f) { return entity_sql::IsUpdated(f); }, "", " = ?") +
           " WHERE " + key + " = ?";
  }();
  Statement s = db.Prepare(kSql);
  core::ForEachField<T>([&](const auto& field) {
    if (entity_sql::IsUpdated(field)) entity_sql::BindField(s, field, value);
  });
  core::ForEachField<T>([&](const auto& field) {
    if (field.Has(core::kKey)) entity_sql::BindField(s, field, value);
  });
  s.Step();
}

// Inserts many values at once (SqlConnection::BulkInsert: COPY on PostgreSQL); no ids come
// back. `extra` names columns beyond T's, and `extra_values(i)` gives their text for
// values[i].
template <Stored T, typename ExtraValues>
void BulkInsert(SqlConnection& db, const std::vector<T>& values,
                std::initializer_list<std::string_view> extra, ExtraValues extra_values) {
  std::vector<std::string_view> columns;
  core::ForEachField<T>([&](const auto& field) {
    if (entity_sql::IsInserted(field)) columns.push_back(entity_sql::ColumnOf<T>(field.name));
  });
  columns.insert(columns.end(), extra.begin(), extra.end());
  std::vector<BulkRow> rows;
  rows.reserve(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    BulkRow row;
    row.reserve(columns.size());
    core::ForEachField<T>([&](const auto& field) {
      if (entity_sql::IsInserted(field)) row.push_back(entity_sql::FieldText(field, values[i]));
    });
    for (std::optional<std::string>& value : extra_values(i)) row.push_back(std::move(value));
    rows.push_back(std::move(row));
  }
  db.BulkInsert(Table<T>::kName, columns, rows);
}

template <Stored T>
void BulkInsert(SqlConnection& db, const std::vector<T>& values) {
  BulkInsert(db, values, {}, [](std::size_t) { return BulkRow{}; });
}

}  // namespace stegvis::store
