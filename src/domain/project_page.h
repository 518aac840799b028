#pragma once
// Everything a project's page shows, read in one transaction: the project along the three
// questions, its change ideas and cycles, both diagrams (for their summaries) and the goals
// the project and its aim link to. Whoever may see the project sees all of it; what they may
// change is in each part's `may_change`.

#include "core/error.h"
#include "domain/access.h"
#include "domain/diagrams.h"
#include "domain/goal_links.h"
#include "domain/pdsa_cycles.h"
#include "domain/projects.h"
#include "domain/store.h"

namespace stegvis::domain {

struct ProjectPage {
  ProjectDetails details;
  ProjectCycles cycles;   // the third question: change ideas and cycles
  ProjectDiagram theory;  // the theory of change
  ProjectDiagram driver;  // the driver diagram
  GoalLinkSet aim_goals;  // the goals the aim links to
  GoalLinkSet goals;      // the goals the project links to
};

// The project's page (kView on its team). kNotFound / kForbidden as LoadProject.
core::Result<ProjectPage> LoadProjectPage(Store& store, const Principal& acting, Id project_id);

}  // namespace stegvis::domain
