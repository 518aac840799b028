// A project's sustain plan (GET /projekt/{id}/vidmakthall): who owns keeping the gain, what
// has been standardised, which measures continue and how often (with their alerts, and a
// note where a continuing measure has no frozen baseline), and the review dates. POST saves
// the plan (version-checked); POST …/uppfoljning/{review_id} marks a review done.

#include <limits>

#include "core/date.h"
#include "domain/audit.h"
#include "web/http/access_guard.h"
#include "web/improvement/handlers.h"
#include "web/improvement/sustain_plan_view.h"
#include "web/render/error_status.h"
#include "web/render/forms.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

// Blank date fields offered after the plan's own dates.
constexpr int kBlankDates = 3;

std::vector<OptionView> FrequencyOptions(const App& app, const std::string& lang,
                                         domain::Frequency chosen) {
  std::vector<OptionView> out;
  for (domain::Frequency f : {domain::Frequency::kWeek, domain::Frequency::kMonth,
                              domain::Frequency::kQuarter, domain::Frequency::kYear}) {
    const std::string name(domain::FrequencyName(f));
    out.push_back({name, app.catalogue.Get(lang, "measure.frequency." + name), f == chosen});
  }
  return out;
}

SustainReviewView ReviewOf(const App& app, const std::string& lang, domain::Id project_id,
                           const domain::SustainReview& r, const std::string& today) {
  SustainReviewView view{r.id, project_id, r.due_on, std::nullopt,
                         r.done_at == 0 && r.due_on < today};
  if (r.done_at != 0) {
    view.done = app.catalogue.Format(
        lang, "sustain.review_done_by",
        {{"who", r.done_by}, {"date", core::Date::FromUnixSeconds(r.done_at).ToString()}});
  }
  return view;
}

// The choice the form shows for `measure_id`: the form's when sent, else the page's.
domain::SustainMeasure ShownChoice(const domain::SustainMeasureRow& row,
                                   const domain::SustainPlanInput* form) {
  if (!form) return row.choice;
  domain::SustainMeasure shown{row.measure.id, false, row.choice.frequency};
  for (const domain::SustainMeasure& m : form->measures) {
    if (m.measure_id == row.measure.id) shown = m;
  }
  return shown;
}

Response RenderPlan(const App& app, const Request& request, const Visitor& visitor,
                    const SustainPlanView& view, int status) {
  return RenderPage(app, request, {"sustain_plan", "sustain.title", "", status}, view,
                    ChooseLanguage(request), visitor);
}

// What the form sends: the owner, the text, per measure a box `continues_ID` and a choice
// `frequency_ID`, the dates `review_date` (blanks ignored) and the version loaded.
core::Result<domain::SustainPlanInput> InputFromForm(const Form& form,
                                                     const domain::SustainPlanPage& page) {
  domain::SustainPlanInput input;
  const std::string owner = form.Get("owner");
  if (!owner.empty()) {
    auto id = ParseWholeNumber(owner, 1, std::numeric_limits<domain::Id>::max(), "owner");
    if (!id) return core::Fail(id.error());
    input.owner_user_id = *id;
  }
  input.standardised = form.Get("standardised");
  auto version =
      ParseWholeNumber(form.Get("version"), 0, std::numeric_limits<std::int64_t>::max(), "version");
  if (!version) return core::Fail(version.error());
  input.version = *version;
  for (const domain::SustainMeasureRow& row : page.measures) {
    const std::string id = std::to_string(row.measure.id);
    auto frequency = domain::ParseFrequency(form.Get("frequency_" + id));
    if (!frequency) {
      return core::Fail(
          core::Error::Invalid("not a frequency", "measures", "sustain.error.frequency"));
    }
    input.measures.push_back({row.measure.id, form.Get("continues_" + id) == "1", *frequency});
  }
  for (const std::string& date : form.GetAll("review_date")) {
    if (!date.empty()) input.review_dates.push_back(date);
  }
  return input;
}

}  // namespace

std::string SustainAlertText(const App& app, const std::string& lang,
                             const domain::SustainAlert& alert) {
  std::string rules;
  for (const std::string& rule : alert.rules) {
    if (!rules.empty()) rules += ", ";
    rules += app.catalogue.Get(lang, "chart.rule." + rule);
  }
  return app.catalogue.Format(lang, "sustain.alert", {{"period", alert.period}, {"rules", rules}});
}

