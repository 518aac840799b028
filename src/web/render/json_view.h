#pragma once
// Boost.JSON values as template views, read in place. The values render as the engine before
// this one rendered them after converting the view: strings as they are (escaped unless the
// tag is raw), int64 and uint64 in decimal, doubles as std::to_string writes them ("%f":
// 0.5 → "0.500000"), booleans, null, objects and arrays as nothing. null and false are
// falsy, as is an empty array.

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "web/render/view_ref.h"

namespace stegvis::web {

// `value` as a view; `value` must outlive the render.
ViewRef JsonView(const boost::json::value& value);

// `object` as a view, without copying it into a boost::json::value first.
ViewRef JsonView(const boost::json::object& object);

}  // namespace stegvis::web
