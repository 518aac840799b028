// The audit trail: one object's "Historik" page, and the whole trail as CSV for admins.

#include "core/clock.h"
#include "domain/audit.h"
#include "web/history/handlers.h"
#include "web/render/excel_csv.h"
#include "web/render/forms.h"
#include "web/render/language.h"
#include "web/render/page.h"
#include "web/render/xlsx_download.h"

namespace stegvis::web {
namespace {

// "2026-11-23 13:43" (UTC, as the column heading says): easier to read than ISO 8601.
std::string ReadableTime(std::int64_t unix_seconds) {
  std::string iso = core::FormatIsoUtc(unix_seconds);  // 2026-11-23T13:43:41Z
  return iso.substr(0, 10) + " " + iso.substr(11, 8);
}

struct HistoryEventView {
  std::string at;      // ReadableTime
  std::string actor;   // with the API token's name when the change came through one
  std::string action;  // in words
  std::string before;  // the record as JSON, as stored
  std::string after;
};
constexpr auto Describe(std::type_identity<HistoryEventView>) {
  using E = HistoryEventView;
  return std::tuple{core::Field("at", &E::at), core::Field("actor", &E::actor),
                    core::Field("action", &E::action), core::Field("before", &E::before),
                    core::Field("after", &E::after)};
}

// history.mustache: one object's changes, newest first.
struct HistoryView {
  bool has_events = false;
  std::vector<HistoryEventView> events;
  std::string object;  // "Alla ändringar av teamet 3"
};
constexpr auto Describe(std::type_identity<HistoryView>) {
  return std::tuple{core::Field("has_events", &HistoryView::has_events),
                    core::Field("events", &HistoryView::events),
                    core::Field("object", &HistoryView::object)};
}

}  // namespace

HandlerResult HistoryPage(const App& app, Request& request, const Visitor& visitor) {
  const std::string type = std::string(request.PathParam("type"));
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto events = domain::LoadHistory(app.store, *visitor.principal(), type, *id);
  if (!events) return core::Fail(events.error());
  const LanguageChoice language = ChooseLanguage(request);
  const std::string& lang = language.lang;
  HistoryView view;
  for (auto it = events->rbegin(); it != events->rend(); ++it) {
    std::string actor = it->actor;
    if (!it->api_token.empty()) {
      actor = app.catalogue.Format(lang, "history.via_token",
                                   {{"actor", it->actor}, {"token", it->api_token}});
    }
    view.events.push_back({ReadableTime(it->at), std::move(actor),
                           app.catalogue.Get(lang, "history.action." + it->action), it->before_json,
                           it->after_json});
  }
  view.has_events = !view.events.empty();
  view.object = app.catalogue.Format(
      lang, "history.object",
      {{"type", app.catalogue.Get(lang, "history.type." + type)}, {"id", std::to_string(*id)}});
  return RenderPage(app, request, {"history", "history.title", ""}, view, language, visitor);
}

HandlerResult AuditCsv(const App& app, Request&, const Visitor& visitor) {
  auto events = domain::LoadAuditTrail(app.store, *visitor.principal());
  if (!events) return core::Fail(events.error());
  std::string csv = "\xEF\xBB\xBF";  // BOM: Excel then reads UTF-8 (å, ä, ö)
  csv += "id;tid;vem;åtgärd;objekttyp;objekt-id;före;efter;adress;api-nyckel\r\n";
  for (const domain::AuditEvent& e : *events) {
    csv += std::to_string(e.id) + ";" + ExcelCsvCell(core::FormatIsoUtc(e.at)) + ";" +
           ExcelCsvCell(e.actor) + ";" + ExcelCsvCell(e.action) + ";" +
           ExcelCsvCell(e.object_type) + ";" + (e.object_id ? std::to_string(*e.object_id) : "") +
           ";" + ExcelCsvCell(e.before_json) + ";" + ExcelCsvCell(e.after_json) + ";" +
           ExcelCsvCell(e.remote_address) + ";" + ExcelCsvCell(e.api_token) + "\r\n";
  }
  Response response{200, {{"Content-Type", "text/csv; charset=utf-8"}}, std::move(csv)};
  response.SetHeader("Content-Disposition", "attachment; filename=\"stegvis-historik.csv\"");
  return response;
}

HandlerResult AuditXlsx(const App& app, Request& request, const Visitor& visitor) {
  auto events = domain::LoadAuditTrail(app.store, *visitor.principal());
  if (!events) return core::Fail(events.error());
  const std::string lang = ChooseLanguage(request).lang;
  xlsx::Workbook book;
  book.title = app.catalogue.Get(lang, "xlsx.sheet.history");
  std::vector<std::string> taken;
  xlsx::Sheet sheet;
  sheet.name = xlsx::SheetName(book.title, taken);
  for (const char* key :
       {"xlsx.history.id", "xlsx.history.at", "xlsx.history.actor", "xlsx.history.action",
        "xlsx.history.object_type", "xlsx.history.object_id", "xlsx.history.before",
        "xlsx.history.after", "xlsx.history.address", "xlsx.history.token"}) {
    sheet.header.push_back(app.catalogue.Get(lang, key));
  }
  sheet.rows.reserve(events->size());
  for (const domain::AuditEvent& e : *events) {
    sheet.rows.push_back(
        {static_cast<double>(e.id), xlsx::Moment{e.at}, e.actor, e.action, e.object_type,
         e.object_id ? xlsx::Cell(static_cast<double>(*e.object_id)) : xlsx::Cell(std::monostate{}),
         e.before_json, e.after_json, e.remote_address, e.api_token});
  }
  book.sheets.push_back(std::move(sheet));
  auto download = XlsxDownload(book, "stegvis-historik");
  if (!download) return core::Fail(download.error());
  return std::move(*download);
}

}  // namespace stegvis::web
