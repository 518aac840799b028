#pragma once
// For the store tests only (header-only, included by *_test.cc): a fresh, empty database on
// either engine, removed afterwards. SQLite: a file in a temporary folder. PostgreSQL: a new
// database on the server named by STEGVIS_TEST_POSTGRES_URL, or by the URL in the file that
// STEGVIS_TEST_POSTGRES_URL_FILE names (ctest sets that; tests/postgres/start-postgres writes
// it). Without either, a PostgreSQL test fails with a message saying how to get one.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <string>

#include <gtest/gtest.h>

#include "store/database_url.h"
#include "store/migrating_store.h"
#include "store/postgres_connection.h"

namespace stegvis::store {

// The PostgreSQL server for tests, or "" when none is configured.
inline std::string TestPostgresUrl() {
  if (const char* url = std::getenv("STEGVIS_TEST_POSTGRES_URL"); url && *url) return url;
  if (const char* file = std::getenv("STEGVIS_TEST_POSTGRES_URL_FILE"); file && *file) {
    std::ifstream in(file);
    std::string url;
    if (in >> url) return url;
  }
  return {};
}

inline constexpr const char* kNoPostgresMessage =
    "no PostgreSQL for the storage tests: set STEGVIS_TEST_POSTGRES_URL to a server where the "
    "user may CREATE DATABASE (e.g. postgresql://stegvis@127.0.0.1:5432/postgres), or run them "
    "through ctest / `make test`, which start a throwaway PostgreSQL 15 "
    "(tests/postgres/start-postgres)";

class TestDatabase {
 public:
  // Creates the database; check ok() (and report error()) before using it.
  explicit TestDatabase(Engine engine) : engine_(engine) {
    std::random_device rd;
    const std::string tag = std::to_string(rd()) + std::to_string(rd());
    if (engine == Engine::kSqlite) {
      dir_ = std::filesystem::temp_directory_path() / ("stegvis-test-" + tag);
      std::filesystem::create_directories(dir_);
      url_ = "sqlite:" + (dir_ / "test.db").string();
      return;
    }
    admin_url_ = TestPostgresUrl();
    if (admin_url_.empty()) {
      error_ = kNoPostgresMessage;
      return;
    }
    name_ = "stegvis_test_" + tag;
    try {
      PostgresConnection(admin_url_).Exec(("CREATE DATABASE " + name_).c_str());
    } catch (const std::exception& e) {
      error_ = std::string("cannot create a test database: ") + e.what();
      name_.clear();
      return;
    }
    url_ = WithDatabase(admin_url_, name_);
  }
  ~TestDatabase() {
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
    if (!name_.empty()) {
      try {
        PostgresConnection(admin_url_).Exec(("DROP DATABASE " + name_ + " WITH (FORCE)").c_str());
      } catch (...) {
        // The server is thrown away after the run anyway.
      }
    }
  }
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  const std::string& url() const { return url_; }
  // The server's maintenance database, for tests that act on the server itself.
  const std::string& admin_url() const { return admin_url_; }
  const std::string& name() const { return name_; }

  // A new store on this database (each call opens its own pool, like another instance).
  std::unique_ptr<MigratingStore> Open(int pool_size = 4) const {
    auto parsed = ParseDatabaseUrl(url_);
    auto opened = OpenStore(*parsed, {pool_size});
    if (!opened) throw std::runtime_error(opened.error().message);
    return std::move(*opened);
  }

 private:
  // postgresql://user@host:port/db?options -> the same URL naming `database`.
  static std::string WithDatabase(const std::string& url, const std::string& database) {
    std::size_t start = url.find("://");
    std::size_t slash = url.find('/', start == std::string::npos ? 0 : start + 3);
    std::size_t query = url.find('?');
    std::string options = query == std::string::npos ? "" : url.substr(query);
    std::string base = slash == std::string::npos ? url.substr(0, query) : url.substr(0, slash);
    return base + "/" + database + options;
  }

  Engine engine_;
  std::filesystem::path dir_;
  std::string admin_url_;
  std::string name_;
  std::string url_;
  std::string error_;
};

inline std::string EngineName(const testing::TestParamInfo<Engine>& info) {
  return info.param == Engine::kSqlite ? "Sqlite" : "Postgres";
}

// A test run once per engine (INSTANTIATE_TEST_SUITE_P over both): a fresh, unmigrated
// database and a store on it.
class EngineTest : public testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    db_ = std::make_unique<TestDatabase>(GetParam());
    ASSERT_TRUE(db_->ok()) << db_->error();
    store_ = db_->Open();
  }
  void TearDown() override {
    store_.reset();  // close the connections before the database is dropped
    db_.reset();
  }

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<MigratingStore> store_;
};

}  // namespace stegvis::store
