#include "domain/audit.h"

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include "domain/programmes.h"
#include "domain/resources.h"

namespace stegvis::domain {
namespace {

// Another organisation's staff are named, not addressed: a programme's participants see who
// of the host did what, but not their e-mail or address (those are for the host's own users).
void NameOutsideActor(StoreTx& tx, const Principal& principal, AuditEvent& event) {
  std::optional<User> actor =
      event.actor_user_id ? tx.Users().Find(*event.actor_user_id) : std::nullopt;
  const std::optional<Id> organisation =
      actor ? std::optional<Id>(actor->organisation_id) : event.organisation_id;
  if (organisation == principal.user.organisation_id) return;
  event.actor = actor ? actor->display_name : "";
  event.remote_address.clear();
}

}  // namespace

Actor ActorFor(const Principal& principal, std::string remote_address) {
  return Actor{principal.user.id, principal.user.organisation_id, principal.user.email,
               std::move(remote_address), principal.api_token};
}

void RecordAudit(StoreTx& tx, const Actor& actor, std::int64_t now, std::string_view action,
                 std::string_view object_type, std::optional<Id> object_id, std::string before_json,
                 std::string after_json, std::optional<Id> organisation_id) {
  AuditEvent event;
  event.organisation_id = organisation_id ? organisation_id : actor.organisation_id;
  event.at = now;
  event.actor_user_id = actor.user_id;
  event.actor = actor.label;
  event.action = std::string(action);
  event.object_type = std::string(object_type);
  event.object_id = object_id;
  event.before_json = std::move(before_json);
  event.after_json = std::move(after_json);
  event.remote_address = actor.remote_address;
  event.api_token = actor.api_token;
  tx.Audit().Add(event);
}

core::Result<std::vector<AuditEvent>> LoadHistory(Store& store, const Principal& principal,
                                                  std::string_view object_type, Id object_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<std::vector<AuditEvent>> {
    const core::Error not_found = core::Error::NotFoundObject();
    std::optional<Resource> resource;
    Action action = Action::kView;
    bool takes_part = false;  // a programme: readable by every organisation taking part
    if (object_type == "unit") {
      if (auto unit = tx.Units().Find(object_id)) resource = UnitResource(tx, *unit);
    } else if (object_type == "team") {
      if (auto team = tx.Teams().Find(object_id)) resource = TeamResource(tx, *team);
    } else if (object_type == "pdsa_cycle" || object_type == "change_idea") {
      // The team whose work it is (a package idea's history belongs to its programme).
      std::optional<Id> project_id;
      if (object_type == "pdsa_cycle") {
        if (auto cycle = tx.Pdsa().FindCycle(object_id)) project_id = cycle->project_id;
      } else if (auto idea = tx.Pdsa().FindIdea(object_id)) {
        project_id = idea->project_id;
      }
      if (auto project = project_id ? tx.Projects().Find(*project_id) : std::nullopt) {
        if (auto team = tx.Teams().Find(project->team_id)) resource = TeamResource(tx, *team);
      }
    } else if (object_type == "project" || object_type == "measure" ||
               object_type == "observation" || object_type == "theory_of_change" ||
               object_type == "driver_diagram" || object_type == "project_story" ||
               object_type == "publication") {
      // A project's, its diagrams', its story's, its publication's or a measure's history (and a
      // measure's cells, audited under its id) is read by those who may read the team's work.
      std::optional<Id> project_id = object_id;
      if (object_type == "measure" || object_type == "observation") {
        auto measure = tx.Measures().Find(object_id);
        project_id = measure ? measure->project_id : std::nullopt;
      }
      if (auto project = project_id ? tx.Projects().Find(*project_id) : std::nullopt) {
        if (auto team = tx.Teams().Find(project->team_id)) resource = TeamResource(tx, *team);
      }
    } else if (object_type == "goal") {
      // A catalogue entry's history is read by everyone who reads the catalogue.
      if (auto goal = tx.Goals().FindEntry(object_id)) {
        resource = Resource{ResourceKind::kGoalCatalogue, goal->organisation_id, true, {}, {}, {}};
      }
    } else if (object_type == "gender_note") {
      // A measure's 4R notes are read by those who may read the measure.
      auto measure = tx.Measures().Find(object_id);
      auto project =
          measure && measure->project_id ? tx.Projects().Find(*measure->project_id) : std::nullopt;
      if (project) {
        if (auto team = tx.Teams().Find(project->team_id)) resource = TeamResource(tx, *team);
      }
    } else if (object_type == "reflection_note") {
      // A reflection note's trail through the first of its units the principal may read.
      auto note = tx.ReflectionNotes().Find(object_id);
      for (Id u : note ? note->unit_ids : std::vector<Id>{}) {
        if (auto unit = tx.Units().Find(u)) {
          Resource r = UnitScopedResource(tx, ResourceKind::kReflection, *unit);
          if (!resource || May(&principal, Action::kView, r)) resource = r;
        }
      }
    } else if (object_type == "programme") {
      // As the programme page: everyone in an organisation that owns it or has a team in it.
      if (auto programme = tx.Programmes().Find(object_id)) {
        resource = ProgrammeResource(*programme);
        takes_part = TakesPart(tx, principal.user.organisation_id, *programme);
      }
    } else if (object_type == "self_assessment") {
      // As the unit's self-assessment page: the unit, for kSelfAssessment.
      auto assessment = tx.SelfAssessments().Find(object_id);
      if (auto unit = assessment ? tx.Units().Find(assessment->unit_id) : std::nullopt) {
        resource = UnitScopedResource(tx, ResourceKind::kSelfAssessment, *unit);
      }
    } else if (object_type == "user") {
      if (auto user = tx.Users().Find(object_id)) {
        resource = OrganisationResource(ResourceKind::kUser, user->organisation_id);
        action = Action::kAdminister;
      }
    }
    if (object_type == "programme") {
      if (!takes_part) return core::Fail(not_found);
      if (principal.memberships.empty()) {
        return core::Fail(core::Error::Forbidden("a user without a role reads no programme"));
      }
      std::vector<AuditEvent> events = tx.Audit().List(std::string(object_type), object_id);
      for (AuditEvent& e : events) NameOutsideActor(tx, principal, e);
      return events;
    }
    if (!resource || resource->organisation_id != principal.user.organisation_id) {
      return core::Fail(not_found);
    }
    if (!May(&principal, action, *resource)) {
      return core::Fail(core::Error::Forbidden("may not see this history"));
    }
    return tx.Audit().List(std::string(object_type), object_id);
  });
}

core::Result<std::vector<AuditEvent>> LoadAuditTrail(Store& store, const Principal& principal) {
  Id org = principal.user.organisation_id;
  if (!May(&principal, Action::kAdminister,
           OrganisationResource(ResourceKind::kOrganisation, org))) {
    return core::Fail(core::Error::Forbidden("only admins export the audit trail"));
  }
  return store.Read([&](StoreTx& tx) -> core::Result<std::vector<AuditEvent>> {
    return tx.Audit().ListAll(org);
  });
}

}  // namespace stegvis::domain
