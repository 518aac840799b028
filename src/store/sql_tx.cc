#include "store/sql_tx.h"

#include <algorithm>

namespace stegvis::store {
namespace {

domain::Unit ReadUnit(const Statement& s) {
  domain::Unit unit;
  unit.id = s.Int(0);
  unit.organisation_id = s.Int(1);
  unit.parent_id = s.OptionalInt(2);
  unit.name = s.Text(3);
  unit.kind = domain::ParseUnitKind(s.Text(4)).value_or(domain::UnitKind::kEnhet);
  return unit;
}

constexpr const char* kUnitColumns =
    "SELECT id, organisation_id, parent_id, name, kind FROM units ";

}  // namespace

std::vector<domain::Organisation> SqlTx::ListOrganisations() {
  std::vector<domain::Organisation> out;
  Statement s = db_.Prepare("SELECT id, name FROM organisations ORDER BY id");
  while (s.Step()) out.push_back({s.Int(0), s.Text(1)});
  return out;
}

std::vector<domain::Unit> SqlTx::ListUnits(domain::Id organisation_id) {
  std::vector<domain::Unit> out;
  Statement s =
      db_.Prepare(std::string(kUnitColumns) + "WHERE organisation_id = ? ORDER BY name, id");
  s.Bind(1, organisation_id);
  while (s.Step()) out.push_back(ReadUnit(s));
  return out;
}

std::optional<domain::Unit> SqlTx::FindUnit(domain::Id unit_id) {
  Statement s = db_.Prepare(std::string(kUnitColumns) + "WHERE id = ?");
  s.Bind(1, unit_id);
  if (!s.Step()) return std::nullopt;
  return ReadUnit(s);
}

std::vector<domain::Id> SqlTx::UnitAncestry(domain::Id unit_id) {
  // Depth-bounded so a parent cycle in stored data cannot recurse for ever.
  Statement s = db_.Prepare(
      "WITH RECURSIVE path(id, parent_id, depth) AS ("
      " SELECT id, parent_id, 0 FROM units WHERE id = ?"
      " UNION ALL"
      " SELECT u.id, u.parent_id, p.depth + 1 FROM units u JOIN path p ON u.id = p.parent_id"
      " WHERE p.depth < 64)"
      " SELECT id FROM path ORDER BY depth");
  s.Bind(1, unit_id);
  std::vector<domain::Id> out;
  while (s.Step()) {
    domain::Id id = s.Int(0);
    if (std::find(out.begin(), out.end(), id) != out.end()) break;
    out.push_back(id);
  }
  return out;
}

std::optional<domain::User> SqlTx::FindUserByEmail(const std::string& email) {
  Statement s = db_.Prepare(
      "SELECT id, organisation_id, email, display_name, language, active FROM users "
      "WHERE email = ?");
  s.Bind(1, email);
  if (!s.Step()) return std::nullopt;
  return domain::User{s.Int(0), s.Int(1), s.Text(2), s.Text(3), s.Text(4), s.Int(5) != 0};
}

domain::Id SqlTx::CreateOrganisation(const std::string& name, std::int64_t now) {
  domain::Id id = 0;
  {
    Statement s =
        db_.Prepare("INSERT INTO organisations (name, created_at) VALUES (?, ?) RETURNING id");
    s.Bind(1, name).Bind(2, now).Step();
    id = s.Int(0);
  }
  SeedGoalCatalogue(id, now);  // every organisation starts with the shipped goals catalogue
  return id;
}

domain::Id SqlTx::CreateUnit(const domain::NewUnit& unit, std::int64_t now) {
  Statement s = db_.Prepare(
      "INSERT INTO units (organisation_id, parent_id, name, kind, created_at) "
      "VALUES (?, ?, ?, ?, ?) RETURNING id");
  s.Bind(1, unit.organisation_id)
      .Bind(2, unit.parent_id)
      .Bind(3, unit.name)
      .Bind(4, domain::UnitKindName(unit.kind))
      .Bind(5, now)
      .Step();
  return s.Int(0);
}

domain::Id SqlTx::CreateUser(const domain::NewUser& user, std::int64_t now) {
  Statement s = db_.Prepare(
      "INSERT INTO users (organisation_id, email, display_name, language, password_hash, "
      "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
  s.Bind(1, user.organisation_id)
      .Bind(2, user.email)
      .Bind(3, user.display_name)
      .Bind(4, user.language)
      .Bind(5, user.password_hash)
      .Bind(6, now)
      .Step();
  return s.Int(0);
}

void SqlTx::CreateUsers(const std::vector<domain::NewUser>& users, std::int64_t now) {
  static constexpr std::string_view kColumns[] = {
      "organisation_id", "email", "display_name", "language", "password_hash", "created_at"};
  std::vector<BulkRow> rows;
  rows.reserve(users.size());
  const std::string created_at = std::to_string(now);
  for (const domain::NewUser& user : users) {
    rows.push_back({std::to_string(user.organisation_id), user.email, user.display_name,
                    user.language, user.password_hash, created_at});
  }
  db_.BulkInsert("users", kColumns, rows);
}

}  // namespace stegvis::store
