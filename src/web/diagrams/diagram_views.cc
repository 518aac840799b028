#include "web/diagrams/diagram_views.h"

#include <map>
#include <set>

#include <boost/json/array.hpp>

#include "domain/driver_diagram.h"
#include "domain/theory_of_change.h"
#include "web/pdsa/pdsa_views.h"

namespace stegvis::web {
namespace {

std::string Key(domain::Id id) {
  return "i" + std::to_string(id);
}

std::string IdeaKey(domain::Id id) {
  return "idea" + std::to_string(id);
}

std::string LevelHeading(const App& app, const std::string& lang, domain::DiagramKind kind,
                         int level) {
  const std::string prefix = kind == domain::DiagramKind::kTheoryOfChange ? "toc" : "driver";
  return app.catalogue.Get(lang,
                           prefix + ".level." + std::string(domain::DiagramLevelName(kind, level)));
}

// The words under a change idea: how often it was tested and the latest decision.
std::vector<chart::BoxNote> IdeaStatus(const App& app, const std::string& lang,
                                       const domain::IdeaTests& t) {
  std::vector<chart::BoxNote> out;
  if (!t.tested()) {
    out.push_back({app.catalogue.Get(lang, "driver.untested"), ""});
    return out;
  }
  out.push_back({t.cycles == 1 ? app.catalogue.Get(lang, "driver.tested_one")
                               : app.catalogue.Format(lang, "driver.tested_many",
                                                      {{"n", std::to_string(t.cycles)}}),
                 ""});
  if (t.latest_decision != domain::PdsaDecision::kNone) {
    out.push_back(
        {app.catalogue.Format(lang, "driver.latest",
                              {{"decision", DecisionLabel(app, lang, t.latest_decision)}}),
         ""});
  }
  return out;
}

core::Result<domain::DiagramOp> OpOf(const std::string& name) {
  std::optional<domain::DiagramOp> op = domain::ParseDiagramOp(name);
  if (!op) return core::Fail(core::Error::Invalid("unknown op", "op", "error.diagram.unknown_op"));
  return *op;
}

}  // namespace

core::Result<domain::DiagramEdit> DiagramEditFromForm(const Form& form) {
  auto op = OpOf(form.Get("op"));
  if (!op) return core::Fail(op.error());
  domain::DiagramEdit edit;
  edit.op = *op;
  edit.level = form.Get("level");
  edit.text = form.Get("text");
  auto id = [&](const char* name) { return ParseId(form.Get(name)).value_or(0); };
  edit.item_id = id("item_id");
  edit.link = {id("from"), id("to")};
  edit.target_id = id("target_id");
  if (edit.op == domain::DiagramOp::kChangeItem) {
    std::optional<domain::Id> version = ParseId(form.Get("version"));
    if (!version) {
      return core::Fail(core::Error::Invalid("no version", "version", "error.pdsa.bad_version"));
    }
    edit.version = *version;
  }
  return edit;
}

domain::DiagramEdit DiagramEditFromJson(JsonFields& body) {
  domain::DiagramEdit edit;
  auto op = OpOf(body.Text("op"));
  if (!op) body.Refuse(op.error());
  edit.op = op.value_or(edit.op);
  edit.level = body.Text("level");
  edit.text = body.Text("text");
  // Ids that are missing are 0, which the domain refuses by name.
  auto id = [&](const char* name) { return body.OptionalInt(name, kIds).value_or(0); };
  edit.item_id = id("item_id");
  edit.version = body.OptionalInt("version", kVersions).value_or(0);
  edit.link = {id("from"), id("to")};
  edit.target_id = id("target_id");
  return edit;
}

boost::json::object DiagramJson(const domain::ProjectDiagram& d) {
  const domain::Diagram& g = d.diagram;
  const bool toc = g.kind == domain::DiagramKind::kTheoryOfChange;
  boost::json::array items, links, refs;
  for (const domain::DiagramItem& i : g.items) {
    items.push_back(boost::json::object{{"id", i.id},
                                        {"level", domain::DiagramLevelName(g.kind, i.level)},
                                        {"text", i.text},
                                        {"version", i.version},
                                        {"updated_at", i.updated_at},
                                        {"updated_by", i.updated_by}});
  }
  for (const domain::DiagramLink& l : g.links) {
    links.push_back(boost::json::object{{"from", l.from}, {"to", l.to}});
  }
  for (const domain::DiagramRef& r : g.refs) {
    refs.push_back(boost::json::object{{"item_id", r.item_id},
                                       {toc ? "measure_id" : "change_idea_id", r.target_id}});
  }
  boost::json::object out{{"project_id", d.project.id},
                          {"kind", domain::DiagramKindName(g.kind)},
                          {"items", std::move(items)},
                          {"links", std::move(links)},
                          {toc ? "measures" : "change_idea_links", std::move(refs)}};
  if (!toc) {
    out["aim"] = boost::json::object{{"what", d.project.aim_what},
                                     {"how_much", d.project.aim_how_much},
                                     {"by_when", d.project.aim_by_when},
                                     {"for_whom", d.project.aim_for_whom}};
    boost::json::array ideas;
    for (const domain::ChangeIdea& idea : d.ideas) {
      const domain::IdeaTests t = domain::SummariseIdeaTests(idea.id, d.cycles);
      ideas.push_back(
          boost::json::object{{"id", idea.id},
                              {"title", idea.title},
                              {"cycles", t.cycles},
                              {"finished_cycles", t.finished},
                              {"latest_decision", domain::PdsaDecisionName(t.latest_decision)}});
    }
    out["change_ideas"] = std::move(ideas);
  }
  return out;
}

std::string AimWords(const App& app, const std::string& lang, const domain::Project& p) {
  std::string out;
  auto add = [&](const std::string& part) {
    if (part.empty()) return;
    out += (out.empty() ? "" : " ") + part;
    if (out.back() != '.') out += '.';
  };
  add(p.aim_what);
  add(p.aim_how_much);
  if (!p.aim_by_when.empty()) {
    add(app.catalogue.Format(lang, "driver.aim_by", {{"date", p.aim_by_when}}));
  }
  if (!p.aim_for_whom.empty()) {
    add(app.catalogue.Format(lang, "driver.aim_for", {{"whom", p.aim_for_whom}}));
  }
  return out;
}

chart::TheoryInput TheoryInputFor(const App& app, const std::string& lang,
                                  const domain::ProjectDiagram& d) {
  const domain::Diagram& g = d.diagram;
  chart::TheoryInput in;
  in.title = app.catalogue.Format(lang, "toc.heading", {{"project", d.project.title}});
  in.desc = app.catalogue.Format(lang, "toc.desc",
                                 {{"project", d.project.title},
                                  {"items", std::to_string(g.items.size())},
                                  {"links", std::to_string(g.links.size())}});
  in.empty = app.catalogue.Get(lang, "toc.empty_level");
  in.shown_above = app.catalogue.Get(lang, "toc.shown_above");
  std::map<domain::Id, const domain::Measure*> measures;
  for (const domain::Measure& m : d.measures) measures[m.id] = &m;
  for (int level = 0; level < 6; ++level) {
    in.levels[level].heading = LevelHeading(app, lang, g.kind, level);
    in.levels[level].label =
        app.catalogue.Get(lang, "toc.item." + std::string(domain::DiagramLevelName(g.kind, level)));
  }
  for (const domain::DiagramItem& item : g.items) {
    chart::TheoryItem t{Key(item.id), item.text, {}};
    for (const domain::DiagramRef& r : g.refs) {
      auto m = measures.find(r.target_id);
      if (r.item_id != item.id || m == measures.end()) continue;
      t.measures.push_back(
          {app.catalogue.Format(lang, "toc.measure_note", {{"name", m->second->name}}),
           "/matt/" + std::to_string(m->first)});
    }
    in.levels.at(item.level).items.push_back(std::move(t));
  }
  for (const domain::DiagramLink& l : g.links) in.links.push_back({Key(l.from), Key(l.to)});
  return in;
}

chart::DriverInput DriverInputFor(const App& app, const std::string& lang,
                                  const domain::ProjectDiagram& d) {
  const domain::Diagram& g = d.diagram;
  chart::DriverInput in;
  in.title = app.catalogue.Format(lang, "driver.heading", {{"project", d.project.title}});
  in.aim_heading = app.catalogue.Get(lang, "driver.aim");
  in.aim = AimWords(app, lang, d.project);
  if (in.aim.empty()) in.aim = app.catalogue.Get(lang, "driver.aim_missing");
  in.primary_heading = LevelHeading(app, lang, g.kind, 0);
  in.secondary_heading = LevelHeading(app, lang, g.kind, 1);
  in.ideas_heading = app.catalogue.Get(lang, "driver.ideas");
  in.primary_label = app.catalogue.Get(lang, "driver.item.primary");
  in.secondary_label = app.catalogue.Get(lang, "driver.item.secondary");
  in.idea_label = app.catalogue.Get(lang, "driver.item.idea");
  in.empty = app.catalogue.Get(lang, "toc.empty_level");
  in.shown_above = app.catalogue.Get(lang, "toc.shown_above");
  for (const domain::DiagramItem& item : g.items) {
    chart::DiagramBox box{Key(item.id), item.text, {}, {}, false};
    (item.level == 0 ? in.primary : in.secondary).push_back(std::move(box));
  }
  for (const domain::DiagramLink& l : g.links) in.links.push_back({Key(l.from), Key(l.to)});
  // The ideas in the diagram, once each, in the order the project lists them.
  std::set<domain::Id> linked;
  for (const domain::DiagramRef& r : g.refs) {
    linked.insert(r.target_id);
    in.links.push_back({Key(r.item_id), IdeaKey(r.target_id)});
  }
  for (const domain::ChangeIdea& idea : d.ideas) {
    if (!linked.count(idea.id)) continue;
    const domain::IdeaTests t = domain::SummariseIdeaTests(idea.id, d.cycles);
    in.ideas.push_back({IdeaKey(idea.id), idea.title,
                        "/forandringsideer/" + std::to_string(idea.id), IdeaStatus(app, lang, t),
                        t.tested()});
  }
  in.desc = app.catalogue.Format(lang, "driver.desc",
                                 {{"project", d.project.title},
                                  {"primary", std::to_string(in.primary.size())},
                                  {"secondary", std::to_string(in.secondary.size())},
                                  {"ideas", std::to_string(in.ideas.size())}});
  return in;
}

std::string DiagramSvg(const App& app, const std::string& lang, const domain::ProjectDiagram& d) {
  if (d.diagram.kind == domain::DiagramKind::kTheoryOfChange) {
    return chart::RenderTheorySvg(TheoryInputFor(app, lang, d));
  }
  return chart::RenderDriverSvg(DriverInputFor(app, lang, d));
}

std::string DiagramList(const App& app, const std::string& lang, const domain::ProjectDiagram& d) {
  if (d.diagram.items.empty()) return {};
  if (d.diagram.kind == domain::DiagramKind::kTheoryOfChange) {
    return chart::RenderTheoryList(TheoryInputFor(app, lang, d));
  }
  return chart::RenderDriverList(DriverInputFor(app, lang, d));
}

DiagramSummaryView DiagramSummaryOf(const App& app, const std::string& lang,
                                    const domain::ProjectDiagram& theory,
                                    const domain::ProjectDiagram& driver) {
  std::set<int> levels;
  for (const domain::DiagramItem& i : theory.diagram.items) levels.insert(i.level);
  const std::string toc_summary =
      theory.diagram.items.empty()
          ? app.catalogue.Get(lang, "toc.summary_empty")
          : app.catalogue.Format(lang, "toc.summary",
                                 {{"items", std::to_string(theory.diagram.items.size())},
                                  {"levels", std::to_string(levels.size())}});
  int primary = 0, secondary = 0, tested = 0;
  for (const domain::DiagramItem& i : driver.diagram.items) (i.level == 0 ? primary : secondary)++;
  std::set<domain::Id> ideas;
  for (const domain::DiagramRef& r : driver.diagram.refs) ideas.insert(r.target_id);
  for (domain::Id idea : ideas) {
    if (domain::SummariseIdeaTests(idea, driver.cycles).tested()) ++tested;
  }
  const std::string driver_summary =
      driver.diagram.items.empty() ? app.catalogue.Get(lang, "driver.summary_empty")
                                   : app.catalogue.Format(lang, "driver.summary",
                                                          {{"primary", std::to_string(primary)},
                                                           {"secondary", std::to_string(secondary)},
                                                           {"ideas", std::to_string(ideas.size())},
                                                           {"tested", std::to_string(tested)}});
  return {theory.project.id, toc_summary, driver_summary};
}

}  // namespace stegvis::web
