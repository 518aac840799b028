#include "domain/point_notes.h"

#include "core/text.h"
#include "domain/audit_json.h"
#include "domain/measures.h"
#include "domain/observation_grid.h"
#include "domain/projects.h"

namespace stegvis::domain {
namespace {

core::Result<std::string> CheckedText(const std::string& text) {
  if (core::IsBlank(text)) {
    return core::Fail(
        core::Error::Invalid("a reason or comment is required", "text", "error.required"));
  }
  if (text.size() > kPointNoteMax) {
    return core::Fail(core::Error::Invalid("at most 500 bytes", "text", "error.too_long"));
  }
  if (core::HasControlCharacter(text)) {
    return core::Fail(
        core::Error::Invalid("a control character", "text", "error.control_character"));
  }
  return std::string(core::Trim(text));
}

// The canonical period, if the measure has a value in it.
core::Result<std::string> CheckedPeriod(StoreTx& tx, const Measure& measure,
                                        const std::string& text) {
  auto period = ParsePeriod(measure.frequency, text);
  if (!period) return core::Fail(period.error());
  for (const Observation& o : tx.Measures().ListObservations(measure.id)) {
    if (o.period == *period && !o.value.empty()) return *period;
  }
  return core::Fail(core::Error::Invalid("the measure has no value in this period", "period",
                                         "error.point_note.no_point"));
}

std::optional<PointNote> FindNote(StoreTx& tx, Id measure_id, PointNoteKind kind,
                                  const std::string& period) {
  for (PointNote& note : tx.Measures().ListPointNotes(measure_id)) {
    if (note.kind == kind && note.period == period) return std::move(note);
  }
  return std::nullopt;
}

}  // namespace

core::Result<PointNote> SetPointNote(Store& store, const core::Clock& clock,
                                     const Principal& acting, const Actor& actor, Id measure_id,
                                     PointNoteKind kind, const std::string& period,
                                     const std::string& text, std::int64_t version) {
  auto checked_text = CheckedText(text);
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<PointNote> {
    auto checked = CheckedMeasure(tx, acting, measure_id, Action::kChange);
    if (!checked) return core::Fail(checked.error());
    const Measure& measure = checked->first;
    auto canonical = CheckedPeriod(tx, measure, period);
    if (!canonical) return core::Fail(canonical.error());
    if (!checked_text) return core::Fail(checked_text.error());
    std::optional<PointNote> before = FindNote(tx, measure_id, kind, *canonical);
    if (version == 0 && before) {
      return core::Fail(core::Error{core::ErrorCode::kConflict, "the point has such a note",
                                    "period", "error.point_note.exists"});
    }
    if (version != 0 && !before) return core::Fail(core::Error::NotFoundObject("no such note"));
    if (version != 0 && before->version != version) {
      return core::Fail(ChangedByUser(tx, measure.organisation_id, before->updated_by,
                                      before->updated_at, before->version));
    }
    PointNote after = before.value_or(PointNote{});
    after.measure_id = measure_id;
    after.kind = kind;
    after.period = *canonical;
    after.text = *checked_text;
    after.updated_at = now;
    after.updated_by = actor.label;
    if (before) {
      after.version = before->version + 1;
      tx.Measures().UpdatePointNote(after);
    } else {
      after.version = 1;
      after.created_at = now;
      after.created_by = actor.label;
      after.id = tx.Measures().AddPointNote(after);
    }
    RecordAudit(tx, actor, now, before ? "update" : "create", "point_note", measure_id,
                before ? AuditJson(*before) : "", AuditJson(after), measure.organisation_id);
    return after;
  });
}

core::Result<void> RemovePointNote(Store& store, const core::Clock& clock, const Principal& acting,
                                   const Actor& actor, Id measure_id, PointNoteKind kind,
                                   const std::string& period) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    auto checked = CheckedMeasure(tx, acting, measure_id, Action::kChange);
    if (!checked) return core::Fail(checked.error());
    std::optional<PointNote> before = FindNote(tx, measure_id, kind, period);
    if (!before) return core::Fail(core::Error::NotFoundObject("no such note"));
    tx.Measures().DeletePointNote(before->id);
    RecordAudit(tx, actor, now, "delete", "point_note", measure_id, AuditJson(*before), "",
                checked->first.organisation_id);
    return {};
  });
}

std::set<std::string> ExcludedPeriods(const std::vector<PointNote>& notes) {
  std::set<std::string> out;
  for (const PointNote& note : notes) {
    if (note.kind == PointNoteKind::kExclusion) out.insert(note.period);
  }
  return out;
}

}  // namespace stegvis::domain
