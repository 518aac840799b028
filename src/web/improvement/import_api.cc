// The JSON twin of importing a file of a measure's values (docs/api.md): the file as the
// body, its preview, and the commit — the use cases of domain/imports.h, as the pages use them.

#include "core/text.h"
#include "domain/imports.h"
#include "web/http/access_guard.h"
#include "web/improvement/handlers.h"
#include "web/improvement/import_file.h"
#include "web/improvement/kolada_import.h"
#include "web/render/forms.h"
#include "web/render/json_body.h"
#include "web/render/json_response.h"
#include "web/render/language.h"
#include "web/render/xlsx_download.h"

namespace stegvis::web {
namespace {

// CSV, an Excel workbook or a Kolada answer (JSON); what the body holds is then told by its
// bytes (ReadImportFile).
bool IsImportType(std::string_view content_type) {
  const std::string t = MediaTypeOf(content_type);
  return t == "text/csv" || t == kXlsxMediaType || t == "application/json";
}

Response ImportAnswer(const App& app, const Request& request, const domain::ImportDetails& d,
                      int status) {
  Response r = JsonValue(ImportJson(app.catalogue, ChooseLanguage(request).lang, d), status);
  if (status == 201) r.SetHeader("Location", "/api/v1/imports/" + std::to_string(d.record.id));
  return r;
}

}  // namespace

HandlerResult ApiImportCreate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  if (!IsImportType(request.Header("content-type"))) {
    return core::Fail(core::Error::Invalid("the body must be text/csv, an XLSX workbook or JSON",
                                           "content-type", "error.import.media_type"));
  }
  auto sheet = ReadImportFile(request.body);
  if (!sheet) return core::Fail(sheet.error());
  const std::string lang = ChooseLanguage(request).lang;
  auto staged = domain::StageImport(
      app.store, app.clock, visitor.principal(), ActorOf(visitor, request), *id,
      request.Query("name").value_or(""), *sheet, ImportHeaderWords(app.catalogue, lang));
  if (!staged) return core::Fail(staged.error());
  return ImportAnswer(app, request, *staged, 201);
}

HandlerResult ApiKoladaImportCreate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  kolada::Series series;
  series.kpi = body.Text("kpi", 32);
  const std::optional<std::string> municipality = body.OptionalText("municipality", 32);
  const std::optional<std::string> unit = body.OptionalText("ou", 32);
  if (!body.ok()) return body.error();
  if (municipality.has_value() == unit.has_value()) {
    return core::Fail(core::Error::Invalid("name either a municipality or an organisational unit",
                                           "municipality", "error.kolada.one_area"));
  }
  series.unit = unit.has_value();
  series.area = series.unit ? *unit : *municipality;
  auto staged = StageKoladaImport(app, request, visitor, *id, series);
  if (!staged) return core::Fail(staged.error());
  return ImportAnswer(app, request, *staged, 201);
}

HandlerResult ApiImport(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto d = domain::LoadImport(app.store, app.clock, visitor.principal(), *id,
                              ImportHeaderWords(app.catalogue, ChooseLanguage(request).lang));
  if (!d) return core::Fail(d.error());
  return ImportAnswer(app, request, *d, 200);
}

HandlerResult ApiImportCommit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto committed =
      domain::CommitImport(app.store, app.clock, visitor.principal(), ActorOf(visitor, request),
                           *id, ImportHeaderWords(app.catalogue, ChooseLanguage(request).lang));
  if (!committed) return core::Fail(committed.error());
  return JsonValue(boost::json::object{{"id", *id},
                                       {"measure_id", committed->measure_id},
                                       {"status", std::string(domain::kImportCommitted)},
                                       {"changed", committed->changed}});
}

}  // namespace stegvis::web
