#pragma once
// What the theory-of-change and driver-diagram pages and their JSON twins share: reading an
// edit from a form or a JSON body, the diagram as JSON, the renderer's input built from the
// domain and the catalogue (chart/theory_svg.h, chart/driver_svg.h), the editor's view, and
// the small block on the project page.

#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "chart/driver_svg.h"
#include "chart/theory_svg.h"
#include "core/describe.h"
#include "core/error.h"
#include "domain/diagrams.h"
#include "web/app.h"
#include "web/diagrams/diagram_page_view.h"
#include "web/render/forms.h"
#include "web/render/json_body.h"

namespace stegvis::web {

// The edit a form sends: op, level, text, item_id, version, from, to, target_id. Ids that
// are missing are 0 (the domain refuses them by name). kInvalidInput on "op"
// ("error.diagram.unknown_op") and, for change_item, "version" ("error.pdsa.bad_version").
core::Result<domain::DiagramEdit> DiagramEditFromForm(const Form& form);

// The same from a JSON body ({"op": "add_link", "from": 3, "to": 4}); an unknown op, a member
// of the wrong type or an id below 1 is left in `body` as its problem.
domain::DiagramEdit DiagramEditFromJson(JsonFields& body);

// The diagram as the API shows it: items with their level, text and version; links; the
// measure (theory of change) or change idea (driver diagram) references; for the driver
// diagram also the aim's parts and every idea the project may test with its test summary.
boost::json::object DiagramJson(const domain::ProjectDiagram& d);

// The project's aim in sentences, in `lang`: what, how much, by when, for whom ("" when
// nothing is set).
std::string AimWords(const App& app, const std::string& lang, const domain::Project& project);

// The renderer's input in `lang`.
chart::TheoryInput TheoryInputFor(const App& app, const std::string& lang,
                                  const domain::ProjectDiagram& d);
chart::DriverInput DriverInputFor(const App& app, const std::string& lang,
                                  const domain::ProjectDiagram& d);

// The SVG and the nested list of the diagram in `lang`.
std::string DiagramSvg(const App& app, const std::string& lang, const domain::ProjectDiagram& d);
std::string DiagramList(const App& app, const std::string& lang, const domain::ProjectDiagram& d);

// Where a form's error is shown: the id of the form's field ("new-effect", "text-12",
// "link-12", "ref-12"), from the form's hidden "form" field.
struct FormError {
  std::string field;
  std::string text;
};

// The editor for those who may change the diagram: one level per section in the order the
// editor works (effect first; primary drivers first), each with its question, its items with
// their edit, link and reference forms, and its form for a new item. `error` (if any) is shown
// next to its field and `typed` keeps what the user wrote there.
std::vector<DiagramLevelView> DiagramEditor(const App& app, const std::string& lang,
                                            const domain::ProjectDiagram& d, const FormError* error,
                                            const std::string& typed);

// The project page's block on its diagrams: links to both with a summary of each.
struct DiagramSummaryView {
  domain::Id project_id = 0;
  std::string toc_summary;     // "8 steps on 5 levels"
  std::string driver_summary;  // "2 primary drivers, 3 secondary drivers, 3 ideas (2 tested)"
};
constexpr auto Describe(std::type_identity<DiagramSummaryView>) {
  using V = DiagramSummaryView;
  return std::tuple{core::Field("project_id", &V::project_id),
                    core::Field("toc_summary", &V::toc_summary),
                    core::Field("driver_summary", &V::driver_summary)};
}
DiagramSummaryView DiagramSummaryOf(const App& app, const std::string& lang,
                                    const domain::ProjectDiagram& theory,
                                    const domain::ProjectDiagram& driver);

}  // namespace stegvis::web
