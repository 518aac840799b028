#include "domain/pdsa_cycle.h"

#include "core/date.h"
#include "core/text.h"

namespace stegvis::domain {
namespace {

core::Error Invalid(std::string field, std::string key, std::string message) {
  return core::Error::Invalid(std::move(message), std::move(field), std::move(key));
}

// A text field and the phase whose form holds it.
struct TextField {
  std::string_view name;
  std::string PdsaContent::*member;
  PdsaPhase phase;
};

constexpr TextField kTextFields[] = {
    {"question", &PdsaContent::question, PdsaPhase::kPlan},
    {"prediction", &PdsaContent::prediction, PdsaPhase::kPlan},
    {"who", &PdsaContent::who, PdsaPhase::kPlan},
    {"what", &PdsaContent::what, PdsaPhase::kPlan},
    {"where", &PdsaContent::where, PdsaPhase::kPlan},
    {"data_plan", &PdsaContent::data_plan, PdsaPhase::kPlan},
    {"observations", &PdsaContent::observations, PdsaPhase::kDo},
    {"surprises", &PdsaContent::surprises, PdsaPhase::kDo},
    {"result", &PdsaContent::result, PdsaPhase::kStudy},
    {"learning", &PdsaContent::learning, PdsaPhase::kStudy},
    {"next_step", &PdsaContent::next_step, PdsaPhase::kAct},
};

// Phases compare in their order: Plan < Do < Study < Act < Done.
bool Reached(PdsaPhase current, PdsaPhase phase) {
  return static_cast<int>(current) >= static_cast<int>(phase);
}

}  // namespace

std::string_view PdsaPhaseName(PdsaPhase phase) {
  switch (phase) {
    case PdsaPhase::kPlan: return "plan";
    case PdsaPhase::kDo: return "do";
    case PdsaPhase::kStudy: return "study";
    case PdsaPhase::kAct: return "act";
    case PdsaPhase::kDone: return "done";
  }
  return "plan";
}

std::optional<PdsaPhase> ParsePdsaPhase(std::string_view name) {
  for (PdsaPhase p :
       {PdsaPhase::kPlan, PdsaPhase::kDo, PdsaPhase::kStudy, PdsaPhase::kAct, PdsaPhase::kDone}) {
    if (PdsaPhaseName(p) == name) return p;
  }
  return std::nullopt;
}

PdsaPhase NextPdsaPhase(PdsaPhase phase) {
  switch (phase) {
    case PdsaPhase::kPlan: return PdsaPhase::kDo;
    case PdsaPhase::kDo: return PdsaPhase::kStudy;
    case PdsaPhase::kStudy: return PdsaPhase::kAct;
    case PdsaPhase::kAct:
    case PdsaPhase::kDone: return PdsaPhase::kDone;
  }
  return PdsaPhase::kDone;
}

std::string_view PdsaDecisionName(PdsaDecision decision) {
  switch (decision) {
    case PdsaDecision::kNone: return "";
    case PdsaDecision::kAdopt: return "adopt";
    case PdsaDecision::kAdapt: return "adapt";
    case PdsaDecision::kAbandon: return "abandon";
  }
  return "";
}

std::optional<PdsaDecision> ParsePdsaDecision(std::string_view name) {
  for (PdsaDecision d :
       {PdsaDecision::kNone, PdsaDecision::kAdopt, PdsaDecision::kAdapt, PdsaDecision::kAbandon}) {
    if (PdsaDecisionName(d) == name) return d;
  }
  return std::nullopt;
}

std::string_view AsPlannedName(AsPlanned value) {
  switch (value) {
    case AsPlanned::kUnknown: return "";
    case AsPlanned::kYes: return "yes";
    case AsPlanned::kPartly: return "partly";
    case AsPlanned::kNo: return "no";
  }
  return "";
}

std::optional<AsPlanned> ParseAsPlanned(std::string_view name) {
  for (AsPlanned a : {AsPlanned::kUnknown, AsPlanned::kYes, AsPlanned::kPartly, AsPlanned::kNo}) {
    if (AsPlannedName(a) == name) return a;
  }
  return std::nullopt;
}

std::vector<core::Error> PdsaContentErrors(const PdsaContent& content, PdsaPhase phase) {
  std::vector<core::Error> errors;
  // One error per field: the first thing wrong with it.
  auto add = [&](std::string field, std::string key, std::string message) {
    for (const core::Error& e : errors) {
      if (e.field == field) return;
    }
    errors.push_back(Invalid(std::move(field), std::move(key), std::move(message)));
  };
  if (core::IsBlank(content.title)) {
    add("title", "error.required", "a cycle needs a title");
  } else if (content.title.size() > kPdsaTitleMax) {
    add("title", "error.too_long", "at most 200 characters");
  }
  for (const TextField& f : kTextFields) {
    const std::string& text = content.*(f.member);
    if (text.size() > kPdsaTextMax) {
      add(std::string(f.name), "error.too_long", "at most 8000 characters");
    } else if (!core::IsBlank(text) && !Reached(phase, f.phase)) {
      add(std::string(f.name), "error.pdsa.phase_not_reached",
          "the cycle has not reached this phase yet");
    }
  }
  for (auto [name, date] :
       {std::pair<const char*, const std::string*>{"start_date", &content.start_date},
        {"end_date", &content.end_date}}) {
    if (!date->empty() && !core::IsIsoDate(*date)) {
      add(name, "error.pdsa.bad_date", "a date is written YYYY-MM-DD");
    }
  }
  if (!content.start_date.empty() && !content.end_date.empty() &&
      content.end_date < content.start_date) {
    add("end_date", "error.pdsa.end_before_start", "the test cannot end before it starts");
  }
  if (content.as_planned != AsPlanned::kUnknown && !Reached(phase, PdsaPhase::kDo)) {
    add("as_planned", "error.pdsa.phase_not_reached", "the cycle has not reached this phase yet");
  }
  if (content.decision != PdsaDecision::kNone && !Reached(phase, PdsaPhase::kAct)) {
    add("decision", "error.pdsa.phase_not_reached", "the cycle has not reached this phase yet");
  }
  return errors;
}

core::Result<void> ValidatePdsaContent(const PdsaContent& content, PdsaPhase phase) {
  std::vector<core::Error> errors = PdsaContentErrors(content, phase);
  if (!errors.empty()) return core::Fail(std::move(errors.front()));
  return {};
}

std::vector<core::Error> MissingToAdvance(const PdsaContent& content, PdsaPhase phase) {
  std::vector<core::Error> errors;
  auto need = [&](bool blank, const char* field) {
    if (!blank) return;
    errors.push_back(Invalid(field, "error.pdsa.required_to_advance",
                             std::string(field) + " is needed before the next phase"));
  };
  switch (phase) {
    case PdsaPhase::kPlan:
      need(core::IsBlank(content.question), "question");
      need(core::IsBlank(content.prediction), "prediction");
      need(core::IsBlank(content.what), "what");
      need(content.start_date.empty(), "start_date");
      need(content.end_date.empty(), "end_date");
      break;
    case PdsaPhase::kDo:
      need(content.as_planned == AsPlanned::kUnknown, "as_planned");
      need(core::IsBlank(content.observations), "observations");
      break;
    case PdsaPhase::kStudy:
      need(core::IsBlank(content.result), "result");
      need(core::IsBlank(content.learning), "learning");
      break;
    case PdsaPhase::kAct:
      need(content.decision == PdsaDecision::kNone, "decision");
      need(core::IsBlank(content.next_step), "next_step");
      break;
    case PdsaPhase::kDone: break;
  }
  return errors;
}

core::Result<void> CheckPhaseComplete(const PdsaContent& content, PdsaPhase phase) {
  if (phase == PdsaPhase::kDone) {
    return core::Fail(core::Error{core::ErrorCode::kConflict,
                                  "the cycle is already finished",
                                  {},
                                  "error.pdsa.already_done"});
  }
  std::vector<core::Error> missing = MissingToAdvance(content, phase);
  if (!missing.empty()) return core::Fail(std::move(missing.front()));
  return {};
}

core::Result<PdsaPhase> AdvancePdsaCycle(PdsaCycle& cycle, std::int64_t now) {
  if (auto ok = CheckPhaseComplete(cycle.content, cycle.phase); !ok) {
    return core::Fail(ok.error());
  }
  cycle.phase = NextPdsaPhase(cycle.phase);
  switch (cycle.phase) {
    case PdsaPhase::kDo: cycle.do_at = now; break;
    case PdsaPhase::kStudy: cycle.study_at = now; break;
    case PdsaPhase::kAct: cycle.act_at = now; break;
    case PdsaPhase::kDone: cycle.done_at = now; break;
    case PdsaPhase::kPlan: break;
  }
  return cycle.phase;
}

core::Result<void> CheckMayContinue(const PdsaCycle& cycle) {
  if (cycle.phase != PdsaPhase::kDone || (cycle.content.decision != PdsaDecision::kAdopt &&
                                          cycle.content.decision != PdsaDecision::kAdapt)) {
    return core::Fail(core::Error{core::ErrorCode::kConflict,
                                  "only a finished cycle that adopted or adapted continues",
                                  {},
                                  "error.pdsa.next_needs_decision"});
  }
  return {};
}

PdsaContent ContinuedContent(const PdsaContent& previous) {
  PdsaContent next;
  next.title = previous.title;
  next.question = previous.next_step;
  next.who = previous.who;
  next.where = previous.where;
  next.data_plan = previous.data_plan;
  next.measure_ids = previous.measure_ids;
  return next;
}

}  // namespace stegvis::domain
