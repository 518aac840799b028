#pragma once
// Improvement work: projects, measures and observations, and their JSON twins
// (docs/api.md).
// Thin handlers: parse the request, call one domain function, render. Each is registered
// with its access rule in routes.cc beside this file; the access guard has identified the
// visitor and checked the rule and the CSRF token before any of them runs.

#include "web/app.h"
#include "web/http/http.h"
#include "web/http/router.h"
#include "web/http/visitor.h"
#include "web/render/handler_result.h"

namespace stegvis::web {

// Registers the routes of this feature (routes.cc) on `router`, bound to `app`.
void AddImprovementRoutes(Router& router, const App& app);

// Improvement work (projects, measures; see docs/api.md for the JSON twins).
// POST /team/{id}/projekt: starts a project for the team (title, problem).
HandlerResult ProjectCreate(const App& app, Request& request, const Visitor& visitor);
// GET /projekt/{id}: the project along the three questions; POST saves problem, aim, status.
HandlerResult ProjectPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult ProjectSubmit(const App& app, Request& request, const Visitor& visitor);
// POST /projekt/{id}/framsteg: records a progress score (0.5–5).
HandlerResult ProgressSubmit(const App& app, Request& request, const Visitor& visitor);
// POST /projekt/{id}/matt: adds a measure to the project.
HandlerResult MeasureCreate(const App& app, Request& request, const Visitor& visitor);
// GET /projekt/{id}/berattelse: the improvement story (problem, aim, theory of change, each
// included measure with its verdicts, every included cycle, progress scores, goals), printable
// as a document; POST saves the team's summary and which measures and cycles it includes.
HandlerResult StoryPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult StorySubmit(const App& app, Request& request, const Visitor& visitor);
// GET /api/v1/projects/{id}/story: the same story as data.
HandlerResult ApiStory(const App& app, Request& request, const Visitor& visitor);
// PUT /api/v1/projects/{id}/story {"version", "summary", "left_out": {"measures", "cycles"}}:
// the team's choices for its story as a whole, as the story page's form saves them.
HandlerResult ApiStoryPut(const App& app, Request& request, const Visitor& visitor);
// GET /api/v1/projects/{id}/story.docx: the same story as a Word document (charts as PNG
// images, data tables as Word tables), an attachment named after the project.
HandlerResult ApiStoryDocx(const App& app, Request& request, const Visitor& visitor);

// Publishing the story (docs/api.md): the preview with its form (shows exactly what the public
// will see; ?namn=1 / ?namn=0 previews with / without staff names), publish and unpublish (each
// redirects to the preview), the public page (no login; 404 when not published) and the twins:
// POST /api/v1/projects/{id}/publication ({"include_names": bool}) → 201 {"url": ...};
// DELETE → 204.
HandlerResult PublishPreviewPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult PublishSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult UnpublishSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult PublishedPage(const App& app, Request& request, const Visitor& visitor);
// GET /publicerat/organisation/{id}/atom.xml: what the organisation has published, as Atom.
HandlerResult PublicationFeed(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiPublish(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiUnpublish(const App& app, Request& request, const Visitor& visitor);
// GET /matt/{id}: definition, statistics, verdicts and the grid; POST /matt/{id}/varden
// saves the grid or a paste from Excel.
HandlerResult MeasurePage(const App& app, Request& request, const Visitor& visitor);
HandlerResult MeasureDataSubmit(const App& app, Request& request, const Visitor& visitor);
// POST /matt/{id}: saves the measure's definition, target and chart override (version-checked).
HandlerResult MeasureSubmit(const App& app, Request& request, const Visitor& visitor);
// GET /matt/{id}/diagram.svg (?visa=grupper for the two groups) and /matt/{id}/data.csv
// (?visa=women|men|girls|boys for one group): the downloads; also GET
// /api/v1/measures/{id}/chart.svg. 404 for groups the measure is not split by (or has no data
// for): only the downloads the measure page offers exist.
HandlerResult MeasureChartSvg(const App& app, Request& request, const Visitor& visitor);
HandlerResult MeasureChartPng(const App& app, Request& request, const Visitor& visitor);
HandlerResult MeasureCsv(const App& app, Request& request, const Visitor& visitor);
// The measure as an Excel workbook (MeasureWorkbook): GET /matt/{id}/data.xlsx and
// GET /api/v1/measures/{id}/observations.xlsx.
HandlerResult MeasureXlsx(const App& app, Request& request, const Visitor& visitor);
// The project's measures and values as an Excel workbook (ProjectWorkbook):
// GET /projekt/{id}/matt.xlsx and GET /api/v1/projects/{id}/measures.xlsx.
HandlerResult ProjectXlsx(const App& app, Request& request, const Visitor& visitor);

// GET /matt/{id}/punkter: the measure's periods with their exclusions and comments, and the
// forms to add, change and remove them; POST saves one (fields kind, period, text, version,
// and action "save" or "remove") and shows the page again, with why when refused.
HandlerResult PointNotesPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult PointNotesSubmit(const App& app, Request& request, const Visitor& visitor);
// PUT /api/v1/measures/{id}/exclusions/{period} {"reason", "version"?} and
// /annotations/{period} {"text", "version"?}: 201 with a new note, 200 with a changed one;
// DELETE of either: 204 (an excluded point is back in the lines).
HandlerResult ApiExclusionPut(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiExclusionDelete(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiAnnotationPut(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiAnnotationDelete(const App& app, Request& request, const Visitor& visitor);

// Importing a file of the measure's values (domain/imports.h): POST /matt/{id}/import takes
// the file (multipart/form-data, field "fil") and shows its preview at GET /import/{id}; POST
// /import/{id}/spara commits it and returns to the measure. A refused file or commit is shown
// on the import page with why.
HandlerResult MeasureImportUpload(const App& app, Request& request, const Visitor& visitor);
HandlerResult ImportPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult ImportColumnsSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiImportColumns(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiImportColumnsUpdate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ImportCommitSubmit(const App& app, Request& request, const Visitor& visitor);
// POST /api/v1/measures/{id}/imports (the file as a text/csv body, ?name= its file name):
// 201 with the preview; GET /api/v1/imports/{id}: the preview now; POST
// /api/v1/imports/{id}/commit: saves it all or nothing.
HandlerResult ApiImportCreate(const App& app, Request& request, const Visitor& visitor);
// POST /api/v1/projects/{id}/imports: a long table (text/csv) of the project's measures, saved
// all or nothing (200) or only checked (?dry_run=true); 422 with the problems.
HandlerResult LongImportPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult LongImportUpload(const App& app, Request& request, const Visitor& visitor);
HandlerResult LongImportPreview(const App& app, Request& request, const Visitor& visitor);
HandlerResult LongImportCommit(const App& app, Request& request, const Visitor& visitor);
// POST /projekt/{id}/import/{import_id}/kolumner: what the table's columns of other headings
// hold, remembered for the project; GET and PUT /api/v1/projects/{id}/import-columns: the same
// as JSON (domain/long_table_columns.h).
HandlerResult LongImportColumnsSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiLongImportColumns(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiLongImportColumnsUpdate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiProjectImport(const App& app, Request& request, const Visitor& visitor);
// Fetching a Kolada key figure into an import (web/improvement/kolada_import.h): POST
// /matt/{id}/kolada (form fields kpi, area_kind "municipality" | "ou", area) shows its preview
// at GET /import/{id}; POST /api/v1/measures/{id}/kolada-imports ({"kpi", "municipality"} or
// {"kpi", "ou"}) answers as ApiImportCreate.
HandlerResult MeasureKoladaFetch(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiKoladaImportCreate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiImport(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiImportCommit(const App& app, Request& request, const Visitor& visitor);

// GET /api/v1/teams, /projects, /projects/{id},
// /projects/{id}/measures, /measures/{id}/observations (and PUT of a batch),
// /measures/{id}/analysis.
HandlerResult ApiTeams(const App& app, Request& request, const Visitor& visitor);
// The sustain plan of a project (sustain_plan_page.cc, sustain_plan_api.cc): the page, saving
// it, marking a review done, and the JSON twins.
HandlerResult SustainPlanPage(const App& app, Request& request, const Visitor& visitor);
HandlerResult SustainPlanSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult SustainReviewDoneSubmit(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiSustainPlan(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiSustainPlanPut(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiSustainReviewDone(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiProjects(const App& app, Request& request, const Visitor& visitor);
// POST /api/v1/projects {"team_id", "title", "problem"?, "programme_id"?}: 201 {"id"}, through
// the use case of the team page's form; every wrong field at once (422, error.errors).
HandlerResult ApiProjectCreate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiProject(const App& app, Request& request, const Visitor& visitor);
// PUT /api/v1/projects/{id} {"version", "title"?, "problem"?, "aim"?: {...}, "status"?}: the
// project as GET answers it; POST /api/v1/projects/{id}/progress-scores {"score", "note"?}:
// 201 {"id"} (project_api.cc).
HandlerResult ApiProjectUpdate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiProgressScoreCreate(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiProjectMeasures(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiObservations(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiObservationsPut(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiAnalysis(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiMeasure(const App& app, Request& request, const Visitor& visitor);
HandlerResult ApiMeasurePut(const App& app, Request& request, const Visitor& visitor);

}  // namespace stegvis::web
