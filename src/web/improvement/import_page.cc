// Importing a file of a measure's values from the measure page: the upload (a
// multipart/form-data form), the preview with every problem named by row and column, and the
// commit, after which the measure's page shows the chart with the new values.

#include "core/text.h"
#include "domain/import_columns.h"
#include "domain/imports.h"
#include "domain/measures.h"
#include "web/http/access_guard.h"
#include "web/improvement/handlers.h"
#include "web/improvement/import_columns_form.h"
#include "web/improvement/import_file.h"
#include "web/improvement/kolada_import.h"
#include "web/improvement/measure_grid.h"
#include "web/render/error_status.h"
#include "web/render/error_text.h"
#include "web/render/forms.h"
#include "web/render/language.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

struct ImportRowView {
  std::int64_t line = 0;
  std::vector<std::string> cells;
};
constexpr auto Describe(std::type_identity<ImportRowView>) {
  return std::tuple{core::Field("line", &ImportRowView::line),
                    core::Field("cells", &ImportRowView::cells)};
}

// import.mustache: a staged file's preview, or a refused upload or commit.
struct ImportPageView {
  domain::Id measure_id = 0;
  std::string measure_name;
  domain::Id import_id = 0;
  bool staged = false;                   // a file was read: its table is shown
  std::optional<std::string> file_name;  // none for a refused upload or a file without a name
  std::optional<std::string> sheet;      // the workbook's sheet that was read; none for CSV
  std::optional<std::string> source;     // the Kolada series of a Kolada file, in words
  std::vector<std::string> header;
  std::vector<ImportRowView> rows;
  bool has_problems = false;
  std::vector<std::string> problems;
  std::string problem_count;
  bool may_commit = false;
  bool committed = false;
  std::optional<std::string> refusal;            // why the upload or commit was refused
  std::vector<ColumnChoiceView> column_choices;  // columns not named by the grid's words
  bool has_column_choices = false;
};
constexpr auto Describe(std::type_identity<ImportPageView>) {
  using V = ImportPageView;
  return std::tuple{core::Field("measure_id", &V::measure_id),
                    core::Field("measure_name", &V::measure_name),
                    core::Field("import_id", &V::import_id),
                    core::Field("staged", &V::staged),
                    core::Field("file_name", &V::file_name),
                    core::Field("sheet", &V::sheet),
                    core::Field("source", &V::source),
                    core::Field("header", &V::header),
                    core::Field("rows", &V::rows),
                    core::Field("has_problems", &V::has_problems),
                    core::Field("problems", &V::problems),
                    core::Field("problem_count", &V::problem_count),
                    core::Field("may_commit", &V::may_commit),
                    core::Field("committed", &V::committed),
                    core::Field("refusal", &V::refusal),
                    core::Field("column_choices", &V::column_choices),
                    core::Field("has_column_choices", &V::has_column_choices)};
}

ImportPageView PreviewView(const App& app, const std::string& lang,
                           const domain::ImportDetails& d) {
  ImportPageView view;
  view.measure_id = d.measure.id;
  view.measure_name = d.measure.name;
  view.import_id = d.record.id;
  view.staged = true;
  if (!d.record.file_name.empty()) view.file_name = d.record.file_name;
  if (!d.preview.sheet.empty()) view.sheet = d.preview.sheet;
  if (d.preview.kolada) view.source = KoladaSourceText(app.catalogue, lang, *d.preview.kolada);
  view.header = d.preview.header;
  // Kolada's codes in words: "Kvinnor (K)".
  for (std::size_t c = 0; d.preview.kolada && c < view.header.size(); ++c) {
    if (c >= d.preview.columns.size() || !d.preview.columns[c]) continue;
    const domain::ImportColumn& column = *d.preview.columns[c];
    if (column.kind != domain::ImportColumn::Kind::kValue) continue;
    view.header[c] =
        app.catalogue.Get(lang, "group." + column.group + "_label") + " (" + view.header[c] + ")";
  }
  for (const domain::ImportRow& row : d.preview.rows) {
    ImportRowView shown{static_cast<std::int64_t>(row.line), row.cells};
    // Numbers as the grid shows them (a decimal comma in Swedish); other text as written.
    for (std::size_t c = 0; c < shown.cells.size() && c < d.preview.columns.size(); ++c) {
      const auto& column = d.preview.columns[c];
      if (column && column->kind != domain::ImportColumn::Kind::kPeriod &&
          domain::ParseStoredNumber(shown.cells[c])) {
        shown.cells[c] = Shown(shown.cells[c], lang);
      }
    }
    view.rows.push_back(std::move(shown));
  }
  for (const domain::ImportProblem& p : d.preview.problems) {
    view.problems.push_back(ImportProblemText(app.catalogue, lang, p));
  }
  view.has_problems = !view.problems.empty();
  view.problem_count = app.catalogue.Format(lang, "import.problem_count",
                                            {{"n", std::to_string(view.problems.size())}});
  view.committed = d.record.status == domain::kImportCommitted;
  view.may_commit = !view.has_problems && !view.committed;
  if (!view.committed) view.column_choices = ColumnChoices(app.catalogue, lang, d);
  view.has_column_choices = !view.column_choices.empty();
  return view;
}

