#include "domain/home_page.h"

namespace stegvis::domain {

core::Result<HomePage> LoadHomePage(Store& store, const Principal& acting, core::Date today) {
  return store.Read([&](StoreTx& tx) -> core::Result<HomePage> {
    HomePage page;
    core::Result<UnitOverview> overview = LoadUnitOverview(tx, acting.user.organisation_id);
    if (overview) {
      page.organisation = std::move(*overview);
    } else if (overview.error().code != core::ErrorCode::kNotFound) {
      return core::Fail(overview.error());
    }
    page.unit_links = LoadUnitFrameLinks(tx, acting);
    page.teams = ListVisibleTeams(tx, acting);
    page.needs = LoadWhatNeedsMe(tx, acting, page.teams, today);
    return page;
  });
}

}  // namespace stegvis::domain
