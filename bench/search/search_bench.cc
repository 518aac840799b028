// Search benchmark: 100,000 PDSA cycles of Swedish text searched on whichever engine --db
// names, so bench/search/run can put SQLite and PostgreSQL side by side. On a fresh database
// with the demo data, 200 teams of one organisation get 500 cycles each, written in words
// drawn from a vocabulary of care and school work (common words often, rare ones seldom, with
// compounds, 512 words in all). Then, for a fixed list of queries (one to three words, common
// to rare):
//   search-all   domain::Search as the organisation's strategist, who may see every cycle
//   search-team  domain::Search as the demo's team member, who may see one team's work (a
//                few cycles): the cost of the scope when it leaves out nearly everything
//   like-all     the baseline: a plain case-insensitive LIKE scan of the same cycles' text
//                in the organisation, first 11 rows, no ranking and no scope
// Prints one line per measurement: "NAME QUERIES P50_MS P95_MS" (and, with the environment
// variable SEARCH_BENCH_QUERIES set, each query's median and slowest time on stderr). A
// database this bench filled before is searched again without filling it anew. Bounded: each
// query runs a fixed number of times, no server started.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/clock.h"
#include "domain/accounts.h"
#include "domain/demo.h"
#include "domain/search.h"
#include "domain/sessions.h"
#include "store/database_url.h"
#include "store/migrating_store.h"
#include "store/postgres_connection.h"
#include "store/sqlite_connection.h"