HandlerResult RenderImport(const App& app, Request& request, const Visitor& visitor,
                           const ImportPageView& view, int status) {
  return RenderPage(app, request, {"import", "import.title", "", status}, view,
                    ChooseLanguage(request), visitor);
}

// The page of a refused upload: the measure, why, and the form to try another file.
HandlerResult RefusedUpload(const App& app, Request& request, const Visitor& visitor,
                            domain::Id measure_id, const core::Error& error) {
  auto measure = domain::LoadMeasure(app.store, *visitor.principal(), measure_id);
  if (!measure) return core::Fail(measure.error());
  ImportPageView view;
  view.measure_id = measure_id;
  view.measure_name = measure->measure.name;
  view.refusal = ErrorText(app.catalogue, ChooseLanguage(request).lang, error);
  return RenderImport(app, request, visitor, view, HttpStatus(error.code));
}

}  // namespace

HandlerResult MeasureImportUpload(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto file = ReadUploadedFile(request);
  if (!file) return RefusedUpload(app, request, visitor, *id, file.error());
  const std::string lang = ChooseLanguage(request).lang;
  auto staged =
      domain::StageImport(app.store, app.clock, visitor.principal(), ActorOf(visitor, request), *id,
                          file->file_name, file->sheet, ImportHeaderWords(app.catalogue, lang));
  if (!staged) {
    if (staged.error().code != core::ErrorCode::kInvalidInput) return core::Fail(staged.error());
    return RefusedUpload(app, request, visitor, *id, staged.error());
  }
  return Response::Redirect("/import/" + std::to_string(staged->record.id));
}

HandlerResult MeasureKoladaFetch(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const Form form(request);
  const kolada::Series series{std::string(core::Trim(form.Get("kpi"))),
                              std::string(core::Trim(form.Get("area"))),
                              form.Get("area_kind") == "ou"};
  auto staged = StageKoladaImport(app, request, visitor, *id, series);
  if (!staged) {
    const core::ErrorCode code = staged.error().code;
    if (code != core::ErrorCode::kInvalidInput && code != core::ErrorCode::kUnavailable) {
      return core::Fail(staged.error());
    }
    return RefusedUpload(app, request, visitor, *id, staged.error());
  }
  return Response::Redirect("/import/" + std::to_string(staged->record.id));
}

HandlerResult ImportPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const std::string lang = ChooseLanguage(request).lang;
  auto d = domain::LoadImport(app.store, app.clock, visitor.principal(), *id,
                              ImportHeaderWords(app.catalogue, lang));
  if (!d) return core::Fail(d.error());
  ImportPageView view = PreviewView(app, lang, *d);
  return RenderImport(app, request, visitor, view, 200);
}

HandlerResult ImportColumnsSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const std::string lang = ChooseLanguage(request).lang;
  const domain::HeaderWords words = ImportHeaderWords(app.catalogue, lang);
  auto d = domain::LoadImport(app.store, app.clock, visitor.principal(), *id, words);
  if (!d) return core::Fail(d.error());
  auto saved =
      domain::RememberColumns(app.store, app.clock, *visitor.principal(), ActorOf(visitor, request),
                              d->measure.id, ColumnAnswers(request));
  if (saved) return Response::Redirect("/import/" + std::to_string(*id));
  if (saved.error().code != core::ErrorCode::kInvalidInput) return core::Fail(saved.error());
  ImportPageView view = PreviewView(app, lang, *d);
  view.refusal = ErrorText(app.catalogue, lang, saved.error());
  return RenderImport(app, request, visitor, view, HttpStatus(saved.error().code));
}

HandlerResult ImportCommitSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const std::string lang = ChooseLanguage(request).lang;
  const domain::HeaderWords words = ImportHeaderWords(app.catalogue, lang);
  auto committed = domain::CommitImport(app.store, app.clock, visitor.principal(),
                                        ActorOf(visitor, request), *id, words);
  if (committed) {
    return Response::Redirect("/matt/" + std::to_string(committed->measure_id) + "?sparat=1");
  }
  const core::ErrorCode code = committed.error().code;
  if (code != core::ErrorCode::kInvalidInput && code != core::ErrorCode::kConflict) {
    return core::Fail(committed.error());
  }
  // Refused: the preview as it is now, with why.
  auto d = domain::LoadImport(app.store, app.clock, visitor.principal(), *id, words);
  if (!d) return core::Fail(d.error());
  ImportPageView view = PreviewView(app, lang, *d);
  view.refusal = ErrorText(app.catalogue, lang, committed.error());
  if (code == core::ErrorCode::kConflict) view.may_commit = false;
  return RenderImport(app, request, visitor, view, HttpStatus(code));
}

}  // namespace stegvis::web
