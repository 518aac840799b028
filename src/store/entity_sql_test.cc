// The statements entity_sql.h builds from a description: every column once, renamed columns
// by their table's names, the key and kStoredApart lists left out where they must be.

#include "store/entity_sql.h"

#include <gtest/gtest.h>

#include "store/tables.h"

namespace stegvis::store {
namespace {

TEST(EntitySqlTest, SelectsEveryColumnInTheOrderOfTheDescription) {
  EXPECT_EQ(SelectFrom<domain::Unit>(),
            "SELECT id, organisation_id, name, kind, parent_id FROM units ");
  EXPECT_EQ(SelectFrom<domain::Observation>("o"),
            "SELECT o.measure_id, o.period, o.grp, o.value, o.denominator, o.note, o.updated_at, "
            "o.updated_by FROM observations o ");
}

TEST(EntitySqlTest, InsertsEveryColumnButTheKeyAndListsKeptApart) {
  EXPECT_EQ(InsertSql<domain::Team>({{"created_at", std::int64_t{1}}}),
            "INSERT INTO teams (organisation_id, name, description, unit_id, created_at) "
            "VALUES (?, ?, ?, ?, ?)");
  const std::string cycle = InsertSql<domain::PdsaCycle>();
  EXPECT_EQ(cycle.find(" id,"), std::string::npos);
  EXPECT_EQ(cycle.find("measure_ids"), std::string::npos);
  EXPECT_NE(cycle.find("cycle_number"), std::string::npos);
  EXPECT_NE(cycle.find("place"), std::string::npos) << "a field of the content, renamed";
}

TEST(EntitySqlTest, UpsertsReplaceOnlyWhatAnUpdateMayChange) {
  EXPECT_EQ(UpsertSql<domain::Observation>("measure_id, period, grp"),
            "INSERT INTO observations (measure_id, period, grp, value, denominator, note, "
            "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (measure_id, "
            "period, grp) DO UPDATE SET value = excluded.value, denominator = "
            "excluded.denominator, note = excluded.note, updated_at = excluded.updated_at, "
            "updated_by = excluded.updated_by");
}

TEST(EntitySqlTest, ColumnsOfAJoinCountAsTheReaderReadsThem) {
  EXPECT_EQ(ColumnCount<domain::User>(), 6);
  EXPECT_EQ(ColumnCount<domain::ReflectionNote>(), 12) << "without the two id lists";
  EXPECT_EQ(ColumnList<domain::Membership>("m"),
            "m.id, m.user_id, m.role, m.scope_kind, m.scope_id");
}

}  // namespace
}  // namespace stegvis::store
