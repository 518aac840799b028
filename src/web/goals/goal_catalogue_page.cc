// The goals catalogue (/mal/katalog): every entry by framework, article 9 and SKR's step 8
// highlighted, titles not yet confirmed in Swedish marked; strategists and admins add entries
// and change them (/mal/katalog/{id}), each change versioned and in the entry's history.

#include <string_view>

#include <boost/json/array.hpp>

#include "domain/goals.h"
#include "web/goals/goal_views.h"
#include "web/goals/handlers.h"
#include "web/http/access_guard.h"
#include "web/improvement/measure_view.h"
#include "web/render/error_status.h"
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
boost::json::array GroupOptions(const App& app, const std::string& lang,
                                const domain::GoalEntry& shown) {
  boost::json::array out;
  for (domain::GoalFamily family : domain::kGoalFamilies) {
    for (std::string_view group : domain::GoalGroupsOf(family)) {
      out.push_back(boost::json::object{
          {"value", group},
          {"label", app.catalogue.Get(lang, "goals.group." + std::string(group)) + " (" +
                        FamilyName(app, lang, family) + ")"},
          {"selected", shown.family == family && shown.group == group}});
    }
  }
  return out;
}

boost::json::array FamilyOptions(const App& app, const std::string& lang,
                                 const domain::GoalEntry& shown) {
  boost::json::array out;
  for (domain::GoalFamily family : domain::kGoalFamilies) {
    out.push_back(boost::json::object{{"value", domain::GoalFamilyName(family)},
                                      {"label", FamilyName(app, lang, family)},
                                      {"selected", shown.family == family}});
  }
  return out;
}

// The entry form (templates/goal_form.mustache), rendered for the page's {{{form}}}: the
// values shown, and the errors AddFormError put in `view` next to their fields.
std::string FormHtml(const App& app, const std::string& lang, const Visitor& visitor,
                     const domain::GoalEntry& shown, const boost::json::object& view, bool is_new) {
  boost::json::object form{{"families", FamilyOptions(app, lang, shown)},
                           {"groups", GroupOptions(app, lang, shown)},
                           {"code", shown.code},
                           {"title_sv", shown.title_sv},
                           {"title_en", shown.title_en},
                           {"description_sv", shown.description_sv},
                           {"description_en", shown.description_en},
                           {"sort_order", shown.sort_order},
                           {"highlighted", shown.highlighted},
                           {"unconfirmed", shown.unconfirmed},
                           {"retired", shown.retired},
                           {"version", shown.version},
                           {"is_new", is_new},
                           {"csrf_token", visitor.csrf_token}};
  for (const auto& [key, value] : view) {
    if (key.starts_with("error_")) form[key] = value;
  }
  return app.templates.Render("goal_form", form, lang);
}

HandlerResult RenderCatalogue(const App& app, Request& request, const Visitor& visitor,
                              const domain::GoalEntry& shown, boost::json::object view,
                              int status) {
  const domain::Principal& principal = *visitor.principal();
  auto catalogue = domain::ListGoalCatalogue(app.store, principal);
  if (!catalogue) return core::Fail(catalogue.error());
  const LanguageChoice language = ChooseLanguage(request);
  const std::string& lang = language.lang;
  boost::json::array families;
  for (domain::GoalFamily family : domain::kGoalFamilies) {
    boost::json::array entries;
    for (const domain::GoalEntry& e : *catalogue) {
      if (e.family != family) continue;
      boost::json::object row = GoalChip(app, lang, e);
      row["description"] = domain::GoalDescription(e, lang);
      row["group_name"] = app.catalogue.Get(lang, "goals.group." + e.group);
      row["version"] = e.version;
      entries.push_back(std::move(row));
    }
    const std::string key(domain::GoalFamilyName(family));
    families.push_back(boost::json::object{{"key", key},
                                           {"name", FamilyName(app, lang, family)},
                                           {"about", app.catalogue.Get(lang, "goals.about." + key)},
                                           {"entries", std::move(entries)}});
  }
  view["catalogue_families"] = std::move(families);
  view["may_change"] = domain::MayChangeGoalCatalogue(principal);
  view["form"] = FormHtml(app, lang, visitor, shown, view, true);
  return RenderPage(app, request, {"goal_catalogue", "goals.catalogue.title", "goals", status},
                    std::move(view), language, visitor);
}

