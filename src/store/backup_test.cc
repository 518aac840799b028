// Backup and restore (store/backup.h) on both engines: a database filled with the data of
// every schema version (upgrade_test_data.h) is backed up while a store serves it and writers
// carry on, restored into a new database, and every table compares equal, row for row; the
// restored database takes new writes. Then what is refused: overwriting a file, restoring
// over data without `replace`, a backup of the other engine, a file that is no backup.

#include "store/backup.h"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "domain/idea_offer.h"
#include "store/migrations.h"
#include "store/sql_store.h"
#include "store/test_database.h"
#include "store/test_table_dump.h"
#include "store/upgrade_test_data.h"

namespace stegvis::store {
namespace {

namespace fs = std::filesystem;

// A folder for backup files, removed afterwards.
class BackupFolder {
 public:
  BackupFolder() {
    path_ = fs::temp_directory_path() /
            ("stegvis-backup-test-" + std::to_string(std::random_device{}()));
    fs::create_directories(path_);
  }
  ~BackupFolder() { fs::remove_all(path_); }
  BackupFolder(const BackupFolder&) = delete;
  BackupFolder& operator=(const BackupFolder&) = delete;
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

class BackupTest : public testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    source_ = std::make_unique<TestDatabase>(GetParam());
    ASSERT_TRUE(source_->ok()) << source_->error();
    store_ = source_->Open();
    // The data every release wrote, then the latest schema: every table has rows.
    const int filled = static_cast<int>(std::size(kUpgradeData));
    dynamic_cast<SqlStore&>(*store_).MigrateTo(filled);
    auto raw = ConnectForTest(source_->url());
    for (const char* fill : kUpgradeData) {
      if (*fill) raw->Exec(fill);  // PostgreSQL refuses an empty query
    }
    store_->Migrate();
  }
  void TearDown() override { store_.reset(); }

  static DatabaseUrl Url(const TestDatabase& db) { return *ParseDatabaseUrl(db.url()); }
  TableDump Dump(const TestDatabase& db) const {
    return DumpDatabase(*ConnectForTest(db.url()), GetParam());
  }
  std::int64_t Organisations(const TestDatabase& db) const {
    return *FindColumn<std::int64_t>(*ConnectForTest(db.url()),
                                     "SELECT COUNT(*) FROM organisations");
  }
  core::Result<domain::Id> CreateOrganisation(MigratingStore& store, const std::string& name) {
    return store.Write([&](domain::StoreTx& tx) -> core::Result<domain::Id> {
      return tx.Units().CreateOrganisation(name, 1800000000);
    });
  }

  // Expects `restored` to hold exactly what `expected` holds, table by table.
  void ExpectSameTables(const TableDump& expected, const TableDump& restored) {
    for (const auto& [name, table] : expected) {
      SCOPED_TRACE("table " + name);
      ASSERT_TRUE(restored.count(name)) << "the table is missing";
      EXPECT_EQ(restored.at(name).columns, table.columns);
      EXPECT_EQ(restored.at(name).rows.size(), table.rows.size());
      for (std::size_t i = 0; i < table.rows.size() && i < restored.at(name).rows.size(); ++i) {
        EXPECT_EQ(restored.at(name).rows[i], table.rows[i])
            << DescribeRow(restored.at(name).rows[i]) << " instead of "
            << DescribeRow(table.rows[i]);
      }
    }
    EXPECT_EQ(restored.size(), expected.size()) << "the restored database has other tables";
  }

