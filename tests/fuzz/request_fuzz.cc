// Fuzzes a whole request: raw bytes parsed as HTTP/1.1 the way the server parses them (Beast,
// with the server's header and body limits), then through the route table, the access guard
// and the handlers to a response, on a real SQLite store with the demo data (a file on
// tmpfs). An input may hold several requests one after the other, as on a keep-alive
// connection. The demo's five users have sessions with fixed cookies and CSRF tokens (in
// the dictionary and the seeds), so the fuzzer reaches the signed-in pages and their forms.
//
// A finding is a crash, a sanitizer report, an exception out of the handler (the server
// would answer 500) or any 5xx answer: nothing a client sends may make the server fail.
//
// State: requests change the database as they would on a server. To keep runs comparable,
// the database is put back to the seeded copy every kRequestsPerReset requests.

#include <unistd.h>

#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include <boost/beast/http.hpp>

#include "core/clock.h"
#include "core/log.h"
#include "domain/demo.h"
#include "domain/tokens.h"
#include "store/sqlite_store.h"
#include "web/http/access_guard.h"
#include "web/http/embedded_files.h"
#include "web/routes.h"

namespace {

namespace fs = std::filesystem;
namespace http = boost::beast::http;
using namespace stegvis;

constexpr int kRequestsPerReset = 1000;
constexpr int kMaxRequestsPerInput = 4;
// The server's limits (web/http/server.h, ServerOptions).
constexpr std::uint32_t kHeaderLimit = 16 * 1024;
constexpr std::uint64_t kBodyLimit = 1024 * 1024;

// The sessions the seeds and the dictionary use: cookie "stegvis_session=fuzz-ROLE" and CSRF
// token "csrf-ROLE".
constexpr const char* kRoles[][2] = {
    {"admin", "admin@solvik.example"},         {"strateg", "strateg@solvik.example"},
    {"chef", "chef@solvik.example"},           {"team", "team@solvik.example"},
    {"politiker", "politiker@solvik.example"}, {"coach", "coach@solvik.example"}};

class World {
 public:
  World()
      : dir_(TempDir()),
        clock_(1'800'000'000),
        log_(core::LogLevel::kError, null_out_, clock_),
        catalogue_(*web::Catalogue::Load(web::EmbeddedFiles())),
        templates_(std::move(*web::Templates::Load(web::EmbeddedFiles(), catalogue_))),
        static_files_(web::EmbeddedFiles()) {
    fs::create_directories(dir_);
    // The seeded database, made once (the demo hashes passwords with argon2id: slow).
    {
      store::SqliteStore seeded(Template().string(), 1);
      seeded.Migrate();
      if (!domain::SeedDemo(seeded, clock_)) std::abort();
      seeded.Write([&](domain::StoreTx& tx) -> core::Result<bool> {
        for (const auto& [role, email] : kRoles) {
          auto user = tx.Users().FindByEmail(email);
          if (!user) std::abort();
          tx.Sessions().Create({domain::HashToken(std::string("fuzz-") + role), user->id,
                                std::string("csrf-") + role, clock_.NowUnixSeconds(),
                                clock_.NowUnixSeconds()});
        }
        return true;
      });
    }  // closing the last connection folds the WAL into the file: copying the file is enough
    Reset();
  }
  ~World() {
    Close();
    fs::remove_all(dir_);
  }

  web::Response Handle(web::Request& request) {
    if (++requests_ % kRequestsPerReset == 0) Reset();
    return handler_(request);
  }

 private:
  static fs::path TempDir() {
    fs::path base = fs::is_directory("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
    return base / ("stegvis-request-fuzz-" + std::to_string(getpid()));
  }
  fs::path Template() const { return dir_ / "seeded.db"; }
  fs::path Live() const { return dir_ / "live.db"; }

  void Close() {
    router_.reset();
    app_.reset();
    store_.reset();
  }

  void Reset() {
    Close();
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(Live().string() + suffix);
    fs::copy_file(Template(), Live());
    // One connection: the fuzzer sends one request at a time.
    store_ = std::make_unique<store::SqliteStore>(Live().string(), 1);
    app_ = std::make_unique<web::App>(web::App{*store_, clock_, log_, catalogue_, templates_,
                                               static_files_, "http://localhost/"});
    router_ = std::make_unique<web::Router>(web::BuildRouter(*app_));
    handler_ = web::MakeRequestHandler(*app_, *router_);
  }

  fs::path dir_;
  core::FixedClock clock_;
  std::ostream null_out_{nullptr};
  core::Logger log_;
  web::Catalogue catalogue_;
  web::Templates templates_;
  web::StaticFiles static_files_;
  std::unique_ptr<store::SqliteStore> store_;
  std::unique_ptr<web::App> app_;
  std::unique_ptr<web::Router> router_;
  web::RequestHandler handler_;
  long requests_ = 0;
};

// The request as the server hands it to the handler (server.cc: ToRequest).
web::Request ToRequest(const http::request<http::string_body>& in) {
  web::Request out;
  out.method = std::string(in.method_string());
  out.target = std::string(in.target());
  for (const auto& field : in) {
    std::string name(field.name_string());
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.headers.emplace_back(std::move(name), std::string(field.value()));
  }
  out.body = in.body();
  out.remote_address = "127.0.0.1";
  return out;
}

[[noreturn]] void Fail(const web::Request& request, const std::string& what) {
  std::fprintf(stderr, "request_fuzz: %s %s: %s\n", request.method.c_str(), request.target.c_str(),
               what.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static World world;
  boost::asio::const_buffer rest(data, size);
  for (int n = 0; n < kMaxRequestsPerInput && rest.size() > 0; ++n) {
    http::request_parser<http::string_body> parser;
    parser.header_limit(kHeaderLimit);
    parser.body_limit(kBodyLimit);
    parser.eager(true);
    boost::beast::error_code ec;
    while (!parser.is_done()) {
      const std::size_t used = parser.put(rest, ec);
      rest += used;
      if (ec == http::error::need_more) {
        // The parser wants more bytes than are left, and no more will come: the client closed
        // the connection. (Beast's own read loop, which the server uses, calls put again only
        // after appending new bytes; putting the same bytes again breaks the parser's contract
        // and trips its assertions.)
        parser.put_eof(ec);
      }
      if (ec || used == 0) break;
    }
    // An incomplete or malformed request closes the connection; too large ones get 413.
    if (ec || !parser.is_done()) return 0;

    web::Request request = ToRequest(parser.get());
    if (!web::ParseTarget(request.target, request.path, request.query)) continue;  // 400
    web::Response response;
    try {
      response = world.Handle(request);
    } catch (const std::exception& e) {
      Fail(request, std::string("exception: ") + e.what());
    } catch (...) {
      Fail(request, "unknown exception");
    }
    if (response.status >= 500) Fail(request, "status " + std::to_string(response.status));
    if (!parser.get().keep_alive()) return 0;
  }
  return 0;
}