// The author the store writes on an organisation's copy of the shipped catalogue
// (store/sql_goals.cc, store/goal_catalogue_data.cc).
constexpr std::string_view kShippedBy = "stegvis";

Response RenderEntry(const App& app, Request& request, const Visitor& visitor,
                     const domain::GoalEntry& entry, const domain::GoalEntry& shown,
                     boost::json::object view, int status) {
  const LanguageChoice language = ChooseLanguage(request);
  const std::string& lang = language.lang;
  view["entry"] = GoalChip(app, lang, entry);
  view["family_name"] = FamilyName(app, lang, entry.family);
  view["group_name"] = app.catalogue.Get(lang, "goals.group." + entry.group);
  view["description"] = domain::GoalDescription(entry, lang);
  view["title_sv"] = entry.title_sv;
  view["title_en"] = entry.title_en;
  view["version"] = entry.version;
  // Entries as shipped are seeded by the system ("stegvis"), which is no one to name; say
  // so in words instead of "last changed by stegvis".
  view["updated"] =
      entry.updated_by == kShippedBy
          ? app.catalogue.Get(lang, "goals.entry.shipped")
          : app.catalogue.Format(lang, "goals.entry.updated",
                                 {{"by", entry.updated_by},
                                  {"at", core::FormatIsoUtc(entry.updated_at).substr(0, 10)}});
  view["may_change"] = domain::MayChangeGoalCatalogue(*visitor.principal());
  view["form"] = FormHtml(app, lang, visitor, shown, view, false);
  return RenderPage(app, request, {"goal_entry", "goals.entry.title", "goals", status},
                    std::move(view), language, visitor);
}

}  // namespace

HandlerResult GoalCataloguePage(const App& app, Request& request, const Visitor& visitor) {
  domain::GoalEntry blank;
  blank.family = domain::GoalFamily::kCemr;
  blank.group = "article";
  return RenderCatalogue(app, request, visitor, blank,
                         {{"saved", request.Query("sparat").has_value()}}, 200);
}

HandlerResult GoalCreate(const App& app, Request& request, const Visitor& visitor) {
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  domain::GoalEntry entry = EntryFromForm(form, {});
  auto created = domain::AddGoalEntry(app.store, app.clock, principal,
                                      domain::ActorFor(principal, ClientAddress(request)), entry);
  if (created) return Response::Redirect("/mal/katalog/" + std::to_string(*created) + "?sparat=1");
  if (created.error().code != core::ErrorCode::kInvalidInput) {
    return core::Fail(created.error());
  }
  boost::json::object view{{"new_open", true}};
  AddFormError(view, app, ChooseLanguage(request).lang, created.error());
  return RenderCatalogue(app, request, visitor, entry, std::move(view), 422);
}

HandlerResult GoalEntryPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto entry = domain::LoadGoalEntry(app.store, *visitor.principal(), *id);
  if (!entry) return core::Fail(entry.error());
  return RenderEntry(app, request, visitor, *entry, *entry,
                     {{"saved", request.Query("sparat").has_value()}}, 200);
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
  auto done = domain::ChangeGoalEntry(app.store, app.clock, principal,
                                      domain::ActorFor(principal, ClientAddress(request)), changed);
  if (done) return Response::Redirect("/mal/katalog/" + std::to_string(*id) + "?sparat=1");
  const core::Error& e = done.error();
  if (e.code != core::ErrorCode::kInvalidInput && e.code != core::ErrorCode::kConflict) {
    return core::Fail(e);
  }
  auto current = domain::LoadGoalEntry(app.store, principal, *id);
  if (!current) return core::Fail(current.error());
  const std::string lang = ChooseLanguage(request).lang;
  boost::json::object view;
  if (e.code == core::ErrorCode::kConflict) {
    view["errors"] = boost::json::array{boost::json::object{
        {"field", "title_sv"},
        {"text", ChangedByWords(app, lang, current->updated_by, current->updated_at)}}};
    view["has_errors"] = true;
    changed.version = current->version;  // saving again overwrites, knowingly
  } else {
    AddFormError(view, app, lang, e);
  }
  return RenderEntry(app, request, visitor, *current, changed, std::move(view), HttpStatus(e.code));
}

}  // namespace stegvis::web
