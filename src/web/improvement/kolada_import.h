#pragma once
// Fetching a Kolada key figure into an import of a measure's values: the series is fetched
// from Kolada's API (kolada/fetch.h, the server's getter and address) and staged as the
// preview a Kolada file gives (domain/imports.h), so nothing is saved until it is committed.
// The page (POST /matt/{id}/kolada) and its JSON twin (POST /api/v1/measures/{id}/kolada-imports)
// share it.

#include "domain/imports.h"
#include "kolada/fetch.h"
#include "web/app.h"
#include "web/http/http.h"
#include "web/http/visitor.h"

namespace stegvis::web {

// Fetches `series` and stages it for measure `measure_id`, named "Kolada KPI AREA". Fails
// with ErrorCode::kUnavailable, key "error.kolada.off", when the server does not fetch, and
// "error.kolada.busy" when as many fetches as it allows are running; with FetchSeries's and
// ReadImportFile's refusals of what Kolada answered; with StageImport's (the visitor must
// may change the measure: checked before anything is fetched).
core::Result<domain::ImportDetails> StageKoladaImport(const App& app, const Request& request,
                                                      const Visitor& visitor, domain::Id measure_id,
                                                      const kolada::Series& series);

}  // namespace stegvis::web
