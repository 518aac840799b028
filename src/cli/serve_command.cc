#include <iostream>
#include <memory>
#include <optional>

#include "cli/command.h"
#include "cli/database_options.h"
#include "cli/demo_summary.h"
#include "cli/mail_options.h"
#include "core/clock.h"
#include "core/log.h"
#include "core/work_gate.h"
#include "domain/demo.h"
#include "kolada/curl_getter.h"
#include "kolada/fetch.h"
#include "web/app.h"
#include "web/gender/verdict_histories.h"
#include "web/http/api_rate_limit.h"
#include "web/http/embedded_files.h"
#include "web/http/server.h"
#include "web/mail/mail_job.h"
#include "web/render/page_cache.h"
#include "web/routes.h"

namespace stegvis::cli {
namespace {

// Password checks run at once; a login finding both busy is asked to try again in a second.
constexpr std::size_t kPasswordChecksAtOnce = 2;
// PNG images drawn at once: one takes a hundred milliseconds or more, so two leave the other
// workers free; a download finding both busy is asked to try again in a second.
constexpr std::size_t kImagesAtOnce = 2;
// Kolada fetches at once: each may hold a worker for up to kolada::kMaxPages × 10 s while
// Kolada is slow; the others are asked to try again shortly.
constexpr std::size_t kKoladaFetchesAtOnce = 1;

struct ServeOptions {
  DatabaseOptions database;
  std::string listen = "127.0.0.1";
  int port = 8080;
  int max_connections = 512;
  std::string log_level = "info";
  std::string base_url;
  bool seed_demo = false;
  std::string accessibility_contact;
  int page_cache_mb = 32;
  MailOptions mail;
  std::string kolada_url = std::string(kolada::kDefaultBaseUrl);
};

// Whether only this machine can reach `listen` (demo data is allowed only then).
bool IsLoopback(const std::string& listen) {
  return listen == "localhost" || listen == "::1" || listen.starts_with("127.");
}

// Demo accounts share a password printed in the README: refused unless only this machine can
// reach the server. Returns the exit code to stop with, or nullopt to go on.
std::optional<int> RefuseDemoBeyondLoopback(const ServeOptions& options, domain::Store& store) {
  if (IsLoopback(options.listen)) return std::nullopt;
  const std::string where = "listening on " + options.listen + " (reachable from other machines)";
  if (options.seed_demo) {
    std::cerr << "stegvis: --seed-demo is refused when " << where
              << ": the demo accounts' password is published. Use --listen 127.0.0.1 to try "
                 "Stegvis on this machine, or leave out --seed-demo and create real accounts "
                 "with `stegvis user add`.\n";
    return kExitUsage;
  }
  auto open = domain::DemoAccountsWithPublishedPassword(store);
  if (!open) return ReportError(open.error());
  if (!open->empty()) {
    std::cerr << "stegvis: refusing to start " << where << ": the database holds demo accounts "
              << "whose password is published (" << open->front() << ", ...). Use "
              << "--listen 127.0.0.1, or start with a database without demo data, or deactivate "
              << "them (`stegvis user deactivate --email ...`).\n";
    return kExitUsage;
  }
  return std::nullopt;
}

// The address people should open: loopback listens are shown as localhost.
std::string DisplayUrl(const ServeOptions& options, unsigned short port) {
  if (!options.base_url.empty()) return options.base_url;
  std::string host = options.listen;
  if (host == "127.0.0.1" || host == "::1" || host == "0.0.0.0" || host == "::") host = "localhost";
  return "http://" + host + ":" + std::to_string(port) + "/";
}

int Serve(const ServeOptions& options) {
  core::SystemClock clock;
  core::Logger log(*core::ParseLogLevel(options.log_level), std::cerr, clock);

  auto opened = OpenDatabase(options.database);
  if (!opened) return ReportError(opened.error());
  domain::Store& store = *opened->store;
  try {
    for (int version : opened->store->Migrate()) {
      log.Log(core::LogLevel::kInfo, "migrated", {{"version", std::int64_t{version}}});
    }
  } catch (const std::exception& e) {
    std::cerr << "stegvis: migration failed: " << e.what() << "\n";
    return kExitFailure;
  }
  if (auto refused = RefuseDemoBeyondLoopback(options, store)) return *refused;
  if (options.base_url.empty() && !IsLoopback(options.listen)) {
    // Without it, reset links and Secure cookies assume plain http on the listen address.
    log.Log(core::LogLevel::kWarn, "base_url_missing",
            {{"listen", std::string_view(options.listen)},
             {"hint", std::string_view("set --base-url to the address users open, e.g. "
                                       "https://stegvis.kommun.se/")}});
  }
  if (options.seed_demo) {
    auto summary = domain::SeedDemo(store, clock);
    if (!summary) return ReportError(summary.error());
    PrintDemoSummary(std::cout, *summary, opened->description);
  }

  auto catalogue = web::Catalogue::Load(web::EmbeddedFiles());
  if (!catalogue) return ReportError(catalogue.error());
  auto templates = web::Templates::Load(web::EmbeddedFiles(), *catalogue);
  if (!templates) return ReportError(templates.error());
  web::StaticFiles static_files(web::EmbeddedFiles());
  web::PageCache page_cache({.byte_budget = static_cast<std::size_t>(options.page_cache_mb) << 20});
  // argon2id takes 64 MiB a check: a bound keeps the other workers and the memory for pages.
  core::WorkGate password_gate(kPasswordChecksAtOnce);
  web::VerdictHistories verdict_histories;
  core::WorkGate image_gate(kImagesAtOnce);
  web::ApiRateLimiter api_rate_limiter;
  web::App app{store,
               clock,
               log,
               *catalogue,
               *templates,
               static_files,
               DisplayUrl(options, static_cast<unsigned short>(options.port)),
               options.accessibility_contact,
               options.page_cache_mb > 0 ? &page_cache : nullptr,
               &password_gate,
               &verdict_histories,
               &image_gate,
               &api_rate_limiter,
               !options.mail.host.empty()};
  kolada::CurlGetter kolada_getter;
  core::WorkGate kolada_gate(kKoladaFetchesAtOnce);
  if (!options.kolada_url.empty()) {
    app.kolada_getter = &kolada_getter;
    app.kolada_url = options.kolada_url;
    app.kolada_gate = &kolada_gate;
  }
  web::Router router = web::BuildRouter(app);

  web::ServerOptions server_options;
  server_options.listen = options.listen;
  server_options.port = static_cast<unsigned short>(options.port);
  server_options.max_connections = static_cast<std::size_t>(options.max_connections);
  web::Server server(server_options, web::MakeRequestHandler(app, router), log);
  auto port = server.Listen();
  if (!port) return ReportError(port.error());
  std::cout << "Stegvis is running at " << DisplayUrl(options, *port) << " (database "
            << opened->description << "). Stop it with Ctrl+C." << std::endl;
  log.Log(core::LogLevel::kInfo, "listening",
          {{"address", std::string_view(options.listen)}, {"port", std::int64_t{*port}}});
  std::unique_ptr<web::MailJob> mail_job;
  if (auto mail = MailSettingsFrom(options.mail, DisplayUrl(options, *port))) {
    mail_job = std::make_unique<web::MailJob>(store, clock, log, *catalogue, *mail);
    mail_job->Start();
    log.Log(core::LogLevel::kInfo, "mail_on",
            {{"smtp_host", std::string_view(mail->smtp.host)},
             {"smtp_port", std::int64_t{mail->smtp.port}}});
  }
  server.Run();
  mail_job.reset();       // finishes the message in hand, then stops
  opened->store.reset();  // close the database before saying we stopped
  log.Log(core::LogLevel::kInfo, "stopped");
  return kExitOk;
}

}  // namespace

Command AddServeCommand(CLI::App& app) {
  auto options = std::make_shared<ServeOptions>();
  CLI::App* sub = app.add_subcommand(
      "serve",
      "Run the web server (migrates the database first). Stops cleanly on Ctrl+C or SIGTERM.");
  AddDatabaseOptions(sub, options->database);
  sub->add_option("--listen", options->listen, "Address to listen on (0.0.0.0 for every address)")
      ->envname("STEGVIS_LISTEN")
      ->capture_default_str();
  sub->add_option("--port", options->port, "TCP port (0 picks a free one and prints it)")
      ->envname("STEGVIS_PORT")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  sub->add_option("--max-connections", options->max_connections,
                  "Open connections at most; one more is answered 503 and closed (each open "
                  "connection holds a file descriptor: keep this below `ulimit -n`)")
      ->envname("STEGVIS_MAX_CONNECTIONS")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  sub->add_option("--log-level", options->log_level, "Least important log level to write")
      ->envname("STEGVIS_LOG_LEVEL")
      ->check(CLI::IsMember({"debug", "info", "warn", "error"}))
      ->capture_default_str();
  sub->add_option("--base-url", options->base_url,
                  "The address users reach Stegvis at, e.g. https://stegvis.kommun.se/ "
                  "(behind a reverse proxy)")
      ->envname("STEGVIS_BASE_URL")
      ->check([](const std::string& value) -> std::string {
        if (value.starts_with("http://") || value.starts_with("https://")) return {};
        return "must start with http:// or https://";
      });
  sub->add_option("--accessibility-contact", options->accessibility_contact,
                  "Where users report accessibility problems, shown in the accessibility "
                  "statement: an e-mail address or an https:// address")
      ->envname("STEGVIS_ACCESSIBILITY_CONTACT")
      ->check([](const std::string& value) -> std::string {
        if (value.starts_with("https://") || value.starts_with("http://")) return {};
        std::size_t at = value.find('@');
        if (at != std::string::npos && at > 0 && value.find('.', at) != std::string::npos &&
            value.find_first_of(" <>\"") == std::string::npos) {
          return {};
        }
        return "must be an e-mail address or start with https://";
      });
  sub->add_option("--page-cache-mb", options->page_cache_mb,
                  "Memory for pages kept between views, in MiB (0: render every view)")
      ->envname("STEGVIS_PAGE_CACHE_MB")
      ->check(CLI::Range(0, 4096))
      ->capture_default_str();
  AddMailOptions(sub, options->mail);
  sub->add_option("--kolada-url", options->kolada_url,
                  "Kolada's API v3, where a yearly measure's \"Fetch from Kolada\" asks (empty: "
                  "the server does not fetch; Kolada files can still be imported)")
      ->envname("STEGVIS_KOLADA_URL")
      ->check([](const std::string& value) -> std::string {
        if (value.empty() || value.starts_with("https://") || value.starts_with("http://")) {
          return {};
        }
        return "must start with https:// or http://, or be empty";
      })
      ->capture_default_str();
  sub->add_flag("--seed-demo", options->seed_demo,
                "Add the demonstration data if the database is empty, and print the demo login")
      ->envname("STEGVIS_SEED_DEMO");
  sub->footer(
      "Example:\n  stegvis serve --db var/stegvis.db --port 8080\n"
      "Every option can also be set by its STEGVIS_* environment variable.");
  return {sub, [options] { return Serve(*options); }};
}

}  // namespace stegvis::cli
