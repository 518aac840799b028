// Speed of the programme dashboard, for docs/performance.md: a programme of 30 teams, each
// reporting 5 common measures (three proportions, a count, a continuous value) for women and
// men over 36 months, read by the host's strategist. Each request goes through the whole
// server path but the network (router, access guard with its session lookup, one read
// transaction on SQLite, the statistics of 150 series and 150 gap analyses, funnel plots,
// template): the page /program/{id}/oversikt and its JSON twin. The baseline, side by side, is
// the programme's own page over the same data (/program/{id}), which draws each team's
// measures as small charts. The page cache is off, so every request computes.

#include <cmath>
#include <filesystem>
#include <sstream>
#include <stdexcept>
#include <string>

#include <benchmark/benchmark.h>

#include "domain/demo.h"
#include "domain/measure_definitions.h"
#include "domain/sessions.h"
#include "domain/tokens.h"
#include "store/sqlite_store.h"
#include "web/http/access_guard.h"
#include "web/http/embedded_files.h"
#include "web/http/static_files.h"
#include "web/routes.h"

namespace {

using namespace stegvis;

constexpr int kTeams = 30;
constexpr int kMonths = 36;
constexpr std::int64_t kNow = 1'800'000'000;

std::string Month(int i) {  // 0 → 2024-01
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d", 2024 + i / 12, i % 12 + 1);
  return text;
}

domain::Measure Definition(const char* name, stats::DataType type, const char* target) {
  domain::Measure m;
  m.name = name;
  m.data_type = type;
  m.target = target;
  m.unit = type == stats::DataType::kProportion ? "%" : "st";
  return m;
}

// One team's 36 months of one measure for women and men: proportions of about 140 asked
// drifting upwards, counts around 5, continuous values around 30.
std::vector<domain::Observation> Series(domain::Id measure, stats::DataType type, int team) {
  std::vector<domain::Observation> cells;
  for (int i = 0; i < kMonths; ++i) {
    for (int g = 0; g < 2; ++g) {
      domain::Observation o{measure, Month(i), g == 0 ? "women" : "men", "", "", "", kNow, "bench"};
      const double wobble = std::sin(0.7 * i + team + 3 * g);
      if (type == stats::DataType::kProportion) {
        const int den = 120 + (team * 7 + i * 3) % 40;
        const double share = 0.45 + 0.005 * i + 0.05 * wobble;
        o.value = std::to_string(static_cast<int>(std::round(den * share)));
        o.denominator = std::to_string(den);
      } else if (type == stats::DataType::kCount) {
        o.value = std::to_string(5 + static_cast<int>(std::round(2 * wobble)));
      } else {
        o.value = std::to_string(30 + static_cast<int>(std::round(4 * wobble)));
      }
      cells.push_back(std::move(o));
    }
  }
  return cells;
}

// The programme, its definitions and its teams with their data; returns the programme's id.
domain::Id Seed(store::SqliteStore& store, const core::Clock& clock) {
  store.Migrate();
  if (!domain::SeedDemo(store, clock)) throw std::runtime_error("demo");
  domain::Id programme = 0;
  auto done = store.Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    std::optional<domain::User> user = tx.Users().FindByEmail("strateg@solvik.example");
    const domain::Principal strateg{*user, tx.Users().ListMemberships(user->id)};
    const domain::Id org = user->organisation_id;
    domain::Actor actor;
    actor.label = "bench";
    domain::Programme p;
    p.organisation_id = org;
    p.name = "Bänk";
    programme = tx.Programmes().Create(p, kNow);
    std::vector<domain::Id> definitions;
    for (const domain::Measure& m : {Definition("Andel A", stats::DataType::kProportion, "60"),
                                     Definition("Andel B", stats::DataType::kProportion, "70"),
                                     Definition("Andel C", stats::DataType::kProportion, ""),
                                     Definition("Antal", stats::DataType::kCount, ""),
                                     Definition("Värde", stats::DataType::kContinuous, "25")}) {
      auto id = domain::AddMeasureDefinition(tx, kNow, strateg, actor, programme, m);
      if (!id) return core::Fail(id.error());
      definitions.push_back(*id);
    }
    const domain::Id unit = tx.Units().List(org).front().id;
    for (int t = 0; t < kTeams; ++t) {
      const domain::Id team =
          tx.Teams().Create({org, unit, "Team " + std::to_string(t + 1), ""}, kNow);
      tx.Programmes().AddTeam(programme, team, kNow);
      domain::Project project;
      project.organisation_id = org;
      project.team_id = team;
      project.programme_id = programme;
      project.title = "Projekt " + std::to_string(t + 1);
      const domain::Id project_id = tx.Projects().Create(project, kNow);
      auto adopted =
          domain::AdoptMeasureDefinitions(tx, kNow, strateg, actor, project_id, definitions);
      if (!adopted) return core::Fail(adopted.error());
      for (std::size_t m = 0; m < adopted->size(); ++m) {
        const stats::DataType type = tx.Measures().Find((*adopted)[m])->data_type;
        tx.Measures().InsertObservations(Series((*adopted)[m], type, t));
      }
    }
    return true;
  });
  if (!done) throw std::runtime_error(done.error().message);
  return programme;
}

