#include "domain/measure_definitions.h"

#include <algorithm>

#include "domain/audit_json.h"
#include "domain/measures.h"
#include "domain/programme_setup.h"
#include "domain/projects.h"

namespace stegvis::domain {
namespace {

core::Error InUse(const char* field) {
  return core::Error::Invalid("a team has adopted the definition", field,
                              "error.definition.in_use");
}

core::Error UnknownDefinition() {
  return core::Error::Invalid("not a definition of the project's programme", "definition_id",
                              "error.definition.unknown");
}

// The definition `definition_id` of the programme, or kNotFound.
core::Result<Measure> DefinitionOf(StoreTx& tx, Id programme_id, Id definition_id) {
  std::optional<Measure> m = tx.Measures().Find(definition_id);
  if (!m || m->project_id || m->programme_id != std::optional<Id>(programme_id)) {
    return core::Fail(core::Error::NotFoundObject());
  }
  return *m;
}

// The teams' measures linked to the definition (each participating team's projects in the
// programme).
std::vector<Measure> LinkedMeasures(StoreTx& tx, const Measure& definition) {
  std::vector<Measure> out;
  for (Id team : tx.Programmes().ListTeams(*definition.programme_id)) {
    for (const Project& project : tx.Projects().List(team)) {
      if (project.programme_id != definition.programme_id) continue;
      for (Measure& m : tx.Measures().ListOfProject(project.id)) {
        if (m.definition_id == definition.id) out.push_back(std::move(m));
      }
    }
  }
  return out;
}

// The team's measure adopting `definition`: its fields, linked.
Measure Adopted(const Measure& definition, const Project& project, const std::string& by) {
  Measure m;
  m.organisation_id = project.organisation_id;
  m.programme_id = project.programme_id;
  m.project_id = project.id;
  m.definition_id = definition.id;
  m.name = definition.name;
  m.definition = definition.definition;
  m.kind = definition.kind;
  m.data_type = definition.data_type;
  m.unit = definition.unit;
  m.frequency = definition.frequency;
  m.direction = definition.direction;
  m.target = definition.target;
  m.target_date = definition.target_date;
  m.grouping = definition.grouping;
  m.no_sex_reason = definition.no_sex_reason;
  m.rule_set = definition.rule_set;
  m.version = 1;
  m.updated_by = by;
  return m;
}

}  // namespace

std::vector<core::Error> MeasureDefinitionErrors(const Measure& definition) {
  return MeasureErrors(definition);
}

core::Result<Id> AddMeasureDefinition(StoreTx& tx, std::int64_t now, const Principal& acting,
                                      const Actor& actor, Id programme_id, Measure definition) {
  auto programme = ProgrammeToChange(tx, acting, programme_id);
  if (!programme) return core::Fail(programme.error());
  // A definition has no team, so no baseline or chart of its own.
  definition.baseline.clear();
  definition.chart_override.clear();
  auto valid = ValidateMeasure(std::move(definition));
  if (!valid) return core::Fail(valid.error());
  Measure m = *valid;
  m.organisation_id = programme->organisation_id;
  m.programme_id = programme_id;
  m.project_id.reset();
  m.definition_id.reset();
  m.retired = false;
  m.version = 1;
  m.updated_by = actor.label;
  Id id = tx.Measures().Create(m, now);
  RecordAudit(tx, actor, now, "create", "measure", id, "", AuditJson(m), m.organisation_id);
  return id;
}

core::Result<Id> AddMeasureDefinition(Store& store, const core::Clock& clock,
                                      const Principal& acting, const Actor& actor, Id programme_id,
                                      Measure definition) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<Id> {
    return AddMeasureDefinition(tx, now, acting, actor, programme_id, definition);
  });
}

