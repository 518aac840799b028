// The JSON twin of `stegvis import --project`: a long table of a project's measures as the body
// (text/csv, or an Excel workbook whose first sheet is read; at most the server's body limit),
// saved all or nothing — or, with
// ?dry_run=true, only checked (domain/long_import.h; docs/api.md, "A long table").

#include "domain/long_import.h"
#include "web/http/access_guard.h"
#include "web/improvement/handlers.h"
#include "web/improvement/import_file.h"
#include "web/improvement/long_import_file.h"
#include "web/render/forms.h"
#include "web/render/json_response.h"
#include "web/render/language.h"
#include "web/render/xlsx_download.h"

namespace stegvis::web {

HandlerResult ApiProjectImport(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const std::string media_type = MediaTypeOf(request.Header("content-type"));
  if (media_type != "text/csv" && media_type != kXlsxMediaType) {
    return core::Fail(
        core::Error::Invalid("a long table is sent as text/csv or as an Excel workbook",
                             "content-type", "error.import.long_media_type"));
  }
  const std::optional<std::string> dry_run = request.Query("dry_run");
  if (dry_run && *dry_run != "true" && *dry_run != "false") {
    return core::Fail(
        core::Error::Invalid("dry_run is true or false", "dry_run", "error.import.dry_run"));
  }
  const std::string lang = ChooseLanguage(request).lang;
  auto file = LongTableFile::Read(request.body);
  if (!file) return core::Fail(file.error());
  auto result =
      domain::ImportLongTable(app.store, app.clock, visitor.principal(), ActorOf(visitor, request),
                              *id, request.Query("name").value_or(""), file->records(),
                              LongTableHeaderWords(app.catalogue, lang), dry_run == "true");
  if (!result) return core::Fail(result.error());
  return JsonValue(LongImportJson(app.catalogue, lang, *result, file->sheet()),
                   result->problem_count > 0 ? 422 : 200);
}

}  // namespace stegvis::web
