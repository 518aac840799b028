#include "domain/self_assessment.h"

#include <map>
#include <set>

#include "core/date.h"
#include "domain/programmes.h"
#include "domain/projects.h"
#include "domain/resources.h"

namespace stegvis::domain {
namespace {

constexpr std::size_t kMaxText = 2000;

core::Result<Unit> CheckedUnit(StoreTx& tx, const Principal& acting, Id unit_id, Action action) {
  std::optional<Unit> unit = tx.Units().Find(unit_id);
  if (!unit || unit->organisation_id != acting.user.organisation_id)
    return core::Fail(core::Error::NotFoundObject());
  if (!May(&acting, action, UnitScopedResource(tx, ResourceKind::kSelfAssessment, *unit))) {
    return core::Fail(core::Error::Forbidden("outside the user's scope"));
  }
  return *unit;
}

// The unit's assessment `assessment_id` with its scores (kNotFound when the unit has none such).
core::Result<SelfAssessment> AssessmentOfUnit(StoreTx& tx, Id unit_id, Id assessment_id) {
  std::optional<SelfAssessment> found = tx.SelfAssessments().Find(assessment_id);
  if (!found || found->unit_id != unit_id) return core::Fail(core::Error::NotFoundObject());
  for (SelfAssessment& a : tx.SelfAssessments().List(unit_id)) {
    if (a.id == assessment_id) return std::move(a);
  }
  return core::Fail(core::Error::NotFoundObject());
}

std::string AssessmentJson(const SelfAssessment& a) {
  std::string scores;
  for (const SelfAssessmentScore& s : a.scores) {
    if (!scores.empty()) scores += ", ";
    scores += s.item + "=" + (s.score ? std::to_string(*s.score) : "-");
  }
  return AuditJson(a, {{"scores", scores}});
}

}  // namespace

const std::vector<AssessmentItem>& AssessmentItems() {
  using S = AssessmentSection;
  static const std::vector<AssessmentItem> kItems = {
      {"step_1", S::kSteps, "governance"},
      {"step_2", S::kSteps, "governance"},
      {"step_3", S::kSteps, "governance"},
      {"step_4", S::kSteps, "governance"},
      {"step_5", S::kSteps, "statistics"},
      {"step_6", S::kSteps, "statistics"},
      {"step_7", S::kSteps, "statistics"},
      {"step_8", S::kSteps, "improvement"},
      {"step_9", S::kSteps, "improvement"},
      {"step_10", S::kSteps, "improvement"},
      {"prereq_mandate", S::kPrerequisites, ""},
      {"prereq_managers", S::kPrerequisites, ""},
      {"prereq_change_agents", S::kPrerequisites, ""},
      {"prereq_culture", S::kPrerequisites, ""},
      {"prereq_systematic", S::kPrerequisites, ""},
      {"knowledge_goals", S::kKnowledge, ""},
      {"knowledge_power", S::kKnowledge, ""},
      {"knowledge_strategy", S::kKnowledge, ""},
      {"knowledge_learning", S::kKnowledge, ""},
  };
  return kItems;
}

core::Result<std::optional<int>> ParseAssessmentScore(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.empty()) return std::optional<int>();
  if (text.size() == 1 && text[0] >= '1' && text[0] <= '4')
    return std::optional<int>(text[0] - '0');
  return core::Fail(
      core::Error::Invalid("a score is 1, 2, 3 or 4, or empty", "score", "selfassess.error.score"));
}

core::Result<SelfAssessment> ValidateSelfAssessment(SelfAssessment a, const std::string& today) {
  if (a.assessed_on.empty()) {
    return core::Fail(core::Error::Invalid("a date is required", "assessed_on", "error.required"));
  }
  if (!core::IsIsoDate(a.assessed_on)) {
    return core::Fail(core::Error::Invalid("not a date", "assessed_on", "error.bad_date"));
  }
  if (a.assessed_on > today) {
    return core::Fail(core::Error::Invalid("the date is in the future", "assessed_on",
                                           "selfassess.error.future"));
  }
  if (a.note.size() > kMaxText) {
    return core::Fail(core::Error::Invalid("at most 2000 characters", "note", "error.too_long"));
  }
  std::map<std::string, SelfAssessmentScore> by_item;
  for (SelfAssessmentScore& s : a.scores) {
    bool known = false;
    for (const AssessmentItem& item : AssessmentItems()) known = known || item.key == s.item;
    if (!known || by_item.count(s.item)) {
      return core::Fail(
          core::Error::Invalid("unknown or repeated item", s.item, "selfassess.error.item"));
    }
    if (s.score && (*s.score < 1 || *s.score > 4)) {
      return core::Fail(core::Error::Invalid("a score is 1, 2, 3 or 4, or empty", s.item,
                                             "selfassess.error.score"));
    }
    if (s.comment.size() > kMaxText) {
      return core::Fail(core::Error::Invalid("at most 2000 characters", s.item, "error.too_long"));
    }
    by_item[s.item] = std::move(s);
  }
  a.scores.clear();
  for (const AssessmentItem& item : AssessmentItems()) {
    auto it = by_item.find(std::string(item.key));
    if (it != by_item.end()) a.scores.push_back(std::move(it->second));
  }
  return a;
}