namespace {

using stegvis::core::Result;
using stegvis::domain::Id;
using stegvis::domain::StoreTx;
using Clock = std::chrono::steady_clock;

constexpr int kTeams = 200;
constexpr int kCyclesPerTeam = 500;
constexpr int kRepeats = 20;

// The base words, common ones first; the vocabulary adds compounds of the first 40 with
// common Swedish word ends (kVocabulary).
const std::vector<std::string> kBase = {"brukaren",
                                        "personalen",
                                        "tid",
                                        "besök",
                                        "hemtjänsten",
                                        "kvinnor",
                                        "män",
                                        "rutin",
                                        "samtal",
                                        "veckan",
                                        "dagen",
                                        "anhöriga",
                                        "trygghet",
                                        "planering",
                                        "uppföljning",
                                        "boendet",
                                        "natten",
                                        "måltiden",
                                        "läkemedel",
                                        "fall",
                                        "kontaktperson",
                                        "kontaktpersonerna",
                                        "hemgångsplanering",
                                        "hemgången",
                                        "checklistan",
                                        "schemat",
                                        "nattpersonalen",
                                        "eleverna",
                                        "läsförståelse",
                                        "högläsning",
                                        "undernäring",
                                        "mellanmål",
                                        "ensamhet",
                                        "promenad",
                                        "tolken",
                                        "trycksår",
                                        "vändschema",
                                        "balansträning",
                                        "dosetten",
                                        "utskrivning",
                                        "återinläggning",
                                        "larmet",
                                        "nyckelfri",
                                        "matlådor",
                                        "sjukhuset",
                                        "avvikelser",
                                        "genomförandeplan",
                                        "biståndsbeslut",
                                        "överrapportering",
                                        "nattlampor",
                                        "fallrisk",
                                        "arbetsplatsträffen",
                                        "kvällsrutin",
                                        "hembesök",
                                        "telefonsamtal",
                                        "delaktighet",
                                        "jämställdhet",
                                        "flickor",
                                        "pojkar",
                                        "rektor",
                                        "läxhjälp",
                                        "frånvaro",
                                        "skolsköterskan",
                                        "mentorssamtal",
                                        "fritids",
                                        "rastvakt",
                                        "utvecklingssamtal",
                                        "tvåspråkig",
                                        "modersmål",
                                        "ledsagning",
                                        "dagverksamhet",
                                        "korttidsboende",
                                        "demens",
                                        "minnesträning",
                                        "musik",
                                        "trädgård",
                                        "syn",
                                        "hörsel",
                                        "rullator",
                                        "hjälpmedel",
                                        "arbetsterapeut",
                                        "fysioterapeut",
                                        "sjuksköterskan",
                                        "undersköterskan",
                                        "enhetschefen",
                                        "samordnare",
                                        "väntetid",
                                        "beslut",
                                        "resultat",
                                        "lärdom",
                                        "prediktion",
                                        "observation",
                                        "förbättring",
                                        "mätning",
                                        "diagram",
                                        "median",
                                        "vecka",
                                        "månad",
                                        "kväll",
                                        "morgon",
                                        "frukost",
                                        "lunch",
                                        "middag",
                                        "dusch",
                                        "städning",
                                        "tvätt",
                                        "inköp",
                                        "promenaden",
                                        "sällskap",
                                        "telefonvän",
                                        "mötesplats",
                                        "verkstad",
                                        "bokcirkel",
                                        "zirkonrutin"};

const std::vector<std::string> kQueries = {"brukaren",
                                           "kontaktperson",
                                           "hemgång",
                                           "läkemedel fall",
                                           "nattlampor",
                                           "kvinnor män trygghet",
                                           "undernäring mellanmål",
                                           "telefonvän",
                                           "zirkonrutin",
                                           "läsförståelse högläsning",
                                           "arbetsterapeut",
                                           "sjukhus",
                                           "schema",
                                           "demens musik"};

const std::vector<std::string> kWords = [] {
  std::vector<std::string> words = kBase;
  for (std::size_t i = 0; i < 40; ++i) {
    for (const char* end :
         {"rutin", "plan", "samtal", "tid", "grupp", "lista", "stöd", "träff", "möte", "uppdrag"}) {
      words.push_back(kBase[i] + end);
    }
  }
  return words;
}();

std::string Text(std::mt19937& random, int words) {
  // P(word i) ∝ 1 / (i + 20), Zipf's law for content words (the commonest words of all, the
  // stop words, are not drawn): the commonest word is in about half of the cycles.
  static const std::discrete_distribution<std::size_t> pick = [] {
    std::vector<double> weights;
    for (std::size_t i = 0; i < kWords.size(); ++i) weights.push_back(1.0 / (i + 20.0));
    return std::discrete_distribution<std::size_t>(weights.begin(), weights.end());
  }();
  std::discrete_distribution<std::size_t> draw = pick;
  std::string out;
  for (int i = 0; i < words; ++i) out += (i ? " " : "") + kWords[draw(random)];
  return out;
}

struct Seeded {
  Id organisation = 0;
  Id strateg = 0;
  Id member = 0;
};

// 200 teams under the demo's first unit, each with a project, an idea and 500 cycles.
Seeded Seed(stegvis::store::MigratingStore& store) {
  store.Migrate();
  stegvis::core::FixedClock clock(1'800'000'000);
  auto demo = stegvis::domain::SeedDemo(store, clock);
  if (!demo) throw std::runtime_error("could not seed the demo");
  Seeded s;
  std::mt19937 random(20261206);
  auto ok = store.Write([&](StoreTx& tx) -> Result<bool> {
    s.organisation = tx.Units().ListOrganisations().front().id;
    s.strateg = tx.Users().FindByEmail("strateg@solvik.example")->id;
    s.member = tx.Users().FindByEmail("team@solvik.example")->id;
    return true;
  });
  if (!demo->seeded) return s;  // a database this bench filled before: searched again as it is
  const Id unit = store
                      .Read([&](StoreTx& tx) -> Result<Id> {
                        return tx.Units().List(s.organisation).front().id;
                      })
                      .value();
  for (int t = 0; t < kTeams; ++t) {
    store.Write([&](StoreTx& tx) -> Result<bool> {
      const Id team = tx.Teams().Create({s.organisation, unit, "Team " + std::to_string(t), ""}, 1);
      stegvis::domain::Project project;
      project.organisation_id = s.organisation;
      project.team_id = team;
      project.title = "Projekt " + std::to_string(t);
      project.problem = Text(random, 20);
      const Id project_id = tx.Projects().Create(project, 1);
      stegvis::domain::ChangeIdea idea;
      idea.organisation_id = s.organisation;
      idea.project_id = project_id;
      idea.title = Text(random, 4);
      const Id idea_id = tx.Pdsa().CreateIdea(idea, 1);
      for (int c = 0; c < kCyclesPerTeam; ++c) {
        stegvis::domain::PdsaCycle cycle;
        cycle.organisation_id = s.organisation;
        cycle.project_id = project_id;
        cycle.change_idea_id = idea_id;
        cycle.content.title = Text(random, 4);
        cycle.content.question = Text(random, 12);
        cycle.content.observations = Text(random, 25);
        cycle.content.result = Text(random, 10);
        cycle.content.learning = Text(random, 15);
        cycle.created_at = cycle.updated_at = 1;
        tx.Pdsa().CreateCycle(cycle);
      }
      return true;
    });
  }
  if (!ok) throw std::runtime_error("seeding failed");
  return s;
}

// Runs `fn(query)` kRepeats times for every query; prints the median and the 95th percentile.
template <typename F>
void Measure(const char* name, F&& fn) {
  std::vector<double> ms;
  std::vector<std::vector<double>> per(kQueries.size());
  for (int r = 0; r < kRepeats; ++r) {
    for (std::size_t i = 0; i < kQueries.size(); ++i) {
      const auto t0 = Clock::now();
      fn(kQueries[i]);
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
      per[i].push_back(ms.back());
    }
  }
  if (std::getenv("SEARCH_BENCH_QUERIES")) {
    for (std::size_t i = 0; i < kQueries.size(); ++i) {
      std::sort(per[i].begin(), per[i].end());
      std::fprintf(stderr, "%s %s %.2f %.2f\n", name, kQueries[i].c_str(), per[i][kRepeats / 2],
                   per[i].back());
    }
  }
  std::sort(ms.begin(), ms.end());
  std::printf("%s %zu %.3f %.3f\n", name, ms.size(), ms[ms.size() / 2], ms[ms.size() * 95 / 100]);
  std::fflush(stdout);
}

std::unique_ptr<stegvis::store::SqlConnection> Connect(const stegvis::store::DatabaseUrl& url) {
  if (url.engine == stegvis::store::Engine::kSqlite) {
    return std::make_unique<stegvis::store::SqliteConnection>(url.location);
  }
  return std::make_unique<stegvis::store::PostgresConnection>(url.location);
}

int Run(const std::string& db) {
  auto url = stegvis::store::ParseDatabaseUrl(db);
  if (!url) {
    std::cerr << "search_bench: " << url.error().message << "\n";
    return 2;
  }
  auto opened = stegvis::store::OpenStore(*url, {2});
  if (!opened) {
    std::cerr << "search_bench: " << opened.error().message << "\n";
    return 1;
  }
  stegvis::store::MigratingStore& store = **opened;
  const Seeded s = Seed(store);
  auto raw = Connect(*url);
  // A server that has run a while has its planner statistics (autovacuum gathers them after
  // a bulk of writes); a database filled a moment ago may not have them yet.
  if (url->engine != stegvis::store::Engine::kSqlite) raw->Exec("ANALYZE");
  const auto strateg = stegvis::domain::LoadPrincipal(store, s.strateg).value();
  const auto member = stegvis::domain::LoadPrincipal(store, s.member).value();
  Measure("search-all", [&](const std::string& q) {
    if (!stegvis::domain::Search(store, strateg, {.q = q})) std::abort();
  });
  Measure("search-team", [&](const std::string& q) {
    if (!stegvis::domain::Search(store, member, {.q = q})) std::abort();
  });
  const std::string like =
      "SELECT id, title FROM pdsa_cycles WHERE organisation_id = ? AND lower(title || ' ' || "
      "question || ' ' || observations || ' ' || result || ' ' || learning) LIKE ? LIMIT 11";
  Measure("like-all", [&](const std::string& q) {
    const std::string first = q.substr(0, q.find(' '));
    auto rows = stegvis::store::ListColumn<Id>(*raw, like, s.organisation, "%" + first + "%");
    if (rows.size() > 11) std::abort();
  });
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3 || std::string(argv[1]) != "--db") {
    std::cerr << "usage: search_bench --db URL (an empty database)\n";
    return 2;
  }
  try {
    return Run(argv[2]);
  } catch (const std::exception& e) {
    std::cerr << "search_bench: " << e.what() << "\n";
    return 1;
  }
}