core::Result<Measure> ChangeMeasureDefinition(Store& store, const core::Clock& clock,
                                              const Principal& acting, const Actor& actor,
                                              Id programme_id, const Measure& definition) {
  Measure changed = definition;
  changed.baseline.clear();
  changed.chart_override.clear();
  auto valid = ValidateMeasure(std::move(changed));
  if (!valid) return core::Fail(valid.error());
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<Measure> {
    auto programme = ProgrammeToChange(tx, acting, programme_id);
    if (!programme) return core::Fail(programme.error());
    auto before = DefinitionOf(tx, programme_id, definition.id);
    if (!before) return core::Fail(before.error());
    if (before->version != definition.version) {
      return core::Fail(ChangedByUser(tx, before->organisation_id, before->updated_by,
                                      before->updated_at, before->version));
    }
    std::vector<Measure> linked = LinkedMeasures(tx, *before);
    if (!linked.empty()) {
      if (valid->data_type != before->data_type) return core::Fail(InUse("data_type"));
      if (valid->frequency != before->frequency) return core::Fail(InUse("frequency"));
      if (valid->grouping != before->grouping) return core::Fail(InUse("grouping"));
    }
    Measure after = *before;
    after.name = valid->name;
    after.definition = valid->definition;
    after.kind = valid->kind;
    after.data_type = valid->data_type;
    after.unit = valid->unit;
    after.frequency = valid->frequency;
    after.direction = valid->direction;
    after.target = valid->target;
    after.target_date = valid->target_date;
    after.grouping = valid->grouping;
    after.no_sex_reason = valid->no_sex_reason;
    after.rule_set = valid->rule_set;
    after.version = before->version + 1;
    after.updated_at = now;
    after.updated_by = actor.label;
    tx.Measures().Update(after);
    RecordAudit(tx, actor, now, "update", "measure", after.id, AuditJson(*before), AuditJson(after),
                after.organisation_id);
    // The teams compare like with like only while their measures say what the definition says
    // and are judged by the rules the programme chose.
    const bool new_rules = after.rule_set != before->rule_set;
    for (const Measure& m : linked) {
      if (m.definition == after.definition && (!new_rules || m.rule_set == after.rule_set)) {
        continue;
      }
      Measure follows = m;
      follows.definition = after.definition;
      if (new_rules) follows.rule_set = after.rule_set;
      follows.version = m.version + 1;
      follows.updated_at = now;
      follows.updated_by = actor.label;
      tx.Measures().Update(follows);
      RecordAudit(tx, actor, now, "update", "measure", m.id, AuditJson(m), AuditJson(follows),
                  m.organisation_id);
    }
    return after;
  });
}

core::Result<Measure> SetMeasureDefinitionRetired(Store& store, const core::Clock& clock,
                                                  const Principal& acting, const Actor& actor,
                                                  Id programme_id, Id definition_id,
                                                  std::int64_t version, bool retired) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<Measure> {
    auto programme = ProgrammeToChange(tx, acting, programme_id);
    if (!programme) return core::Fail(programme.error());
    auto before = DefinitionOf(tx, programme_id, definition_id);
    if (!before) return core::Fail(before.error());
    if (before->version != version) {
      return core::Fail(ChangedByUser(tx, before->organisation_id, before->updated_by,
                                      before->updated_at, before->version));
    }
    if (before->retired == retired) return *before;
    Measure after = *before;
    after.retired = retired;
    after.version = before->version + 1;
    after.updated_at = now;
    after.updated_by = actor.label;
    tx.Measures().Update(after);
    RecordAudit(tx, actor, now, retired ? "retire" : "reinstate", "measure", after.id,
                AuditJson(*before), AuditJson(after), after.organisation_id);
    return after;
  });
}

core::Result<MeasureDefinitionSetup> LoadMeasureDefinition(Store& store, const Principal& acting,
                                                           Id programme_id, Id definition_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<MeasureDefinitionSetup> {
    auto programme = ProgrammeToChange(tx, acting, programme_id);
    if (!programme) return core::Fail(programme.error());
    auto definition = DefinitionOf(tx, programme_id, definition_id);
    if (!definition) return core::Fail(definition.error());
    return MeasureDefinitionSetup{*programme, *definition};
  });
}

