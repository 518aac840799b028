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

// The import of `record`'s file (ImportLongTable with `check_only` and `within`).
core::Result<LongImportResult> Run(Store& store, const core::Clock& clock, const Principal& acting,
                                   const Actor& actor, const LongTableImport& record,
                                   const LongTableWords& words, bool check_only,
                                   const InTransaction& within = {}) {
  auto sheet = DecodeSheet(record.sheet_json);
  if (!sheet) return core::Fail(sheet.error());
  SheetRecords records(*sheet);
  return ImportLongTable(store, clock, &acting, actor, record.project_id, record.file_name, records,
                         words, check_only, within);
}

}  // namespace

core::Result<LongTableImport> StageLongTable(Store& store, const core::Clock& clock,
                                             const Principal& acting, const Actor& actor,
                                             Id project_id, const std::string& file_name,
                                             const ImportSheet& sheet) {
  if (sheet.kolada) {
    return core::Fail(core::Error::Invalid("a Kolada file fills one measure", "file",
                                           "error.import.long_kolada"));
  }
  const std::int64_t now = clock.NowUnixSeconds();
  const std::string sheet_json = EncodeSheet(sheet);
  return store.Write([&](StoreTx& tx) -> core::Result<LongTableImport> {
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
    return record;
  });
}

core::Result<LongTableImport> FindLongTable(Store& store, const Principal& acting, Id project_id,
                                            Id import_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<LongTableImport> {
    auto found = ChangeableLongTable(tx, acting, project_id, import_id);
    if (!found) return core::Fail(found.error());
    return std::move(found->first);
  });
}

core::Result<LongTableDetails> LoadLongTable(Store& store, const core::Clock& clock,
                                             const Principal& acting, Id project_id, Id import_id,
                                             const LongTableWords& words) {
  auto found = store.Read([&](StoreTx& tx) -> core::Result<std::pair<LongTableImport, Project>> {
    return ChangeableLongTable(tx, acting, project_id, import_id);
  });
  if (!found) return core::Fail(found.error());
  LongTableDetails details{std::move(found->first), std::move(found->second), {}};
  // Nothing of a check is kept, so nothing of it is audited.
  auto check = Run(store, clock, acting, ActorFor(acting, ""), details.record, words, true);
  if (!check) return core::Fail(check.error());
  details.check = std::move(*check);
  return details;
}

core::Result<LongTableDetails> CommitLongTable(Store& store, const core::Clock& clock,
                                               const Principal& acting, const Actor& actor,
                                               Id project_id, Id import_id,
                                               const LongTableWords& words) {
  auto found = store.Read([&](StoreTx& tx) -> core::Result<std::pair<LongTableImport, Project>> {
    return ChangeableLongTable(tx, acting, project_id, import_id);
  });
  if (!found) return core::Fail(found.error());
  LongTableDetails details{std::move(found->first), std::move(found->second), {}};
  if (details.record.status == kImportCommitted) return core::Fail(Committed());
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
  auto result = Run(store, clock, acting, actor, details.record, words, false, mark);
  if (!result) return core::Fail(result.error());
  if (result->saved) {
    details.record.status = std::string(kImportCommitted);
    details.record.committed_at = now;
  }
  details.check = std::move(*result);
  return details;
}

}  // namespace stegvis::domain
