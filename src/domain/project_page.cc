#include "domain/project_page.h"

namespace stegvis::domain {

core::Result<ProjectPage> LoadProjectPage(Store& store, const Principal& acting, Id project_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<ProjectPage> {
    // The first part checks access; the others see the same project and decide the same way.
    auto details = LoadProject(tx, acting, project_id);
    if (!details) return core::Fail(details.error());
    auto cycles = LoadProjectCycles(tx, acting, project_id);
    if (!cycles) return core::Fail(cycles.error());
    auto theory = LoadProjectDiagram(tx, acting, project_id, DiagramKind::kTheoryOfChange);
    if (!theory) return core::Fail(theory.error());
    auto driver = LoadProjectDiagram(tx, acting, project_id, DiagramKind::kDriver);
    if (!driver) return core::Fail(driver.error());
    auto aim_goals = LoadGoalLinks(tx, acting, GoalObject::kAim, project_id);
    if (!aim_goals) return core::Fail(aim_goals.error());
    auto goals = LoadGoalLinks(tx, acting, GoalObject::kProject, project_id);
    if (!goals) return core::Fail(goals.error());
    return ProjectPage{std::move(*details), std::move(*cycles),    std::move(*theory),
                       std::move(*driver),  std::move(*aim_goals), std::move(*goals)};
  });
}

}  // namespace stegvis::domain
