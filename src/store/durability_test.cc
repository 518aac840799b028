// A writer killed with SIGKILL mid-stream loses nothing it had acknowledged, and the file
// it leaves behind is intact.

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <random>
#include <set>

#include <gtest/gtest.h>

#include "store/sqlite_connection.h"
#include "store/sqlite_store.h"

namespace stegvis::store {
namespace {

constexpr int kAcknowledgedBeforeKill = 200;

// Child: commit one unit per transaction forever, acknowledging each on the pipe after
// COMMIT returned. Never returns.
[[noreturn]] void WriteUntilKilled(const std::string& path, int ack_fd) {
  try {
    SqliteStore store(path);
    domain::Id org = 0;
    store.Write([&](domain::StoreTx& tx) -> core::Result<bool> {
      org = tx.Units().CreateOrganisation("Durability", 1);
      return true;
    });
    for (std::int64_t i = 0;; ++i) {
      store.Write([&](domain::StoreTx& tx) -> core::Result<bool> {
        tx.Units().Create({org, std::nullopt, "w" + std::to_string(i), domain::UnitKind::kEnhet},
                          1);
        return true;
      });
      if (write(ack_fd, &i, sizeof i) != sizeof i) _exit(3);
    }
  } catch (...) {
    _exit(2);
  }
}

TEST(DurabilityTest, KilledWriterKeepsEveryAcknowledgedWrite) {
  std::random_device rd;
  auto dir = std::filesystem::temp_directory_path() / ("stegvis-kill-" + std::to_string(rd()));
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "kill.db").string();
  SqliteStore(path).Migrate();

  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    close(fds[0]);
    WriteUntilKilled(path, fds[1]);
  }
  close(fds[1]);

  std::set<std::int64_t> acknowledged;
  auto read_ack = [&](int timeout_ms) {
    pollfd p{fds[0], POLLIN, 0};
    if (poll(&p, 1, timeout_ms) <= 0) return false;
    std::int64_t i;
    if (read(fds[0], &i, sizeof i) != sizeof i) return false;
    acknowledged.insert(i);
    return true;
  };
  // Bounded: every ack must arrive within 30 s or the test fails rather than hangs.
  while (static_cast<int>(acknowledged.size()) < kAcknowledgedBeforeKill && read_ack(30'000)) {
  }
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  while (read_ack(0)) {  // acks written before the kill landed are acknowledged too
  }
  close(fds[0]);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the writer stopped on its own: status " << status;
  ASSERT_GE(static_cast<int>(acknowledged.size()), kAcknowledgedBeforeKill);

  SqliteStore reopened(path);
  {
    SqliteConnection check(path);
    Statement s = check.Prepare("PRAGMA integrity_check");
    ASSERT_TRUE(s.Step());
    EXPECT_EQ(s.Next<std::string>(), "ok");
  }
  std::set<std::string> stored;
  reopened.Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    for (const auto& org : tx.Units().ListOrganisations()) {
      for (const auto& unit : tx.Units().List(org.id)) stored.insert(unit.name);
    }
    return true;
  });
  for (std::int64_t i : acknowledged) {
    EXPECT_TRUE(stored.count("w" + std::to_string(i))) << "acknowledged write " << i << " lost";
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace stegvis::store
