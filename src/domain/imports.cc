#include "domain/imports.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "core/date.h"
#include "core/text.h"
#include "domain/audit_json.h"
#include "domain/import_columns.h"
#include "domain/measures.h"

namespace stegvis::domain {

std::string KeptFileName(std::string_view name) {
  std::string kept;
  for (char c : core::Trim(name)) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u != 0x7F) kept += c;
  }
  return core::ShortPrefix(kept, kMaxImportFileNameChars);
}

namespace {

std::string Current(const Measure& measure, const core::Clock& clock) {
  return PeriodContaining(measure.frequency, core::Date::FromUnixSeconds(clock.NowUnixSeconds()));
}

// The measure, if `acting` (none: the command line) may change it.
core::Result<Measure> ChangeableMeasure(StoreTx& tx, const Principal* acting, Id measure_id) {
  if (!acting) {
    std::optional<Measure> measure = tx.Measures().Find(measure_id);
    if (!measure || !measure->project_id) return core::Fail(core::Error::NotFoundObject());
    return *measure;
  }
  auto details = LoadMeasure(tx, *acting, measure_id);
  if (!details) return core::Fail(details.error());
  if (!details->may_change) {
    return core::Fail(core::Error::Forbidden("may not change this measure"));
  }
  return details->measure;
}

// The import and its measure, if `acting` may change the measure; kNotFound for an import of
// another organisation.
core::Result<ImportDetails> ChangeableImport(StoreTx& tx, const core::Clock& clock,
                                             const Principal* acting, Id import_id,
                                             const HeaderWords& words) {
  std::optional<ObservationImport> record = tx.Imports().Find(import_id);
  if (!record || (acting && record->organisation_id != acting->user.organisation_id)) {
    return core::Fail(core::Error::NotFoundObject());
  }
  auto measure = ChangeableMeasure(tx, acting, record->measure_id);
  if (!measure) return core::Fail(measure.error());
  auto sheet = DecodeSheet(record->sheet_json);
  if (!sheet) return core::Fail(sheet.error());
  std::vector<ImportColumnChoice> remembered = tx.Imports().ListColumnChoices(measure->id);
  ImportPreview preview =
      PreviewImport(*measure, *sheet, words, tx.Measures().ListObservations(measure->id),
                    Current(*measure, clock), RememberedOf(*measure, remembered));
  return ImportDetails{std::move(*record), std::move(*measure), std::move(preview),
                       std::move(remembered)};
}

}  // namespace

std::string EncodeSheet(const ImportSheet& sheet) {
  boost::json::array header(sheet.header.begin(), sheet.header.end());
  boost::json::array rows;
  for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
    boost::json::array row;
    row.push_back(static_cast<std::int64_t>(r < sheet.lines.size() ? sheet.lines[r] : 0));
    for (const std::string& cell : sheet.rows[r]) row.push_back(boost::json::string(cell));
    rows.push_back(std::move(row));
  }
  boost::json::object out{{"header_line", static_cast<std::int64_t>(sheet.header_line)},
                          {"header", std::move(header)},
                          {"rows", std::move(rows)}};
  if (!sheet.sheet.empty()) out["sheet"] = sheet.sheet;
  if (sheet.kolada) out["kolada"] = KoladaSourceText(*sheet.kolada);
  return boost::json::serialize(out);
}

core::Result<ImportSheet> DecodeSheet(const std::string& json) {
  boost::system::error_code ec;
  boost::json::value value = boost::json::parse(json, ec);
  const boost::json::object* o = ec ? nullptr : value.if_object();
  const auto bad = core::Fail(core::Error::Internal("a staged import that cannot be read"));
  if (!o || !o->contains("header") || !o->contains("rows")) return bad;
  ImportSheet sheet;
  try {
    sheet.header_line = static_cast<std::size_t>(o->at("header_line").as_int64());
    if (const boost::json::value* name = o->if_contains("sheet")) sheet.sheet = name->as_string();
    if (const boost::json::value* kolada = o->if_contains("kolada")) {
      sheet.kolada = ParseKoladaSource(kolada->as_string());
      if (!sheet.kolada) return bad;
    }
    for (const auto& h : o->at("header").as_array()) sheet.header.emplace_back(h.as_string());
    for (const auto& r : o->at("rows").as_array()) {
      const boost::json::array& row = r.as_array();
      if (row.empty()) return bad;
      sheet.lines.push_back(static_cast<std::size_t>(row.front().as_int64()));
      std::vector<std::string> cells;
      for (std::size_t i = 1; i < row.size(); ++i) cells.emplace_back(row[i].as_string());
      sheet.rows.push_back(std::move(cells));
    }
  } catch (const std::exception&) {
    return bad;
  }
  return sheet;
}

