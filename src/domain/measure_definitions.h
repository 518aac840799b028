#pragma once
// A programme's common measure definitions (gemensamma mått) and their adoption by the
// participating teams. A definition is a measure of the programme (programme_id set, no
// project); those who run the programme create, edit and retire it (refusals as
// ProgrammeToChange in domain/programme_setup.h: a closed programme is read-only). A team
// whose project is in the programme adopts definitions into that project in one step: each
// becomes the team's own measure, linked to its definition (definition_id) and copying its
// fields, its rule set among them. What makes the teams' values comparable — the operational
// definition, data type, frequency and grouping by sex — is the definition's: a linked measure does
// not change them (ChangeMeasure refuses), a definition once adopted keeps its data type, frequency
// and grouping, and a new wording of its operational definition reaches every linked measure. Every
// change is version-checked where it edits and leaves one audit entry ("measure").

#include <cstdint>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/measure.h"
#include "domain/programme.h"
#include "domain/project.h"
#include "domain/store.h"

namespace stegvis::domain {

// Everything wrong with a definition's fields, at most one error per field, in the order of
// the form: MeasureErrors (name required and at most 200 bytes, unit 200, operational
// definition and the reason for not splitting by sex 4000, target a number, target date an
// ISO date). All kInvalidInput; empty when it may be saved.
std::vector<core::Error> MeasureDefinitionErrors(const Measure& definition);

// Adds a common measure definition to the programme; returns its id. Refusals as
// ProgrammeToChange (kNotFound, kForbidden, kConflict "error.programme.closed"); kInvalidInput
// the first of MeasureDefinitionErrors. Audited ("create"). The first form runs inside the
// caller's transaction at `now`, the second opens its own.
core::Result<Id> AddMeasureDefinition(StoreTx& tx, std::int64_t now, const Principal& acting,
                                      const Actor& actor, Id programme_id, Measure definition);
core::Result<Id> AddMeasureDefinition(Store& store, const core::Clock& clock,
                                      const Principal& acting, const Actor& actor, Id programme_id,
                                      Measure definition);

// Stores a definition's fields (`definition.id` names it; `definition.version` is the version
// the editor loaded). Refusals as AddMeasureDefinition, and: kNotFound for a definition not of
// the programme; kConflict ("error.changed_by", "who" the display name) when it was saved
// since; kInvalidInput ("error.definition.in_use" on "data_type", "frequency" or "grouping")
// when a team has adopted it and the field would change. A new operational definition, and a
// new rule set, is written to every linked measure too (each audited). Returns the definition as
// saved.
core::Result<Measure> ChangeMeasureDefinition(Store& store, const core::Clock& clock,
                                              const Principal& acting, const Actor& actor,
                                              Id programme_id, const Measure& definition);

// Retires (`retired`) or reinstates a definition, checked against `version` (errors as
// ChangeMeasureDefinition). A retired definition stays linked to the measures that adopted it
// but is adopted no more. Setting what is already set changes nothing. Audited ("retire" or
// "reinstate").
core::Result<Measure> SetMeasureDefinitionRetired(Store& store, const core::Clock& clock,
                                                  const Principal& acting, const Actor& actor,
                                                  Id programme_id, Id definition_id,
                                                  std::int64_t version, bool retired);

// A definition for its edit form: the programme and the definition (refusals as
// ChangeMeasureDefinition; a closed programme's forms are not offered).
struct MeasureDefinitionSetup {
  Programme programme;
  Measure definition;
};
core::Result<MeasureDefinitionSetup> LoadMeasureDefinition(Store& store, const Principal& acting,
                                                           Id programme_id, Id definition_id);

// Adopts the programme's definitions `definition_ids` into the project, all or nothing, in the
// order given; returns the new measures' ids. kNotFound / kForbidden as a change of the
// project's team (CheckedProject); kInvalidInput on "definition_id" for an empty choice
// ("error.required"), a definition not of the project's programme or a project in no programme
// ("error.definition.unknown"), a retired one ("error.definition.retired") or one the project
// has adopted already ("error.definition.adopted", with the parameter "name"); kConflict
// ("error.programme.closed") when the programme is closed. Each adoption is audited ("adopt",
// object the new measure). The first form runs inside the caller's transaction at `now`.
core::Result<std::vector<Id>> AdoptMeasureDefinitions(StoreTx& tx, std::int64_t now,
                                                      const Principal& acting, const Actor& actor,
                                                      Id project_id,
                                                      const std::vector<Id>& definition_ids);
core::Result<std::vector<Id>> AdoptMeasureDefinitions(Store& store, const core::Clock& clock,
                                                      const Principal& acting, const Actor& actor,
                                                      Id project_id,
                                                      const std::vector<Id>& definition_ids);

// What a team may adopt into its project: the programme and its definitions that are neither
// retired nor adopted by the project yet, by id. Refusals as AdoptMeasureDefinitions (a project
// in no programme: kNotFound, there is nothing to adopt).
struct AdoptionChoice {
  Project project;
  Programme programme;
  std::vector<Measure> definitions;
};
core::Result<AdoptionChoice> LoadAdoptionChoice(Store& store, const Principal& acting,
                                                Id project_id);

}  // namespace stegvis::domain
