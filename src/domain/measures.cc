#include "domain/measures.h"

#include <algorithm>
#include <map>

#include "core/date.h"
#include "core/text.h"
#include "domain/programmes.h"
#include "domain/projects.h"
#include "domain/resources.h"

namespace stegvis::domain {

core::Result<std::pair<Measure, std::pair<Project, Team>>> CheckedMeasure(StoreTx& tx,
                                                                          const Principal& acting,
                                                                          Id measure_id,
                                                                          Action action) {
  std::optional<Measure> measure = tx.Measures().Find(measure_id);
  if (!measure || !measure->project_id || measure->organisation_id != acting.user.organisation_id) {
    return core::Fail(core::Error::NotFoundObject());
  }
  auto project = CheckedProject(tx, acting, *measure->project_id, action);
  if (!project) return core::Fail(project.error());
  return std::make_pair(*measure, *project);
}

core::Error BaselinePointsError() {
  core::Error error =
      core::Error::Invalid("a frozen baseline has " + std::to_string(stats::kMinPointsForLimits) +
                               " to " + std::to_string(kMaxPeriodsPerMeasure) + " points",
                           "baseline_points", "error.baseline_points");
  error.params = {core::ErrorParam::Number("min", stats::kMinPointsForLimits),
                  core::ErrorParam::Number("max", kMaxPeriodsPerMeasure)};
  return error;
}

std::vector<core::Error> MeasureErrors(const Measure& m) {
  std::vector<core::Error> errors;
  if (core::IsBlank(m.name)) {
    errors.push_back(core::Error::Invalid("a measure needs a name", "name", "error.required"));
  } else if (m.name.size() > 200) {
    errors.push_back(core::Error::Invalid("at most 200 characters", "name", "error.too_long"));
  }
  if (m.unit.size() > 200) {
    errors.push_back(core::Error::Invalid("at most 200 characters", "unit", "error.too_long"));
  }
  if (m.definition.size() > 4000) {
    errors.push_back(
        core::Error::Invalid("at most 4000 characters", "definition", "error.too_long"));
  }
  if (m.no_sex_reason.size() > 4000) {
    errors.push_back(
        core::Error::Invalid("at most 4000 characters", "no_sex_reason", "error.too_long"));
  } else if (m.grouping == Grouping::kNone && core::IsBlank(m.no_sex_reason)) {
    errors.push_back(core::Error::Invalid("say why the measure is not split by sex",
                                          "no_sex_reason", "error.no_sex_reason"));
  }
  for (auto [field, value] : {std::pair<const char*, const std::string*>{"target", &m.target},
                              {"baseline", &m.baseline}}) {
    if (core::IsBlank(*value)) continue;
    if (auto number = ParseStoredNumber(*value); !number) {
      errors.push_back(core::Error::Invalid(number.error().message, field, "error.not_a_number"));
    }
  }
  if (!m.target_date.empty() && !core::IsIsoDate(m.target_date)) {
    errors.push_back(core::Error::Invalid("not a date", "target_date", "error.bad_date"));
  }
  if (!m.chart_override.empty() && !stats::ParseChartType(m.chart_override)) {
    errors.push_back(core::Error::Invalid("not a chart", "chart_override", "error.bad_chart"));
  }
  if (m.baseline_points && (*m.baseline_points < stats::kMinPointsForLimits ||
                            *m.baseline_points > static_cast<int>(kMaxPeriodsPerMeasure))) {
    errors.push_back(BaselinePointsError());
  }
  return errors;
}

core::Result<Measure> ValidateMeasure(Measure m) {
  if (std::vector<core::Error> errors = MeasureErrors(m); !errors.empty()) {
    return core::Fail(std::move(errors.front()));
  }
  if (m.grouping != Grouping::kNone) m.no_sex_reason.clear();
  for (std::string* value : {&m.target, &m.baseline}) {
    if (core::IsBlank(*value)) {
      value->clear();
    } else {
      *value = *ParseStoredNumber(*value);
    }
  }
  return m;
}

core::Result<Id> AddMeasure(Store& store, const core::Clock& clock, const Principal& acting,
                            const Actor& actor, Id project_id, Measure measure) {
  auto valid = ValidateMeasure(std::move(measure));
  if (!valid) return core::Fail(valid.error());
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<Id> {
    auto project = CheckedProject(tx, acting, project_id, Action::kChange);
    if (!project) return core::Fail(project.error());
    Measure m = *valid;
    m.organisation_id = project->first.organisation_id;
    m.project_id = project_id;
    m.programme_id = project->first.programme_id;
    m.version = 1;
    m.updated_by = actor.label;
    Id id = tx.Measures().Create(m, now);
    RecordAudit(tx, actor, now, "create", "measure", id, "", AuditJson(m), m.organisation_id);
    return id;
  });
}