core::Result<ImportDetails> StageImport(Store& store, const core::Clock& clock,
                                        const Principal* acting, const Actor& actor, Id measure_id,
                                        const std::string& file_name, const ImportSheet& sheet,
                                        const HeaderWords& words) {
  if (sheet.rows.size() > kMaxPeriodsPerMeasure) {
    core::Error e = core::Error::Invalid("more rows than a measure may hold periods", "file",
                                         "error.import.too_many_rows");
    e.params.push_back(
        core::ErrorParam::Number("max", static_cast<std::int64_t>(kMaxPeriodsPerMeasure)));
    return core::Fail(std::move(e));
  }
  const std::int64_t now = clock.NowUnixSeconds();
  const std::string sheet_json = EncodeSheet(sheet);
  return store.Write([&](StoreTx& tx) -> core::Result<ImportDetails> {
    auto measure = ChangeableMeasure(tx, acting, measure_id);
    if (!measure) return core::Fail(measure.error());
    ObservationImport record;
    record.organisation_id = measure->organisation_id;
    record.measure_id = measure_id;
    record.user_id = actor.user_id;
    record.created_by = actor.label;
    record.created_at = now;
    record.file_name = KeptFileName(file_name);
    record.base_version = measure->data_version;
    record.sheet_json = sheet_json;
    record.id = tx.Imports().Create(record);
    tx.Imports().DeleteStagedBefore(measure_id, actor.label, record.id);
    RecordAudit(tx, actor, now, "create", "import", record.id, "", AuditJson(record),
                measure->organisation_id);
    std::vector<ImportColumnChoice> remembered = tx.Imports().ListColumnChoices(measure_id);
    ImportPreview preview =
        PreviewImport(*measure, sheet, words, tx.Measures().ListObservations(measure_id),
                      Current(*measure, clock), RememberedOf(*measure, remembered));
    return ImportDetails{std::move(record), std::move(*measure), std::move(preview),
                         std::move(remembered)};
  });
}

core::Result<ImportDetails> LoadImport(Store& store, const core::Clock& clock,
                                       const Principal* acting, Id import_id,
                                       const HeaderWords& words) {
  return store.Read([&](StoreTx& tx) -> core::Result<ImportDetails> {
    return ChangeableImport(tx, clock, acting, import_id, words);
  });
}

core::Result<CommittedImport> CommitImport(Store& store, const core::Clock& clock,
                                           const Principal* acting, const Actor& actor,
                                           Id import_id, const HeaderWords& words) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<CommittedImport> {
    auto details = ChangeableImport(tx, clock, acting, import_id, words);
    if (!details) return core::Fail(details.error());
    const ObservationImport& record = details->record;
    if (record.status == kImportCommitted) {
      core::Error e = core::Error::Conflict("the import was committed before");
      e.key = "error.import.committed";
      return core::Fail(std::move(e));
    }
    if (!details->preview.problems.empty()) {
      core::Error e =
          core::Error::Invalid("the file has problems", "file", "error.import.has_problems");
      e.params.push_back(core::ErrorParam::Number(
          "count", static_cast<std::int64_t>(details->preview.problems.size())));
      return core::Fail(std::move(e));
    }
    auto changed =
        SaveCells(tx, now, actor, details->measure, record.base_version, details->preview.cells);
    if (!changed) return core::Fail(changed.error());
    tx.Imports().MarkCommitted(record.id, now);
    std::string source;
    if (details->preview.kolada) {
      source = KoladaSourceText(*details->preview.kolada);
      tx.Measures().SetSource(record.measure_id, source);
    }
    const std::string id_text = std::to_string(record.id);
    const std::string rows = std::to_string(details->preview.rows.size());
    const std::string changed_text = std::to_string(*changed);
    const std::string what = source.empty() ? AuditJson({{"import_id", id_text},
                                                         {"file_name", record.file_name},
                                                         {"rows", rows},
                                                         {"changed", changed_text}})
                                            : AuditJson({{"import_id", id_text},
                                                         {"file_name", record.file_name},
                                                         {"rows", rows},
                                                         {"changed", changed_text},
                                                         {"source", source}});
    RecordAudit(tx, actor, now, "import", "observation", record.measure_id, "", what,
                record.organisation_id);
    return CommittedImport{record.measure_id, *changed};
  });
}

}  // namespace stegvis::domain
