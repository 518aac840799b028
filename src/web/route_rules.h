#pragma once
// What every feature's routes.cc needs: the access rules the route table uses (the policy,
// domain::May, decides from them; handlers of /{id} routes ask again about the object), and
// FeatureRoutes, which binds handlers of the usual shape to the application and the adaptor,
// and sends GET routes of signed-in rules through the page cache.

#include <string>

#include "web/app.h"
#include "web/http/router.h"
#include "web/render/cached_page.h"
#include "web/render/handler_result.h"

namespace stegvis::web {

using domain::Action;
using domain::ResourceKind;

inline constexpr Rule kPublic{Action::kView, ResourceKind::kPublic};
inline constexpr Rule kSignedIn{Action::kView, ResourceKind::kAnyUser};
inline constexpr Rule kViewTeam{Action::kView, ResourceKind::kTeam};
// A unit's own pages beyond its overview (the report to the nämnd): roles whose scope reaches
// units — admins, organisation-wide strategists, managers and politicians.
inline constexpr Rule kViewUnit{Action::kView, ResourceKind::kUnit};
inline constexpr Rule kChangeTeam{Action::kChange, ResourceKind::kTeam};
// Comments on a team's cycles and reports: the team's people and the programme's coaches
// (domain/comments.h; the domain asks again about the cycle or report itself).
inline constexpr Rule kCommentTeam{Action::kComment, ResourceKind::kTeam};
inline constexpr Rule kChangeProgramme{Action::kChange, ResourceKind::kProgramme};
inline constexpr Rule kViewHistory{Action::kView, ResourceKind::kAnyUser};
inline constexpr Rule kAdmin{Action::kAdminister, ResourceKind::kOrganisation};
inline constexpr Rule kAdminUsers{Action::kAdminister, ResourceKind::kUser};
// The goals: the catalogue is read by everyone with a role and changed by strateger and admins;
// links are changed by whoever may change the object; the overview and the report count only what
// the user may see.
inline constexpr Rule kViewGoals{Action::kView, ResourceKind::kGoalCatalogue};
inline constexpr Rule kChangeGoals{Action::kChange, ResourceKind::kGoalCatalogue};
// The gender-equality frame: a measure's gender analysis is the team's work; a unit's
// self-assessments and the managers' reflection notes have their own kinds (domain/access.h).
inline constexpr Rule kViewAssessment{Action::kView, ResourceKind::kSelfAssessment};
inline constexpr Rule kChangeAssessment{Action::kChange, ResourceKind::kSelfAssessment};
inline constexpr Rule kViewReflection{Action::kView, ResourceKind::kReflection};
inline constexpr Rule kChangeReflection{Action::kChange, ResourceKind::kReflection};

// Every handler has this shape; the access guard has identified the visitor and checked the
// route's rule and the CSRF token before it runs.
using PageHandler = CachedHandler;

// Whether a GET route's answers may be kept in the page cache (render/cached_page.h says what
// such a handler may depend on). Public routes never are: they have no session and so no
// data version.
enum class Caching { kCached, kNotCached };
inline constexpr Caching kNotCached = Caching::kNotCached;

// Registers a feature's routes on the one router, each with its rule, bound to `app` (which
// must outlive the router) through the one adaptor (handler_result.h): a handler's error
// becomes the error page, or the JSON error for a pattern under /api/. A GET route of any
// rule but kPublic is answered through the page cache unless registered kNotCached.
class FeatureRoutes {
 public:
  FeatureRoutes(Router& router, const App& app) : router_(router), app_(app) {}

  void Get(std::string pattern, Rule rule, PageHandler handler,
           Caching caching = Caching::kCached) {
    const App& app = app_;
    const ErrorForm form = ErrorFormOf(pattern);
    if (caching == Caching::kNotCached || rule.kind == domain::ResourceKind::kPublic) {
      Add("GET", std::move(pattern), rule, handler);
      return;
    }
    router_.Add("GET", std::move(pattern), rule,
                [&app, handler, form](Request& request, const Visitor& visitor) {
                  return ServeCachedPage(app, request, visitor, handler, form);
                });
  }
  // A public GET route answered through the page cache (ServePublicPage).
  void GetPublicCached(std::string pattern, PageHandler handler) {
    const App& app = app_;
    const ErrorForm form = ErrorFormOf(pattern);
    router_.Add("GET", std::move(pattern), kPublic,
                [&app, handler, form](Request& request, const Visitor&) {
                  return ServePublicPage(app, request, handler, form);
                });
  }
  void Post(std::string pattern, Rule rule, PageHandler handler) {
    Add("POST", std::move(pattern), rule, handler);
  }
  void Put(std::string pattern, Rule rule, PageHandler handler) {
    Add("PUT", std::move(pattern), rule, handler);
  }
  void Delete(std::string pattern, Rule rule, PageHandler handler) {
    Add("DELETE", std::move(pattern), rule, handler);
  }

 private:
  void Add(std::string method, std::string pattern, Rule rule, PageHandler handler) {
    const App& app = app_;
    const ErrorForm form = ErrorFormOf(pattern);
    router_.Add(std::move(method), std::move(pattern), rule,
                [&app, handler, form](Request& request, const Visitor& visitor) {
                  return Answer(app, request, handler(app, request, visitor), form);
                });
  }

  Router& router_;
  const App& app_;
};

}  // namespace stegvis::web
