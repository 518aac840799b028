// Importing a long table of a project's measures from the project's page (/projekt/{id}/import):
// the upload (a multipart/form-data form with the project's measures listed, so the table can
// name them), the preview — every problem by row and column, and per measure what would be
// added, changed and removed — with the form that tells what columns of other headings hold
// (domain/long_table_columns.h), and the commit, all or nothing (domain/long_table_imports.h).

#include "domain/long_table_columns.h"
#include "domain/long_table_imports.h"
#include "domain/projects.h"
#include "web/http/access_guard.h"
#include "web/improvement/handlers.h"
#include "web/improvement/import_columns_form.h"
#include "web/improvement/import_file.h"
#include "web/render/error_status.h"
#include "web/render/error_text.h"
#include "web/render/forms.h"
#include "web/render/language.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

// A measure of the project, as the upload form lists it.
struct KnownMeasureView {
  domain::Id id = 0;
  std::string name;
  std::string groups;  // "Kvinnor, Män, Totalt"
};
constexpr auto Describe(std::type_identity<KnownMeasureView>) {
  return std::tuple{core::Field("id", &KnownMeasureView::id),
                    core::Field("name", &KnownMeasureView::name),
                    core::Field("groups", &KnownMeasureView::groups)};
}

// A measure the file names, and what the file does to it.
struct ReadMeasureView {
  domain::Id id = 0;
  std::string name;
  std::int64_t rows = 0, created = 0, changed = 0, removed = 0;
};
constexpr auto Describe(std::type_identity<ReadMeasureView>) {
  using V = ReadMeasureView;
  return std::tuple{core::Field("id", &V::id),           core::Field("name", &V::name),
                    core::Field("rows", &V::rows),       core::Field("created", &V::created),
                    core::Field("changed", &V::changed), core::Field("removed", &V::removed)};
}

// long_import.mustache: the form, a staged table's preview, or a refused upload or commit.
struct LongImportPageView {
  domain::Id project_id = 0;
  std::string project_title;
  std::vector<KnownMeasureView> known;  // the project's measures
  bool has_known = false;
  domain::Id import_id = 0;
  bool staged = false;
  std::optional<std::string> file_name;
  std::optional<std::string> sheet;  // the workbook's sheet that was read; none for CSV
  std::string summary;               // "Rader i filen: 12, för 2 mått. …"
  std::vector<ReadMeasureView> measures;
  bool has_problems = false;
  std::vector<std::string> problems;
  std::string problem_count;
  std::optional<std::string> more_problems;      // when more were found than listed
  std::vector<ColumnChoiceView> column_choices;  // columns not named by the long table's words
  bool has_column_choices = false;
  bool may_commit = false;
  bool committed = false;
  bool saved = false;  // just committed
  std::optional<std::string> refusal;
};
constexpr auto Describe(std::type_identity<LongImportPageView>) {
  using V = LongImportPageView;
  return std::tuple{core::Field("project_id", &V::project_id),
                    core::Field("project_title", &V::project_title),
                    core::Field("known", &V::known),
                    core::Field("has_known", &V::has_known),
                    core::Field("import_id", &V::import_id),
                    core::Field("staged", &V::staged),
                    core::Field("file_name", &V::file_name),
                    core::Field("sheet", &V::sheet),
                    core::Field("summary", &V::summary),
                    core::Field("measures", &V::measures),
                    core::Field("has_problems", &V::has_problems),
                    core::Field("problems", &V::problems),
                    core::Field("problem_count", &V::problem_count),
                    core::Field("more_problems", &V::more_problems),
                    core::Field("column_choices", &V::column_choices),
                    core::Field("has_column_choices", &V::has_column_choices),
                    core::Field("may_commit", &V::may_commit),
                    core::Field("committed", &V::committed),
                    core::Field("saved", &V::saved),
                    core::Field("refusal", &V::refusal)};
}

std::string Count(std::size_t n) {
  return std::to_string(n);
}

