#include "domain/unit_overview_page.h"

namespace stegvis::domain {

core::Result<UnitOverviewPage> LoadUnitOverviewPage(Store& store, const Principal& acting,
                                                    Id unit_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<UnitOverviewPage> {
    // The tree of the reader's own organisation: a unit not in it is not found.
    auto overview = LoadUnitOverview(tx, acting.user.organisation_id);
    if (!overview) return core::Fail(overview.error());
    UnitOverviewPage page;
    bool found = false;
    for (const UnitInTree& u : overview->units) {
      if (u.unit.id == unit_id) {
        page.unit = u.unit;
        found = true;
      }
    }
    if (!found) return core::Fail(core::Error::NotFoundObject());
    // The tree is depth-first with siblings by name, so the subunits come in name order.
    for (const UnitInTree& u : overview->units) {
      if (page.unit.parent_id && u.unit.id == *page.unit.parent_id) page.parent = u.unit;
      if (u.unit.parent_id == page.unit.id) page.subunits.push_back(u.unit);
    }
    for (TeamDetails& t : ListVisibleTeams(tx, acting)) {
      if (t.team.unit_id == page.unit.id) page.teams.push_back(std::move(t));
    }
    page.links.unit_id = page.unit.id;
    for (const UnitFrameLinks& l : LoadUnitFrameLinks(tx, acting)) {
      if (l.unit_id == page.unit.id) page.links = l;
    }
    return page;
  });
}

}  // namespace stegvis::domain
