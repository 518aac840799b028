#include "domain/home_page.h"

#include <algorithm>
#include <set>

namespace stegvis::domain {
namespace {

std::vector<Unit> ReportUnits(const Principal& acting, const UnitOverview& organisation,
                              const std::vector<UnitFrameLinks>& links) {
  const bool politiker =
      std::any_of(acting.memberships.begin(), acting.memberships.end(),
                  [](const Membership& m) { return m.role == Role::kPolitiker; });
  if (!politiker) return {};
  std::set<Id> readable;
  for (const UnitFrameLinks& l : links) {
    if (l.report) readable.insert(l.unit_id);
  }
  std::vector<Unit> out;
  for (const UnitInTree& u : organisation.units) {
    const bool parent_readable = u.unit.parent_id && readable.count(*u.unit.parent_id);
    if (readable.count(u.unit.id) && !parent_readable) out.push_back(u.unit);
  }
  return out;
}

}  // namespace

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
    if (page.organisation)
      page.report_units = ReportUnits(acting, *page.organisation, page.unit_links);
    page.teams = ListVisibleTeams(tx, acting);
    page.needs = LoadWhatNeedsMe(tx, acting, page.teams, today);
    return page;
  });
}

}  // namespace stegvis::domain
