#include "web/structure/admin_views.h"

#include "web/render/forms.h"

namespace stegvis::web {

std::vector<OptionView> ScopeOptions(const App& app, const std::string& lang,
                                     const domain::Structure& structure,
                                     const std::string& selected) {
  std::vector<OptionView> out;
  auto add = [&](std::string value, std::string label) {
    const bool is_selected = value == selected;
    out.push_back({std::move(value), std::move(label), is_selected});
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
  for (const domain::Programme& p : structure.programmes) {
    add("programme:" + std::to_string(p.id),
        app.catalogue.Get(lang, "scope.programme") + ": " + p.name);
  }
  return out;
}

std::vector<OptionView> RoleOptions(const App& app, const std::string& lang,
                                    const std::string& selected) {
  std::vector<OptionView> out;
  for (domain::Role role : domain::kRoles) {
    std::string name(domain::RoleName(role));
    std::string label = app.catalogue.Get(lang, "role." + name);
    const bool is_selected = name == selected;
    out.push_back({std::move(name), std::move(label), is_selected});
  }
  return out;
}

std::vector<OptionView> UnitTreeOptions(const std::vector<domain::UnitInTree>& units,
                                        const std::string& selected) {
  std::vector<OptionView> out;
  for (const domain::UnitInTree& u : units) {
    std::string id = std::to_string(u.unit.id);
    const bool is_selected = id == selected;
    out.push_back({std::move(id), IndentedName(u), is_selected});
  }
  return out;
}

std::vector<OptionView> UnitKindOptions(const App& app, const std::string& lang,
                                        const std::string& selected) {
  std::vector<OptionView> out;
  for (const char* kind : {"namnd", "forvaltning", "enhet"}) {
    out.push_back(
        {kind, app.catalogue.Get(lang, std::string("unit.kind.") + kind), selected == kind});
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
  } else if (m.scope_kind == domain::ScopeKind::kProgramme) {
    for (const auto& p : structure.programmes) {
      if (p.id == m.scope_id) scope = p.name;
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
  if (!id || (kind != "unit" && kind != "team" && kind != "programme")) return false;
  scope = domain::ScopeRef{*domain::ParseScopeKind(kind), *id};
  return true;
}

}  // namespace stegvis::web
