#pragma once
// Self-assessment (självskattning) of a unit's gender mainstreaming: SKR's ten steps in their
// three groups, and step 8's prerequisites and knowledge areas, each scored 1–4 or left
// unassessed (never zero), dated and repeatable so the development shows over time.
// The unit's managers and strategists (and admins) record; those and politicians in scope read.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/gender_records.h"
#include "domain/store.h"

namespace stegvis::domain {

// The three parts of an assessment.
enum class AssessmentSection { kSteps, kPrerequisites, kKnowledge };

// One item of the catalogue. `group` is the step's group ("governance" — styrning och
// ledning, "statistics" — statistik och analyser, "improvement" — förbättringsarbete), empty
// for prerequisites and knowledge areas.
struct AssessmentItem {
  std::string_view key;
  AssessmentSection section;
  std::string_view group;
};

// Every item in order: step_1 … step_10, prereq_mandate, prereq_managers,
// prereq_change_agents, prereq_culture, prereq_systematic, knowledge_goals, knowledge_power,
// knowledge_strategy, knowledge_learning.
const std::vector<AssessmentItem>& AssessmentItems();

// The score of "1".."4" (whitespace around allowed); nullopt for an empty text (not
// assessed). kInvalidInput (key "selfassess.error.score") for anything else.
core::Result<std::optional<int>> ParseAssessmentScore(std::string_view text);

// Checks an assessment: an ISO date not after `today` ("assessed_on": "error.required",
// "error.bad_date", "selfassess.error.future"), only catalogue items, each at most once
// (field the item key), scores 1–4 or none ("selfassess.error.score"), comments and note at
// most 2000 bytes ("error.too_long"). Returns it with the scores in catalogue order.
core::Result<SelfAssessment> ValidateSelfAssessment(SelfAssessment assessment,
                                                    const std::string& today);

struct UnitSelfAssessments {
  Unit unit;
  std::vector<SelfAssessment> assessments;  // by date, oldest first
  bool may_record = false;
  bool may_read_reflections = false;  // the unit's reflection notes (for a link)
};

// A unit's assessments (kView on the unit's self-assessments). kNotFound for an unknown unit
// or one in another organisation, kForbidden out of scope.
core::Result<UnitSelfAssessments> LoadSelfAssessments(Store& store, const Principal& acting,
                                                      Id unit_id);

// Records a new assessment for the unit (kChange on its self-assessments; errors as
// ValidateSelfAssessment, with today from `clock`). Audited ("self_assessment"). Returns the id.
core::Result<Id> RecordSelfAssessment(Store& store, const core::Clock& clock,
                                      const Principal& acting, const Actor& actor, Id unit_id,
                                      SelfAssessment assessment);

// One saved assessment of the unit with its scores, to correct (kChange on the unit's
// self-assessments), in one read transaction. kNotFound for an unknown unit or assessment, one
// in another organisation or an assessment of another unit; kForbidden out of scope.
struct SelfAssessmentToCorrect {
  Unit unit;
  SelfAssessment assessment;
  std::string updated_by_name;  // the last writer's display name (their label if not a user)
};
core::Result<SelfAssessmentToCorrect> LoadSelfAssessmentToCorrect(Store& store,
                                                                  const Principal& acting,
                                                                  Id unit_id, Id assessment_id);

// Corrects a saved assessment of the unit: its date, note and scores (errors as
// RecordSelfAssessment; not found as LoadSelfAssessmentToCorrect). `assessment.version` is the
// version the writer loaded: kConflict ("error.changed_by") when it was saved since. Audited
// ("self_assessment", "update") with before and after.
core::Result<void> CorrectSelfAssessment(Store& store, const core::Clock& clock,
                                         const Principal& acting, const Actor& actor, Id unit_id,
                                         SelfAssessment assessment);

// What a principal may open for each unit of their organisation: its self-assessments, its
// managers' reflection notes and its report to the nämnd (for the links on the start page and
// the unit's page).
struct UnitFrameLinks {
  Id unit_id = 0;
  bool self_assessment = false;
  bool reflections = false;
  bool report = false;  // kView on the unit (domain/unit_report.h)
};
std::vector<UnitFrameLinks> LoadUnitFrameLinks(StoreTx& tx, const Principal& acting);

}  // namespace stegvis::domain