core::Result<Measure> ChangeMeasureAnalysis(Store& store, const core::Clock& clock,
                                            const Principal& acting, const Actor& actor,
                                            Id measure_id, std::int64_t version,
                                            stats::RuleSet rules,
                                            std::optional<int> baseline_points) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<Measure> {
    auto checked = CheckedMeasure(tx, acting, measure_id, Action::kChange);
    if (!checked) return core::Fail(checked.error());
    const Measure& before = checked->first;
    Measure after = before;
    after.rule_set = rules;
    after.baseline_points = baseline_points;
    if (std::vector<core::Error> errors = MeasureErrors(after); !errors.empty()) {
      return core::Fail(std::move(errors.front()));
    }
    if (before.version != version) {
      return core::Fail(ChangedByUser(tx, acting.user.organisation_id, before.updated_by,
                                      before.updated_at, before.version));
    }
    after.version = before.version + 1;
    after.updated_at = now;
    after.updated_by = actor.label;
    tx.Measures().Update(after);
    RecordAudit(tx, actor, now, "update", "measure", after.id, AuditJson(before), AuditJson(after),
                after.organisation_id);
    return after;
  });
}

core::Result<void> ChangeMeasure(Store& store, const core::Clock& clock, const Principal& acting,
                                 const Actor& actor, Measure measure) {
  auto valid = ValidateMeasure(std::move(measure));
  if (!valid) return core::Fail(valid.error());
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    auto checked = CheckedMeasure(tx, acting, valid->id, Action::kChange);
    if (!checked) return core::Fail(checked.error());
    const Measure& before = checked->first;
    if (before.version != valid->version) {
      return core::Fail(ChangedByUser(tx, acting.user.organisation_id, before.updated_by,
                                      before.updated_at, before.version));
    }
    // A measure linked to a common definition compares like with like across the teams: what
    // defines the comparison is the definition's (domain/measure_definitions.h).
    if (before.definition_id) {
      for (auto [field, same] : {std::pair{"definition", before.definition == valid->definition},
                                 {"data_type", before.data_type == valid->data_type},
                                 {"grouping", before.grouping == valid->grouping}}) {
        if (!same) {
          return core::Fail(core::Error::Invalid("the common definition decides it", field,
                                                 "error.measure.linked"));
        }
      }
    }
    if (!tx.Measures().ListObservations(before.id).empty()) {
      if (before.data_type != valid->data_type) {
        return core::Fail(core::Error::Invalid("the measure has observations", "data_type",
                                               "error.has_observations"));
      }
      if (before.grouping != valid->grouping) {
        return core::Fail(core::Error::Invalid("the measure has observations", "grouping",
                                               "error.has_observations"));
      }
    }
    Measure after = before;
    after.name = valid->name;
    after.definition = valid->definition;
    after.kind = valid->kind;
    after.data_type = valid->data_type;
    after.unit = valid->unit;
    after.frequency = before.frequency;
    after.direction = valid->direction;
    after.target = valid->target;
    after.target_date = valid->target_date;
    after.baseline = valid->baseline;
    after.grouping = valid->grouping;
    after.no_sex_reason = valid->no_sex_reason;
    after.chart_override = valid->chart_override;
    after.rule_set = valid->rule_set;
    after.baseline_points = valid->baseline_points;
    after.version = before.version + 1;
    after.updated_at = now;
    after.updated_by = actor.label;
    tx.Measures().Update(after);
    RecordAudit(tx, actor, now, "update", "measure", after.id, AuditJson(before), AuditJson(after),
                after.organisation_id);
    return {};
  });
}

