// The goals catalogue (/mal/katalog): every entry by framework, article 9 and SKR's step 8
// highlighted, titles not yet confirmed in Swedish marked; strategists and admins add entries
// and change them (/mal/katalog/{id}), each change versioned and in the entry's history.

#include <string_view>

#include "domain/goals.h"
#include "web/goals/goal_page_views.h"
#include "web/goals/goal_views.h"
#include "web/goals/handlers.h"
#include "web/http/access_guard.h"
#include "web/improvement/measure_view.h"
#include "web/render/error_status.h"
#include "web/render/form_view.h"
#include "web/render/forms.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

domain::GoalEntry EntryFromForm(const Form& form, domain::GoalEntry e) {
  if (auto family = domain::ParseGoalFamily(form.Get("family"))) e.family = *family;
  e.group = form.Get("group");
  e.code = form.Get("code");
  e.title_sv = form.Get("title_sv");
  e.title_en = form.Get("title_en");
  e.description_sv = form.Get("description_sv");
  e.description_en = form.Get("description_en");
  const std::string order = form.Get("sort_order");
  e.sort_order = order.empty() ? 0 : static_cast<int>(std::strtol(order.c_str(), nullptr, 10));
  if (!order.empty() && order.find_first_not_of("0123456789") != std::string::npos) {
    e.sort_order = -1;  // not a number: refused by the validation with the field named
  }
  e.highlighted = form.Get("highlighted") == "1";
  e.unconfirmed = form.Get("unconfirmed") == "1";
  e.retired = form.Get("retired") == "1";
  e.version = std::strtoll(form.Get("version").c_str(), nullptr, 10);
  return e;
}

// The family/group choices of the form: "Styrning och ledning (SKR:s tio steg)".
std::vector<OptionView> GroupOptions(const App& app, const std::string& lang,
                                     const domain::GoalEntry& shown) {
  std::vector<OptionView> out;
  for (domain::GoalFamily family : domain::kGoalFamilies) {
    for (std::string_view group : domain::GoalGroupsOf(family)) {
      out.push_back({std::string(group),
                     app.catalogue.Get(lang, "goals.group." + std::string(group)) + " (" +
                         FamilyName(app, lang, family) + ")",
                     shown.family == family && shown.group == group});
    }
  }
  return out;
}

std::vector<OptionView> FamilyOptions(const App& app, const std::string& lang,
                                      const domain::GoalEntry& shown) {
  std::vector<OptionView> out;
  for (domain::GoalFamily family : domain::kGoalFamilies) {
    out.push_back({std::string(domain::GoalFamilyName(family)), FamilyName(app, lang, family),
                   shown.family == family});
  }
  return out;
}

// The entry form showing `shown` (goal_form.mustache), for the page's {{{form}}}.
GoalFormView FormOf(const App& app, const std::string& lang, const Visitor& visitor,
                    const domain::GoalEntry& shown, bool is_new) {
  GoalFormView form;
  form.is_new = is_new;
  form.families = FamilyOptions(app, lang, shown);
  form.groups = GroupOptions(app, lang, shown);
  form.code = shown.code;
  form.title_sv = shown.title_sv;
  form.title_en = shown.title_en;
  form.description_sv = shown.description_sv;
  form.description_en = shown.description_en;
  form.sort_order = std::to_string(shown.sort_order);
  form.highlighted = shown.highlighted;
  form.unconfirmed = shown.unconfirmed;
  form.retired = shown.retired;
  form.version = shown.version;
  form.csrf_token = visitor.csrf_token;
  return form;
}

// Puts the refused field's text next to its field in `form`; the page's summary lists it.
void MarkField(GoalFormView& form, const FormErrorView& error) {
  for (auto [name, member] : {std::pair{"group", &GoalFormView::error_group},
                              {"code", &GoalFormView::error_code},
                              {"title_sv", &GoalFormView::error_title_sv},
                              {"title_en", &GoalFormView::error_title_en},
                              {"description_sv", &GoalFormView::error_description_sv},
                              {"description_en", &GoalFormView::error_description_en},
                              {"sort_order", &GoalFormView::error_sort_order}}) {
    if (error.field == name) form.*member = error.text;
  }
}

