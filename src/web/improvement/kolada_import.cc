#include "web/improvement/kolada_import.h"

#include "core/work_gate.h"
#include "domain/measures.h"
#include "web/http/access_guard.h"
#include "web/improvement/import_file.h"
#include "web/render/language.h"

namespace stegvis::web {
namespace {

core::Error Unavailable(std::string message, std::string key) {
  return core::Error{core::ErrorCode::kUnavailable, std::move(message), "", std::move(key)};
}

}  // namespace

core::Result<domain::ImportDetails> StageKoladaImport(const App& app, const Request& request,
                                                      const Visitor& visitor, domain::Id measure_id,
                                                      const kolada::Series& series) {
  // Who may not change the measure makes the server fetch nothing.
  auto measure = domain::LoadMeasure(app.store, *visitor.principal(), measure_id);
  if (!measure) return core::Fail(measure.error());
  if (!measure->may_change) {
    return core::Fail(core::Error::Forbidden("may not change the measure's values"));
  }
  if (app.kolada_getter == nullptr) {
    return core::Fail(Unavailable("this server does not fetch from Kolada", "error.kolada.off"));
  }
  std::optional<core::WorkGate::Slot> slot =
      app.kolada_gate ? app.kolada_gate->TryEnter() : std::nullopt;
  if (app.kolada_gate && !slot) {
    return core::Fail(
        Unavailable("as many Kolada fetches as allowed are running", "error.kolada.busy"));
  }
  auto page = kolada::FetchSeries(*app.kolada_getter, app.kolada_url, series);
  if (!page) return core::Fail(page.error());
  auto sheet = KoladaImportSheet(std::move(*page));
  if (!sheet) return core::Fail(sheet.error());
  const std::string lang = ChooseLanguage(request).lang;
  return domain::StageImport(app.store, app.clock, visitor.principal(), ActorOf(visitor, request),
                             measure_id, "Kolada " + series.kpi + " " + series.area, *sheet,
                             ImportHeaderWords(app.catalogue, lang));
}

}  // namespace stegvis::web
