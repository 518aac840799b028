#pragma once
// How a measure's notes on points (domain/point_notes.h) show: as markers on its charts (with
// their words in the data table and tooltip), as JSON, and as columns of the CSV download.

#include <string>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "chart/chart_input.h"
#include "domain/measures.h"
#include "stats/analysis.h"
#include "web/app.h"

namespace stegvis::web {

// The notes of `d` as chart markers over their periods: "Utesluten" for an exclusion, the
// comment's first words for an annotation; the whole reason or comment, with who and when, in
// the tooltip and the data table.
std::vector<chart::Annotation> PointNoteAnnotations(const App& app, const std::string& lang,
                                                    const domain::MeasureDetails& d);

// One note as the API shows it: period, kind, text, version, when it was written first and
// last (ISO UTC) and by whom last (`by`, as people know them).
boost::json::object PointNoteJson(const domain::PointNote& note, const std::string& by);

// The notes of `d` of `kind`, as PointNoteJson, by period.
boost::json::array PointNotesJson(const domain::MeasureDetails& d, domain::PointNoteKind kind);

// `csv` (io::AnalysisToCsv of `analysis`, "\n" line ends) with two more columns,
// "exclusion_reason" and "annotation": the notes of each point's period (quoted as
// ExcelCsvCell), empty where there is none.
std::string CsvWithPointNotes(const std::string& csv, char separator,
                              const stats::Analysis& analysis,
                              const std::vector<domain::PointNote>& notes);

}  // namespace stegvis::web
