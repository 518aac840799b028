#pragma once
// A PDSA cycle (PGSA: Planera, Göra, Studera, Agera): one small test of one change idea, its
// four phases and the state machine that moves it from Plan to Do to Study to Act and done.
// Pure: no storage, no clock (callers pass the time).
//
// The phases follow the Model for Improvement (Langley et al., The Improvement Guide, 2009,
// ch. 7): Plan states the question, the prediction and who/what/when/where and the data to
// collect; Do records what happened; Study compares the result with the prediction; Act
// decides to adopt, adapt or abandon, and the next step. A team may go back and correct an
// earlier phase's text at any time; it cannot write a later phase's text before it gets there.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include "core/describe.h"
#include "core/error.h"
#include "domain/organisation.h"

namespace stegvis::domain {

enum class PdsaPhase { kPlan, kDo, kStudy, kAct, kDone };

// Stored names: "plan", "do", "study", "act", "done".
std::string_view PdsaPhaseName(PdsaPhase phase);
std::optional<PdsaPhase> ParsePdsaPhase(std::string_view name);
// The phase after `phase` (kDone stays kDone).
PdsaPhase NextPdsaPhase(PdsaPhase phase);

// What the team decided in Act.
enum class PdsaDecision { kNone, kAdopt, kAdapt, kAbandon };

// Stored names: "" (not decided), "adopt", "adapt", "abandon".
std::string_view PdsaDecisionName(PdsaDecision decision);
std::optional<PdsaDecision> ParsePdsaDecision(std::string_view name);

// Do: was the test carried out as planned?
enum class AsPlanned { kUnknown, kYes, kPartly, kNo };

// Stored names: "" (not answered), "yes", "partly", "no".
std::string_view AsPlannedName(AsPlanned value);
std::optional<AsPlanned> ParseAsPlanned(std::string_view name);

// Everything the team writes about a cycle. Field names are also the form and JSON names.
struct PdsaContent {
  std::string title;  // a short name for the test ("Hembesök dag 1, en vecka")
  // Plan
  std::string question;    // the purpose: what do we want to learn?
  std::string prediction;  // what we think will happen
  std::string who;
  std::string what;
  std::string where;
  std::string start_date;       // when: "YYYY-MM-DD" (the first day of the test) or empty
  std::string end_date;         // when: "YYYY-MM-DD" (the last day) or empty
  std::string data_plan;        // the data we will collect
  std::vector<Id> measure_ids;  // the project's measures the test is expected to move
  // Do
  AsPlanned as_planned = AsPlanned::kUnknown;
  std::string observations;
  std::string surprises;
  // Study
  std::string result;    // the result against the prediction
  std::string learning;  // what we learned
  // Act
  PdsaDecision decision = PdsaDecision::kNone;
  std::string next_step;
};

struct PdsaCycle {
  Id id = 0;
  Id organisation_id = 0;
  Id project_id = 0;
  Id change_idea_id = 0;
  std::optional<Id> previous_id;  // the cycle this one continues, if any
  int number = 0;                 // 1, 2, 3 ... within the project
  PdsaPhase phase = PdsaPhase::kPlan;
  PdsaContent content;
  // When each phase began (unix seconds); 0 until the cycle gets there. Plan begins when the
  // cycle is created.
  std::int64_t created_at = 0;
  std::int64_t do_at = 0;
  std::int64_t study_at = 0;
  std::int64_t act_at = 0;
  std::int64_t done_at = 0;
  // The version check: every save increments `version`; a save based on an older one is
  // refused. Who saved last and when, for the "changed by X at T" message.
  std::int64_t version = 1;
  std::int64_t updated_at = 0;
  std::string updated_by;  // email of the last editor
};

// Longest texts accepted (bytes): a title, and every other text field.
inline constexpr std::size_t kPdsaTitleMax = 200;
inline constexpr std::size_t kPdsaTextMax = 8000;

// Everything wrong with what is to be saved in `phase`, whether or not it is complete: a
// title; no text over the limits; dates that are real dates with the end not before the
// start; and nothing written in a phase the cycle has not reached yet. At most one error per
// field, in the order of the form; empty when it may be saved. Each is kInvalidInput naming
// the field, keys "error.required", "error.too_long", "error.pdsa.bad_date",
// "error.pdsa.end_before_start", "error.pdsa.phase_not_reached".
std::vector<core::Error> PdsaContentErrors(const PdsaContent& content, PdsaPhase phase);

// The first of PdsaContentErrors, as a failure; success when there is none.
core::Result<void> ValidatePdsaContent(const PdsaContent& content, PdsaPhase phase);

// The fields `phase` still needs before the cycle may move on, in the order of the form:
// Plan needs the question, the prediction, what and both dates; Do whether it went as planned
// and the observations; Study the result and the learning; Act the decision and the next
// step. Each is kInvalidInput "error.pdsa.required_to_advance"; empty for kDone.
std::vector<core::Error> MissingToAdvance(const PdsaContent& content, PdsaPhase phase);

// Checks that `phase` is complete so the cycle may move on: the first of MissingToAdvance
// as a failure; kConflict for a finished cycle ("error.pdsa.already_done").
core::Result<void> CheckPhaseComplete(const PdsaContent& content, PdsaPhase phase);

// Moves `cycle` to its next phase at `now` (stamps that phase's date) if its current phase
// is complete (errors as CheckPhaseComplete). Returns the new phase.
core::Result<PdsaPhase> AdvancePdsaCycle(PdsaCycle& cycle, std::int64_t now);

// Whether a next cycle may be started from `cycle`: it is done and its decision is adopt or
// adapt (an abandoned idea is not carried forward). kConflict with
// "error.pdsa.next_needs_decision" otherwise.
core::Result<void> CheckMayContinue(const PdsaCycle& cycle);

// The content a next cycle starts with: the same title and measures, who and where and the
// data plan carried over, and the previous next step as its question. Everything of Do,
// Study and Act is empty.
PdsaContent ContinuedContent(const PdsaContent& previous);

// The fields, described once (core/describe.h); a cycle's content is walked as its fields, in
// place. The measure ids are links, kept apart from the cycle's own record.
constexpr auto Describe(std::type_identity<PdsaContent>) {
  return std::tuple{
      core::Field("title", &PdsaContent::title),
      core::Field("question", &PdsaContent::question),
      core::Field("prediction", &PdsaContent::prediction),
      core::Field("who", &PdsaContent::who),
      core::Field("what", &PdsaContent::what),
      core::Field("where", &PdsaContent::where),
      core::Field("start_date", &PdsaContent::start_date),
      core::Field("end_date", &PdsaContent::end_date),
      core::Field("data_plan", &PdsaContent::data_plan),
      core::Field("measure_ids", &PdsaContent::measure_ids, core::kStoredApart),
      core::Field("as_planned", &PdsaContent::as_planned, core::kNoFlags,
                  &core::kTextForm<AsPlanned, AsPlannedName, ParseAsPlanned>),
      core::Field("observations", &PdsaContent::observations),
      core::Field("surprises", &PdsaContent::surprises),
      core::Field("result", &PdsaContent::result),
      core::Field("learning", &PdsaContent::learning),
      core::Field("decision", &PdsaContent::decision, core::kNoFlags,
                  &core::kTextForm<PdsaDecision, PdsaDecisionName, ParsePdsaDecision>),
      core::Field("next_step", &PdsaContent::next_step)};
}

constexpr auto Describe(std::type_identity<PdsaCycle>) {
  constexpr unsigned kPlace = core::kFixed | core::kNotAudited;  // where it belongs
  constexpr unsigned kWhen = core::kNotAudited | core::kUnixTime;
  return std::tuple{core::Field("id", &PdsaCycle::id, core::kKey),
                    core::Field("organisation_id", &PdsaCycle::organisation_id, kPlace),
                    core::Field("project_id", &PdsaCycle::project_id, kPlace),
                    core::Field("previous_id", &PdsaCycle::previous_id, kPlace),
                    core::Field("number", &PdsaCycle::number, kPlace),
                    core::Field("phase", &PdsaCycle::phase, core::kNoFlags,
                                &core::kTextForm<PdsaPhase, PdsaPhaseName, ParsePdsaPhase>),
                    core::Field("change_idea_id", &PdsaCycle::change_idea_id),
                    core::Field("content", &PdsaCycle::content),
                    core::Field("created_at", &PdsaCycle::created_at, core::kFixed | kWhen),
                    core::Field("do_at", &PdsaCycle::do_at, kWhen),
                    core::Field("study_at", &PdsaCycle::study_at, kWhen),
                    core::Field("act_at", &PdsaCycle::act_at, kWhen),
                    core::Field("done_at", &PdsaCycle::done_at, kWhen),
                    core::Field("version", &PdsaCycle::version, core::kNotAudited),
                    core::Field("updated_at", &PdsaCycle::updated_at, kWhen),
                    core::Field("updated_by", &PdsaCycle::updated_by, core::kNotAudited)};
}

}  // namespace stegvis::domain
