// The pages of a programme's common measure definitions: the form that creates one, the form
// that edits, retires or reinstates one, and the page where a team adopts definitions into its
// project. Each refused form comes back with what was typed and every error at once.

#include <algorithm>

#include "domain/measure_definitions.h"
#include "domain/programme_setup.h"
#include "web/http/access_guard.h"
#include "web/programmes/handlers.h"
#include "web/programmes/measure_definition_view.h"
#include "web/programmes/programme_setup_view.h"
#include "web/render/error_text.h"
#include "web/render/forms.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

std::string DefinitionsUrl(domain::Id programme_id) {
  return "/program/" + std::to_string(programme_id) + "/matt";
}

// The definition's fields as the form sent them, on top of `m`. A choice that is none of its
// values keeps what `m` holds (the form offers only valid ones).
domain::Measure DefinitionFromForm(const Form& form, domain::Measure m) {
  m.name = form.Get("name");
  m.definition = form.Get("definition");
  m.unit = form.Get("unit");
  m.target = form.Get("target");
  m.target_date = form.Get("target_date");
  m.no_sex_reason = form.Get("no_sex_reason");
  m.kind = domain::ParseMeasureKind(form.Get("kind")).value_or(m.kind);
  m.data_type = domain::ParseMeasureDataType(form.Get("data_type")).value_or(m.data_type);
  m.frequency = domain::ParseFrequency(form.Get("frequency")).value_or(m.frequency);
  m.direction = domain::ParseBetter(form.Get("direction")).value_or(m.direction);
  m.grouping = domain::ParseGrouping(form.Get("grouping")).value_or(m.grouping);
  m.rule_set = domain::ParseMeasureRuleSet(form.Get("rule_set")).value_or(m.rule_set);
  return m;
}

std::vector<OptionView> Options(const App& app, const std::string& lang, const std::string& key,
                                std::initializer_list<std::string_view> values,
                                std::string_view chosen) {
  std::vector<OptionView> options;
  for (std::string_view value : values) {
    options.push_back({std::string(value), app.catalogue.Get(lang, key + "." + std::string(value)),
                       chosen == value});
  }
  return options;
}

std::vector<RadioOptionView> Radios(const App& app, const std::string& lang, const std::string& key,
                                    std::initializer_list<std::string_view> values,
                                    std::string_view chosen) {
  std::vector<RadioOptionView> radios;
  for (std::string_view value : values) {
    const std::string v(value);
    radios.push_back({v, key.substr(key.rfind('.') + 1) + "-" + v,
                      app.catalogue.Get(lang, key + "." + v), chosen == value});
  }
  return radios;
}

// The form showing `shown` for the programme `p`; `editing` an existing definition.
MeasureDefinitionFormView FormViewOf(const App& app, const std::string& lang,
                                     const domain::Programme& p, const domain::Measure& shown,
                                     bool editing) {
  MeasureDefinitionFormView v;
  v.programme_id = p.id;
  v.programme_name = p.name;
  v.id = shown.id;
  v.editing = editing;
  v.action = editing ? DefinitionsUrl(p.id) + "/" + std::to_string(shown.id) : DefinitionsUrl(p.id);
  v.heading = app.catalogue.Get(lang, editing ? "definition.edit_title" : "definition.new_title");
  v.version = shown.version;
  v.name = shown.name;
  v.definition = shown.definition;
  v.unit = shown.unit;
  v.target = shown.target;
  v.target_date = shown.target_date;
  v.no_sex_reason = shown.no_sex_reason;
  v.kinds = Options(app, lang, "measure.kind", {"outcome", "process", "balancing"},
                    domain::MeasureKindName(shown.kind));
  v.types = Options(app, lang, "measure.data_type",
                    {"proportion", "count", "rate", "continuous", "days_between", "cases_between"},
                    stats::DataTypeName(shown.data_type));
  v.frequencies = Options(app, lang, "measure.frequency", {"month", "week", "quarter", "year"},
                          domain::FrequencyName(shown.frequency));
  v.directions =
      Radios(app, lang, "measure.direction", {"up", "down"}, domain::BetterName(shown.direction));
  v.groupings = Radios(app, lang, "measure.grouping", {"women_men", "girls_boys", "none"},
                       domain::GroupingName(shown.grouping));
  v.rule_sets = Options(app, lang, "measure.rule_set", {"anhoej", "ihi", "mdc", "western-electric"},
                        stats::RuleSetName(shown.rule_set));
  v.retired = shown.retired;
  return v;
}

HandlerResult RenderForm(const App& app, Request& request, const Visitor& visitor,
                         const MeasureDefinitionFormView& view, int status) {
  return RenderPage(
      app, request,
      {"measure_definition_form", view.editing ? "definition.edit_title" : "definition.new_title",
       "programmes", status},
      view, ChooseLanguage(request), visitor);
}

