// The routes of this feature, each with its access rule (see web/route_rules.h).

#include "web/improvement/handlers.h"
#include "web/route_rules.h"

namespace stegvis::web {

void AddImprovementRoutes(Router& router, const App& app) {
  FeatureRoutes routes(router, app);
  // Improvement work: projects and measures are the team's work.
  routes.Post("/team/{id}/projekt", kChangeTeam, ProjectCreate);
  routes.Get("/projekt/{id}", kViewTeam, ProjectPage);
  routes.Post("/projekt/{id}", kChangeTeam, ProjectSubmit);
  routes.Post("/projekt/{id}/framsteg", kChangeTeam, ProgressSubmit);
  routes.Post("/projekt/{id}/matt", kChangeTeam, MeasureCreate);
  routes.Get("/projekt/{id}/matt.xlsx", kViewTeam, ProjectXlsx);
  routes.Get("/projekt/{id}/berattelse", kViewTeam, StoryPage);
  routes.Post("/projekt/{id}/berattelse", kChangeTeam, StorySubmit);
  // Publishing: the routes let those who read (preview) or change (publish) the team's work
  // ask; the use case answers only a chef over the team's unit or a strateg (MayPublish).
  routes.Get("/projekt/{id}/publicera", kViewTeam, PublishPreviewPage);
  routes.Post("/projekt/{id}/publicera", kChangeTeam, PublishSubmit);
  routes.Post("/projekt/{id}/avpublicera", kChangeTeam, UnpublishSubmit);
  routes.GetPublicCached("/publicerat/{slug}", PublishedPage);
  routes.Get("/publicerat/organisation/{id}/atom.xml", kPublic, PublicationFeed);
  routes.Post("/api/v1/projects/{id}/publication", kChangeTeam, ApiPublish);
  routes.Delete("/api/v1/projects/{id}/publication", kChangeTeam, ApiUnpublish);
  // The sustain plan of a project in Vidmakthålls: read with the team's work, written by those
  // who change it (the use cases ask again about the project).
  routes.Get("/projekt/{id}/vidmakthall", kViewTeam, SustainPlanPage);
  routes.Post("/projekt/{id}/vidmakthall", kChangeTeam, SustainPlanSubmit);
  routes.Post("/projekt/{id}/vidmakthall/uppfoljning/{review_id}", kChangeTeam,
              SustainReviewDoneSubmit);
  routes.Get("/matt/{id}", kViewTeam, MeasurePage);
  routes.Post("/matt/{id}", kChangeTeam, MeasureSubmit);
  routes.Post("/matt/{id}/varden", kChangeTeam, MeasureDataSubmit);
  routes.Get("/matt/{id}/diagram.svg", kViewTeam, MeasureChartSvg);
  routes.Get("/matt/{id}/diagram.png", kViewTeam, MeasureChartPng);
  routes.Get("/matt/{id}/data.csv", kViewTeam, MeasureCsv);
  routes.Get("/matt/{id}/data.xlsx", kViewTeam, MeasureXlsx);
  routes.Get("/matt/{id}/punkter", kChangeTeam, PointNotesPage);
  routes.Post("/matt/{id}/punkter", kChangeTeam, PointNotesSubmit);
  // Importing a file of values: staged, previewed and committed by those who may change the
  // measure (the use cases ask again about the measure itself). A preview is read once or
  // twice by the one who uploaded it, so it is not kept in the page cache.
  routes.Post("/matt/{id}/import", kChangeTeam, MeasureImportUpload);
  routes.Post("/matt/{id}/kolada", kChangeTeam, MeasureKoladaFetch);
  routes.Get("/import/{id}", kChangeTeam, ImportPage, kNotCached);
  routes.Post("/import/{id}/spara", kChangeTeam, ImportCommitSubmit);
  routes.Post("/import/{id}/kolumner", kChangeTeam, ImportColumnsSubmit);
  routes.Get("/api/v1/teams", kSignedIn, ApiTeams);
  routes.Get("/api/v1/projects", kSignedIn, ApiProjects);
  routes.Post("/api/v1/projects", kChangeTeam, ApiProjectCreate);
  routes.Get("/api/v1/projects/{id}", kViewTeam, ApiProject);
  routes.Put("/api/v1/projects/{id}", kChangeTeam, ApiProjectUpdate);
  routes.Post("/api/v1/projects/{id}/progress-scores", kChangeTeam, ApiProgressScoreCreate);
  routes.Get("/api/v1/projects/{id}/measures", kViewTeam, ApiProjectMeasures);
  routes.Post("/api/v1/projects/{id}/imports", kChangeTeam, ApiProjectImport);
  routes.Get("/projekt/{id}/import", kChangeTeam, LongImportPage, kNotCached);
  routes.Post("/projekt/{id}/import", kChangeTeam, LongImportUpload);
  routes.Get("/projekt/{id}/import/{import_id}", kChangeTeam, LongImportPreview, kNotCached);
  routes.Post("/projekt/{id}/import/{import_id}/spara", kChangeTeam, LongImportCommit);
  routes.Post("/projekt/{id}/import/{import_id}/kolumner", kChangeTeam, LongImportColumnsSubmit);
  routes.Get("/api/v1/projects/{id}/import-columns", kViewTeam, ApiLongImportColumns, kNotCached);
  routes.Put("/api/v1/projects/{id}/import-columns", kChangeTeam, ApiLongImportColumnsUpdate);
  routes.Get("/api/v1/projects/{id}/story", kViewTeam, ApiStory);
  routes.Get("/api/v1/projects/{id}/story.docx", kViewTeam, ApiStoryDocx);
  routes.Put("/api/v1/projects/{id}/story", kChangeTeam, ApiStoryPut);
  routes.Get("/api/v1/projects/{id}/measures.xlsx", kViewTeam, ProjectXlsx);
  routes.Get("/api/v1/projects/{id}/sustain-plan", kViewTeam, ApiSustainPlan);
  routes.Put("/api/v1/projects/{id}/sustain-plan", kChangeTeam, ApiSustainPlanPut);
  routes.Post("/api/v1/projects/{id}/sustain-plan/reviews/{review_id}/done", kChangeTeam,
              ApiSustainReviewDone);
  routes.Get("/api/v1/measures/{id}", kViewTeam, ApiMeasure);
  routes.Put("/api/v1/measures/{id}", kChangeTeam, ApiMeasurePut);
  routes.Get("/api/v1/measures/{id}/observations", kViewTeam, ApiObservations);
  routes.Get("/api/v1/measures/{id}/observations.xlsx", kViewTeam, MeasureXlsx);
  routes.Put("/api/v1/measures/{id}/observations", kChangeTeam, ApiObservationsPut);
  routes.Get("/api/v1/measures/{id}/analysis", kViewTeam, ApiAnalysis);
  routes.Put("/api/v1/measures/{id}/exclusions/{period}", kChangeTeam, ApiExclusionPut);
  routes.Delete("/api/v1/measures/{id}/exclusions/{period}", kChangeTeam, ApiExclusionDelete);
  routes.Put("/api/v1/measures/{id}/annotations/{period}", kChangeTeam, ApiAnnotationPut);
  routes.Delete("/api/v1/measures/{id}/annotations/{period}", kChangeTeam, ApiAnnotationDelete);
  routes.Get("/api/v1/measures/{id}/chart.svg", kViewTeam, MeasureChartSvg);
  routes.Get("/api/v1/measures/{id}/chart.png", kViewTeam, MeasureChartPng);
  routes.Post("/api/v1/measures/{id}/imports", kChangeTeam, ApiImportCreate);
  routes.Get("/api/v1/measures/{id}/import-columns", kViewTeam, ApiImportColumns, kNotCached);
  routes.Put("/api/v1/measures/{id}/import-columns", kChangeTeam, ApiImportColumnsUpdate);
  routes.Post("/api/v1/measures/{id}/kolada-imports", kChangeTeam, ApiKoladaImportCreate);
  routes.Get("/api/v1/imports/{id}", kChangeTeam, ApiImport, kNotCached);
  routes.Post("/api/v1/imports/{id}/commit", kChangeTeam, ApiImportCommit);
}

}  // namespace stegvis::web
