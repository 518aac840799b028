#pragma once
// A project with every measure's grid, read in one transaction: what a download of the
// project's data holds (web/improvement/project_workbook.h), consistent as of one moment.

#include <vector>

#include "domain/measures.h"
#include "domain/projects.h"
#include "domain/store.h"

namespace stegvis::domain {

struct ProjectData {
  ProjectDetails details;
  std::vector<MeasureDetails> measures;  // as details.measures, each with its grid
};

// The project and its measures' grids (kView on its team). kNotFound / kForbidden as
// LoadProject.
core::Result<ProjectData> LoadProjectData(Store& store, const Principal& acting, Id project_id);

}  // namespace stegvis::domain