RawHtml RenderForm(const App& app, const std::string& lang, const GoalFormView& form) {
  return {app.templates.Render("goal_form", form, lang)};
}

GoalEntryView EntryViewOf(const App& app, const std::string& lang, const domain::GoalEntry& e) {
  const std::string& description = domain::GoalDescription(e, lang);
  return {e.id,
          GoalLabel(app, lang, e),
          domain::GoalTitle(e, lang),
          description.empty() ? std::nullopt : std::optional(description),
          app.catalogue.Get(lang, "goals.group." + e.group),
          e.highlighted,
          e.unconfirmed && lang == "sv",
          e.retired,
          e.version};
}

// The catalogue page; `form` is the new entry's form (blank, or as sent with `errors`).
HandlerResult RenderCatalogue(const App& app, Request& request, const Visitor& visitor,
                              GoalCatalogueView view, GoalFormView form,
                              const std::vector<FormErrorView>& errors, int status) {
  const domain::Principal& principal = *visitor.principal();
  auto catalogue = domain::ListGoalCatalogue(app.store, principal);
  if (!catalogue) return core::Fail(catalogue.error());
  const LanguageChoice language = ChooseLanguage(request);
  const std::string& lang = language.lang;
  for (domain::GoalFamily family : domain::kGoalFamilies) {
    const std::string key(domain::GoalFamilyName(family));
    CatalogueFamilyView section;
    section.key = key;
    section.name = FamilyName(app, lang, family);
    section.about = app.catalogue.Get(lang, "goals.about." + key);
    for (const domain::GoalEntry& e : *catalogue) {
      if (e.family == family) section.entries.push_back(EntryViewOf(app, lang, e));
    }
    view.catalogue_families.push_back(std::move(section));
  }
  view.may_change = domain::MayChangeGoalCatalogue(principal);
  for (const FormErrorView& error : errors) {
    MarkField(form, error);
    view.errors.push_back(error);
    view.has_errors = true;
  }
  view.form = RenderForm(app, lang, form);
  return RenderPage(app, request, {"goal_catalogue", "goals.catalogue.title", "goals", status},
                    view, language, visitor);
}

// The author the store writes on an organisation's copy of the shipped catalogue
// (store/sql_goals.cc, store/goal_catalogue_data.cc).
constexpr std::string_view kShippedBy = "stegvis";

// The entry's page, its form showing `shown` (the entry, or what was sent with `errors`, each
// marked at its field, and the order as typed when given).
Response RenderEntry(const App& app, Request& request, const Visitor& visitor,
                     const domain::GoalEntry& entry, const domain::GoalEntry& shown,
                     GoalEntryPageView view, const std::vector<FormErrorView>& errors, int status,
                     const std::optional<std::string>& typed_sort_order = {}) {
  const LanguageChoice language = ChooseLanguage(request);
  const std::string& lang = language.lang;
  view.entry = EntryViewOf(app, lang, entry);
  view.family_name = FamilyName(app, lang, entry.family);
  view.group_name = view.entry.group_name;
  view.description = view.entry.description;
  view.title_sv = entry.title_sv;
  view.title_en = entry.title_en;
  view.version = entry.version;
  // Entries as shipped are seeded by the system ("stegvis"), which is no one to name; say
  // so in words instead of "last changed by stegvis".
  view.updated =
      entry.updated_by == kShippedBy
          ? app.catalogue.Get(lang, "goals.entry.shipped")
          : app.catalogue.Format(lang, "goals.entry.updated",
                                 {{"by", entry.updated_by},
                                  {"at", core::FormatIsoUtc(entry.updated_at).substr(0, 10)}});
  view.may_change = domain::MayChangeGoalCatalogue(*visitor.principal());
  GoalFormView form = FormOf(app, lang, visitor, shown, false);
  if (typed_sort_order) form.sort_order = *typed_sort_order;
  for (const FormErrorView& error : errors) {
    MarkField(form, error);
    view.errors.push_back(error);
    view.has_errors = true;
  }
  view.form = RenderForm(app, lang, form);
  return RenderPage(app, request, {"goal_entry", "goals.entry.title", "goals", status}, view,
                    language, visitor);
}

}  // namespace

