// The routes of this feature, each with its access rule (see web/route_rules.h).

#include "web/accounts/handlers.h"
#include "web/route_rules.h"

namespace stegvis::web {

void AddAccountRoutes(Router& router, const App& app) {
  FeatureRoutes routes(router, app);
  routes.Get("/login", kPublic, LoginPage);
  routes.Post("/login", kPublic, LoginSubmit);
  routes.Get("/aterstall/{token}", kPublic, ResetPage);
  routes.Post("/aterstall/{token}", kPublic, ResetSubmit);
  routes.Post("/api/v1/session", kPublic, ApiLogin);
  routes.Post("/logout", kSignedIn, LogoutSubmit);
  routes.Get("/api/v1/session", kSignedIn, ApiSession);
  routes.Delete("/api/v1/session", kSignedIn, ApiLogout);
  // Personal API tokens: the visitor's own; the list shows last use, so it is never kept.
  routes.Get("/konto/api-nycklar", kSignedIn, TokensPage, kNotCached);
  routes.Post("/konto/api-nycklar", kSignedIn, TokenCreateSubmit);
  routes.Post("/konto/api-nycklar/{id}/aterkalla", kSignedIn, TokenRevokeSubmit);
  routes.Get("/api/v1/tokens", kSignedIn, ApiTokens, kNotCached);
  routes.Post("/api/v1/tokens", kSignedIn, ApiTokenCreate);
  routes.Delete("/api/v1/tokens/{id}", kSignedIn, ApiTokenDelete);
  // E-mail reminders: the visitor's own setting.
  routes.Get("/konto/paminnelser", kSignedIn, RemindersPage, kNotCached);
  routes.Post("/konto/paminnelser", kSignedIn, RemindersSubmit);
  routes.Get("/api/v1/reminders", kSignedIn, ApiReminders, kNotCached);
  routes.Put("/api/v1/reminders", kSignedIn, ApiRemindersUpdate);
  // Lockouts end with time and login throttling is not counted in the data version.
  routes.Get("/admin/anvandare", kAdminUsers, UsersPage, kNotCached);
  routes.Post("/admin/anvandare", kAdminUsers, UserCreate);
  routes.Get("/admin/anvandare/{id}", kAdminUsers, UserPage, kNotCached);
  // One route per account action, each a button on the user's page.
  routes.Post("/admin/anvandare/{id}/roller", kAdminUsers, UserRoleAdd);
  routes.Post("/admin/anvandare/{id}/ta-bort-roll", kAdminUsers, UserRoleRemove);
  routes.Post("/admin/anvandare/{id}/aktiv", kAdminUsers, UserActiveSubmit);
  routes.Post("/admin/anvandare/{id}/las-upp", kAdminUsers, UserUnlock);
  routes.Post("/admin/anvandare/{id}/aterstallning", kAdminUsers, UserResetLink);
  routes.Post("/admin/adresser/las-upp", kAdminUsers, AddressUnlockSubmit);
  routes.Get("/api/v1/users", kAdminUsers, ApiUsers, kNotCached);
  routes.Post("/api/v1/users", kAdminUsers, ApiUserCreate);
  routes.Get("/api/v1/users/{id}", kAdminUsers, ApiUser, kNotCached);
  routes.Post("/api/v1/users/{id}/roles", kAdminUsers, ApiUserRoleAdd);
  routes.Delete("/api/v1/users/{id}/roles/{role_id}", kAdminUsers, ApiUserRoleRemove);
  routes.Put("/api/v1/users/{id}/active", kAdminUsers, ApiUserActive);
  routes.Post("/api/v1/users/{id}/unlock", kAdminUsers, ApiUserUnlock);
  routes.Post("/api/v1/users/{id}/reset-link", kAdminUsers, ApiUserResetLink);
  routes.Get("/api/v1/locked-addresses", kAdminUsers, ApiLockedAddresses, kNotCached);
  routes.Post("/api/v1/locked-addresses/unlock", kAdminUsers, ApiAddressUnlock);
}

}  // namespace stegvis::web
