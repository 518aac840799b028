#pragma once
// What the theory-of-change and driver-diagram pages show (diagram.mustache), as a typed view:
// the diagram as SVG and as a nested list, the driver diagram's aim and ideas, and for those
// who may change the team's work the editor, one section per level.

#include <optional>
#include <string>
#include <vector>

#include "core/describe.h"
#include "domain/organisation.h"
#include "web/render/form_view.h"
#include "web/render/typed_view.h"

namespace stegvis::web {

// A link of an item to an item of the next level, with the form that removes it.
struct DiagramLinkView {
  domain::Id from = 0;
  domain::Id to = 0;
  std::string text;     // the other item's text
  std::string context;  // the remove button's words for screen readers
};
constexpr auto Describe(std::type_identity<DiagramLinkView>) {
  using V = DiagramLinkView;
  return std::tuple{core::Field("from", &V::from), core::Field("to", &V::to),
                    core::Field("text", &V::text), core::Field("context", &V::context)};
}

// An item the select of a new link offers.
struct DiagramLinkChoiceView {
  domain::Id id = 0;
  std::string text;
};
constexpr auto Describe(std::type_identity<DiagramLinkChoiceView>) {
  return std::tuple{core::Field("id", &DiagramLinkChoiceView::id),
                    core::Field("text", &DiagramLinkChoiceView::text)};
}

// A measure (theory of change) or change idea (driver diagram) an item refers to.
struct DiagramRefView {
  domain::Id target_id = 0;
  std::string name;
  std::string href;
  std::string context;
};
constexpr auto Describe(std::type_identity<DiagramRefView>) {
  using V = DiagramRefView;
  return std::tuple{core::Field("target_id", &V::target_id), core::Field("name", &V::name),
                    core::Field("href", &V::href), core::Field("context", &V::context)};
}

struct DiagramRefChoiceView {
  domain::Id id = 0;
  std::string name;
};
constexpr auto Describe(std::type_identity<DiagramRefChoiceView>) {
  return std::tuple{core::Field("id", &DiagramRefChoiceView::id),
                    core::Field("name", &DiagramRefChoiceView::name)};
}

// One item in the editor with its forms.
struct DiagramItemView {
  domain::Id id = 0;
  std::string text;
  std::int64_t version = 0;
  std::string anchor;     // "item-12"
  std::string edit_text;  // what the change form shows: the text, or what was sent back
  std::optional<std::string> edit_error;
  bool edit_open = false;
  // Links to the next level (theory of change) or to the primary driver (driver diagram).
  bool can_link = false;
  std::string link_label;
  std::string link_choose;
  std::string link_select_name;  // "to" or "from": the side the select chooses
  std::string link_fixed_name;   // the side this item is on
  bool has_links = false;
  std::vector<DiagramLinkView> links;
  bool has_link_choices = false;
  std::vector<DiagramLinkChoiceView> link_choices;
  std::string no_link_choices;
  std::optional<std::string> link_error;
  // References to measures or change ideas, on the levels that take them.
  bool takes_refs = false;
  std::string refs_label;
  std::string ref_choose;
  std::string ref_add;
  std::string ref_remove;
  bool has_refs = false;
  std::vector<DiagramRefView> refs;
  bool has_ref_choices = false;
  std::vector<DiagramRefChoiceView> ref_choices;
  std::string no_ref_choices;
  std::optional<std::string> ref_error;
};
constexpr auto Describe(std::type_identity<DiagramItemView>) {
  using V = DiagramItemView;
  return std::tuple{core::Field("id", &V::id),
                    core::Field("text", &V::text),
                    core::Field("version", &V::version),
                    core::Field("anchor", &V::anchor),
                    core::Field("edit_text", &V::edit_text),
                    core::Field("edit_error", &V::edit_error),
                    core::Field("edit_open", &V::edit_open),
                    core::Field("can_link", &V::can_link),
                    core::Field("link_label", &V::link_label),
                    core::Field("link_choose", &V::link_choose),
                    core::Field("link_select_name", &V::link_select_name),
                    core::Field("link_fixed_name", &V::link_fixed_name),
                    core::Field("has_links", &V::has_links),
                    core::Field("links", &V::links),
                    core::Field("has_link_choices", &V::has_link_choices),
                    core::Field("link_choices", &V::link_choices),
                    core::Field("no_link_choices", &V::no_link_choices),
                    core::Field("link_error", &V::link_error),
                    core::Field("takes_refs", &V::takes_refs),
                    core::Field("refs_label", &V::refs_label),
                    core::Field("ref_choose", &V::ref_choose),
                    core::Field("ref_add", &V::ref_add),
                    core::Field("ref_remove", &V::ref_remove),
                    core::Field("has_refs", &V::has_refs),
                    core::Field("refs", &V::refs),
                    core::Field("has_ref_choices", &V::has_ref_choices),
                    core::Field("ref_choices", &V::ref_choices),
                    core::Field("no_ref_choices", &V::no_ref_choices),
                    core::Field("ref_error", &V::ref_error)};
}

// The new item's optional link, chosen as it is added.
struct NewItemLinkView {
  std::string label;
  std::string name;  // "to" or "from"
  std::string none;
  std::vector<DiagramLinkChoiceView> choices;
};
constexpr auto Describe(std::type_identity<NewItemLinkView>) {
  using V = NewItemLinkView;
  return std::tuple{core::Field("label", &V::label), core::Field("name", &V::name),
                    core::Field("none", &V::none), core::Field("choices", &V::choices)};
}

// One level of the editor: its question, its items and the form for a new one.
struct DiagramLevelView {
  std::string name;    // the level's stored name ("effect", "primary", ...)
  std::string anchor;  // "niva-effect"
  std::string heading;
  std::string question;
  std::string item_label;
  std::string new_id;  // "new-effect": the new item's field
  std::optional<std::string> new_error;
  std::optional<std::string> new_text;      // what was sent back with the error
  std::optional<NewItemLinkView> new_link;  // when the next level has items to link to
  bool has_items = false;
  std::vector<DiagramItemView> items;
};
constexpr auto Describe(std::type_identity<DiagramLevelView>) {
  using V = DiagramLevelView;
  return std::tuple{core::Field("name", &V::name),
                    core::Field("anchor", &V::anchor),
                    core::Field("heading", &V::heading),
                    core::Field("question", &V::question),
                    core::Field("item_label", &V::item_label),
                    core::Field("new_id", &V::new_id),
                    core::Field("new_error", &V::new_error),
                    core::Field("new_text", &V::new_text),
                    core::Field("new_link", &V::new_link),
                    core::Field("has_items", &V::has_items),
                    core::Field("items", &V::items)};
}

// A change idea in the driver page's table, with its tests.
struct DriverIdeaView {
  domain::Id id = 0;
  std::string title;
  std::string in_diagram;  // yes or no, in words
  int cycles = 0;
  std::string latest;  // the latest decision, or "not tested"
};
constexpr auto Describe(std::type_identity<DriverIdeaView>) {
  using V = DriverIdeaView;
  return std::tuple{core::Field("id", &V::id), core::Field("title", &V::title),
                    core::Field("in_diagram", &V::in_diagram), core::Field("cycles", &V::cycles),
                    core::Field("latest", &V::latest)};
}

struct DiagramPageView {
  domain::Id project_id = 0;
  std::string project;
  domain::Id team_id = 0;
  std::string team;
  bool is_toc = false;
  bool is_driver = false;
  std::string page_path;  // where every form posts
  std::string crumb;
  std::string heading;
  std::string intro;
  bool saved = false;
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> aim;  // the driver diagram's aim in sentences, once written
  RawHtml svg;
  std::optional<RawHtml> list;  // the same content as a nested list; none without items
  std::string list_intro;
  std::string list_empty;
  bool has_ideas = false;  // the driver diagram's ideas
  std::vector<DriverIdeaView> ideas;
  bool may_change = false;
  std::string edit_heading;
  std::string edit_intro;
  std::vector<DiagramLevelView> levels;  // the editor, for those who may change
  std::string history_type;
  std::string history_label;
};
constexpr auto Describe(std::type_identity<DiagramPageView>) {
  using V = DiagramPageView;
  return std::tuple{core::Field("project_id", &V::project_id),
                    core::Field("project", &V::project),
                    core::Field("team_id", &V::team_id),
                    core::Field("team", &V::team),
                    core::Field("is_toc", &V::is_toc),
                    core::Field("is_driver", &V::is_driver),
                    core::Field("page_path", &V::page_path),
                    core::Field("crumb", &V::crumb),
                    core::Field("heading", &V::heading),
                    core::Field("intro", &V::intro),
                    core::Field("saved", &V::saved),
                    core::Field("has_errors", &V::has_errors),
                    core::Field("errors", &V::errors),
                    core::Field("aim", &V::aim),
                    core::Field("svg", &V::svg),
                    core::Field("list", &V::list),
                    core::Field("list_intro", &V::list_intro),
                    core::Field("list_empty", &V::list_empty),
                    core::Field("has_ideas", &V::has_ideas),
                    core::Field("ideas", &V::ideas),
                    core::Field("may_change", &V::may_change),
                    core::Field("edit_heading", &V::edit_heading),
                    core::Field("edit_intro", &V::edit_intro),
                    core::Field("levels", &V::levels),
                    core::Field("history_type", &V::history_type),
                    core::Field("history_label", &V::history_label)};
}

}  // namespace stegvis::web