core::Result<UnitSelfAssessments> LoadSelfAssessments(Store& store, const Principal& acting,
                                                      Id unit_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<UnitSelfAssessments> {
    auto unit = CheckedUnit(tx, acting, unit_id, Action::kView);
    if (!unit) return core::Fail(unit.error());
    UnitSelfAssessments out;
    out.unit = *unit;
    out.assessments = tx.SelfAssessments().List(unit_id);
    out.may_record =
        May(&acting, Action::kChange, UnitScopedResource(tx, ResourceKind::kSelfAssessment, *unit));
    out.may_read_reflections =
        May(&acting, Action::kView, UnitScopedResource(tx, ResourceKind::kReflection, *unit));
    return out;
  });
}

core::Result<Id> RecordSelfAssessment(Store& store, const core::Clock& clock,
                                      const Principal& acting, const Actor& actor, Id unit_id,
                                      SelfAssessment assessment) {
  const std::int64_t now = clock.NowUnixSeconds();
  auto valid =
      ValidateSelfAssessment(std::move(assessment), core::Date::FromUnixSeconds(now).ToString());
  if (!valid) return core::Fail(valid.error());
  return store.Write([&](StoreTx& tx) -> core::Result<Id> {
    auto unit = CheckedUnit(tx, acting, unit_id, Action::kChange);
    if (!unit) return core::Fail(unit.error());
    SelfAssessment a = *valid;
    a.organisation_id = unit->organisation_id;
    a.unit_id = unit_id;
    a.version = 1;
    a.created_at = a.updated_at = now;
    a.created_by = a.updated_by = actor.label;
    Id id = tx.SelfAssessments().Create(a);
    RecordAudit(tx, actor, now, "create", "self_assessment", id, "", AssessmentJson(a),
                a.organisation_id);
    return id;
  });
}

core::Result<SelfAssessmentToCorrect> LoadSelfAssessmentToCorrect(Store& store,
                                                                  const Principal& acting,
                                                                  Id unit_id, Id assessment_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<SelfAssessmentToCorrect> {
    auto unit = CheckedUnit(tx, acting, unit_id, Action::kChange);
    if (!unit) return core::Fail(unit.error());
    auto assessment = AssessmentOfUnit(tx, unit_id, assessment_id);
    if (!assessment) return core::Fail(assessment.error());
    std::optional<User> writer = tx.Users().FindByEmail(assessment->updated_by);
    const bool named = writer && writer->organisation_id == unit->organisation_id;
    return SelfAssessmentToCorrect{*unit, *assessment,
                                   named ? writer->display_name : assessment->updated_by};
  });
}

core::Result<void> CorrectSelfAssessment(Store& store, const core::Clock& clock,
                                         const Principal& acting, const Actor& actor, Id unit_id,
                                         SelfAssessment assessment) {
  const std::int64_t now = clock.NowUnixSeconds();
  const Id assessment_id = assessment.id;
  const std::int64_t loaded_version = assessment.version;
  auto valid =
      ValidateSelfAssessment(std::move(assessment), core::Date::FromUnixSeconds(now).ToString());
  if (!valid) return core::Fail(valid.error());
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    auto unit = CheckedUnit(tx, acting, unit_id, Action::kChange);
    if (!unit) return core::Fail(unit.error());
    auto before = AssessmentOfUnit(tx, unit_id, assessment_id);
    if (!before) return core::Fail(before.error());
    if (before->version != loaded_version) {
      return core::Fail(ChangedByUser(tx, acting.user.organisation_id, before->updated_by,
                                      before->updated_at, before->version));
    }
    SelfAssessment after = *before;
    after.assessed_on = valid->assessed_on;
    after.note = valid->note;
    after.scores = valid->scores;
    after.version = before->version + 1;
    after.updated_at = now;
    after.updated_by = actor.label;
    tx.SelfAssessments().Update(after);
    RecordAudit(tx, actor, now, "update", "self_assessment", after.id, AssessmentJson(*before),
                AssessmentJson(after), after.organisation_id);
    return {};
  });
}

std::vector<UnitFrameLinks> LoadUnitFrameLinks(StoreTx& tx, const Principal& acting) {
  std::vector<UnitFrameLinks> out;
  for (const Unit& unit : tx.Units().List(acting.user.organisation_id)) {
    UnitFrameLinks links{unit.id};
    links.self_assessment =
        May(&acting, Action::kView, UnitScopedResource(tx, ResourceKind::kSelfAssessment, unit));
    links.reflections =
        May(&acting, Action::kView, UnitScopedResource(tx, ResourceKind::kReflection, unit));
    links.report = May(&acting, Action::kView, UnitResource(tx, unit));
    out.push_back(links);
  }
  return out;
}

}  // namespace stegvis::domain
