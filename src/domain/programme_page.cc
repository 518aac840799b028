#include "domain/programme_page.h"

#include "domain/pdsa_cycles.h"
#include "domain/resources.h"
#include "domain/spread.h"

namespace stegvis::domain {

core::Result<ProgrammePage> LoadProgrammePage(StoreTx& tx, const Principal& acting,
                                              Id programme_id) {
  auto details = LoadProgramme(tx, acting, programme_id);
  if (!details) return core::Fail(details.error());
  auto package = LoadChangePackage(tx, acting, programme_id);
  if (!package) return core::Fail(package.error());
  auto goals = LoadGoalLinks(tx, acting, GoalObject::kProgramme, programme_id);
  if (!goals) return core::Fail(goals.error());
  ProgrammePage page{std::move(*details), std::move(*package), {}, std::move(*goals)};
  const Programme& programme = page.details.programme;
  if (programme.organisation_id == acting.user.organisation_id && !programme.closed &&
      May(&acting, Action::kChange, ProgrammeResource(programme))) {
    page.package_offers = OpenPackageOffers(tx, programme_id);
  }
  return page;
}

core::Result<ProgrammePage> LoadProgrammePage(Store& store, const Principal& acting,
                                              Id programme_id) {
  return store.Read([&](StoreTx& tx) { return LoadProgrammePage(tx, acting, programme_id); });
}

}  // namespace stegvis::domain
