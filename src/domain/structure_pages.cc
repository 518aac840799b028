#include "domain/structure_pages.h"

namespace stegvis::domain {

core::Result<UnitPage> LoadUnitPage(Store& store, const Principal& acting, Id unit_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<UnitPage> {
    auto unit = LoadUnit(tx, acting, unit_id);
    if (!unit) return core::Fail(unit.error());
    auto structure = LoadStructure(tx, acting);
    if (!structure) return core::Fail(structure.error());
    return UnitPage{std::move(*unit), std::move(*structure)};
  });
}

}  // namespace stegvis::domain
