#include "web/structure/admin_views.h"

#include <boost/json/object.hpp>

#include "web/render/forms.h"

namespace stegvis::web {

boost::json::array ScopeOptions(const App& app, const std::string& lang,
                                const domain::Structure& structure, const std::string& selected) {
  boost::json::array out;
  auto add = [&](std::string value, std::string label) {
    bool is_selected = value == selected;
    out.push_back(boost::json::object{
        {"value", std::move(value)}, {"label", std::move(label)}, {"selected", is_selected}});
  };
  add("", app.catalogue.Get(lang, "scope.organisation"));
  for (const domain::UnitInTree& u : structure.units) {
    add("unit:" + std::to_string(u.unit.id),
        app.catalogue.Get(lang, "scope.unit") + ": " + IndentedName(u));
  }
  for (const domain::TeamDetails& t : structure.teams) {
    add("team:" + std::to_string(t.team.id),
        app.catalogue.Get(lang, "scope.team") + ": " + t.team.name + " (" + t.unit_name + ")");
  }
  return out;
}

boost::json::array RoleOptions(const App& app, const std::string& lang,
                               const std::string& selected) {
  boost::json::array out;
  for (domain::Role role : domain::kRoles) {
    std::string name(domain::RoleName(role));
    out.push_back(boost::json::object{{"value", name},
                                      {"label", app.catalogue.Get(lang, "role." + name)},
                                      {"selected", name == selected}});
  }
  return out;
}

std::string DescribeRole(const App& app, const std::string& lang,
                         const domain::Structure& structure, const domain::Membership& m) {
  std::string text = app.catalogue.Get(lang, "role." + std::string(domain::RoleName(m.role)));
  std::string scope = app.catalogue.Get(lang, "scope.organisation");
  if (m.scope_kind == domain::ScopeKind::kUnit) {
    for (const auto& u : structure.units) {
      if (u.unit.id == m.scope_id) scope = u.unit.name;
    }
  } else if (m.scope_kind == domain::ScopeKind::kTeam) {
    for (const auto& t : structure.teams) {
      if (t.team.id == m.scope_id) scope = t.team.name;
    }
  }
  return text + " – " + scope;
}

std::string IndentedName(const domain::UnitInTree& unit) {
  std::string out;
  for (int i = 0; i < unit.depth * 3; ++i) out += "\u00a0";
  return out + unit.unit.name;
}

bool ParseScopeOption(const std::string& value, std::optional<domain::ScopeRef>& scope) {
  scope.reset();
  if (value.empty()) return true;
  std::size_t colon = value.find(':');
  if (colon == std::string::npos) return false;
  std::optional<domain::Id> id = ParseId(std::string_view(value).substr(colon + 1));
  std::string kind = value.substr(0, colon);
  if (!id || (kind != "unit" && kind != "team")) return false;
  scope =
      domain::ScopeRef{kind == "unit" ? domain::ScopeKind::kUnit : domain::ScopeKind::kTeam, *id};
  return true;
}

}  // namespace stegvis::web