SustainPlanView SustainPlanViewOf(const App& app, const std::string& lang,
                                  const domain::SustainPlanPage& page,
                                  const domain::SustainPlanInput* form) {
  SustainPlanView view;
  view.id = page.project.id;
  view.heading = page.project.title;
  view.team_id = page.team.id;
  view.team = page.team.name;
  view.sustaining = page.project.status == domain::ProjectStatus::kSustaining;
  view.may_change = page.may_change && view.sustaining;
  const std::string today = core::Date::FromUnixSeconds(app.clock.NowUnixSeconds()).ToString();
  domain::Id owner_id = 0;
  if (page.plan) {
    view.has_plan = true;
    view.owner = page.owner_name;
    view.standardised = page.plan->standardised;
    view.version = page.plan->version;
    owner_id = page.plan->owner_user_id;
    for (const domain::SustainReview& r : page.plan->reviews) {
      view.reviews.push_back(ReviewOf(app, lang, page.project.id, r, today));
      view.form_dates.push_back(r.due_on);
    }
  }
  view.form_standardised = form ? form->standardised : view.standardised;
  if (form) {
    owner_id = form->owner_user_id;
    view.form_dates = form->review_dates;
  }
  view.owners.push_back({"", app.catalogue.Get(lang, "sustain.choose_owner"), owner_id == 0});
  for (const domain::User& u : page.members) {
    view.owners.push_back({std::to_string(u.id), u.display_name, u.id == owner_id});
  }
  for (const domain::SustainMeasureRow& row : page.measures) {
    const domain::SustainMeasure shown = ShownChoice(row, form);
    SustainMeasureView m{row.measure.id,
                         row.measure.name,
                         shown.continues,
                         FrequencyOptions(app, lang, shown.frequency),
                         row.choice.continues && !row.baseline_frozen,
                         std::nullopt};
    if (row.alert) m.alert = SustainAlertText(app, lang, *row.alert);
    view.measures.push_back(std::move(m));
  }
  for (int i = 0; i < kBlankDates; ++i) view.form_dates.emplace_back();
  view.has_measures = !view.measures.empty();
  view.has_reviews = !view.reviews.empty();
  return view;
}

HandlerResult SustainPlanPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto page = domain::LoadSustainPlan(app.store, *visitor.principal(), *id);
  if (!page) return core::Fail(page.error());
  SustainPlanView view = SustainPlanViewOf(app, ChooseLanguage(request).lang, *page);
  view.saved = request.Query("sparat").has_value();
  return RenderPlan(app, request, visitor, view, 200);
}

HandlerResult SustainPlanSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  auto page = domain::LoadSustainPlan(app.store, principal, *id);
  if (!page) return core::Fail(page.error());
  Form form(request);
  auto input = InputFromForm(form, *page);
  core::Error error = input ? core::Error{} : input.error();
  if (input) {
    auto saved =
        domain::SaveSustainPlan(app.store, app.clock, principal,
                                domain::ActorFor(principal, ClientAddress(request)), *id, *input);
    if (saved) {
      return Response::Redirect("/projekt/" + std::to_string(*id) + "/vidmakthall?sparat=1");
    }
    error = saved.error();
  }
  if (error.code != core::ErrorCode::kInvalidInput && error.code != core::ErrorCode::kConflict) {
    return core::Fail(error);
  }
  const std::string lang = ChooseLanguage(request).lang;
  SustainPlanView view = SustainPlanViewOf(app, lang, *page, input ? &*input : nullptr);
  if (error.field == "version") error.field = "standardised";
  SetFormError(view, app, lang, error);
  return RenderPlan(app, request, visitor, view, HttpStatus(error.code));
}

HandlerResult SustainReviewDoneSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto review = PathId(request, "review_id");
  if (!review) return core::Fail(review.error());
  const domain::Principal& principal = *visitor.principal();
  auto done = domain::MarkSustainReviewDone(app.store, app.clock, principal,
                                            domain::ActorFor(principal, ClientAddress(request)),
                                            *id, *review);
  if (!done) return core::Fail(done.error());
  return Response::Redirect("/projekt/" + std::to_string(*id) + "/vidmakthall?sparat=1");
}

}  // namespace stegvis::web
