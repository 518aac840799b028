// Changing a project through the API: PUT /api/v1/projects/{id} (its texts, aim and status, as
// the project page's form) and POST /api/v1/projects/{id}/progress-scores (as the page's
// progress form). The same use cases, validation and policy as the pages; docs/api.md.

#include <cmath>

#include "domain/projects.h"
#include "web/http/access_guard.h"
#include "web/improvement/handlers.h"
#include "web/improvement/measure_view.h"
#include "web/render/forms.h"
#include "web/render/json_body.h"
#include "web/render/json_response.h"

namespace stegvis::web {
namespace {

constexpr std::string_view kStatusChoices = "planned, active, sustaining, closed";
constexpr std::string_view kGroupChoices = "women, men, girls, boys";

// The aim's groups from ["women", "men", ...]; an unknown name is refused in `aim`.
domain::AimGroups GroupsFromJson(JsonFields& aim, const std::vector<std::string>& names) {
  domain::AimGroups groups{false, false, false, false};
  for (const std::string& name : names) {
    if (name == "women") {
      groups.women = true;
    } else if (name == "men") {
      groups.men = true;
    } else if (name == "girls") {
      groups.girls = true;
    } else if (name == "boys") {
      groups.boys = true;
    } else {
      aim.RefuseChoice("groups", kGroupChoices);
    }
  }
  return groups;
}

// The members present in `body` on top of `p` (absent members left as they are).
domain::Project ProjectFromJson(JsonBody& body, domain::Project p) {
  if (auto title = body.OptionalText("title")) p.title = std::move(*title);
  if (auto problem = body.OptionalText("problem")) p.problem = std::move(*problem);
  if (auto status = body.OptionalText("status")) {
    auto parsed = domain::ParseProjectStatus(*status);
    if (!parsed) body.RefuseChoice("status", kStatusChoices);
    p.status = parsed.value_or(p.status);
  }
  if (std::optional<JsonFields> aim = body.OptionalObject("aim")) {
    for (auto [name, out] : {std::pair<const char*, std::string*>{"what", &p.aim_what},
                             {"how_much", &p.aim_how_much},
                             {"by_when", &p.aim_by_when},
                             {"for_whom", &p.aim_for_whom}}) {
      if (auto text = aim->OptionalText(name)) *out = std::move(*text);
    }
    if (auto groups = aim->OptionalTexts("groups", 4)) p.aim_groups = GroupsFromJson(*aim, *groups);
  }
  return p;
}

}  // namespace

HandlerResult ApiProjectUpdate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  const std::int64_t version = body.Int("version", kVersions);
  if (!body.ok()) return body.error();
  const domain::Principal& principal = *visitor.principal();
  auto before = domain::LoadProject(app.store, principal, *id);
  if (!before) return core::Fail(before.error());
  domain::Project changed = ProjectFromJson(body, before->project);
  if (!body.ok()) return body.error();
  changed.version = version;
  // Every wrong field at once, as the page shows them; the save runs only on a sound body.
  if (std::vector<core::Error> errors = domain::ProjectErrors(changed); !errors.empty()) {
    return JsonErrors(app, request, errors);
  }
  auto done =
      domain::ChangeProject(app.store, app.clock, principal, ActorOf(visitor, request), changed);
  if (!done) return core::Fail(done.error());
  auto after = domain::LoadProject(app.store, principal, *id);
  if (!after) return core::Fail(after.error());
  return JsonValue(ProjectJson(*after));
}

HandlerResult ApiProgressScoreCreate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  // The score as GET shows it (0.5 to 5 in steps of 0.5; halves are exact in binary). Anything
  // that is not a whole number of tenths becomes 0 tenths, which the domain refuses by name.
  if (!body.Has("score")) {
    body.Refuse(core::Error::Invalid("score is missing", "score", "error.json.required"));
  }
  const double score = body.OptionalNumber("score").value_or(0.0);
  const std::string note = body.Text("note");
  if (!body.ok()) return body.error();
  const double tenths = score * 10.0;
  const bool whole_tenths = tenths >= 0.0 && tenths <= 1000.0 && tenths == std::floor(tenths);
  auto created = domain::SetProgressScore(app.store, app.clock, *visitor.principal(),
                                          ActorOf(visitor, request), *id,
                                          whole_tenths ? static_cast<int>(tenths) : 0, note);
  if (!created) return core::Fail(created.error());
  Response r = JsonValue(boost::json::object{{"id", *created}}, 201);
  r.SetHeader("Location", "/api/v1/projects/" + std::to_string(*id));
  return r;
}

}  // namespace stegvis::web
