// Storage benchmark: the same work on whichever engine --db names, so bench/store/run can
// put SQLite and PostgreSQL side by side. On a fresh, migrated database with the demo data:
//   read    LoadUnitOverview (the home page's one domain call), one read transaction each
//   batch   BATCH units inserted row by row (prepared INSERT ... RETURNING) in one transaction
//   bulk    BATCH users inserted through the bulk path (COPY / multi-row INSERT) in one
//   single  one unit per transaction: the cost of a durable commit
// Prints one line per measurement: "NAME OPS_PER_S MEDIAN_MS P99_MS". Bounded: a fixed
// number of repetitions of each, no server started.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "core/clock.h"
#include "domain/demo.h"
#include "domain/units.h"
#include "store/database_url.h"
#include "store/migrating_store.h"

namespace {

using stegvis::core::Result;
using stegvis::domain::StoreTx;
using Clock = std::chrono::steady_clock;

struct Options {
  std::string db;
  int batch = 1000;
  int repeats = 20;
  int reads = 2000;
  int singles = 200;
};

// Runs `fn` `times` times; prints ops/s (`per_run` operations each run) and latencies.
template <typename F>
void Measure(const char* name, int times, int per_run, F&& fn) {
  std::vector<double> ms;
  ms.reserve(static_cast<std::size_t>(times));
  const auto start = Clock::now();
  for (int i = 0; i < times; ++i) {
    const auto t0 = Clock::now();
    fn(i);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  }
  const double total_s = std::chrono::duration<double>(Clock::now() - start).count();
  std::sort(ms.begin(), ms.end());
  const double p50 = ms[ms.size() / 2];
  const double p99 = ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
  std::printf("%s %.0f %.3f %.3f\n", name, static_cast<double>(times) * per_run / total_s, p50,
              p99);
}

int Run(const Options& options) {
  auto url = stegvis::store::ParseDatabaseUrl(options.db);
  if (!url) {
    std::cerr << "store_bench: " << url.error().message << "\n";
    return 2;
  }
  auto opened = stegvis::store::OpenStore(*url, {2});
  if (!opened) {
    std::cerr << "store_bench: " << opened.error().message << "\n";
    return 1;
  }
  stegvis::store::MigratingStore& store = **opened;
  store.Migrate();
  stegvis::core::FixedClock clock(1'800'000'000);
  auto seeded = stegvis::domain::SeedDemo(store, clock);
  if (!seeded || !seeded->seeded) {
    std::cerr << "store_bench: needs an empty database\n";
    return 1;
  }
  auto org = store.Read([](StoreTx& tx) -> Result<stegvis::domain::Id> {
    return tx.Units().ListOrganisations().front().id;
  });

  Measure("read", options.reads, 1, [&](int) {
    if (!stegvis::domain::LoadUnitOverview(store)) std::abort();
  });
  Measure("batch", options.repeats, options.batch, [&](int run) {
    store.Write([&](StoreTx& tx) -> Result<bool> {
      for (int i = 0; i < options.batch; ++i) {
        tx.Units().Create({*org, std::nullopt, "b" + std::to_string(run) + "-" + std::to_string(i),
                           stegvis::domain::UnitKind::kEnhet},
                          1);
      }
      return true;
    });
  });
  Measure("bulk", options.repeats, options.batch, [&](int run) {
    std::vector<stegvis::domain::NewUser> users;
    users.reserve(static_cast<std::size_t>(options.batch));
    for (int i = 0; i < options.batch; ++i) {
      users.push_back({*org, "u" + std::to_string(run) + "-" + std::to_string(i) + "@b.example",
                       "Bench User", "sv", "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA"});
    }
    store.Write([&](StoreTx& tx) -> Result<bool> {
      tx.Users().CreateMany(users, 1);
      return true;
    });
  });
  Measure("single", options.singles, 1, [&](int run) {
    store.Write([&](StoreTx& tx) -> Result<stegvis::domain::Id> {
      return tx.Units().Create(
          {*org, std::nullopt, "s" + std::to_string(run), stegvis::domain::UnitKind::kEnhet}, 1);
    });
  });
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--db") {
      options.db = argv[i + 1];
    } else if (flag == "--batch") {
      options.batch = std::atoi(argv[i + 1]);
    } else if (flag == "--repeats") {
      options.repeats = std::atoi(argv[i + 1]);
    } else {
      std::cerr << "store_bench: unknown option " << flag << "\n";
      return 2;
    }
  }
  if (options.db.empty() || options.batch < 1 || options.repeats < 1) {
    std::cerr << "usage: store_bench --db URL [--batch ROWS] [--repeats N]\n";
    return 2;
  }
  try {
    return Run(options);
  } catch (const std::exception& e) {
    std::cerr << "store_bench: " << e.what() << "\n";
    return 1;
  }
}
