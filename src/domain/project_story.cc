#include "domain/project_story.h"

#include <algorithm>
#include <charconv>

#include "domain/publications.h"

namespace stegvis::domain {
namespace {

bool LeftOut(const std::vector<Id>& left_out, Id id) {
  return std::binary_search(left_out.begin(), left_out.end(), id);
}

void SortUnique(std::vector<Id>& ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

// kInvalidInput on `field` unless every id of `left_out` is one of `known`'s.
template <typename T>
core::Result<void> CheckKnown(const std::vector<Id>& left_out, const std::vector<T>& known,
                              const char* field) {
  for (Id id : left_out) {
    if (std::none_of(known.begin(), known.end(), [&](const T& k) { return k.id == id; })) {
      return core::Fail(
          core::Error::Invalid("not one of the project's", field, "error.story.unknown_choice"));
    }
  }
  return {};
}

}  // namespace

std::string IdListText(const std::vector<Id>& ids) {
  std::string out;
  for (Id id : ids) out += (out.empty() ? "" : ",") + std::to_string(id);
  return out;
}

std::optional<std::vector<Id>> ParseIdList(std::string_view text) {
  std::vector<Id> ids;
  while (!text.empty()) {
    const std::size_t comma = text.find(',');
    const std::string_view part = text.substr(0, comma);
    Id id = 0;
    auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), id);
    if (ec != std::errc() || end != part.data() + part.size() || id < 1) return std::nullopt;
    ids.push_back(id);
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
    if (text.empty()) return std::nullopt;
  }
  return ids;
}

core::Result<ProjectStory> LoadProjectStory(Store& store, const Principal& acting, Id project_id) {
  return store.Read([&](StoreTx& tx) { return LoadProjectStory(tx, acting, project_id); });
}

core::Result<ProjectStory> LoadProjectStory(StoreTx& tx, const Principal& acting, Id project_id) {
  // The first part checks access; the others see the same project and decide the same way.
  auto details = LoadProject(tx, acting, project_id);
  if (!details) return core::Fail(details.error());
  auto pdsa = LoadProjectCycles(tx, acting, project_id);
  if (!pdsa) return core::Fail(pdsa.error());
  auto theory = LoadProjectDiagram(tx, acting, project_id, DiagramKind::kTheoryOfChange);
  if (!theory) return core::Fail(theory.error());
  auto aim_goals = LoadGoalLinks(tx, acting, GoalObject::kAim, project_id);
  if (!aim_goals) return core::Fail(aim_goals.error());
  auto goals = LoadGoalLinks(tx, acting, GoalObject::kProject, project_id);
  if (!goals) return core::Fail(goals.error());
  ProjectStory story{std::move(*details),   std::move(*pdsa), {}, {}, {}, std::move(*theory),
                     std::move(*aim_goals), std::move(*goals)};
  story.choices = tx.Projects().FindStoryChoices(project_id).value_or(NoStoryChoices(project_id));
  story.may_publish = MayPublish(tx, acting, story.details.team);
  for (const Measure& m : story.details.measures) {
    if (LeftOut(story.choices.left_out_measures, m.id)) continue;
    auto measure = LoadMeasure(tx, acting, m.id);
    if (!measure) return core::Fail(measure.error());
    story.measures.push_back(std::move(*measure));
  }
  for (const PdsaCycle& c : story.pdsa.cycles) {
    if (!LeftOut(story.choices.left_out_cycles, c.id)) story.cycles.push_back(c);
  }
  return story;
}

std::vector<core::Error> StoryChoicesErrors(const StoryChoices& choices) {
  std::vector<core::Error> errors;
  if (choices.summary.size() > kStorySummaryMax) {
    errors.push_back(core::Error::Invalid("at most 4000 characters", "summary", "error.too_long"));
  }
  return errors;
}

core::Result<StoryChoices> SaveStoryChoices(Store& store, const core::Clock& clock,
                                            const Principal& acting, const Actor& actor,
                                            StoryChoices choices) {
  if (auto errors = StoryChoicesErrors(choices); !errors.empty()) {
    return core::Fail(errors.front());
  }
  SortUnique(choices.left_out_measures);
  SortUnique(choices.left_out_cycles);
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<StoryChoices> {
    auto checked = CheckedProject(tx, acting, choices.project_id, Action::kChange);
    if (!checked) return core::Fail(checked.error());
    const StoryChoices before = tx.Projects()
                                    .FindStoryChoices(choices.project_id)
                                    .value_or(NoStoryChoices(choices.project_id));
    if (before.version != choices.version) {
      return core::Fail(ChangedByUser(tx, acting.user.organisation_id, before.updated_by,
                                      before.updated_at, before.version));
    }
    auto known = CheckKnown(choices.left_out_measures,
                            tx.Measures().ListOfProject(choices.project_id), "measures");
    if (!known) return core::Fail(known.error());
    known = CheckKnown(choices.left_out_cycles, tx.Pdsa().ListProjectCycles(choices.project_id),
                       "cycles");
    if (!known) return core::Fail(known.error());
    StoryChoices after = choices;
    after.version = before.version + 1;
    after.updated_at = now;
    after.updated_by = actor.label;
    tx.Projects().SaveStoryChoices(after);
    RecordAudit(tx, actor, now, before.version == 0 ? "create" : "update", "project_story",
                after.project_id, before.version == 0 ? "" : AuditJson(before), AuditJson(after),
                checked->first.organisation_id);
    return after;
  });
}

}  // namespace stegvis::domain
