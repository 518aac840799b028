#pragma once
// Everything a handler may use, built once by main and passed down (no globals).

#include <string>

#include "core/clock.h"
#include "core/log.h"
#include "core/work_gate.h"
#include "domain/store.h"
#include "web/http/static_files.h"
#include "web/render/catalogue.h"
#include "web/render/templates.h"

namespace stegvis::kolada {
class HttpGetter;
}  // namespace stegvis::kolada

namespace stegvis::web {

class ApiRateLimiter;
class PageCache;
class VerdictHistories;

struct App {
  domain::Store& store;
  const core::Clock& clock;
  core::Logger& log;
  const Catalogue& catalogue;
  const Templates& templates;
  const StaticFiles& static_files;
  std::string base_url;
  // Where users report accessibility problems: an e-mail address or an http(s) address. Empty:
  // the accessibility statement asks them to contact their organisation's administrator.
  std::string accessibility_contact =
      {};  // e.g. "https://stegvis.kommun.se"; decides Secure cookies later
  // Where GET pages are kept between views (render/cached_page.h); none: every view renders.
  PageCache* page_cache = nullptr;
  // Bounds password checks at once (core/work_gate.h); none: no bound.
  core::WorkGate* password_gate = nullptr;
  // Gender analyses' verdict histories kept between views (gender/verdict_histories.h); none:
  // computed for every view.
  VerdictHistories* verdict_histories = nullptr;
  // Bounds PNG images drawn at once (render/image_download.h); none: no bound.
  core::WorkGate* image_gate = nullptr;
  // Limits requests per API token (http/api_rate_limit.h); none: no limit.
  ApiRateLimiter* api_rate_limiter = nullptr;
  // Whether the server sends e-mail (serve --smtp-host): the reminder setting says so.
  bool mail_enabled = false;
  // Fetching Kolada's key figures (serve --kolada-url): how, from where, and a bound on fetches
  // at once. No getter: the server does not fetch (a Kolada file can still be imported).
  kolada::HttpGetter* kolada_getter = nullptr;
  std::string kolada_url = {};
  core::WorkGate* kolada_gate = nullptr;
};

}  // namespace stegvis::web
