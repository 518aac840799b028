#include "domain/gender_analysis.h"

#include "domain/projects.h"

namespace stegvis::domain {
namespace {

bool SameTexts(const GenderNote& a, const GenderNote& b) {
  return a.representation == b.representation && a.resources == b.resources &&
         a.realia == b.realia && a.realisera == b.realisera;
}

}  // namespace

core::Result<GenderAnalysis> LoadGenderAnalysis(StoreTx& tx, const Principal& acting,
                                                Id measure_id) {
  auto details = LoadMeasure(tx, acting, measure_id);
  if (!details) return core::Fail(details.error());
  if (details->measure.grouping == Grouping::kNone) {
    return core::Fail(core::Error::NotFoundObject());
  }
  GenderAnalysis out;
  out.details = std::move(*details);
  out.notes = tx.GenderNotes().List(measure_id);
  return out;
}

core::Result<GenderAnalysis> LoadGenderAnalysis(Store& store, const Principal& acting,
                                                Id measure_id) {
  return store.Read([&](StoreTx& tx) { return LoadGenderAnalysis(tx, acting, measure_id); });
}

core::Result<void> ValidateGenderNote(const GenderNote& note) {
  for (const auto& [field, text] :
       {std::pair<const char*, const std::string*>{"representation", &note.representation},
        {"resources", &note.resources},
        {"realia", &note.realia},
        {"realisera", &note.realisera}}) {
    if (text->size() > kMaxGenderNoteLength) {
      return core::Fail(core::Error::Invalid("at most 8000 characters", field, "error.too_long"));
    }
  }
  return {};
}

core::Result<GenderNote> SaveGenderNote(Store& store, const core::Clock& clock,
                                        const Principal& acting, const Actor& actor, Id measure_id,
                                        std::int64_t base_version, const GenderNote& note) {
  if (auto ok = ValidateGenderNote(note); !ok) return core::Fail(ok.error());
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<GenderNote> {
    std::optional<Measure> measure = tx.Measures().Find(measure_id);
    if (!measure || !measure->project_id ||
        measure->organisation_id != acting.user.organisation_id ||
        measure->grouping == Grouping::kNone) {
      return core::Fail(core::Error::NotFoundObject());
    }
    auto project = CheckedProject(tx, acting, *measure->project_id, Action::kChange);
    if (!project) return core::Fail(project.error());
    std::vector<GenderNote> versions = tx.GenderNotes().List(measure_id);
    const GenderNote* current = versions.empty() ? nullptr : &versions.back();
    const std::int64_t latest = current ? current->version : 0;
    if (latest != base_version) {
      if (!current) return core::Fail(core::Error::Invalid("no such version", "version"));
      return core::Fail(ChangedByUser(tx, acting.user.organisation_id, current->created_by,
                                      current->created_at, current->version));
    }
    if (current && SameTexts(*current, note)) return *current;
    GenderNote saved = note;
    saved.measure_id = measure_id;
    saved.version = latest + 1;
    saved.created_at = now;
    saved.created_by = actor.label;
    saved.id = tx.GenderNotes().Add(saved);
    RecordAudit(tx, actor, now, current ? "update" : "create", "gender_note", measure_id,
                current ? AuditJson(*current) : "", AuditJson(saved), measure->organisation_id);
    return saved;
  });
}

}  // namespace stegvis::domain
