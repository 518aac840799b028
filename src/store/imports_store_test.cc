// Staged imports (sql_imports.cc) on both engines: the file's text kept as written, the
// uploader's optional user id, marking one committed, and deleting only what is still staged.

#include <gtest/gtest.h>

#include "domain/observation_import_record.h"
#include "store/test_database.h"

namespace stegvis::store {
namespace {

using ImportsStoreTest = EngineTest;
INSTANTIATE_TEST_SUITE_P(Engines, ImportsStoreTest,
                         testing::Values(Engine::kSqlite, Engine::kPostgres), EngineName);

TEST_P(ImportsStoreTest, ImportsAreKeptCommittedAndReplaced) {
  store_->Migrate();
  domain::Id org = 0, measure = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    org = tx.Units().CreateOrganisation("Kommun", 1);
    domain::Measure m;
    m.organisation_id = org;
    m.name = "Fall";
    measure = tx.Measures().Create(m, 1);
    return true;
  });
  domain::ObservationImport staged;
  staged.organisation_id = org;
  staged.measure_id = measure;
  staged.created_by = "cli";
  staged.created_at = 10;
  staged.file_name = "Fall på natten.csv";
  staged.base_version = 4;
  staged.sheet_json = R"({"header":["Period","Män"],"rows":[[2,"2026-01","3,5"]]})";
  domain::Id first = 0, second = 0, third = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    first = tx.Imports().Create(staged);
    second = tx.Imports().Create(staged);
    tx.Imports().MarkCommitted(first, 20);
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    std::optional<domain::ObservationImport> found = tx.Imports().Find(first);
    EXPECT_TRUE(found && found->file_name == staged.file_name &&
                found->sheet_json == staged.sheet_json && found->base_version == 4);
    EXPECT_FALSE(found->user_id);
    EXPECT_EQ(found->status, domain::kImportCommitted);
    EXPECT_EQ(found->committed_at, 20);
    EXPECT_EQ(tx.Imports().Find(second)->status, domain::kImportStaged);
    return true;
  });
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    tx.Imports().DeleteStagedBefore(measure, "someone else", second + 1);
    tx.Imports().DeleteStagedBefore(measure, "cli", second);
    third = tx.Imports().Create(staged);
    tx.Imports().DeleteStagedBefore(measure, "cli", third);
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    EXPECT_TRUE(tx.Imports().Find(first)) << "a committed import stays";
    EXPECT_FALSE(tx.Imports().Find(second));
    EXPECT_TRUE(tx.Imports().Find(third)) << "the newer one stays";
    EXPECT_GT(third, second) << "a replacement never takes the id of what it replaced";
    return true;
  });
}

}  // namespace
}  // namespace stegvis::store
