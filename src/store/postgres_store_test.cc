// What only the PostgreSQL store does: placeholder numbering, COPY escaping, retrying a
// transaction PostgreSQL rolled back, and replacing a lost connection.

#include "store/postgres_store.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <gtest/gtest.h>

#include "store/postgres_connection.h"
#include "store/test_database.h"

namespace stegvis::store {
namespace {

TEST(NumberPlaceholdersTest, NumbersQuestionMarksOutsideQuotesAndComments) {
  int count = 0;
  EXPECT_EQ(NumberPlaceholders("SELECT a FROM t WHERE b = ? AND c = ?", count),
            "SELECT a FROM t WHERE b = $1 AND c = $2");
  EXPECT_EQ(count, 2);
  EXPECT_EQ(NumberPlaceholders("SELECT '?', 'it''s ?', \"col?\" -- why?\n, ? /* ? */", count),
            "SELECT '?', 'it''s ?', \"col?\" -- why?\n, $1 /* ? */");
  EXPECT_EQ(count, 1);
  EXPECT_EQ(NumberPlaceholders("SELECT 1", count), "SELECT 1");
  EXPECT_EQ(count, 0);
}

TEST(AppendCopyTextTest, EscapesWhatCopyTextFormatGivesMeaning) {
  std::string out;
  AppendCopyText(out, "a\tb\nc\rd\\e \\N Å");
  EXPECT_EQ(out, "a\\tb\\nc\\rd\\\\e \\\\N Å");
}

TEST(DescribeDatabaseTest, HidesThePassword) {
  EXPECT_EQ(
      DescribeDatabase({Engine::kPostgres, "postgresql://app:s3cret@db.example:5432/stegvis"}),
      "postgresql://app:***@db.example:5432/stegvis");
  EXPECT_EQ(DescribeDatabase({Engine::kPostgres, "postgresql://db.example/stegvis?password=x&a=b"}),
            "postgresql://db.example/stegvis?password=***&a=b");
  EXPECT_EQ(DescribeDatabase({Engine::kPostgres, "postgresql://app@db.example/stegvis"}),
            "postgresql://app@db.example/stegvis");
  EXPECT_EQ(DescribeDatabase({Engine::kSqlite, "var/stegvis.db"}), "sqlite:var/stegvis.db");
}

TEST(PostgresStoreTest, AnUnreachableServerIsAClearFailure) {
  auto opened = OpenStore({Engine::kPostgres, "postgresql://nobody@127.0.0.1:1/none"});
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.error().code, core::ErrorCode::kUnavailable);
  EXPECT_NE(opened.error().message.find("cannot connect"), std::string::npos)
      << opened.error().message;
}

// A lost connection, or a serialization failure the store ran out of retries for, is worth
// asking again shortly (answered 503); anything else PostgreSQL reports is a fault (500).
TEST(PostgresFailureTest, WhatIsWorthRetryingLaterIsUnavailable) {
  EXPECT_TRUE(PostgresFailure("lost", "", true).unavailable());
  EXPECT_TRUE(PostgresFailure("restarting", "57P03", true).unavailable());
  EXPECT_TRUE(PostgresFailure("collided", "40001", false).unavailable());
  EXPECT_TRUE(PostgresFailure("deadlock", "40P01", false).unavailable());
  EXPECT_FALSE(PostgresFailure("bad column", "42703", false).unavailable());
  EXPECT_FALSE(PostgresFailure("unique", "23505", false).unavailable());
}

class PostgresServerTest : public testing::Test {
 protected:
  void SetUp() override {
    db_ = std::make_unique<TestDatabase>(Engine::kPostgres);
    ASSERT_TRUE(db_->ok()) << db_->error();
    store_ = db_->Open();
    store_->Migrate();
  }
  void TearDown() override {
    store_.reset();
    db_.reset();
  }
  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<MigratingStore> store_;
};

// Two writers that both see "no organisation yet" and both create one: under READ COMMITTED
// both would commit (two organisations). SERIALIZABLE aborts one; the retry runs it again,
// it sees the other's organisation and creates nothing.
TEST_F(PostgresServerTest, ConflictingWritersAreRetriedAndSeeEachOthersWork) {
  std::mutex mutex;
  std::condition_variable both_read;
  int readers = 0;
  std::atomic<int> runs = 0;
  std::atomic<int> created = 0;
  auto writer = [&] {
    bool first_run = true;
    store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
      ++runs;
      bool empty = tx.Units().ListOrganisations().empty();
      if (first_run) {  // make the two first runs overlap: both read before either writes
        first_run = false;
        std::unique_lock lock(mutex);
        ++readers;
        both_read.notify_all();
        both_read.wait(lock, [&] { return readers >= 2; });
      }
      if (empty) {
        tx.Units().CreateOrganisation("Kommun", 1);
        ++created;
      }
      return true;
    });
  };
  std::thread a(writer);
  std::thread b(writer);
  a.join();
  b.join();
  auto count = store_->Read([](domain::StoreTx& tx) -> core::Result<std::size_t> {
    return tx.Units().ListOrganisations().size();
  });
  EXPECT_EQ(*count, 1u) << "exactly one organisation";
  EXPECT_EQ(runs.load(), 3) << "one writer ran twice";
}

