#include "web/improvement/point_notes_view.h"

#include <boost/json/string.hpp>

#include "core/clock.h"
#include "core/text.h"
#include "web/render/excel_csv.h"

namespace stegvis::web {
namespace {

// The first words of a comment on the chart: the whole text is in the table.
constexpr std::size_t kLabelCodePoints = 24;

// "2026-12-06 13:43": when, to the minute, in UTC.
std::string Minute(std::int64_t at) {
  const std::string iso = core::FormatIsoUtc(at);
  return iso.substr(0, 10) + " " + iso.substr(11, 5);
}

// The note of `kind` on `period`, if any.
const domain::PointNote* NoteOf(const std::vector<domain::PointNote>& notes,
                                const std::string& period, domain::PointNoteKind kind) {
  for (const domain::PointNote& n : notes) {
    if (n.period == period && n.kind == kind) return &n;
  }
  return nullptr;
}

}  // namespace

std::vector<chart::Annotation> PointNoteAnnotations(const App& app, const std::string& lang,
                                                    const domain::MeasureDetails& d) {
  std::vector<chart::Annotation> out;
  for (std::size_t i = 0; i < d.point_notes.size(); ++i) {
    const domain::PointNote& n = d.point_notes[i];
    const bool excluded = n.kind == domain::PointNoteKind::kExclusion;
    chart::Annotation a;
    a.period = n.period;
    a.text = excluded ? app.catalogue.Get(lang, "point_note.excluded_label")
                      : core::ShortPrefix(n.text, kLabelCodePoints);
    a.detail = app.catalogue.Format(
        lang, excluded ? "point_note.excluded_detail" : "point_note.annotation_detail",
        {{"text", n.text}, {"who", d.point_note_by[i]}, {"when", Minute(n.updated_at)}});
    out.push_back(std::move(a));
  }
  return out;
}

boost::json::object PointNoteJson(const domain::PointNote& n, const std::string& by) {
  return boost::json::object{{"period", n.period},
                             {"kind", domain::PointNoteKindName(n.kind)},
                             {"text", n.text},
                             {"version", n.version},
                             {"created_at", core::FormatIsoUtc(n.created_at)},
                             {"updated_at", core::FormatIsoUtc(n.updated_at)},
                             {"updated_by", by}};
}

boost::json::array PointNotesJson(const domain::MeasureDetails& d, domain::PointNoteKind kind) {
  boost::json::array out;
  for (std::size_t i = 0; i < d.point_notes.size(); ++i) {
    if (d.point_notes[i].kind == kind) {
      out.push_back(PointNoteJson(d.point_notes[i], d.point_note_by[i]));
    }
  }
  return out;
}

std::string CsvWithPointNotes(const std::string& csv, char separator,
                              const stats::Analysis& analysis,
                              const std::vector<domain::PointNote>& notes) {
  std::string out;
  out.reserve(csv.size());
  std::size_t line = 0;
  std::size_t start = 0;
  while (start < csv.size()) {
    std::size_t end = csv.find('\n', start);
    if (end == std::string::npos) end = csv.size();
    out.append(csv, start, end - start);
    if (line == 0) {
      out += separator + std::string("exclusion_reason") + separator + "annotation";
    } else if (line - 1 < analysis.points.size()) {
      const std::string& period = analysis.points[line - 1].label;
      for (domain::PointNoteKind kind :
           {domain::PointNoteKind::kExclusion, domain::PointNoteKind::kAnnotation}) {
        const domain::PointNote* n = NoteOf(notes, period, kind);
        out += separator;
        if (n) out += ExcelCsvCell(n->text);
      }
    }
    out += '\n';
    start = end + 1;
    ++line;
  }
  return out;
}

}  // namespace stegvis::web
