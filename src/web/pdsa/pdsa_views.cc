#include "web/pdsa/pdsa_views.h"

#include <algorithm>

#include "chart/period_labels.h"
#include "core/clock.h"

namespace stegvis::web {
namespace {

using domain::PdsaContent;
using domain::PdsaPhase;

// The plain text fields: form/JSON name → member, and the phase whose form holds it.
struct TextMember {
  const char* name;
  std::string PdsaContent::*member;
  PdsaPhase phase;
};
constexpr TextMember kTexts[] = {
    {"title", &PdsaContent::title, PdsaPhase::kPlan},
    {"question", &PdsaContent::question, PdsaPhase::kPlan},
    {"prediction", &PdsaContent::prediction, PdsaPhase::kPlan},
    {"who", &PdsaContent::who, PdsaPhase::kPlan},
    {"what", &PdsaContent::what, PdsaPhase::kPlan},
    {"where", &PdsaContent::where, PdsaPhase::kPlan},
    {"start_date", &PdsaContent::start_date, PdsaPhase::kPlan},
    {"end_date", &PdsaContent::end_date, PdsaPhase::kPlan},
    {"data_plan", &PdsaContent::data_plan, PdsaPhase::kPlan},
    {"observations", &PdsaContent::observations, PdsaPhase::kDo},
    {"surprises", &PdsaContent::surprises, PdsaPhase::kDo},
    {"result", &PdsaContent::result, PdsaPhase::kStudy},
    {"learning", &PdsaContent::learning, PdsaPhase::kStudy},
    {"next_step", &PdsaContent::next_step, PdsaPhase::kAct},
};

core::Error BadChoice(const char* field) {
  return core::Error::Invalid("not one of the choices", field, "error.pdsa.unknown_choice");
}

bool Reached(PdsaPhase current, PdsaPhase phase) {
  return static_cast<int>(current) >= static_cast<int>(phase);
}

// One field of the form view.
enum class Kind { kText, kTextarea, kDate, kRadio, kCheckboxes };

}  // namespace

core::Result<PdsaContent> ContentFromForm(const Form& form) {
  PdsaContent c;
  for (const TextMember& t : kTexts) c.*(t.member) = form.Get(t.name);
  auto as_planned = domain::ParseAsPlanned(form.Get("as_planned"));
  if (!as_planned) return core::Fail(BadChoice("as_planned"));
  c.as_planned = *as_planned;
  auto decision = domain::ParsePdsaDecision(form.Get("decision"));
  if (!decision) return core::Fail(BadChoice("decision"));
  c.decision = *decision;
  for (const std::string& text : form.GetAll("measure_ids")) {
    std::optional<domain::Id> id = ParseId(text);
    if (!id) return core::Fail(BadChoice("measure_ids"));
    c.measure_ids.push_back(*id);
  }
  return c;
}

core::Result<std::optional<PdsaPhase>> FormPhase(const Form& form) {
  const std::string name = form.Get("phase");
  if (name.empty()) return std::nullopt;
  std::optional<PdsaPhase> phase = domain::ParsePdsaPhase(name);
  if (!phase || *phase == PdsaPhase::kDone) return core::Fail(BadChoice("phase"));
  return phase;
}

PdsaContent MergePhase(const PdsaContent& stored, const PdsaContent& sent, PdsaPhase phase) {
  PdsaContent c = stored;
  for (const TextMember& t : kTexts) {
    if (t.phase == phase) c.*(t.member) = sent.*(t.member);
  }
  if (phase == PdsaPhase::kPlan) c.measure_ids = sent.measure_ids;
  if (phase == PdsaPhase::kDo) c.as_planned = sent.as_planned;
  if (phase == PdsaPhase::kAct) c.decision = sent.decision;
  return c;
}

PdsaContent ContentFromJson(JsonFields& body) {
  PdsaContent c;
  for (const TextMember& t : kTexts) c.*(t.member) = body.Text(t.name);
  auto as_planned = domain::ParseAsPlanned(body.Text("as_planned"));
  if (!as_planned) body.Refuse(BadChoice("as_planned"));
  c.as_planned = as_planned.value_or(c.as_planned);
  auto decision = domain::ParsePdsaDecision(body.Text("decision"));
  if (!decision) body.Refuse(BadChoice("decision"));
  c.decision = decision.value_or(c.decision);
  c.measure_ids = body.Ids("measure_ids", kMaxJsonIds, "error.pdsa.unknown_choice");
  return c;
}

boost::json::object CycleJson(const domain::PdsaCycle& cycle) {
  const PdsaContent& t = cycle.content;
  boost::json::array measures;
  for (domain::Id id : t.measure_ids) measures.push_back(id);
  boost::json::object o{
      {"id", cycle.id},
      {"project_id", cycle.project_id},
      {"change_idea_id", cycle.change_idea_id},
      {"previous_id", cycle.previous_id ? boost::json::value(*cycle.previous_id) : nullptr},
      {"number", cycle.number},
      {"phase", domain::PdsaPhaseName(cycle.phase)},
      {"measure_ids", std::move(measures)},
      {"as_planned", domain::AsPlannedName(t.as_planned)},
      {"decision", domain::PdsaDecisionName(t.decision)},
      {"phase_dates", boost::json::object{{"plan", IsoDate(cycle.created_at)},
                                          {"do", IsoDate(cycle.do_at)},
                                          {"study", IsoDate(cycle.study_at)},
                                          {"act", IsoDate(cycle.act_at)},
                                          {"done", IsoDate(cycle.done_at)}}},
      {"version", cycle.version},
      {"updated_at", core::FormatIsoUtc(cycle.updated_at)},
      {"updated_by", cycle.updated_by},
  };
  for (const TextMember& m : kTexts) o[m.name] = t.*(m.member);
  return o;
}

boost::json::object IdeaJson(const domain::ChangeIdea& idea) {
  return boost::json::object{
      {"id", idea.id},
      {"title", idea.title},
      {"description", idea.description},
      {"project_id", idea.project_id ? boost::json::value(*idea.project_id) : nullptr},
      {"programme_id", idea.programme_id ? boost::json::value(*idea.programme_id) : nullptr},
      {"retired", idea.retired},
      {"version", idea.version},
  };
}

boost::json::object IdeaCycleJson(const domain::IdeaCycle& row) {
  const domain::PdsaCycle& c = row.cycle;
  return boost::json::object{{"id", c.id},
                             {"number", c.number},
                             {"team_id", row.team_id},
                             {"team", row.team_name},
                             {"organisation", row.organisation_name},
                             {"project_title", row.project_title},
                             {"title", c.content.title},
                             {"phase", domain::PdsaPhaseName(c.phase)},
                             {"prediction", c.content.prediction},
                             {"learning", c.content.learning},
                             {"decision", domain::PdsaDecisionName(c.content.decision)},
                             {"next_step", c.content.next_step}};
}

std::string IsoDate(std::int64_t unix_seconds) {
  if (unix_seconds == 0) return {};
  return core::FormatIsoUtc(unix_seconds).substr(0, 10);
}

std::string PhaseLabel(const App& app, const std::string& lang, PdsaPhase phase) {
  return app.catalogue.Get(lang, "pdsa.phase." + std::string(domain::PdsaPhaseName(phase)));
}

std::optional<std::string> OverdueLabel(const App& app, const std::string& lang,
                                        const domain::PdsaCycle& cycle) {
  // ISO dates compare as strings.
  const std::string& end = cycle.content.end_date;
  if (cycle.phase == PdsaPhase::kDone || end.empty() ||
      end >= IsoDate(app.clock.NowUnixSeconds())) {
    return std::nullopt;
  }
  return app.catalogue.Format(lang, "pdsa.overdue", {{"date", end}});
}

std::string DecisionLabel(const App& app, const std::string& lang, domain::PdsaDecision decision) {
  if (decision == domain::PdsaDecision::kNone) return app.catalogue.Get(lang, "pdsa.decision.none");
  return app.catalogue.Get(lang,
                           "pdsa.decision." + std::string(domain::PdsaDecisionName(decision)));
}

std::vector<CycleSectionView> CycleSections(const App& app, const std::string& lang,
                                            const domain::CycleDetails& details,
                                            const PdsaContent& content,
                                            const std::vector<FormErrorView>& errors,
                                            std::optional<PdsaPhase> editing) {
  const PdsaPhase current = details.cycle.phase;
  const std::string not_filled = app.catalogue.Get(lang, "pdsa.not_filled");
  auto text = [&](std::string_view key) { return app.catalogue.Get(lang, key); };
  auto field = [&](const char* name, Kind kind, const char* hint_key = nullptr) {
    CycleFieldView f;
    f.name = name;
    f.label = text(std::string("pdsa.field.") + name);
    f.is_text = kind == Kind::kText;
    f.is_textarea = kind == Kind::kTextarea;
    f.is_date = kind == Kind::kDate;
    f.is_radio = kind == Kind::kRadio;
    f.is_checkboxes = kind == Kind::kCheckboxes;
    if (hint_key) f.hint = text(hint_key);
    for (const TextMember& m : kTexts) {
      if (std::string_view(m.name) == name) f.value = content.*(m.member);
    }
    for (const FormErrorView& e : errors) {
      if (e.field == name && !f.error) f.error = e.text;
    }
    return f;
  };
  auto choices = [&](CycleFieldView f, std::initializer_list<std::string_view> values,
                     std::string_view selected, const std::string& prefix) {
    for (std::string_view v : values) {
      std::string label = text(prefix + std::string(v));
      if (v == selected) f.value = label;
      f.options.push_back({std::string(v), label, v == selected, f.name + "-" + std::string(v)});
    }
    return f;
  };

  std::vector<CycleSectionView> sections;
  auto section = [&](PdsaPhase phase, std::vector<CycleFieldView> fields) {
    const std::string name(domain::PdsaPhaseName(phase));
    for (CycleFieldView& f : fields) f.summary = f.value.empty() ? not_filled : f.value;
    CycleSectionView s{name, PhaseLabel(app, lang, phase), std::move(fields), editing == phase,
                       std::nullopt};
    // A phase shown as text offers its own form to those who may change the cycle.
    if (details.may_change && !s.editing) {
      s.edit_href =
          "/pgsa/" + std::to_string(details.cycle.id) + "?andra=" + name + "#phase-" + name;
    }
    sections.push_back(std::move(s));
  };

  // Plan, with the measures as checkboxes.
  CycleFieldView measures = field("measure_ids", Kind::kCheckboxes);
  for (const domain::Measure& m : details.measures) {
    const auto& ids = content.measure_ids;
    const bool on = std::find(ids.begin(), ids.end(), m.id) != ids.end();
    if (on) measures.value += (measures.value.empty() ? "" : ", ") + m.name;
    measures.options.push_back(
        {std::to_string(m.id), m.name, on, "measure-" + std::to_string(m.id)});
  }
  if (details.measures.empty()) measures.empty = text("pdsa.no_measures");
  section(PdsaPhase::kPlan,
          {field("title", Kind::kText), field("question", Kind::kTextarea, "pdsa.hint.question"),
           field("prediction", Kind::kTextarea, "pdsa.hint.prediction"), field("who", Kind::kText),
           field("what", Kind::kTextarea), field("where", Kind::kText),
           field("start_date", Kind::kDate, "pdsa.hint.dates"), field("end_date", Kind::kDate),
           field("data_plan", Kind::kTextarea, "pdsa.hint.data_plan"), std::move(measures)});
  if (Reached(current, PdsaPhase::kDo)) {
    section(PdsaPhase::kDo,
            {choices(field("as_planned", Kind::kRadio), {"yes", "partly", "no"},
                     domain::AsPlannedName(content.as_planned), "pdsa.as_planned."),
             field("observations", Kind::kTextarea), field("surprises", Kind::kTextarea)});
  }
  if (Reached(current, PdsaPhase::kStudy)) {
    section(PdsaPhase::kStudy, {field("result", Kind::kTextarea, "pdsa.hint.result"),
                                field("learning", Kind::kTextarea)});
  }
  if (Reached(current, PdsaPhase::kAct)) {
    section(PdsaPhase::kAct,
            {choices(field("decision", Kind::kRadio), {"adopt", "adapt", "abandon"},
                     domain::PdsaDecisionName(content.decision), "pdsa.decision_hint."),
             field("next_step", Kind::kTextarea)});
  }
  return sections;
}

std::string ChangedByText(const App& app, const std::string& lang, const core::Error& error,
                          const domain::PdsaCycle& current) {
  // The refusal names the person as people know them (their display name); the e-mail only
  // when the error carries no name.
  const core::ErrorParam* who = error.Param("who");
  const std::string name = who && !who->text.empty() ? who->text : current.updated_by;
  std::string when = core::FormatIsoUtc(current.updated_at);
  if (when.size() >= 16) when = when.substr(0, 10) + " " + when.substr(11, 5);
  return app.catalogue.Format(lang, "pdsa.changed_by", {{"who", name}, {"when", when}});
}

std::string CycleName(const App& app, const std::string& lang, const domain::PdsaCycle& c) {
  return app.catalogue.Format(lang, "pdsa.heading",
                              {{"n", std::to_string(c.number)}, {"title", c.content.title}});
}

std::string IdeaSource(const App& app, const std::string& lang, const domain::ChangeIdea& idea,
                       const std::string& programme_name) {
  if (idea.project_id) return app.catalogue.Get(lang, "idea.own");
  return app.catalogue.Format(lang, "idea.package", {{"programme", programme_name}});
}

IdeaCycleView IdeaCycleRow(const App& app, const std::string& lang, const domain::IdeaCycle& row) {
  const domain::PdsaCycle& c = row.cycle;
  IdeaCycleView v{c.id,
                  row.may_open,
                  row.team_name,
                  row.organisation_name,
                  CycleName(app, lang, c),
                  PhaseLabel(app, lang, c.phase),
                  c.content.prediction,
                  c.content.learning,
                  c.content.decision == domain::PdsaDecision::kNone
                      ? std::string()
                      : DecisionLabel(app, lang, c.content.decision),
                  std::nullopt,
                  OverdueLabel(app, lang, c)};
  if (!c.content.next_step.empty()) v.next_step = c.content.next_step;
  return v;
}

std::vector<IdeaLinkView> IdeaLinks(const std::vector<domain::ChangeIdea>& ideas) {
  std::vector<IdeaLinkView> out;
  for (const domain::ChangeIdea& idea : ideas) out.push_back({idea.id, idea.title, idea.retired});
  return out;
}

ProjectCyclesBlock ProjectCyclesBlockOf(const App& app, const std::string& lang,
                                        const domain::ProjectCycles& data) {
  ProjectCyclesBlock block;
  block.project_id = data.project.id;
  block.ideas = IdeaLinks(data.ideas);
  block.has_ideas = !block.ideas.empty();
  for (const domain::PdsaCycle& c : data.cycles) {
    CycleLinkView row{
        c.id,
        app.catalogue.Format(lang, "pdsa.heading",
                             {{"n", std::to_string(c.number)}, {"title", c.content.title}}),
        PhaseLabel(app, lang, c.phase),
        {},
        OverdueLabel(app, lang, c)};
    if (c.content.decision != domain::PdsaDecision::kNone) {
      row.decision = DecisionLabel(app, lang, c.content.decision);
    }
    block.cycles.push_back(std::move(row));
  }
  block.has_cycles = !block.cycles.empty();
  block.link = app.catalogue.Get(lang, data.may_change ? "pdsa.link_change" : "pdsa.link_view");
  block.may_start_cycle = data.may_change;
  return block;
}

std::optional<PhaseProposalView> PhaseProposalOf(
    const App& app, const std::string& lang, bool may_change,
    const std::optional<domain::PhaseProposal>& proposal) {
  if (!proposal || !may_change) return std::nullopt;
  const std::vector<std::string> periods = {proposal->period};
  const std::string period =
      chart::FormatPeriods(periods, lang == "en" ? chart::Lang::kEn : chart::Lang::kSv)
          .long_labels.at(0);
  return PhaseProposalView{app.catalogue.Format(lang, "pdsa.phase_proposal",
                                                {{"n", std::to_string(proposal->number)},
                                                 {"title", proposal->title},
                                                 {"period", period}}),
                           app.catalogue.Format(lang, "pdsa.phase_start", {{"period", period}}),
                           proposal->cycle_id, proposal->period};
}

std::vector<chart::Annotation> CycleAnnotations(const App& app, const std::string& lang,
                                                const std::vector<domain::CycleMarker>& markers) {
  std::vector<chart::Annotation> out;
  for (const domain::CycleMarker& m : markers) {
    if (m.phase == domain::PdsaPhase::kPlan) continue;  // planned, not run yet
    const std::string n = std::to_string(m.number);
    std::string label =
        m.decision == domain::PdsaDecision::kNone
            ? app.catalogue.Format(lang, "pdsa.marker", {{"n", n}})
            : app.catalogue.Format(lang, "pdsa.marker_decided",
                                   {{"n", n}, {"decision", DecisionLabel(app, lang, m.decision)}});
    out.push_back({m.start_period, std::move(label), m.end_period, m.running});
  }
  return out;
}

std::vector<core::Error> AllCycleErrors(const core::Error& refused,
                                        const domain::PdsaContent& content, domain::PdsaPhase phase,
                                        bool advance) {
  std::vector<core::Error> all = {refused};
  auto add = [&](std::vector<core::Error> more) {
    for (core::Error& e : more) {
      const bool known = std::any_of(all.begin(), all.end(),
                                     [&](const core::Error& a) { return a.field == e.field; });
      if (!known) all.push_back(std::move(e));
    }
  };
  if (refused.code == core::ErrorCode::kInvalidInput) {
    add(domain::PdsaContentErrors(content, phase));
    if (advance) add(domain::MissingToAdvance(content, phase));
  }
  return all;
}

}  // namespace stegvis::web
