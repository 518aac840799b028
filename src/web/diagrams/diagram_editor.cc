// The editor of the theory of change and the driver diagram: one section per level in the
// order the work is done (the effect first, working backwards; the primary drivers first),
// each item with plain forms to change or remove it, to link it to its neighbours and to the
// measures or change ideas of the project. Every form works without JavaScript.

#include <map>

#include "domain/driver_diagram.h"
#include "domain/theory_of_change.h"
#include "web/diagrams/diagram_views.h"

namespace stegvis::web {
namespace {

// The text, or nothing when it is empty (an empty text would still open a section).
std::optional<std::string> IfAny(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return text;
}

}  // namespace

std::vector<DiagramLevelView> DiagramEditor(const App& app, const std::string& lang,
                                            const domain::ProjectDiagram& d, const FormError* error,
                                            const std::string& typed) {
  const domain::Diagram& g = d.diagram;
  const bool toc = g.kind == domain::DiagramKind::kTheoryOfChange;
  const std::string prefix = toc ? "toc" : "driver";
  auto msg = [&](const std::string& key) { return app.catalogue.Get(lang, key); };
  auto error_for = [&](const std::string& field) {
    return error && error->field == field ? error->text : std::string();
  };
  std::map<domain::Id, const domain::DiagramItem*> by_id;
  for (const domain::DiagramItem& i : g.items) by_id[i.id] = &i;
  std::map<domain::Id, std::string> target_names;
  std::map<domain::Id, std::string> target_hrefs;
  if (toc) {
    for (const domain::Measure& m : d.measures) {
      target_names[m.id] = m.name;
      target_hrefs[m.id] = "/matt/" + std::to_string(m.id);
    }
  } else {
    for (const domain::ChangeIdea& i : d.ideas) {
      target_names[i.id] = i.title;
      target_hrefs[i.id] = "/forandringsideer/" + std::to_string(i.id);
    }
  }

  std::vector<int> order;
  if (toc) {
    for (domain::TocLevel l : domain::kTocLevelsBackwards) order.push_back(static_cast<int>(l));
  } else {
    order = {0, 1};
  }
  std::vector<DiagramLevelView> levels;
  for (int level : order) {
    const std::string name(domain::DiagramLevelName(g.kind, level));
    DiagramLevelView lv;
    lv.name = name;
    lv.anchor = "niva-" + name;
    lv.heading = msg(prefix + ".level." + name);
    lv.question = msg(prefix + ".question." + name);
    lv.item_label = msg(prefix + ".item." + name);
    lv.new_id = "new-" + name;
    lv.new_error = IfAny(error_for("new-" + name));
    if (lv.new_error) lv.new_text = typed;
    // Links go up one level: in the theory of change an item links to what it leads to; in
    // the driver diagram a secondary driver names the primary driver it belongs to.
    const bool can_link = toc ? level < 5 : level == 1;
    const int other_level = toc ? level + 1 : 0;
    for (const domain::DiagramItem& item : g.items) {
      if (item.level != level) continue;
      const std::string id = std::to_string(item.id);
      DiagramItemView it;
      it.id = item.id;
      it.text = item.text;
      it.version = item.version;
      it.anchor = "item-" + id;
      it.edit_text = item.text;
      it.edit_error = IfAny(error_for("text-" + id));
      if (it.edit_error) {
        it.edit_text = typed;
        it.edit_open = true;
      }
      if (can_link) {
        std::map<domain::Id, bool> linked;
        for (const domain::DiagramLink& l : g.links) {
          const domain::Id other =
              toc ? (l.from == item.id ? l.to : 0) : (l.to == item.id ? l.from : 0);
          if (other == 0 || !by_id.count(other)) continue;
          linked[other] = true;
          it.links.push_back(
              {l.from, l.to, by_id[other]->text,
               app.catalogue.Format(lang, "toc.unlink_context", {{"text", by_id[other]->text}})});
        }
        for (const domain::DiagramItem& other : g.items) {
          if (other.level != other_level || linked.count(other.id)) continue;
          it.link_choices.push_back({other.id, other.text});
        }
        it.can_link = true;
        it.link_label = msg(toc ? "toc.leads_to" : "driver.belongs_to");
        it.link_choose = msg(toc ? "toc.link_choose" : "driver.link_choose");
        it.link_select_name = toc ? "to" : "from";
        it.link_fixed_name = toc ? "from" : "to";
        it.has_links = !it.links.empty();
        it.has_link_choices = !it.link_choices.empty();
        it.no_link_choices = msg(toc ? "toc.no_link_choices" : "driver.no_primary");
        it.link_error = IfAny(error_for("link-" + id));
      }
      if (domain::LevelTakesRefs(g.kind, level)) {
        std::map<domain::Id, bool> linked;
        for (const domain::DiagramRef& r : g.refs) {
          if (r.item_id != item.id || !target_names.count(r.target_id)) continue;
          linked[r.target_id] = true;
          it.refs.push_back({r.target_id, target_names[r.target_id], target_hrefs[r.target_id],
                             app.catalogue.Format(lang, "toc.unlink_context",
                                                  {{"text", target_names[r.target_id]}})});
        }
        for (const auto& [target, target_name] : target_names) {
          if (!linked.count(target)) it.ref_choices.push_back({target, target_name});
        }
        it.takes_refs = true;
        it.refs_label = msg(toc ? "toc.measures_label" : "driver.ideas_label");
        it.ref_choose = msg(toc ? "toc.measure_choose" : "driver.idea_choose");
        it.ref_add = msg(toc ? "toc.measure_add" : "driver.idea_add");
        it.ref_remove = msg(toc ? "toc.measure_remove" : "driver.idea_remove");
        it.has_refs = !it.refs.empty();
        it.has_ref_choices = !it.ref_choices.empty();
        it.no_ref_choices = msg(toc ? "toc.no_measures" : "driver.no_ideas");
        it.ref_error = IfAny(error_for("ref-" + id));
      }
      lv.items.push_back(std::move(it));
    }
    if (can_link) {
      // The new item may be linked as it is added: what it leads to / the primary driver.
      NewItemLinkView link{msg(toc ? "toc.new_leads_to" : "driver.new_belongs_to"),
                           toc ? "to" : "from",
                           msg("toc.new_link_none"),
                           {}};
      for (const domain::DiagramItem& other : g.items) {
        if (other.level == other_level) link.choices.push_back({other.id, other.text});
      }
      if (!link.choices.empty()) lv.new_link = std::move(link);
    }
    lv.has_items = !lv.items.empty();
    levels.push_back(std::move(lv));
  }
  return levels;
}

}  // namespace stegvis::web
