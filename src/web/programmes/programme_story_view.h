#pragma once
// What a programme's improvement story shows (programme_story.mustache): the programme's aim,
// the teams taking part, each common measure across the teams, and every idea of the change
// package with the tests the teams ran on it and what they learned.

#include <optional>
#include <string>
#include <vector>

#include "core/describe.h"
#include "domain/organisation.h"
#include "domain/programme_story.h"
#include "web/app.h"
#include "web/goals/goal_links_view.h"
#include "web/improvement/story_view.h"
#include "web/programmes/dashboard_view.h"
#include "web/render/typed_view.h"

namespace stegvis::web {

struct ProgrammeStoryTeamView {
  std::string name;
  std::string unit;
  std::string organisation;
};
constexpr auto Describe(std::type_identity<ProgrammeStoryTeamView>) {
  using V = ProgrammeStoryTeamView;
  return std::tuple{core::Field("name", &V::name), core::Field("unit", &V::unit),
                    core::Field("organisation", &V::organisation)};
}

// One team's latest values of a common measure.
struct ProgrammeStoryRowView {
  std::string team;
  std::string organisation;
  DashboardCellView cell;
};
constexpr auto Describe(std::type_identity<ProgrammeStoryRowView>) {
  using V = ProgrammeStoryRowView;
  return std::tuple{core::Field("team", &V::team), core::Field("organisation", &V::organisation),
                    core::Field("cell", &V::cell)};
}

struct ProgrammeStoryMeasureView {
  domain::Id id = 0;
  DashboardColumnView column;  // name, unit, last complete period, the groups' names
  std::vector<ProgrammeStoryRowView> rows;
  std::optional<DashboardFunnelView> funnel;  // proportions and rates with data
};
constexpr auto Describe(std::type_identity<ProgrammeStoryMeasureView>) {
  using V = ProgrammeStoryMeasureView;
  return std::tuple{core::Field("id", &V::id), core::Field("column", &V::column),
                    core::Field("rows", &V::rows), core::Field("funnel", &V::funnel)};
}

// A team's test of an idea.
struct ProgrammeStoryCycleView {
  std::string team;
  std::string organisation;
  StoryCycleView cycle;
};
constexpr auto Describe(std::type_identity<ProgrammeStoryCycleView>) {
  using V = ProgrammeStoryCycleView;
  return std::tuple{core::Field("team", &V::team), core::Field("organisation", &V::organisation),
                    core::Field("cycle", &V::cycle)};
}

struct ProgrammeStoryIdeaView {
  domain::Id id = 0;
  std::string title;
  std::optional<std::string> description;
  std::string counts;  // "Tests: 3 – adopted 1, …"
  std::vector<ProgrammeStoryCycleView> cycles;
  bool has_cycles = false;
};
constexpr auto Describe(std::type_identity<ProgrammeStoryIdeaView>) {
  using V = ProgrammeStoryIdeaView;
  return std::tuple{core::Field("id", &V::id),
                    core::Field("title", &V::title),
                    core::Field("description", &V::description),
                    core::Field("counts", &V::counts),
                    core::Field("cycles", &V::cycles),
                    core::Field("has_cycles", &V::has_cycles)};
}

// What a published summary adds to the story (and its preview adds to that).
struct PublicProgrammeView {
  std::string organisation;
  std::string date;                        // the day it was published (in a preview: today)
  std::string threshold_text;              // "Värden som bygger på färre än 5 …"
  std::optional<std::string> other_teams;  // "3 more teams of other organisations take part …"
  std::string feed_url;
  bool preview = false;
  bool is_published = false;
  std::optional<std::string> url;  // the public address, when published
};
constexpr auto Describe(std::type_identity<PublicProgrammeView>) {
  using V = PublicProgrammeView;
  return std::tuple{core::Field("organisation", &V::organisation),
                    core::Field("date", &V::date),
                    core::Field("threshold_text", &V::threshold_text),
                    core::Field("other_teams", &V::other_teams),
                    core::Field("feed_url", &V::feed_url),
                    core::Field("preview", &V::preview),
                    core::Field("is_published", &V::is_published),
                    core::Field("url", &V::url)};
}

struct ProgrammeStoryView {
  bool internal = true;      // the signed-in page: breadcrumb, print and Word links, its footer
  bool may_publish = false;  // runs the programme: may publish a summary
  std::optional<PublicProgrammeView> published;  // the public page, or its preview
  domain::Id id = 0;
  std::string heading;  // the programme's name
  std::string facts;    // "Tema · 2025-01-15 – 2025-12-31 · Drivs av: …"
  bool closed = false;
  std::string today;
  std::optional<std::string> aim;
  std::vector<ProgrammeStoryTeamView> teams;
  bool has_teams = false;
  std::optional<std::string> hidden_teams;
  std::vector<ProgrammeStoryMeasureView> measures;
  bool has_measures = false;
  std::vector<SignalView> key;
  std::vector<ProgrammeStoryIdeaView> ideas;
  bool has_ideas = false;
  bool cycles_shown = false;
  std::vector<GoalChipView> goals;
  bool has_goals = false;
};
constexpr auto Describe(std::type_identity<ProgrammeStoryView>) {
  using V = ProgrammeStoryView;
  return std::tuple{core::Field("internal", &V::internal),
                    core::Field("may_publish", &V::may_publish),
                    core::Field("published", &V::published),
                    core::Field("id", &V::id),
                    core::Field("heading", &V::heading),
                    core::Field("facts", &V::facts),
                    core::Field("closed", &V::closed),
                    core::Field("today", &V::today),
                    core::Field("aim", &V::aim),
                    core::Field("teams", &V::teams),
                    core::Field("has_teams", &V::has_teams),
                    core::Field("hidden_teams", &V::hidden_teams),
                    core::Field("measures", &V::measures),
                    core::Field("has_measures", &V::has_measures),
                    core::Field("key", &V::key),
                    core::Field("ideas", &V::ideas),
                    core::Field("has_ideas", &V::has_ideas),
                    core::Field("cycles_shown", &V::cycles_shown),
                    core::Field("goals", &V::goals),
                    core::Field("has_goals", &V::has_goals)};
}

// The story's view in `lang`, for the page and the Word document.
ProgrammeStoryView ProgrammeStoryViewOf(const App& app, const std::string& lang,
                                        const domain::ProgrammeStory& story);

}  // namespace stegvis::web
