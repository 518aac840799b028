#pragma once
// The programme dashboard as data (docs/api.md, GET /api/v1/programmes/{id}/dashboard), shared
// with the programme's story, whose JSON carries the same table.

#include <boost/json/object.hpp>

#include "domain/programme_dashboard.h"

namespace stegvis::web {

boost::json::object DashboardJson(const domain::ProgrammeDashboard& d);

}  // namespace stegvis::web
