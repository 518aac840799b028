#include "domain/programme_page.h"

#include "domain/pdsa_cycles.h"

namespace stegvis::domain {

core::Result<ProgrammePage> LoadProgrammePage(StoreTx& tx, const Principal& acting,
                                              Id programme_id) {
  auto details = LoadProgramme(tx, acting, programme_id);
  if (!details) return core::Fail(details.error());
  auto package = LoadChangePackage(tx, acting, programme_id);
  if (!package) return core::Fail(package.error());
  auto goals = LoadGoalLinks(tx, acting, GoalObject::kProgramme, programme_id);
  if (!goals) return core::Fail(goals.error());
  return ProgrammePage{std::move(*details), std::move(*package), std::move(*goals)};
}

core::Result<ProgrammePage> LoadProgrammePage(Store& store, const Principal& acting,
                                              Id programme_id) {
  return store.Read([&](StoreTx& tx) { return LoadProgrammePage(tx, acting, programme_id); });
}

}  // namespace stegvis::domain