  BackupFolder folder_;
  std::unique_ptr<TestDatabase> source_;
  std::unique_ptr<MigratingStore> store_;
};

TEST_P(BackupTest, RestoresEveryTableRowForRow) {
  // A write the server has just made (on SQLite still in the WAL) is in the backup.
  ASSERT_TRUE(CreateOrganisation(*store_, "Åby kommun"));
  // A table newer than every fill of kUpgradeData gets its row here.
  ASSERT_TRUE(store_->Write([&](domain::StoreTx& tx) -> core::Result<domain::Id> {
    domain::IdeaOffer offer;
    offer.idea_id = 2;
    offer.team_id = 2;
    offer.organisation_id = 2;
    offer.offered_by = "team@solvik.example";
    offer.offered_at = 1800000000;
    return tx.Spread().CreateOffer(offer);
  }));
  const TableDump expected = Dump(*source_);
  for (const auto& [name, table] : expected) {
    EXPECT_TRUE(name == "schema_migrations" || name == "goal_templates" || !table.rows.empty() ||
                name == "sessions" || name == "login_attempts")
        << "table " << name << " has no rows: the comparison would not cover it";
  }
  const std::string file = folder_.File("stegvis.backup");
  auto backup = Backup(Url(*source_), file);
  ASSERT_TRUE(backup) << backup.error().message;
  EXPECT_EQ(backup->schema_version, LatestMigrationVersion());
  EXPECT_GT(backup->bytes, 0u);
  EXPECT_EQ(backup->bytes, fs::file_size(file));

  TestDatabase target(GetParam());
  ASSERT_TRUE(target.ok()) << target.error();
  auto restored = Restore(Url(target), file, /*replace=*/false);
  ASSERT_TRUE(restored) << restored.error().message;
  EXPECT_EQ(restored->schema_version, LatestMigrationVersion());
  ExpectSameTables(expected, Dump(target));

  // The restored database serves: it needs no migration and new rows get new ids.
  auto store = target.Open();
  EXPECT_TRUE(store->Migrate().empty());
  auto id = CreateOrganisation(*store, "Nya kommunen");
  ASSERT_TRUE(id) << id.error().message;
  EXPECT_EQ(*id, Organisations(*source_) + 1);
}

TEST_P(BackupTest, IsOneMomentWhileWritersCarryOn) {
  const std::int64_t before = Organisations(*source_);
  std::atomic<bool> done = false;
  std::atomic<int> written = 0;
  std::thread writer([&] {
    while (!done) {
      if (CreateOrganisation(*store_, "Kommun " + std::to_string(written))) ++written;
    }
  });
  const std::string file = folder_.File("while-writing.backup");
  auto backup = Backup(Url(*source_), file);
  done = true;
  writer.join();
  ASSERT_TRUE(backup) << backup.error().message;
  const std::int64_t after = Organisations(*source_);
  EXPECT_EQ(after, before + written);

  TestDatabase target(GetParam());
  ASSERT_TRUE(target.ok()) << target.error();
  auto restored = Restore(Url(target), file, /*replace=*/false);
  ASSERT_TRUE(restored) << restored.error().message;
  const std::int64_t copied = Organisations(target);
  EXPECT_GE(copied, before);
  EXPECT_LE(copied, after);
  // Each organisation a writer made is whole in the copy or absent from it.
  EXPECT_EQ(*FindColumn<std::int64_t>(*ConnectForTest(target.url()),
                                      "SELECT COALESCE(MAX(id), 0) FROM organisations"),
            copied);
}

TEST_P(BackupTest, NeverOverwritesAFile) {
  const std::string file = folder_.File("kept.txt");
  std::ofstream(file) << "not to be lost";
  auto backup = Backup(Url(*source_), file);
  ASSERT_FALSE(backup);
  EXPECT_EQ(backup.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(backup.error().field, "file");
  std::ifstream in(file);
  std::string content;
  std::getline(in, content);
  EXPECT_EQ(content, "not to be lost");

  auto missing_folder = Backup(Url(*source_), folder_.File("no-such-folder/stegvis.backup"));
  ASSERT_FALSE(missing_folder);
  EXPECT_EQ(missing_folder.error().code, core::ErrorCode::kInvalidInput);
}

TEST_P(BackupTest, ReplacesDataOnlyWhenAsked) {
  const std::string file = folder_.File("stegvis.backup");
  ASSERT_TRUE(Backup(Url(*source_), file));
  const TableDump expected = Dump(*source_);
  ASSERT_TRUE(CreateOrganisation(*store_, "Efter säkerhetskopian"));

  auto refused = Restore(Url(*source_), file, /*replace=*/false);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(refused.error().field, "db");
  EXPECT_EQ(Organisations(*source_),
            static_cast<std::int64_t>(expected.at("organisations").rows.size()) + 1);

  store_.reset();  // the servers are stopped before a restore replaces their database
  auto replaced = Restore(Url(*source_), file, /*replace=*/true);
  ASSERT_TRUE(replaced) << replaced.error().message;
  ExpectSameTables(expected, Dump(*source_));
}

TEST_P(BackupTest, RefusesWhatIsNoBackupOfThisEngine) {
  TestDatabase target(GetParam());
  ASSERT_TRUE(target.ok()) << target.error();

  const std::string text = folder_.File("notes.txt");
  std::ofstream(text) << "Mötesanteckningar\n";
  auto not_backup = Restore(Url(target), text, false);
  ASSERT_FALSE(not_backup);
  EXPECT_EQ(not_backup.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(not_backup.error().field, "file");

  auto missing = Restore(Url(target), folder_.File("missing.backup"), false);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, core::ErrorCode::kInvalidInput);

  // A backup of the other engine: a SQLite file, or the first bytes of a pg_dump file.
  const std::string other = folder_.File("other.backup");
  if (GetParam() == Engine::kPostgres) {
    TestDatabase sqlite(Engine::kSqlite);
    sqlite.Open()->Migrate();
    ASSERT_TRUE(Backup(Url(sqlite), other));
  } else {
    std::ofstream(other) << "PGDMP" << std::string(64, '\0');
  }
  auto wrong_engine = Restore(Url(target), other, false);
  ASSERT_FALSE(wrong_engine);
  EXPECT_EQ(wrong_engine.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(wrong_engine.error().field, "file");
}

INSTANTIATE_TEST_SUITE_P(BothEngines, BackupTest,
                         testing::Values(Engine::kSqlite, Engine::kPostgres), EngineName);

}  // namespace
}  // namespace stegvis::store
