// SqlTx: the goals catalogue and the links from programmes, projects, aims and measures.
// Portable SQL only (SQLite and PostgreSQL): `?` placeholders, RETURNING id.

#include "store/sql_tx.h"

namespace stegvis::store {
namespace {

constexpr const char* kGoalColumns =
    "SELECT id, organisation_id, family, group_name, code, title_sv, title_en, description_sv, "
    "description_en, sort_order, highlighted, unconfirmed, retired, version, updated_at, "
    "updated_by FROM goal_entries ";
// The families in the order pages show them (domain::kGoalFamilies).
constexpr const char* kFamilyOrder =
    "CASE family WHEN 'policy' THEN 1 WHEN 'cemr' THEN 2 WHEN 'sdg' THEN 3 ELSE 4 END";

domain::GoalEntry ReadGoal(const Statement& s) {
  domain::GoalEntry g;
  g.id = s.Int(0);
  g.organisation_id = s.Int(1);
  // The CHECK constraint makes the fallback unreachable.
  g.family = domain::ParseGoalFamily(s.Text(2)).value_or(domain::GoalFamily::kPolicy);
  g.group = s.Text(3);
  g.code = s.Text(4);
  g.title_sv = s.Text(5);
  g.title_en = s.Text(6);
  g.description_sv = s.Text(7);
  g.description_en = s.Text(8);
  g.sort_order = static_cast<int>(s.Int(9));
  g.highlighted = s.Int(10) != 0;
  g.unconfirmed = s.Int(11) != 0;
  g.retired = s.Int(12) != 0;
  g.version = s.Int(13);
  g.updated_at = s.Int(14);
  g.updated_by = s.Text(15);
  return g;
}

}  // namespace

std::vector<domain::GoalEntry> SqlTx::ListGoalEntries(domain::Id organisation_id) {
  std::vector<domain::GoalEntry> out;
  Statement s = db_.Prepare(std::string(kGoalColumns) + "WHERE organisation_id = ? ORDER BY " +
                            kFamilyOrder + ", sort_order, id");
  s.Bind(1, organisation_id);
  while (s.Step()) out.push_back(ReadGoal(s));
  return out;
}

std::optional<domain::GoalEntry> SqlTx::FindGoalEntry(domain::Id goal_id) {
  Statement s = db_.Prepare(std::string(kGoalColumns) + "WHERE id = ?");
  s.Bind(1, goal_id);
  if (!s.Step()) return std::nullopt;
  return ReadGoal(s);
}

domain::Id SqlTx::CreateGoalEntry(const domain::GoalEntry& g) {
  Statement s = db_.Prepare(
      "INSERT INTO goal_entries (organisation_id, family, group_name, code, title_sv, title_en, "
      "description_sv, description_en, sort_order, highlighted, unconfirmed, retired, version, "
      "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "RETURNING id");
  s.Bind(1, g.organisation_id)
      .Bind(2, domain::GoalFamilyName(g.family))
      .Bind(3, g.group)
      .Bind(4, g.code)
      .Bind(5, g.title_sv)
      .Bind(6, g.title_en)
      .Bind(7, g.description_sv)
      .Bind(8, g.description_en)
      .Bind(9, std::int64_t{g.sort_order})
      .Bind(10, std::int64_t{g.highlighted})
      .Bind(11, std::int64_t{g.unconfirmed})
      .Bind(12, std::int64_t{g.retired})
      .Bind(13, g.version)
      .Bind(14, g.updated_at)
      .Bind(15, g.updated_by)
      .Step();
  return s.Int(0);
}

void SqlTx::UpdateGoalEntry(const domain::GoalEntry& g) {
  Statement s = db_.Prepare(
      "UPDATE goal_entries SET group_name = ?, code = ?, title_sv = ?, title_en = ?, "
      "description_sv = ?, description_en = ?, sort_order = ?, highlighted = ?, unconfirmed = ?, "
      "retired = ?, version = ?, updated_at = ?, updated_by = ? WHERE id = ?");
  s.Bind(1, g.group)
      .Bind(2, g.code)
      .Bind(3, g.title_sv)
      .Bind(4, g.title_en)
      .Bind(5, g.description_sv)
      .Bind(6, g.description_en)
      .Bind(7, std::int64_t{g.sort_order})
      .Bind(8, std::int64_t{g.highlighted})
      .Bind(9, std::int64_t{g.unconfirmed})
      .Bind(10, std::int64_t{g.retired})
      .Bind(11, g.version)
      .Bind(12, g.updated_at)
      .Bind(13, g.updated_by)
      .Bind(14, g.id)
      .Step();
}

std::vector<domain::Id> SqlTx::ListGoalLinks(domain::GoalObject object, domain::Id object_id) {
  std::vector<domain::Id> out;
  Statement s = db_.Prepare(
      "SELECT goal_id FROM goal_links WHERE object_type = ? AND object_id = ? ORDER BY goal_id");
  s.Bind(1, domain::GoalObjectName(object)).Bind(2, object_id);
  while (s.Step()) out.push_back(s.Int(0));
  return out;
}

void SqlTx::SetGoalLinks(domain::GoalObject object, domain::Id object_id,
                         domain::Id organisation_id, const std::vector<domain::Id>& goal_ids,
                         std::int64_t now, const std::string& by) {
  {
    Statement s = db_.Prepare("DELETE FROM goal_links WHERE object_type = ? AND object_id = ?");
    s.Bind(1, domain::GoalObjectName(object)).Bind(2, object_id).Step();
  }
  for (domain::Id goal_id : goal_ids) {
    Statement s = db_.Prepare(
        "INSERT INTO goal_links (organisation_id, object_type, object_id, goal_id, created_at, "
        "created_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (object_type, object_id, goal_id) "
        "DO NOTHING");
    s.Bind(1, organisation_id)
        .Bind(2, domain::GoalObjectName(object))
        .Bind(3, object_id)
        .Bind(4, goal_id)
        .Bind(5, now)
        .Bind(6, by)
        .Step();
  }
}

std::vector<domain::GoalLink> SqlTx::ListOrganisationGoalLinks(domain::Id organisation_id) {
  std::vector<domain::GoalLink> out;
  Statement s = db_.Prepare(
      "SELECT object_type, object_id, goal_id FROM goal_links WHERE organisation_id = ? "
      "ORDER BY object_type, object_id, goal_id");
  s.Bind(1, organisation_id);
  while (s.Step()) {
    if (auto object = domain::ParseGoalObject(s.Text(0))) {
      out.push_back({*object, s.Int(1), s.Int(2)});
    }
  }
  return out;
}

}  // namespace stegvis::store
