#pragma once
// The questions the admin's structure pages ask the domain: everything each page shows, read in
// one transaction (admins of the organisation only).

#include "core/error.h"
#include "domain/access.h"
#include "domain/store.h"
#include "domain/teams.h"

namespace stegvis::domain {

// /admin/enheter/{id}: the unit and the organisation's unit tree (the parents it may move
// under).
struct UnitPage {
  Unit unit;
  Structure structure;
};
// kNotFound for an unknown unit or one of another organisation; kForbidden for non-admins.
core::Result<UnitPage> LoadUnitPage(Store& store, const Principal& acting, Id unit_id);

}  // namespace stegvis::domain