// The page's frame: the project and its measures (for the form and its hint).
core::Result<LongImportPageView> FrameView(const App& app, const Visitor& visitor,
                                           const std::string& lang, domain::Id project_id) {
  auto project = domain::LoadProject(app.store, *visitor.principal(), project_id);
  if (!project) return core::Fail(project.error());
  LongImportPageView view;
  view.project_id = project_id;
  view.project_title = project->project.title;
  for (const domain::Measure& m : project->measures) {
    std::string groups;
    for (const std::string& g : domain::GroupsOf(m.grouping)) {
      groups += (groups.empty() ? "" : ", ") + app.catalogue.Get(lang, "group." + g + "_label");
    }
    view.known.push_back({m.id, m.name, groups});
  }
  view.has_known = !view.known.empty();
  return view;
}

void AddPreview(const App& app, const std::string& lang, const domain::LongTableWords& words,
                const domain::LongTableDetails& d, LongImportPageView& view) {
  const domain::LongImportResult& r = d.check;
  view.import_id = d.record.id;
  view.staged = true;
  if (!d.record.file_name.empty()) view.file_name = d.record.file_name;
  view.committed = d.record.status == domain::kImportCommitted;
  for (const domain::LongImportMeasure& m : r.by_measure) {
    view.measures.push_back(
        {m.id, m.name, static_cast<std::int64_t>(m.rows), static_cast<std::int64_t>(m.created),
         static_cast<std::int64_t>(m.changed), static_cast<std::int64_t>(m.removed)});
  }
  for (const domain::ImportProblem& p : r.problems) {
    view.problems.push_back(ImportProblemText(app.catalogue, lang, p));
  }
  view.has_problems = r.problem_count > 0;
  view.problem_count =
      app.catalogue.Format(lang, "import.problem_count", {{"n", Count(r.problem_count)}});
  if (r.problem_count > r.problems.size()) {
    view.more_problems = app.catalogue.Format(lang, "import.long.more_problems",
                                              {{"n", Count(r.problem_count - r.problems.size())}});
  }
  view.summary = app.catalogue.Format(lang, "import.long.summary",
                                      {{"rows", Count(r.rows)},
                                       {"measures", Count(r.measures)},
                                       {"created", Count(r.created)},
                                       {"changed", Count(r.changed)},
                                       {"removed", Count(r.removed)}});
  view.may_commit = !view.has_problems && !view.committed && r.rows > 0;
  if (!view.committed) view.column_choices = LongColumnChoices(app.catalogue, lang, words, r);
  view.has_column_choices = !view.column_choices.empty();
}

HandlerResult Render(const App& app, Request& request, const Visitor& visitor,
                     const LongImportPageView& view, int status) {
  return RenderPage(app, request, {"long_import", "import.long.title", "", status}, view,
                    ChooseLanguage(request), visitor);
}

// The form again with why the upload or commit was refused.
HandlerResult Refused(const App& app, Request& request, const Visitor& visitor,
                      domain::Id project_id, const core::Error& error) {
  const std::string lang = ChooseLanguage(request).lang;
  auto view = FrameView(app, visitor, lang, project_id);
  if (!view) return core::Fail(view.error());
  view->refusal = ErrorText(app.catalogue, lang, error);
  return Render(app, request, visitor, *view, HttpStatus(error.code));
}

// The staged table a request's path names, and the words its header is read by.
struct Staged {
  domain::Id project_id = 0;
  domain::Id import_id = 0;
  std::string lang;
  domain::LongTableWords words;
  std::string Page() const {
    return "/projekt/" + std::to_string(project_id) + "/import/" + std::to_string(import_id);
  }
};

core::Result<Staged> StagedOf(const App& app, Request& request) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto import_id = PathId(request, "import_id");
  if (!import_id) return core::Fail(import_id.error());
  Staged staged{*id, *import_id, ChooseLanguage(request).lang, {}};
  staged.words = LongTableHeaderWords(app.catalogue, staged.lang);
  return staged;
}

