// Speed of routing, in ns per request, for docs/performance.md: Router::Handle on the real
// route table (every feature's routes.cc), against the baseline side by side, the linear walk
// the router did before (every pattern split into a vector and its placeholders put in a
// std::map for every route tried). The guard is replaced by one that answers at once, so only
// matching is timed. `allocs/req` counts the heap allocations per request (operator new).

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <new>
#include <sstream>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "store/sqlite_store.h"
#include "web/http/embedded_files.h"
#include "web/routes.h"

namespace {

std::atomic<long> g_allocations{0};

}  // namespace

// Counting replacements of the global allocation functions; they pair malloc with free, which
// GCC cannot see through inlining and warns about.
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
void* operator new(std::size_t size) {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept {
  std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
  std::free(p);
}

namespace {

using namespace stegvis;

// What a browser and an integration ask for: pages, forms, the API, files, a miss.
const std::vector<std::pair<std::string, std::string>> kRequests = {
    {"GET", "/"},
    {"GET", "/projekt/12"},
    {"GET", "/matt/4/diagram.svg"},
    {"POST", "/admin/anvandare/3/aktiv"},
    {"GET", "/reflektioner/ny"},
    {"GET", "/static/stegvis.css"},
    {"POST", "/api/v1/pdsa-cycles/7/next"},
    {"PUT", "/api/v1/measures/4/observations"},
    {"GET", "/api/v1/projects/12/driver-diagram.svg"},
    {"GET", "/finns/inte"},
};

// The real table's methods and patterns, from BuildRouter over a throwaway store.
std::vector<std::pair<std::string, std::string>> RealTable() {
  const auto dir = std::filesystem::temp_directory_path() / "stegvis-router-bench";
  std::filesystem::create_directories(dir);
  store::SqliteStore store((dir / "bench.db").string());
  core::FixedClock clock(1'800'000'000);
  std::ostringstream log_out;
  core::Logger log(core::LogLevel::kError, log_out, clock);
  auto catalogue = web::Catalogue::Load(web::EmbeddedFiles());
  auto templates = web::Templates::Load(web::EmbeddedFiles(), *catalogue);
  web::StaticFiles files(web::EmbeddedFiles());
  web::App app{store, clock, log, *catalogue, *templates, files, "http://localhost"};
  std::vector<std::pair<std::string, std::string>> table;
  const web::Router router = web::BuildRouter(app);
  for (const web::Route& r : router.routes()) table.emplace_back(r.method, r.pattern);
  std::filesystem::remove_all(dir);
  return table;
}

const std::vector<std::pair<std::string, std::string>>& Table() {
  static const auto table = RealTable();
  return table;
}

// The baseline: the router before the segment tree, as it was.
class LinearRouter {
 public:
  explicit LinearRouter(std::vector<std::pair<std::string, std::string>> routes)
      : routes_(std::move(routes)) {}

  int Handle(const std::string& method, const std::string& path) const {
    bool path_matched = false;
    for (const auto& [route_method, pattern] : routes_) {
      std::map<std::string, std::string> params;
      if (!Match(pattern, path, params)) continue;
      if (route_method == method || (route_method == "GET" && method == "HEAD")) return 200;
      path_matched = true;
    }
    return path_matched ? 405 : 404;
  }

 private:
  static std::vector<std::string_view> Segments(std::string_view path) {
    std::vector<std::string_view> out;
    if (path.starts_with('/')) path.remove_prefix(1);
    if (path.empty()) return out;
    for (;;) {
      std::size_t slash = path.find('/');
      out.push_back(path.substr(0, slash));
      if (slash == std::string_view::npos) return out;
      path.remove_prefix(slash + 1);
    }
  }
  static bool Match(std::string_view pattern, std::string_view path,
                    std::map<std::string, std::string>& params) {
    std::vector<std::string_view> want = Segments(pattern), have = Segments(path);
    if (want.size() != have.size()) return false;
    std::map<std::string, std::string> found;
    for (std::size_t i = 0; i < want.size(); ++i) {
      bool placeholder = want[i].size() > 2 && want[i].front() == '{' && want[i].back() == '}';
      if (placeholder && !have[i].empty()) {
        found.emplace(std::string(want[i].substr(1, want[i].size() - 2)), std::string(have[i]));
      } else if (placeholder || want[i] != have[i]) {
        return false;
      }
    }
    params = std::move(found);
    return true;
  }
  std::vector<std::pair<std::string, std::string>> routes_;
};

std::vector<web::Request> Requests() {
  std::vector<web::Request> out;
  for (const auto& [method, path] : kRequests) {
    web::Request r;
    r.method = method;
    r.path = path;
    out.push_back(std::move(r));
  }
  return out;
}

void Report(benchmark::State& state, long allocations) {
  const double requests = static_cast<double>(state.iterations() * kRequests.size());
  state.counters["points"] = static_cast<double>(kRequests.size());
  state.counters["allocs/req"] = static_cast<double>(allocations) / requests;
}

void BM_SegmentTree(benchmark::State& state) {
  web::Router router(
      [](web::Request&, int status) {
        return web::Response{status, {}, {}};
      },
      [](web::Request&, const web::Route&) { return web::Response{}; });
  for (const auto& [method, pattern] : Table()) {
    router.Add(method, pattern, {domain::Action::kView, domain::ResourceKind::kPublic},
               [](web::Request&, const web::Visitor&) { return web::Response{}; });
  }
  std::vector<web::Request> requests = Requests();
  const long before = g_allocations.load();
  for (auto _ : state) {
    for (web::Request& r : requests) benchmark::DoNotOptimize(router.Handle(r).status);
  }
  Report(state, g_allocations.load() - before);
}
BENCHMARK(BM_SegmentTree);

void BM_LinearWalkBaseline(benchmark::State& state) {
  LinearRouter router(Table());
  const long before = g_allocations.load();
  for (auto _ : state) {
    for (const auto& [method, path] : kRequests) {
      benchmark::DoNotOptimize(router.Handle(method, path));
    }
  }
  Report(state, g_allocations.load() - before);
}
BENCHMARK(BM_LinearWalkBaseline);

}  // namespace

BENCHMARK_MAIN();