// The server ends every connection (a restart, a failover, an idle timeout in a proxy): the
// next transaction fails to begin, and is run again on a new connection.
TEST_F(PostgresServerTest, ALostConnectionIsReplacedAndTheTransactionRunAgain) {
  store_->Write([](domain::StoreTx& tx) -> core::Result<domain::Id> {
    return tx.Units().CreateOrganisation("Kommun", 1);
  });
  PostgresConnection admin(db_->admin_url());
  Statement kill = admin.Prepare(
      "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
      "WHERE datname = ? AND pid <> pg_backend_pid()");
  kill.Param(db_->name());
  ASSERT_TRUE(kill.Step());
  ASSERT_GE(kill.Next<std::int64_t>(), 1) << "the store's idle connection was ended";

  auto names = store_->Read([](domain::StoreTx& tx) -> core::Result<std::size_t> {
    return tx.Units().ListOrganisations().size();
  });
  ASSERT_TRUE(names);
  EXPECT_EQ(*names, 1u);
  EXPECT_TRUE(store_->CheckReady());
}

// The connection goes in the middle of a use case: what it wrote so far is rolled back by the
// server, and the whole use case runs again on a new connection — written once, not twice.
TEST_F(PostgresServerTest, AConnectionLostMidTransactionRunsTheWholeTransactionAgain) {
  PostgresConnection admin(db_->admin_url());
  int runs = 0;
  auto id = store_->Write([&](domain::StoreTx& tx) -> core::Result<domain::Id> {
    ++runs;
    domain::Id org = tx.Units().CreateOrganisation("Kommun", 1);
    if (runs == 1) {
      Statement kill = admin.Prepare(
          "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
          "WHERE datname = ? AND pid <> pg_backend_pid()");
      kill.Param(db_->name());
      kill.Step();
    }
    return tx.Units().Create({org, std::nullopt, "Enhet", domain::UnitKind::kEnhet}, 1);
  });
  ASSERT_TRUE(id);
  EXPECT_EQ(runs, 2);
  auto count = store_->Read([](domain::StoreTx& tx) -> core::Result<std::size_t> {
    return tx.Units().ListOrganisations().size();
  });
  EXPECT_EQ(*count, 1u) << "the first run's organisation was rolled back";
}

TEST_F(PostgresServerTest, TextWithANulCharacterIsRefusedNotCutShort) {
  EXPECT_THROW(store_->Write([](domain::StoreTx& tx) -> core::Result<domain::Id> {
    return tx.Units().CreateOrganisation(std::string("Kom\0mun", 7), 1);
  }),
               domain::StoreFailure);
}

// With N instances the database must stand N x pool size connections, so the bound must hold
// however many requests run at once (the pool keeps every connection it opened, so the count
// afterwards is the most it ever had).
TEST_F(PostgresServerTest, NeverOpensMoreConnectionsThanThePoolSize) {
  store_.reset();
  auto store = db_->Open(2);
  std::vector<std::thread> threads;
  threads.reserve(6);
  for (int t = 0; t < 6; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 20; ++i) {
        store->Read([](domain::StoreTx& tx) -> core::Result<std::size_t> {
          return tx.Units().ListOrganisations().size();
        });
      }
    });
  }
  for (auto& thread : threads) thread.join();
  PostgresConnection admin(db_->admin_url());
  Statement count = admin.Prepare(
      "SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()");
  count.Param(db_->name());
  ASSERT_TRUE(count.Step());
  const std::int64_t connections = count.Next<std::int64_t>();
  EXPECT_GE(connections, 1);
  EXPECT_LE(connections, 2);
}

TEST_F(PostgresServerTest, AReadTransactionCannotWrite) {
  EXPECT_THROW(store_->Read([](domain::StoreTx& tx) -> core::Result<domain::Id> {
    return tx.Units().CreateOrganisation("Kommun", 1);
  }),
               domain::StoreFailure);
}

}  // namespace
}  // namespace stegvis::store
