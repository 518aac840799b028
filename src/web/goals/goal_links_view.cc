#include "web/goals/goal_links_view.h"

#include <algorithm>

#include "domain/goals.h"
#include "web/goals/goal_views.h"

namespace stegvis::web {

std::string GoalObjectPath(domain::GoalObject object, domain::Id id) {
  switch (object) {
    case domain::GoalObject::kProgramme: return "/program/" + std::to_string(id);
    case domain::GoalObject::kProject:
    case domain::GoalObject::kAim: return "/projekt/" + std::to_string(id);
    case domain::GoalObject::kMeasure: return "/matt/" + std::to_string(id);
  }
  return "/";
}

std::string GoalLinksPostPath(domain::GoalObject object, domain::Id id) {
  return GoalObjectPath(object, id) + (object == domain::GoalObject::kAim ? "/syftesmal" : "/mal");
}

std::string GoalLinksAnchor(domain::GoalObject object) {
  return "mal-" + std::string(domain::GoalObjectName(object));
}

GoalLinksView GoalLinksBlock(const App& app, const std::string& lang,
                             const domain::GoalLinkSet& set, int heading_level,
                             const std::string& csrf_token, std::optional<std::string> refused) {
  auto chip = [&](const domain::GoalEntry& e) {
    return GoalChipView{e.id, GoalLabel(app, lang, e), domain::GoalTitle(e, lang), e.retired};
  };
  GoalLinksView view;
  view.anchor = GoalLinksAnchor(set.object);
  view.h2 = heading_level == 2;
  view.heading = app.catalogue.Get(
      lang, "goals.links_heading." + std::string(domain::GoalObjectName(set.object)));
  for (const domain::GoalEntry& e : set.linked) {
    view.linked.push_back(chip(e));
    view.base += (view.base.empty() ? "" : ",") + std::to_string(e.id);
  }
  view.has_linked = !view.linked.empty();
  view.may_change = set.may_change;
  view.action = GoalLinksPostPath(set.object, set.object_id);
  if (set.may_change) {
    for (domain::GoalFamily family : domain::kGoalFamilies) {
      GoalFamilyView group{FamilyName(app, lang, family), {}};
      for (const domain::GoalEntry& e : set.choices) {
        if (e.family != family) continue;
        GoalChipView entry = chip(e);
        entry.checked = std::any_of(set.linked.begin(), set.linked.end(),
                                    [&](const domain::GoalEntry& l) { return l.id == e.id; });
        group.entries.push_back(std::move(entry));
      }
      if (!group.entries.empty()) view.families.push_back(std::move(group));
    }
  }
  view.csrf_token = csrf_token;
  if (refused && *refused == view.anchor) view.error = app.catalogue.Get(lang, "goals.error.links");
  return view;
}

RawHtml RenderGoalLinks(const App& app, const std::string& lang, const GoalLinksView& view) {
  return {app.templates.Render("goal_links", view, lang)};
}

}  // namespace stegvis::web