// The form again after `error`: with what was typed and every error at once, or, after a stale
// save, based on the version now stored and naming who saved in between.
HandlerResult RefusedForm(const App& app, Request& request, const Visitor& visitor,
                          const domain::Programme& programme, const domain::Measure& typed,
                          std::int64_t stored_version, bool editing, const core::Error& error) {
  const bool stale = error.code == core::ErrorCode::kConflict && error.field == "version";
  if (error.code != core::ErrorCode::kInvalidInput && !stale) return core::Fail(error);
  const std::string lang = ChooseLanguage(request).lang;
  MeasureDefinitionFormView view = FormViewOf(app, lang, programme, typed, editing);
  if (stale) {
    view.version = stored_version;
    core::Error words = error;
    words.key = "definition.changed_by";
    view.changed_by = ErrorText(app.catalogue, lang, words);
    return RenderForm(app, request, visitor, view, 409);
  }
  SetFormError(view, ProgrammeFormError(app, lang, error));
  for (const core::Error& e : domain::MeasureDefinitionErrors(typed)) {
    if (e.field != error.field) SetFormError(view, ProgrammeFormError(app, lang, e));
  }
  return RenderForm(app, request, visitor, view, 422);
}

}  // namespace

HandlerResult MeasureDefinitionNewPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto setup = domain::LoadProgrammeSetup(app.store, *visitor.principal(), *id);
  if (!setup) return core::Fail(setup.error());
  domain::Measure fresh;
  fresh.data_type = stats::DataType::kProportion;
  fresh.version = 0;
  return RenderForm(app, request, visitor,
                    FormViewOf(app, ChooseLanguage(request).lang, setup->programme, fresh, false),
                    200);
}

HandlerResult MeasureDefinitionCreate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  domain::Measure typed = DefinitionFromForm(form, {});
  typed.version = 0;
  auto created = domain::AddMeasureDefinition(app.store, app.clock, principal,
                                              ActorOf(visitor, request), *id, typed);
  if (created) return Response::Redirect("/program/" + std::to_string(*id) + "?sparat=1");
  auto setup = domain::LoadProgrammeSetup(app.store, principal, *id);
  if (!setup) return core::Fail(setup.error());
  return RefusedForm(app, request, visitor, setup->programme, typed, 0, false, created.error());
}

HandlerResult MeasureDefinitionPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto definition_id = PathId(request, "definition_id");
  if (!definition_id) return core::Fail(definition_id.error());
  auto setup = domain::LoadMeasureDefinition(app.store, *visitor.principal(), *id, *definition_id);
  if (!setup) return core::Fail(setup.error());
  return RenderForm(
      app, request, visitor,
      FormViewOf(app, ChooseLanguage(request).lang, setup->programme, setup->definition, true),
      200);
}

HandlerResult MeasureDefinitionSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto definition_id = PathId(request, "definition_id");
  if (!definition_id) return core::Fail(definition_id.error());
  const domain::Principal& principal = *visitor.principal();
  auto setup = domain::LoadMeasureDefinition(app.store, principal, *id, *definition_id);
  if (!setup) return core::Fail(setup.error());
  Form form(request);
  domain::Measure typed = DefinitionFromForm(form, setup->definition);
  typed.version = ParseWholeNumber(form.Get("version"), 0, INT64_MAX, "version").value_or(-1);
  auto saved = domain::ChangeMeasureDefinition(app.store, app.clock, principal,
                                               ActorOf(visitor, request), *id, typed);
  if (saved) return Response::Redirect("/program/" + std::to_string(*id) + "?sparat=1");
  // The version stored now, read again: the save may have lost to one after the form loaded.
  auto now = domain::LoadMeasureDefinition(app.store, principal, *id, *definition_id);
  if (!now) return core::Fail(now.error());
  return RefusedForm(app, request, visitor, now->programme, typed, now->definition.version, true,
                     saved.error());
}

HandlerResult MeasureDefinitionRetiredSubmit(const App& app, Request& request,
                                             const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto definition_id = PathId(request, "definition_id");
  if (!definition_id) return core::Fail(definition_id.error());
  Form form(request);
  auto version = ParseWholeNumber(form.Get("version"), 0, INT64_MAX, "version");
  if (!version) return core::Fail(version.error());
  auto done = domain::SetMeasureDefinitionRetired(app.store, app.clock, *visitor.principal(),
                                                  ActorOf(visitor, request), *id, *definition_id,
                                                  *version, form.Get("retired") == "1");
  if (!done) return core::Fail(done.error());
  return Response::Redirect("/program/" + std::to_string(*id) + "?sparat=1");
}

}  // namespace stegvis::web