core::Result<std::vector<Id>> AdoptMeasureDefinitions(StoreTx& tx, std::int64_t now,
                                                      const Principal& acting, const Actor& actor,
                                                      Id project_id,
                                                      const std::vector<Id>& definition_ids) {
  auto project = CheckedProject(tx, acting, project_id, Action::kChange);
  if (!project) return core::Fail(project.error());
  if (definition_ids.empty()) {
    return core::Fail(
        core::Error::Invalid("choose a definition", "definition_id", "error.required"));
  }
  const Project& p = project->first;
  if (!p.programme_id) return core::Fail(UnknownDefinition());
  std::optional<Programme> programme = tx.Programmes().Find(*p.programme_id);
  if (!programme) return core::Fail(UnknownDefinition());
  std::vector<Measure> own = tx.Measures().ListOfProject(project_id);
  std::vector<Measure> chosen;
  for (Id id : definition_ids) {
    auto definition = DefinitionOf(tx, *p.programme_id, id);
    if (!definition) return core::Fail(UnknownDefinition());
    if (definition->retired) {
      return core::Fail(core::Error::Invalid("the definition is retired", "definition_id",
                                             "error.definition.retired"));
    }
    const bool adopted =
        std::any_of(own.begin(), own.end(),
                    [&](const Measure& m) { return m.definition_id == id; }) ||
        std::any_of(chosen.begin(), chosen.end(), [&](const Measure& m) { return m.id == id; });
    if (adopted) {
      core::Error e = core::Error::Invalid("the project has adopted the definition already",
                                           "definition_id", "error.definition.adopted");
      e.params.push_back(core::ErrorParam::Text("name", definition->name));
      return core::Fail(std::move(e));
    }
    chosen.push_back(std::move(*definition));
  }
  // Refused only after the choice is known to be sound, so that a mistaken choice is named
  // even in a closed programme's read-only view.
  if (programme->closed) return core::Fail(ProgrammeClosed());
  std::vector<Id> ids;
  for (const Measure& definition : chosen) {
    Measure m = Adopted(definition, p, actor.label);
    Id id = tx.Measures().Create(m, now);
    m.id = id;
    RecordAudit(tx, actor, now, "adopt", "measure", id, "", AuditJson(m), m.organisation_id);
    ids.push_back(id);
  }
  return ids;
}

core::Result<std::vector<Id>> AdoptMeasureDefinitions(Store& store, const core::Clock& clock,
                                                      const Principal& acting, const Actor& actor,
                                                      Id project_id,
                                                      const std::vector<Id>& definition_ids) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<std::vector<Id>> {
    return AdoptMeasureDefinitions(tx, now, acting, actor, project_id, definition_ids);
  });
}

core::Result<AdoptionChoice> LoadAdoptionChoice(Store& store, const Principal& acting,
                                                Id project_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<AdoptionChoice> {
    auto project = CheckedProject(tx, acting, project_id, Action::kChange);
    if (!project) return core::Fail(project.error());
    const Project& p = project->first;
    std::optional<Programme> programme =
        p.programme_id ? tx.Programmes().Find(*p.programme_id) : std::nullopt;
    if (!programme) return core::Fail(core::Error::NotFoundObject());
    AdoptionChoice choice{p, *programme, {}};
    std::vector<Measure> own = tx.Measures().ListOfProject(project_id);
    for (Measure& d : tx.Measures().ListOfProgramme(programme->id)) {
      const bool adopted = std::any_of(own.begin(), own.end(),
                                       [&](const Measure& m) { return m.definition_id == d.id; });
      if (!d.retired && !adopted) choice.definitions.push_back(std::move(d));
    }
    return choice;
  });
}

}  // namespace stegvis::domain
