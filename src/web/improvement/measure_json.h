#pragma once
// A measure's fields read from a JSON request body, under the names the API's answers use
// (MeasureJson in measure_view.h): the body of POST /api/v1/projects/{id}/measures and of the
// programme's common measure definitions (docs/api.md).

#include "domain/measure.h"
#include "web/render/json_body.h"

namespace stegvis::web {

// The members name, definition, kind, data_type, unit, frequency, direction, target,
// target_date, grouping, no_sex_reason and rule_set on top of `m`: an absent member leaves the
// field as it is (a PUT may send only what changes). A choice that is not one of its values is
// refused on the body (RefuseChoice).
domain::Measure MeasureFromJson(JsonFields& body, domain::Measure m);

}  // namespace stegvis::web
