#pragma once
// GET routes answered from the page cache (page_cache.h), so a page is rendered once per data
// version for each visitor. route_rules.h sends every GET route of a signed-in rule through
// ServeCachedPage unless the route says kNotCached.
//
// The key is built here and nowhere else, and the handler of a cached route runs with exactly
// what the key holds, so it cannot come to depend on anything the key lacks:
//   - the data version of the request's session lookup (domain::Session::data_version);
//   - today's date: the handler's clock stands at the start of today (UTC);
//   - who is looking: the user (whose name, roles and rights are data of that version) and
//     the session's CSRF token, which the page's forms carry;
//   - the language chosen for the request (ChooseLanguage), and the target as sent (path and
//     query).
// The handler sees no other header (only a `lang` cookie with the chosen language), no body
// and no peer address, and a visitor without the session's bookkeeping (its times and id).
// Only a 200 response without Set-Cookie is kept; an error page (404, 403) never is, so it is
// rendered for each request by whoever asked; nor is a page its handler marked
// `Cache-Control: no-store` (one showing work its time budget cut short).
//
// A page that depends on anything else — time of day, or what the data version does not count
// (sessions, login throttling, password resets; see "The data version" in
// docs/architecture.md) — must be registered kNotCached.

#include "web/app.h"
#include "web/http/http.h"
#include "web/http/visitor.h"
#include "web/render/handler_result.h"
#include "web/render/page_cache.h"

namespace stegvis::web {

using CachedHandler = HandlerResult (*)(const App&, Request&, const Visitor&);

// The key `request` by `visitor` is kept under at `now` (unix seconds). The visitor must have
// a session.
PageKey PageKeyOf(const Request& request, const Visitor& visitor, std::int64_t now);

// Answers `request` from app.page_cache when it holds the key, else runs `handler` as described
// above (its error through Answer with `form`) and keeps a 200 answer. Without a page cache
// (app.page_cache null) or without a session, the handler runs the same way and nothing is
// kept. `request` is left as the handler saw it.
Response ServeCachedPage(const App& app, Request& request, const Visitor& visitor,
                         CachedHandler handler, ErrorForm form);

// A public page (no login: a published story) from the same cache, kept until the next change
// of any data: the key holds the store's data version (read first, one small query), the day,
// the language and the target, and no visitor — the handler runs for an anonymous visitor
// whoever asks, so a signed-in reader sees exactly what the public sees and nothing of theirs
// is kept.
Response ServePublicPage(const App& app, Request& request, CachedHandler handler, ErrorForm form);

}  // namespace stegvis::web