core::Result<MeasureDetails> LoadMeasure(StoreTx& tx, const Principal& acting, Id measure_id) {
  auto checked = CheckedMeasure(tx, acting, measure_id, Action::kView);
  if (!checked) return core::Fail(checked.error());
  MeasureDetails d;
  d.measure = checked->first;
  d.project = checked->second.first;
  d.team = checked->second.second;
  d.observations = tx.Measures().ListObservations(measure_id);
  d.cycle_markers =
      CycleMarkers(d.measure.frequency, measure_id, tx.Pdsa().ListMeasureCycles(measure_id));
  d.phases = tx.Measures().ListPhases(measure_id);
  d.point_notes = tx.Measures().ListPointNotes(measure_id);
  d.may_change = May(&acting, Action::kChange, TeamResource(tx, d.team));
  // Who wrote, as people know them: the display name of the organisation's user with the
  // e-mail, else the e-mail (or the label) itself.
  auto known_as = [&](const std::string& email) {
    if (email.empty()) return email;
    std::optional<User> user = tx.Users().FindByEmail(email);
    if (user && user->organisation_id == d.measure.organisation_id && !user->display_name.empty()) {
      return user->display_name;
    }
    return email;
  };
  d.data_saved_by = known_as(d.measure.data_updated_by);
  for (const PointNote& note : d.point_notes) d.point_note_by.push_back(known_as(note.updated_by));
  return d;
}

core::Result<MeasureDetails> LoadMeasure(Store& store, const Principal& acting, Id measure_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<MeasureDetails> {
    return LoadMeasure(tx, acting, measure_id);
  });
}

core::Result<std::vector<Measure>> ListMeasures(Store& store, const Principal& acting,
                                                Id project_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<std::vector<Measure>> {
    auto project = CheckedProject(tx, acting, project_id, Action::kView);
    if (!project) return core::Fail(project.error());
    return tx.Measures().ListOfProject(project_id);
  });
}

core::Result<int> SaveCells(StoreTx& tx, std::int64_t now, const Actor& actor,
                            const Measure& measure, std::int64_t base_version,
                            const std::vector<CellInput>& cells) {
  if (measure.data_version != base_version) {
    return core::Fail(ChangedByUser(tx, measure.organisation_id, measure.data_updated_by,
                                    measure.data_updated_at, measure.data_version));
  }
  auto valid = ValidateCells(measure, cells);
  if (!valid) return core::Fail(valid.error());
  const Id measure_id = measure.id;
  std::vector<Observation> stored = tx.Measures().ListObservations(measure_id);
  auto possible =
      CheckBatchAgainstData(measure, *valid, stored,
                            PeriodContaining(measure.frequency, core::Date::FromUnixSeconds(now)));
  if (!possible) return core::Fail(possible.error());
  std::map<std::pair<std::string, std::string>, Observation> existing;
  for (Observation& o : stored) existing[{o.period, o.group}] = std::move(o);
  int changed = 0;
  for (const CellInput& cell : *valid) {
    auto it = existing.find({cell.period, cell.group});
    const bool had = it != existing.end();
    if (cell.value.empty()) {
      if (!had) continue;
      tx.Measures().DeleteObservation(measure_id, cell.period, cell.group);
      RecordAudit(tx, actor, now, "delete", "observation", measure_id, AuditJson(it->second), "",
                  measure.organisation_id);
      ++changed;
      continue;
    }
    if (had && it->second.value == cell.value && it->second.denominator == cell.denominator) {
      continue;
    }
    Observation after{measure_id, cell.period,      cell.group,
                      cell.value, cell.denominator, had ? it->second.note : "",
                      now,        actor.label};
    tx.Measures().SaveObservation(after);
    RecordAudit(tx, actor, now, had ? "update" : "create", "observation", measure_id,
                had ? AuditJson(it->second) : "", AuditJson(after), measure.organisation_id);
    ++changed;
  }
  if (changed > 0) {
    tx.Measures().SetDataVersion(measure_id, measure.data_version + 1, now, actor.label);
  }
  return changed;
}

core::Result<SavedBatch> SaveObservations(Store& store, const core::Clock& clock,
                                          const Principal& acting, const Actor& actor,
                                          Id measure_id, std::int64_t base_version,
                                          const std::vector<CellInput>& cells) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<SavedBatch> {
    auto checked = CheckedMeasure(tx, acting, measure_id, Action::kChange);
    if (!checked) return core::Fail(checked.error());
    const Measure& measure = checked->first;
    auto changed = SaveCells(tx, now, actor, measure, base_version, cells);
    if (!changed) return core::Fail(changed.error());
    SavedBatch saved;
    saved.changed = *changed;
    saved.data_version = measure.data_version + (*changed > 0 ? 1 : 0);
    auto grid = LoadMeasure(tx, acting, measure_id);
    if (!grid) return core::Fail(grid.error());
    saved.grid = std::move(*grid);
    return saved;
  });
}

}  // namespace stegvis::domain