struct Server {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "stegvis-dashboard-bench";
  std::unique_ptr<store::SqliteStore> store;
  core::FixedClock clock{kNow};
  std::ostringstream log_out;
  core::Logger log{core::LogLevel::kError, log_out, clock};
  web::Catalogue catalogue = *web::Catalogue::Load(web::EmbeddedFiles());
  web::Templates templates = std::move(*web::Templates::Load(web::EmbeddedFiles(), catalogue));
  web::StaticFiles files{web::EmbeddedFiles()};
  std::unique_ptr<web::App> app;
  std::unique_ptr<web::Router> router;
  web::RequestHandler handler;
  domain::Id programme = 0;
  std::string cookie;

  Server() {
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    store = std::make_unique<store::SqliteStore>((dir / "bench.db").string());
    programme = Seed(*store, clock);
    const std::string token = domain::RandomToken();
    store->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
      std::optional<domain::User> user = tx.Users().FindByEmail("strateg@solvik.example");
      tx.Sessions().Create({domain::HashToken(token), user->id, "csrf", kNow, kNow});
      return true;
    });
    cookie = std::string(web::kSessionCookie) + "=" + token;
    app = std::make_unique<web::App>(
        web::App{*store, clock, log, catalogue, templates, files, "http://localhost"});
    router = std::make_unique<web::Router>(web::BuildRouter(*app));
    handler = web::MakeRequestHandler(*app, *router);
  }
  ~Server() { std::filesystem::remove_all(dir); }

  std::size_t Get(const std::string& path) {
    web::Request r;
    r.method = "GET";
    r.target = path;
    r.path = path;
    r.remote_address = "127.0.0.1";
    r.headers.emplace_back("cookie", cookie);
    web::Response response = handler(r);
    if (response.status != 200) throw std::runtime_error(path + ": " + response.body);
    return response.body.size();
  }
};

Server& TheServer() {
  static Server server;
  return server;
}

void Run(benchmark::State& state, const std::string& suffix) {
  Server& s = TheServer();
  const std::string path = "/program/" + std::to_string(s.programme) + suffix;
  std::size_t bytes = 0;
  for (auto _ : state) bytes = s.Get(path);
  state.counters["points"] = kTeams * 5.0 * kMonths * 2;
  state.counters["bytes"] = static_cast<double>(bytes);
}

void BM_DashboardPage(benchmark::State& state) {
  Run(state, "/oversikt");
}
BENCHMARK(BM_DashboardPage)->Unit(benchmark::kMillisecond);

void BM_DashboardJson(benchmark::State& state) {
  Server& s = TheServer();
  const std::string path = "/api/v1/programmes/" + std::to_string(s.programme) + "/dashboard";
  for (auto _ : state) benchmark::DoNotOptimize(s.Get(path));
  state.counters["points"] = kTeams * 5.0 * kMonths * 2;
}
BENCHMARK(BM_DashboardJson)->Unit(benchmark::kMillisecond);

void BM_ProgrammePageBaseline(benchmark::State& state) {
  Run(state, "");
}
BENCHMARK(BM_ProgrammePageBaseline)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
