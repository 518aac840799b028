#pragma once
// Monthly reports in words, shared by their pages: a report's state, its submission and one
// cell of a grid of months.

#include <string>

#include "domain/monthly_reports.h"
#include "web/app.h"
#include "web/programmes/monthly_report_view.h"

namespace stegvis::web {

// "Inskickad i tid", "Sen", "Saknas", "Inte förfallen" (report.state.*).
std::string ReportStateText(const App& app, const std::string& lang, domain::ReportState state);
// The tag class of a state: late and missing stand out.
std::string ReportStateCss(domain::ReportState state);
// "Inskickad 2027-01-03 av anna@…" of a submitted report.
std::string SubmittedText(const App& app, const std::string& lang,
                          const domain::MonthlyReport& report);
// The month of a project's report as one cell, linked to the report.
ReportCellView ReportCellOf(const App& app, const std::string& lang, domain::Id project_id,
                            const domain::ReportMonth& month);

}  // namespace stegvis::web
