#include "web/render/cached_page.h"

#include <string>

#include "core/clock.h"
#include "web/render/language.h"

namespace stegvis::web {
namespace {

constexpr std::int64_t kSecondsPerDay = 24 * 60 * 60;

// The clock a cached handler sees: the start of the day (UTC) its key holds.
class StartOfDayClock final : public core::Clock {
 public:
  StartOfDayClock(const core::Clock& clock, std::int64_t now)
      : clock_(clock), start_of_day_(now - now % kSecondsPerDay) {}
  std::int64_t NowUnixSeconds() const override { return start_of_day_; }
  std::chrono::steady_clock::time_point Steady() const override { return clock_.Steady(); }

 private:
  const core::Clock& clock_;
  std::int64_t start_of_day_;
};

// The visitor as far as the key holds it: the principal and the CSRF token.
Visitor KeyedVisitor(const Visitor& visitor) {
  Visitor keyed;
  keyed.csrf_token = visitor.csrf_token;
  if (visitor.session) {
    domain::Session session;
    session.principal = visitor.session->principal;
    session.record.user_id = visitor.session->record.user_id;
    session.record.csrf_token = visitor.session->record.csrf_token;
    session.data_version = visitor.session->data_version;
    keyed.session = std::move(session);
  }
  return keyed;
}

}  // namespace

PageKey PageKeyOf(const Request& request, const Visitor& visitor, std::int64_t now) {
  PageKey key;
  key.data_version = visitor.session->data_version;
  const LanguageChoice language = ChooseLanguage(request);
  std::string& text = key.text;
  text.reserve(96 + request.target.size());
  // Fields end in '\n', which none of them can hold (a target is one line of the request).
  text += std::to_string(now / kSecondsPerDay);
  text += '\n';
  text += std::to_string(visitor.principal()->user.id);
  text += '\n';
  text += visitor.csrf_token;
  text += '\n';
  text += language.lang;
  text += '\n';
  text += request.target;
  return key;
}

namespace {

// Answers from the cache under `key` when it holds it, else runs `handler` for `keyed` with the
// request reduced to what a key holds, and keeps a 200 answer under `key`. No key: nothing is
// looked up or kept.
Response RunKeyed(const App& app, Request& request, const Visitor& keyed,
                  const std::optional<PageKey>& key, std::int64_t now, CachedHandler handler,
                  ErrorForm form) {
  if (key) {
    if (auto hit = app.page_cache->Find(*key, now)) return PageCache::Share(std::move(hit));
  }
  // What the key holds, and nothing more.
  request.headers.assign(1, {"cookie", "lang=" + ChooseLanguage(request).lang});
  request.body.clear();
  request.remote_address.clear();
  const StartOfDayClock day(app.clock, now);
  const App seen{app.store, day, app.log, app.catalogue, app.templates, app.static_files,
                 app.base_url, app.accessibility_contact, app.page_cache, app.password_gate,
                 app.verdict_histories, app.image_gate, app.api_rate_limiter,
                 // The server's settings, the same for every reader.
                 app.mail_enabled, app.kolada_getter, app.kolada_url, app.kolada_gate};
  Response response = Answer(seen, request, handler(seen, request, keyed), form);
  if (key && response.status == 200 && response.Header("Set-Cookie").empty() &&
      response.Header("Cache-Control") != "no-store") {
    app.page_cache->Insert(*key, response, now);
  }
  return response;
}

}  // namespace

Response ServeCachedPage(const App& app, Request& request, const Visitor& visitor,
                         CachedHandler handler, ErrorForm form) {
  const std::int64_t now = app.clock.NowUnixSeconds();
  std::optional<PageKey> key;
  if (app.page_cache != nullptr && visitor.session.has_value()) {
    key = PageKeyOf(request, visitor, now);
  }
  return RunKeyed(app, request, KeyedVisitor(visitor), key, now, handler, form);
}

Response ServePublicPage(const App& app, Request& request, CachedHandler handler, ErrorForm form) {
  const std::int64_t now = app.clock.NowUnixSeconds();
  std::optional<PageKey> key;
  if (app.page_cache != nullptr) {
    auto version = app.store.Read(
        [](domain::StoreTx& tx) -> core::Result<std::int64_t> { return tx.DataVersion(); });
    if (version) {
      key = PageKey{*version, "public\n" + std::to_string(now / kSecondsPerDay) + "\n" +
                                  ChooseLanguage(request).lang + "\n" + request.target};
    }
  }
  return RunKeyed(app, request, Visitor{}, key, now, handler, form);
}

}  // namespace stegvis::web
