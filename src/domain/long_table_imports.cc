#include "domain/long_table_imports.h"

#include <utility>

#include "domain/audit_json.h"
#include "domain/imports.h"
#include "domain/projects.h"

namespace stegvis::domain {
namespace {

// The staged table of the project, for one who may change the project.
core::Result<std::pair<LongTableImport, Project>> ChangeableLongTable(StoreTx& tx,
                                                                      const Principal& acting,
                                                                      Id project_id, Id import_id) {
  auto project = CheckedProject(tx, acting, project_id, Action::kChange);
  if (!project) return core::Fail(project.error());
  std::optional<LongTableImport> record = tx.Imports().FindLongTable(import_id);
  if (!record || record->project_id != project_id) {
    return core::Fail(core::Error::NotFoundObject());
  }
  return std::pair{std::move(*record), std::move(project->first)};
}

core::Error Committed() {
  core::Error e = core::Error::Conflict("the import was committed before");
  e.key = "error.import.committed";
  return e;
}

// The whole import of `record`'s file, rolled back: what it would do now.
core::Result<LongImportResult> Check(Store& store, const core::Clock& clock,
                                     const Principal& acting, const LongTableImport& record,
                                     const LongTableWords& words) {
  auto sheet = DecodeSheet(record.sheet_json);
  if (!sheet) return core::Fail(sheet.error());
  SheetRecords records(*sheet);
  // Nothing of a check is kept, so nothing of it is audited.
  return ImportLongTable(store, clock, &acting, ActorFor(acting, ""), record.project_id,
                         record.file_name, records, words, true);
}

}  // namespace

core::Result<LongTableDetails> StageLongTable(Store& store, const core::Clock& clock,
                                              const Principal& acting, const Actor& actor,
                                              Id project_id, const std::string& file_name,
                                              const ImportSheet& sheet,
                                              const LongTableWords& words) {
  if (sheet.kolada) {
    return core::Fail(core::Error::Invalid("a Kolada file fills one measure", "file",
                                           "error.import.long_kolada"));
  }
  const std::int64_t now = clock.NowUnixSeconds();
  const std::string sheet_json = EncodeSheet(sheet);
  auto staged = store.Write([&](StoreTx& tx) -> core::Result<LongTableDetails> {
    auto project = CheckedProject(tx, acting, project_id, Action::kChange);
    if (!project) return core::Fail(project.error());
    LongTableImport record;
    record.organisation_id = project->first.organisation_id;
    record.project_id = project_id;
    record.user_id = actor.user_id;
    record.created_by = actor.label;
    record.created_at = now;
    record.file_name = KeptFileName(file_name);
    record.sheet_json = sheet_json;
    record.id = tx.Imports().CreateLongTable(record);
    tx.Imports().DeleteStagedLongTablesBefore(project_id, actor.label, record.id);
    RecordAudit(tx, actor, now, "create", "long_table_import", record.id, "", AuditJson(record),
                record.organisation_id);
    return LongTableDetails{std::move(record), std::move(project->first), {}};
  });
  if (!staged) return staged;
  auto check = Check(store, clock, acting, staged->record, words);
  if (!check) return core::Fail(check.error());
  staged->check = std::move(*check);
  return staged;
}

core::Result<LongTableDetails> LoadLongTable(Store& store, const core::Clock& clock,
                                             const Principal& acting, Id project_id, Id import_id,
                                             const LongTableWords& words) {
  auto found = store.Read([&](StoreTx& tx) -> core::Result<std::pair<LongTableImport, Project>> {
    return ChangeableLongTable(tx, acting, project_id, import_id);
  });
  if (!found) return core::Fail(found.error());
  LongTableDetails details{std::move(found->first), std::move(found->second), {}};
  auto check = Check(store, clock, acting, details.record, words);
  if (!check) return core::Fail(check.error());
  details.check = std::move(*check);
  return details;
}

core::Result<LongImportResult> CommitLongTable(Store& store, const core::Clock& clock,
                                               const Principal& acting, const Actor& actor,
                                               Id project_id, Id import_id,
                                               const LongTableWords& words) {
  auto found = store.Read([&](StoreTx& tx) -> core::Result<std::pair<LongTableImport, Project>> {
    return ChangeableLongTable(tx, acting, project_id, import_id);
  });
  if (!found) return core::Fail(found.error());
  const LongTableImport& record = found->first;
  if (record.status == kImportCommitted) return core::Fail(Committed());
  auto sheet = DecodeSheet(record.sheet_json);
  if (!sheet) return core::Fail(sheet.error());
  SheetRecords records(*sheet);
  const std::int64_t now = clock.NowUnixSeconds();
  // Marked inside the import's transaction, after reading the status again: two commits of
  // one file never both save it, and a refused file stays staged.
  auto mark = [&](StoreTx& tx) -> core::Result<void> {
    std::optional<LongTableImport> now_stored = tx.Imports().FindLongTable(import_id);
    if (!now_stored) return core::Fail(core::Error::NotFoundObject());
    if (now_stored->status == kImportCommitted) return core::Fail(Committed());
    tx.Imports().MarkLongTableCommitted(import_id, now);
    return {};
  };
  return ImportLongTable(store, clock, &acting, actor, project_id, record.file_name, records, words,
                         false, mark);
}

}  // namespace stegvis::domain
