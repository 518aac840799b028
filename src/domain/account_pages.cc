#include "domain/account_pages.h"

namespace stegvis::domain {

core::Result<UsersPage> LoadUsersPage(Store& store, const core::Clock& clock,
                                      const Principal& acting) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Read([&](StoreTx& tx) -> core::Result<UsersPage> {
    auto accounts = ListAccounts(tx, now, &acting, acting.user.organisation_id);
    if (!accounts) return core::Fail(accounts.error());
    auto structure = LoadStructure(tx, acting);
    if (!structure) return core::Fail(structure.error());
    auto addresses = ListLockedAddresses(tx, now, acting);
    if (!addresses) return core::Fail(addresses.error());
    return UsersPage{std::move(*accounts), std::move(*structure), std::move(*addresses)};
  });
}

core::Result<UserPage> LoadUserPage(Store& store, const core::Clock& clock, const Principal& acting,
                                    Id user_id) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Read([&](StoreTx& tx) -> core::Result<UserPage> {
    auto account = LoadAccount(tx, now, &acting, user_id);
    if (!account) return core::Fail(account.error());
    auto structure = LoadStructure(tx, acting);
    if (!structure) return core::Fail(structure.error());
    return UserPage{std::move(*account), std::move(*structure)};
  });
}

}  // namespace stegvis::domain
