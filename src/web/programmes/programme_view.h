#pragma once
// What the programmes' pages show, as typed views: the list with the form for a new one
// (programmes.mustache), and a programme's page with its teams' small multiples, change
// package, common measures and calendar (programme.mustache).

#include <optional>
#include <string>
#include <vector>

#include "core/describe.h"
#include "domain/organisation.h"
#include "web/pdsa/pdsa_views.h"
#include "web/render/form_view.h"
#include "web/render/typed_view.h"

namespace stegvis::web {

struct ProgrammeItemView {
  domain::Id id = 0;
  std::string name;
  std::string theme;
  std::string starts_on;
  std::string ends_on;
};
constexpr auto Describe(std::type_identity<ProgrammeItemView>) {
  using V = ProgrammeItemView;
  return std::tuple{core::Field("id", &V::id), core::Field("name", &V::name),
                    core::Field("theme", &V::theme), core::Field("starts_on", &V::starts_on),
                    core::Field("ends_on", &V::ends_on)};
}

// The new programme's form as sent, when it comes back with an error.
struct NewProgrammeView {
  std::string name;
  std::string theme;
  std::string aim;
  std::string starts_on;
  std::string ends_on;
};
constexpr auto Describe(std::type_identity<NewProgrammeView>) {
  using V = NewProgrammeView;
  return std::tuple{core::Field("name", &V::name), core::Field("theme", &V::theme),
                    core::Field("aim", &V::aim), core::Field("starts_on", &V::starts_on),
                    core::Field("ends_on", &V::ends_on)};
}

struct ProgrammesView {
  bool has_programmes = false;
  std::vector<ProgrammeItemView> programmes;
  bool may_create = false;  // admins and organisation-wide strategists: the form
  std::optional<NewProgrammeView> new_programme;
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_name;
  std::optional<std::string> error_starts_on;
  std::optional<std::string> error_ends_on;
};
constexpr auto Describe(std::type_identity<ProgrammesView>) {
  using V = ProgrammesView;
  return std::tuple{core::Field("has_programmes", &V::has_programmes),
                    core::Field("programmes", &V::programmes),
                    core::Field("may_create", &V::may_create),
                    core::Field("new", &V::new_programme),
                    core::Field("has_errors", &V::has_errors),
                    core::Field("errors", &V::errors),
                    core::Field("error_name", &V::error_name),
                    core::Field("error_starts_on", &V::error_starts_on),
                    core::Field("error_ends_on", &V::error_ends_on)};
}

struct CalendarEntryView {
  std::string href;  // its form, for those who may change the programme; else empty
  std::string title;
  std::string kind;      // learning session or action period, in words
  bool session = false;  // a learning session
  std::string dates;     // "2026-02-03" or "2026-02-03 – 2026-04-30"
  std::string material;  // a learning session's material (its page); else empty
};
constexpr auto Describe(std::type_identity<CalendarEntryView>) {
  using V = CalendarEntryView;
  return std::tuple{core::Field("href", &V::href),   core::Field("title", &V::title),
                    core::Field("kind", &V::kind),   core::Field("session", &V::session),
                    core::Field("dates", &V::dates), core::Field("material", &V::material)};
}

struct CommonMeasureView {
  std::string href;  // its edit form, for those who run an open programme; else empty
  std::string name;
  std::string definition;
  std::string kind;
  bool retired = false;
};
constexpr auto Describe(std::type_identity<CommonMeasureView>) {
  using V = CommonMeasureView;
  return std::tuple{core::Field("href", &V::href), core::Field("name", &V::name),
                    core::Field("definition", &V::definition), core::Field("kind", &V::kind),
                    core::Field("retired", &V::retired)};
}

// One small chart of a team's measure.
struct SmallMultipleView {
  domain::Id id = 0;
  std::string name;
  RawHtml svg;  // empty when the measure has no data yet
};
constexpr auto Describe(std::type_identity<SmallMultipleView>) {
  using V = SmallMultipleView;
  return std::tuple{core::Field("id", &V::id), core::Field("name", &V::name),
                    core::Field("svg", &V::svg)};
}

struct ProjectLinkView {
  domain::Id id = 0;
  std::string title;
};
constexpr auto Describe(std::type_identity<ProjectLinkView>) {
  return std::tuple{core::Field("id", &ProjectLinkView::id),
                    core::Field("title", &ProjectLinkView::title)};
}

struct ProgrammeTeamView {
  domain::Id id = 0;
  bool may_open = false;  // a guest team's programme work is shown to the host without links
  std::string name;
  std::string unit;
  std::vector<ProjectLinkView> projects;
  std::vector<SmallMultipleView> measures;
};
constexpr auto Describe(std::type_identity<ProgrammeTeamView>) {
  using V = ProgrammeTeamView;
  return std::tuple{core::Field("id", &V::id),
                    core::Field("may_open", &V::may_open),
                    core::Field("name", &V::name),
                    core::Field("unit", &V::unit),
                    core::Field("projects", &V::projects),
                    core::Field("measures", &V::measures)};
}

// An open offer of a team's adopted idea to the change package (domain/spread.h), with the
// buttons that accept and decline it.
struct PackageOfferView {
  domain::Id id = 0;
  std::string idea;
  std::string description;
  std::string from;  // "team (organisation)" in words
};
constexpr auto Describe(std::type_identity<PackageOfferView>) {
  using V = PackageOfferView;
  return std::tuple{core::Field("id", &V::id), core::Field("idea", &V::idea),
                    core::Field("description", &V::description), core::Field("from", &V::from)};
}

struct TeamChoiceView {
  domain::Id id = 0;
  std::string name;
};
constexpr auto Describe(std::type_identity<TeamChoiceView>) {
  return std::tuple{core::Field("id", &TeamChoiceView::id),
                    core::Field("name", &TeamChoiceView::name)};
}

// The form for a new calendar entry, as typed when it came back refused.
struct NewEventView {
  std::vector<RadioOptionView> kinds;
  std::string title;
  std::string starts_on;
  std::string ends_on;
};
constexpr auto Describe(std::type_identity<NewEventView>) {
  using V = NewEventView;
  return std::tuple{core::Field("kinds", &V::kinds), core::Field("title", &V::title),
                    core::Field("starts_on", &V::starts_on), core::Field("ends_on", &V::ends_on)};
}

struct ProgrammeView {
  domain::Id id = 0;
  std::string heading;
  std::string theme;
  std::string aim;
  std::string starts_on;
  std::string ends_on;
  std::string host_unit;  // the unit that runs it, or "the whole organisation"
  bool closed = false;    // read-only until reopened
  std::int64_t version = 0;
  bool saved = false;
  RawHtml goal_links;
  bool has_teams = false;
  std::vector<ProgrammeTeamView> teams;     // the teams the visitor may see
  std::optional<std::string> hidden_teams;  // "2 more teams take part": those outside the scope
  bool has_common = false;
  std::vector<CommonMeasureView> common;
  bool has_events = false;
  std::vector<CalendarEntryView> events;
  bool has_package = false;
  std::vector<IdeaLinkView> package;  // the change package
  bool has_package_offers = false;
  std::vector<PackageOfferView> package_offers;  // for those who run the open programme
  // The forms, for those who run the programme: while it is open every form (may_edit),
  // when closed only reopening.
  bool may_change = false;
  bool may_edit = false;
  std::optional<std::string> error_idea_title;  // the last idea added was refused
  bool error_team = false;                      // the last team added was refused
  NewEventView new_event;
  // The new calendar entry's refusals (fields "title", "starts_on", "ends_on").
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_title;
  std::optional<std::string> error_starts_on;
  std::optional<std::string> error_ends_on;
  bool has_other_teams = false;
  std::vector<TeamChoiceView> other_teams;  // the host's teams not taking part yet
};
constexpr auto Describe(std::type_identity<ProgrammeView>) {
  using V = ProgrammeView;
  return std::tuple{core::Field("id", &V::id),
                    core::Field("heading", &V::heading),
                    core::Field("theme", &V::theme),
                    core::Field("aim", &V::aim),
                    core::Field("starts_on", &V::starts_on),
                    core::Field("ends_on", &V::ends_on),
                    core::Field("host_unit", &V::host_unit),
                    core::Field("closed", &V::closed),
                    core::Field("version", &V::version),
                    core::Field("saved", &V::saved),
                    core::Field("goal_links", &V::goal_links),
                    core::Field("has_teams", &V::has_teams),
                    core::Field("teams", &V::teams),
                    core::Field("hidden_teams", &V::hidden_teams),
                    core::Field("has_common", &V::has_common),
                    core::Field("common", &V::common),
                    core::Field("has_events", &V::has_events),
                    core::Field("events", &V::events),
                    core::Field("has_package", &V::has_package),
                    core::Field("package", &V::package),
                    core::Field("has_package_offers", &V::has_package_offers),
                    core::Field("package_offers", &V::package_offers),
                    core::Field("may_change", &V::may_change),
                    core::Field("may_edit", &V::may_edit),
                    core::Field("error_idea_title", &V::error_idea_title),
                    core::Field("error_team", &V::error_team),
                    core::Field("new_event", &V::new_event),
                    core::Field("has_errors", &V::has_errors),
                    core::Field("errors", &V::errors),
                    core::Field("error_title", &V::error_title),
                    core::Field("error_starts_on", &V::error_starts_on),
                    core::Field("error_ends_on", &V::error_ends_on),
                    core::Field("has_other_teams", &V::has_other_teams),
                    core::Field("other_teams", &V::other_teams)};
}

}  // namespace stegvis::web
