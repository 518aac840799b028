// The routes of this feature, each with its access rule (see web/route_rules.h).

#include "web/accounts/handlers.h"
#include "web/route_rules.h"

namespace stegvis::web {

void AddAccountRoutes(Router& router, const App& app) {
  router.Add("GET", "/login", kPublic, Bind(app, LoginPage));
  router.Add("POST", "/login", kPublic, Bind(app, LoginSubmit));
  router.Add("GET", "/aterstall/{token}", kPublic, Bind(app, ResetPage));
  router.Add("POST", "/aterstall/{token}", kPublic, Bind(app, ResetSubmit));
  router.Add("POST", "/api/v1/session", kPublic, Bind(app, ApiLogin));
  router.Add("POST", "/logout", kSignedIn, Bind(app, LogoutSubmit));
  router.Add("GET", "/api/v1/session", kSignedIn, Bind(app, ApiSession));
  router.Add("DELETE", "/api/v1/session", kSignedIn, Bind(app, ApiLogout));
  router.Add("GET", "/admin/anvandare", kAdminUsers, Bind(app, UsersPage));
  router.Add("POST", "/admin/anvandare", kAdminUsers, Bind(app, UserCreate));
  router.Add("GET", "/admin/anvandare/{id}", kAdminUsers, Bind(app, UserPage));
  router.Add("POST", "/admin/anvandare/{id}/{action}", kAdminUsers, Bind(app, UserAction));
  router.Add("POST", "/admin/adresser/las-upp", kAdminUsers, Bind(app, AddressUnlockSubmit));
  router.Add("GET", "/api/v1/locked-addresses", kAdminUsers, Bind(app, ApiLockedAddresses));
  router.Add("POST", "/api/v1/locked-addresses/unlock", kAdminUsers, Bind(app, ApiAddressUnlock));
}

}  // namespace stegvis::web