HandlerResult GoalCataloguePage(const App& app, Request& request, const Visitor& visitor) {
  domain::GoalEntry blank;
  blank.family = domain::GoalFamily::kCemr;
  blank.group = "article";
  GoalCatalogueView view;
  view.saved = request.Query("sparat").has_value();
  return RenderCatalogue(app, request, visitor, std::move(view),
                         FormOf(app, ChooseLanguage(request).lang, visitor, blank, true), {}, 200);
}

HandlerResult GoalCreate(const App& app, Request& request, const Visitor& visitor) {
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  domain::GoalEntry entry = EntryFromForm(form, {});
  // Every wrong field at once; the save itself runs only on a sound form.
  std::vector<core::Error> errors = domain::GoalEntryErrors(entry);
  if (errors.empty()) {
    auto created = domain::AddGoalEntry(app.store, app.clock, principal,
                                        domain::ActorFor(principal, ClientAddress(request)), entry);
    if (created) {
      return Response::Redirect("/mal/katalog/" + std::to_string(*created) + "?sparat=1");
    }
    if (created.error().code != core::ErrorCode::kInvalidInput) {
      return core::Fail(created.error());
    }
    errors.push_back(created.error());
  }
  const std::string lang = ChooseLanguage(request).lang;
  GoalCatalogueView view;
  view.new_open = true;
  GoalFormView shown = FormOf(app, lang, visitor, entry, true);
  shown.sort_order = form.Get("sort_order");
  return RenderCatalogue(app, request, visitor, std::move(view), std::move(shown),
                         FormErrorsOf(app, lang, errors), 422);
}

HandlerResult GoalEntryPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto entry = domain::LoadGoalEntry(app.store, *visitor.principal(), *id);
  if (!entry) return core::Fail(entry.error());
  GoalEntryPageView view;
  view.saved = request.Query("sparat").has_value();
  return RenderEntry(app, request, visitor, *entry, *entry, std::move(view), {}, 200);
}

HandlerResult GoalEntrySubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  auto before = domain::LoadGoalEntry(app.store, principal, *id);
  if (!before) return core::Fail(before.error());
  Form form(request);
  domain::GoalEntry changed = EntryFromForm(form, *before);
  changed.family = before->family;  // the framework stays
  // Every wrong field at once; the save itself runs only on a sound form.
  std::vector<core::Error> errors = domain::GoalEntryErrors(changed);
  if (errors.empty()) {
    auto done =
        domain::ChangeGoalEntry(app.store, app.clock, principal,
                                domain::ActorFor(principal, ClientAddress(request)), changed);
    if (done) return Response::Redirect("/mal/katalog/" + std::to_string(*id) + "?sparat=1");
    errors.push_back(done.error());
  }
  const core::Error& e = errors.front();
  if (e.code != core::ErrorCode::kInvalidInput && e.code != core::ErrorCode::kConflict) {
    return core::Fail(e);
  }
  auto current = domain::LoadGoalEntry(app.store, principal, *id);
  if (!current) return core::Fail(current.error());
  const std::string lang = ChooseLanguage(request).lang;
  GoalEntryPageView view;
  if (e.code == core::ErrorCode::kConflict) {
    // The summary says who changed the entry and links to the title; no field is marked.
    view.errors.push_back(
        {"title_sv", ChangedByWords(app, lang, current->updated_by, current->updated_at)});
    view.has_errors = true;
    changed.version = current->version;  // saving again overwrites, knowingly
    return RenderEntry(app, request, visitor, *current, changed, std::move(view), {},
                       HttpStatus(e.code));
  }
  return RenderEntry(app, request, visitor, *current, changed, std::move(view),
                     FormErrorsOf(app, lang, errors), HttpStatus(e.code), form.Get("sort_order"));
}

}  // namespace stegvis::web
