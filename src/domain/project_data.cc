#include "domain/project_data.h"

namespace stegvis::domain {

core::Result<ProjectData> LoadProjectData(Store& store, const Principal& acting, Id project_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<ProjectData> {
    auto details = LoadProject(tx, acting, project_id);
    if (!details) return core::Fail(details.error());
    ProjectData data{std::move(*details), {}};
    data.measures.reserve(data.details.measures.size());
    for (const Measure& m : data.details.measures) {
      auto measure = LoadMeasure(tx, acting, m.id);
      if (!measure) return core::Fail(measure.error());
      data.measures.push_back(std::move(*measure));
    }
    return data;
  });
}

}  // namespace stegvis::domain
