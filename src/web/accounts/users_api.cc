// The JSON twins of the locked-address list on /admin/anvandare: GET /api/v1/locked-addresses
// and POST /api/v1/locked-addresses/unlock.

#include <boost/json/array.hpp>

#include "core/clock.h"
#include "domain/address_locks.h"
#include "web/accounts/handlers.h"
#include "web/http/access_guard.h"
#include "web/render/json_body.h"
#include "web/render/json_response.h"

namespace stegvis::web {

HandlerResult ApiLockedAddresses(const App& app, Request&, const Visitor& visitor) {
  auto addresses = domain::ListLockedAddresses(app.store, app.clock, *visitor.principal());
  if (!addresses) return core::Fail(addresses.error());
  boost::json::array out;
  for (const domain::LockedAddress& a : *addresses) {
    out.push_back(boost::json::object{{"address", a.address},
                                      {"failures", a.failures},
                                      {"last_failure_at", core::FormatIsoUtc(a.last_failure_at)},
                                      {"locked_until", core::FormatIsoUtc(a.locked_until)}});
  }
  return JsonValue(boost::json::object{{"addresses", std::move(out)}});
}

// POST {"address": "..."}: 204, or 404 when the address is not locked.
HandlerResult ApiAddressUnlock(const App& app, Request& request, const Visitor& visitor) {
  JsonBody body(request);
  if (!body.Has("address")) {
    body.Refuse(core::Error::Invalid("address is missing", "address", "error.json.required"));
  }
  const std::string address = body.Text("address");
  if (!body.ok()) return body.error();
  const domain::Principal& principal = *visitor.principal();
  auto done = domain::UnlockAddress(app.store, app.clock, principal,
                                    domain::ActorFor(principal, ClientAddress(request)), address);
  if (!done) return core::Fail(done.error());
  return Response{204, {}, {}};
}

}  // namespace stegvis::web
