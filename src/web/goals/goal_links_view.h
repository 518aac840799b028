#pragma once
// The goal-links block on the pages of programmes, projects (and their aims) and measures, as
// a typed view: the linked goals as a list and, for those who may change the object, a form
// of checkboxes grouped by framework (goal_links.mustache). The page's domain query reads the
// links (domain::LoadGoalLinks with the page's transaction); this turns them into words.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/describe.h"
#include "domain/goal_links.h"
#include "web/app.h"
#include "web/render/typed_view.h"

namespace stegvis::web {

// A goal as the block shows it ("CEMR artikel 9" and its title).
struct GoalChipView {
  domain::Id id = 0;
  std::string label;
  std::string title;
  bool retired = false;
  bool checked = false;  // in the form: linked now
};
constexpr auto Describe(std::type_identity<GoalChipView>) {
  using V = GoalChipView;
  return std::tuple{core::Field("id", &V::id), core::Field("label", &V::label),
                    core::Field("title", &V::title), core::Field("retired", &V::retired),
                    core::Field("checked", &V::checked)};
}

// One framework's entries in the form.
struct GoalFamilyView {
  std::string name;
  std::vector<GoalChipView> entries;
};
constexpr auto Describe(std::type_identity<GoalFamilyView>) {
  return std::tuple{core::Field("name", &GoalFamilyView::name),
                    core::Field("entries", &GoalFamilyView::entries)};
}

struct GoalLinksView {
  std::string anchor;  // "mal-project": the section's id, and the prefix of its fields' ids
  bool h2 = false;     // a section of the page (h2) or of a question (h3)
  std::string heading;
  bool has_linked = false;
  std::vector<GoalChipView> linked;
  bool may_change = false;
  std::string action;                    // where the form posts
  std::vector<GoalFamilyView> families;  // the form's choices (empty unless may_change)
  std::string base;                      // the linked ids the editor saw, comma-separated
  std::string csrf_token;                // rendered apart from the page, so the block carries it
  std::optional<std::string> error;      // the last save was refused
};
constexpr auto Describe(std::type_identity<GoalLinksView>) {
  using V = GoalLinksView;
  return std::tuple{core::Field("anchor", &V::anchor),   core::Field("h2", &V::h2),
                    core::Field("heading", &V::heading), core::Field("has_linked", &V::has_linked),
                    core::Field("linked", &V::linked),   core::Field("may_change", &V::may_change),
                    core::Field("action", &V::action),   core::Field("families", &V::families),
                    core::Field("base", &V::base),       core::Field("csrf_token", &V::csrf_token),
                    core::Field("error", &V::error)};
}

// The page of a linked object ("/projekt/12"), where the block is.
std::string GoalObjectPath(domain::GoalObject object, domain::Id id);
// Where the block's form posts ("/projekt/12/syftesmal").
std::string GoalLinksPostPath(domain::GoalObject object, domain::Id id);
// The block's anchor on its page ("mal-aim"), also the value of "malfel" after a refused save.
std::string GoalLinksAnchor(domain::GoalObject object);

// The block of `set` in `lang`. `heading_level` is 2 or 3; `refused` is the query's "malfel"
// (the anchor of the block whose last save was refused, if any).
GoalLinksView GoalLinksBlock(const App& app, const std::string& lang,
                             const domain::GoalLinkSet& set, int heading_level,
                             const std::string& csrf_token, std::optional<std::string> refused);

// The block rendered, for {{{goal_links}}} in the page's template.
RawHtml RenderGoalLinks(const App& app, const std::string& lang, const GoalLinksView& view);

}  // namespace stegvis::web