// The staged table's preview; with a `refusal`, why an action on it was refused (its status),
// and no commit offered. `saved`: just committed.
HandlerResult PreviewPage(const App& app, Request& request, const Visitor& visitor,
                          const Staged& staged, const domain::LongTableDetails& d,
                          const core::Error* refusal, bool saved = false) {
  auto view = FrameView(app, visitor, staged.lang, staged.project_id);
  if (!view) return core::Fail(view.error());
  AddPreview(app, staged.lang, staged.words, d, *view);
  view->saved = view->committed && saved;
  if (!refusal) return Render(app, request, visitor, *view, 200);
  view->refusal = ErrorText(app.catalogue, staged.lang, *refusal);
  view->may_commit = false;
  return Render(app, request, visitor, *view, HttpStatus(refusal->code));
}

}  // namespace

HandlerResult LongImportPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto view = FrameView(app, visitor, ChooseLanguage(request).lang, *id);
  if (!view) return core::Fail(view.error());
  return Render(app, request, visitor, *view, 200);
}

HandlerResult LongImportUpload(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto file = ReadUploadedFile(request);
  if (!file) return Refused(app, request, visitor, *id, file.error());
  auto staged =
      domain::StageLongTable(app.store, app.clock, *visitor.principal(), ActorOf(visitor, request),
                             *id, file->file_name, file->sheet);
  if (!staged) {
    if (staged.error().code != core::ErrorCode::kInvalidInput) return core::Fail(staged.error());
    return Refused(app, request, visitor, *id, staged.error());
  }
  // The preview's page checks the file against the data as it is when it is shown.
  return Response::Redirect("/projekt/" + std::to_string(*id) + "/import/" +
                            std::to_string(staged->id));
}

HandlerResult LongImportPreview(const App& app, Request& request, const Visitor& visitor) {
  auto staged = StagedOf(app, request);
  if (!staged) return core::Fail(staged.error());
  auto d = domain::LoadLongTable(app.store, app.clock, *visitor.principal(), staged->project_id,
                                 staged->import_id, staged->words);
  if (!d) return core::Fail(d.error());
  const bool saved = request.Query("sparat").has_value();
  return PreviewPage(app, request, visitor, *staged, *d, nullptr, saved);
}

HandlerResult LongImportCommit(const App& app, Request& request, const Visitor& visitor) {
  auto staged = StagedOf(app, request);
  if (!staged) return core::Fail(staged.error());
  auto committed =
      domain::CommitLongTable(app.store, app.clock, *visitor.principal(), ActorOf(visitor, request),
                              staged->project_id, staged->import_id, staged->words);
  if (committed && committed->check.saved) {
    return Response::Redirect(staged->Page() + "?sparat=1");
  }
  if (!committed && committed.error().code != core::ErrorCode::kConflict) {
    return core::Fail(committed.error());
  }
  // Refused: the file's problems against the data now, as the commit found them; or, committed
  // before, the preview as it is now.
  core::Error why;
  if (committed) {
    why = core::Error::Invalid("the file has problems", "file", "error.import.has_problems");
    why.params.push_back(core::ErrorParam::Number(
        "count", static_cast<std::int64_t>(committed->check.problem_count)));
  } else {
    why = committed.error();
    committed = domain::LoadLongTable(app.store, app.clock, *visitor.principal(),
                                      staged->project_id, staged->import_id, staged->words);
    if (!committed) return core::Fail(committed.error());
  }
  return PreviewPage(app, request, visitor, *staged, *committed, &why);
}

HandlerResult LongImportColumnsSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto staged = StagedOf(app, request);
  if (!staged) return core::Fail(staged.error());
  // The staged table first: its project, and who may see it, as its preview.
  auto found =
      domain::FindLongTable(app.store, *visitor.principal(), staged->project_id, staged->import_id);
  if (!found) return core::Fail(found.error());
  auto saved = domain::RememberLongColumns(app.store, app.clock, *visitor.principal(),
                                           ActorOf(visitor, request), staged->project_id,
                                           ColumnAnswers(request));
  // The preview's page reads the file again with what is remembered now.
  if (saved) return Response::Redirect(staged->Page());
  if (saved.error().code != core::ErrorCode::kInvalidInput) return core::Fail(saved.error());
  auto d = domain::LoadLongTable(app.store, app.clock, *visitor.principal(), staged->project_id,
                                 staged->import_id, staged->words);
  if (!d) return core::Fail(d.error());
  return PreviewPage(app, request, visitor, *staged, *d, &saved.error());
}

}  // namespace stegvis::web
