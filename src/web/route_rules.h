#pragma once
// What every feature's routes.cc needs: the access rules the route table uses (the policy,
// domain::May, decides from them; handlers of /{id} routes ask again about the object), and
// Bind, which binds a handler of the usual shape to the application.

#include "web/app.h"
#include "web/http/router.h"

namespace stegvis::web {

using domain::Action;
using domain::ResourceKind;

inline constexpr Rule kPublic{Action::kView, ResourceKind::kPublic};
inline constexpr Rule kSignedIn{Action::kView, ResourceKind::kAnyUser};
inline constexpr Rule kViewTeam{Action::kView, ResourceKind::kTeam};
inline constexpr Rule kChangeTeam{Action::kChange, ResourceKind::kTeam};
inline constexpr Rule kChangeProgramme{Action::kChange, ResourceKind::kProgramme};
inline constexpr Rule kViewHistory{Action::kView, ResourceKind::kAnyUser};
inline constexpr Rule kAdmin{Action::kAdminister, ResourceKind::kOrganisation};
inline constexpr Rule kAdminUsers{Action::kAdminister, ResourceKind::kUser};
// The goals: the catalogue is read by everyone and changed by strateger and admins; links
// are changed by whoever may change the object; the overview and the report count only what
// the user may see.
inline constexpr Rule kViewGoals{Action::kView, ResourceKind::kGoalCatalogue};
inline constexpr Rule kChangeGoals{Action::kChange, ResourceKind::kGoalCatalogue};
// The gender-equality frame: a measure's gender analysis is the team's work; a unit's
// self-assessments and the managers' reflection notes have their own kinds (domain/access.h).
inline constexpr Rule kViewAssessment{Action::kView, ResourceKind::kSelfAssessment};
inline constexpr Rule kChangeAssessment{Action::kChange, ResourceKind::kSelfAssessment};
inline constexpr Rule kViewReflection{Action::kView, ResourceKind::kReflection};
inline constexpr Rule kChangeReflection{Action::kChange, ResourceKind::kReflection};

using PageHandler = Response (*)(const App&, Request&, const Visitor&);

// A route handler calling `handler` with `app` (which must outlive the router).
inline Handler Bind(const App& app, PageHandler handler) {
  return [&app, handler](Request& r, const Visitor& v) { return handler(app, r, v); };
}

}  // namespace stegvis::web
