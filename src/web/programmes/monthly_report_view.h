#pragma once
// What the monthly report pages show, as typed views: one report with its form
// (monthly_report.mustache), a project's months (project_reports.mustache), the programme's
// team × month grid (programme_reports.mustache) and a learning session's material
// (learning_session.mustache).

#include <optional>
#include <string>
#include <vector>

#include "core/describe.h"
#include "domain/organisation.h"
#include "web/comments/comment_views.h"
#include "web/programmes/dashboard_view.h"
#include "web/render/form_view.h"

namespace stegvis::web {

// One measure's latest values up to the report's month, in words.
struct MonthlyMeasureView {
  std::string name;
  std::string period;  // "–" without data
  std::string values;  // "Kvinnor 5, Män 3"
};
constexpr auto Describe(std::type_identity<MonthlyMeasureView>) {
  using V = MonthlyMeasureView;
  return std::tuple{core::Field("name", &V::name), core::Field("period", &V::period),
                    core::Field("values", &V::values)};
}

struct MonthlyReportView {
  domain::Id project_id = 0;
  std::string project;
  std::string team;
  domain::Id programme_id = 0;
  std::string programme;
  std::string month;
  std::string deadline;
  std::string state;      // in words
  std::string state_css;  // "tag--overdue" for late and missing
  bool may_edit = false;
  bool stored = false;
  std::int64_t version = 0;
  std::string tested, learned, support;
  std::optional<std::string> submitted;  // "Inskickad 2027-01-03 av …"
  std::vector<std::string> cycles;
  std::vector<MonthlyMeasureView> measures;
  bool has_measures = false;
  std::string progress;  // "2,5" or "–"
  std::optional<std::string> changed_by;
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_tested, error_learned, error_support;
  CommentsView comments;
};
constexpr auto Describe(std::type_identity<MonthlyReportView>) {
  using V = MonthlyReportView;
  return std::tuple{core::Field("project_id", &V::project_id),
                    core::Field("project", &V::project),
                    core::Field("team", &V::team),
                    core::Field("programme_id", &V::programme_id),
                    core::Field("programme", &V::programme),
                    core::Field("month", &V::month),
                    core::Field("deadline", &V::deadline),
                    core::Field("state", &V::state),
                    core::Field("state_css", &V::state_css),
                    core::Field("may_edit", &V::may_edit),
                    core::Field("stored", &V::stored),
                    core::Field("version", &V::version),
                    core::Field("tested", &V::tested),
                    core::Field("learned", &V::learned),
                    core::Field("support", &V::support),
                    core::Field("submitted", &V::submitted),
                    core::Field("cycles", &V::cycles),
                    core::Field("measures", &V::measures),
                    core::Field("has_measures", &V::has_measures),
                    core::Field("progress", &V::progress),
                    core::Field("changed_by", &V::changed_by),
                    core::Field("has_errors", &V::has_errors),
                    core::Field("errors", &V::errors),
                    core::Field("error_tested", &V::error_tested),
                    core::Field("error_learned", &V::error_learned),
                    core::Field("error_support", &V::error_support),
                    core::Field("comments", &V::comments)};
}

// One month of one project: its state in words, linked to the report.
struct ReportCellView {
  std::string month;
  std::string href;
  std::string state;
  std::string state_css;
};
constexpr auto Describe(std::type_identity<ReportCellView>) {
  using V = ReportCellView;
  return std::tuple{core::Field("month", &V::month), core::Field("href", &V::href),
                    core::Field("state", &V::state), core::Field("state_css", &V::state_css)};
}

struct ReportRowView {
  std::string team;
  std::string project;
  std::vector<ReportCellView> cells;
};
constexpr auto Describe(std::type_identity<ReportRowView>) {
  using V = ReportRowView;
  return std::tuple{core::Field("team", &V::team), core::Field("project", &V::project),
                    core::Field("cells", &V::cells)};
}

// A project's months (rows: one) or the programme's grid (rows: one per project).
struct ReportGridView {
  domain::Id id = 0;  // the project's or the programme's
  std::string heading;
  domain::Id programme_id = 0;
  std::string programme;
  std::vector<std::string> months;
  std::vector<ReportRowView> rows;
  bool has_rows = false;
  std::optional<std::string> missing;       // "3 reports missing"
  std::optional<std::string> hidden_teams;  // "2 more teams take part …"
};
constexpr auto Describe(std::type_identity<ReportGridView>) {
  using V = ReportGridView;
  return std::tuple{core::Field("id", &V::id),
                    core::Field("heading", &V::heading),
                    core::Field("programme_id", &V::programme_id),
                    core::Field("programme", &V::programme),
                    core::Field("months", &V::months),
                    core::Field("rows", &V::rows),
                    core::Field("has_rows", &V::has_rows),
                    core::Field("missing", &V::missing),
                    core::Field("hidden_teams", &V::hidden_teams)};
}

// One submitted report in a learning session's material.
struct SessionReportView {
  std::string team;
  std::string project;
  std::string month;
  std::string tested, learned, support;
  std::string submitted;  // in words, with "late" when it was
};
constexpr auto Describe(std::type_identity<SessionReportView>) {
  using V = SessionReportView;
  return std::tuple{core::Field("team", &V::team),          core::Field("project", &V::project),
                    core::Field("month", &V::month),        core::Field("tested", &V::tested),
                    core::Field("learned", &V::learned),    core::Field("support", &V::support),
                    core::Field("submitted", &V::submitted)};
}

struct LearningSessionView {
  domain::Id programme_id = 0;
  std::string programme;
  std::string title;
  std::string date;
  std::optional<std::string> action_period;  // "Arbetsperiod 1, 2026-11-01 – 2026-12-31"
  std::vector<SessionReportView> reports;
  bool has_reports = false;
  DashboardView dashboard;
};
constexpr auto Describe(std::type_identity<LearningSessionView>) {
  using V = LearningSessionView;
  return std::tuple{core::Field("programme_id", &V::programme_id),
                    core::Field("programme", &V::programme),
                    core::Field("title", &V::title),
                    core::Field("date", &V::date),
                    core::Field("action_period", &V::action_period),
                    core::Field("reports", &V::reports),
                    core::Field("has_reports", &V::has_reports),
                    core::Field("dashboard", &V::dashboard)};
}

}  // namespace stegvis::web
