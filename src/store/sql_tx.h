#pragma once
// The domain's data access (StoreTx) on one SQL connection inside an open transaction: one
// repository per aggregate (sql_*.cc), written once for every engine (`?` placeholders,
// INSERT ... RETURNING id), all working through one TrackedConnection so that the data
// version counts every change.

#include "domain/store.h"
#include "store/sql_api_tokens.h"
#include "store/sql_audit.h"
#include "store/sql_comments.h"
#include "store/sql_connection.h"
#include "store/sql_diagrams.h"
#include "store/sql_gender_notes.h"
#include "store/sql_goals.h"
#include "store/sql_imports.h"
#include "store/sql_invitations.h"
#include "store/sql_mail.h"
#include "store/sql_measures.h"
#include "store/sql_pdsa.h"
#include "store/sql_programmes.h"
#include "store/sql_projects.h"
#include "store/sql_publications.h"
#include "store/sql_reflection_notes.h"
#include "store/sql_search.h"
#include "store/sql_self_assessments.h"
#include "store/sql_sessions.h"
#include "store/sql_spread.h"
#include "store/sql_sustain_plans.h"
#include "store/sql_teams.h"
#include "store/sql_units.h"
#include "store/sql_users.h"
#include "store/tracked_connection.h"

namespace stegvis::store {

class SqlTx final : public domain::StoreTx {
 public:
  // `text_search` says how the connection's engine searches text (store/sql_search.h).
  SqlTx(SqlConnection& connection, TextSearch text_search)
      : tracked_(connection), search_(tracked_, text_search) {}

  domain::UnitRepository& Units() override { return units_; }
  domain::TeamRepository& Teams() override { return teams_; }
  domain::UserRepository& Users() override { return users_; }
  domain::SessionRepository& Sessions() override { return sessions_; }
  domain::ApiTokenRepository& ApiTokens() override { return api_tokens_; }
  domain::AuditRepository& Audit() override { return audit_; }
  domain::ProgrammeRepository& Programmes() override { return programmes_; }
  domain::InvitationRepository& Invitations() override { return invitations_; }
  domain::PublicationRepository& Publications() override { return publications_; }
  domain::ProjectRepository& Projects() override { return projects_; }
  domain::ImportRepository& Imports() override { return imports_; }
  domain::MeasureRepository& Measures() override { return measures_; }
  domain::PdsaRepository& Pdsa() override { return pdsa_; }
  domain::SpreadRepository& Spread() override { return spread_; }
  domain::DiagramRepository& Diagrams() override { return diagrams_; }
  domain::GoalRepository& Goals() override { return goals_; }
  domain::GenderNoteRepository& GenderNotes() override { return gender_notes_; }
  domain::SelfAssessmentRepository& SelfAssessments() override { return self_assessments_; }
  domain::ReflectionNoteRepository& ReflectionNotes() override { return reflection_notes_; }
  domain::SearchRepository& Search() override { return search_; }
  domain::SustainPlanRepository& SustainPlans() override { return sustain_plans_; }
  domain::MailRepository& Mail() override { return mail_; }
  domain::CommentRepository& Comments() override { return comments_; }
  std::int64_t DataVersion() override;

  // Called by the store right before COMMIT: counts the transaction in the data version when
  // it wrote anything that counts (TrackedConnection).
  void BeforeCommit();

 private:
  TrackedConnection tracked_;  // every statement of the repositories goes through it
  SqlUnits units_{tracked_};
  SqlTeams teams_{tracked_};
  SqlUsers users_{tracked_};
  SqlSessions sessions_{tracked_};
  SqlApiTokens api_tokens_{tracked_};
  SqlAudit audit_{tracked_};
  SqlProgrammes programmes_{tracked_};
  SqlInvitations invitations_{tracked_};
  SqlPublications publications_{tracked_};
  SqlProjects projects_{tracked_};
  SqlImports imports_{tracked_};
  SqlMeasures measures_{tracked_};
  SqlPdsa pdsa_{tracked_};
  SqlSpread spread_{tracked_};
  SqlDiagrams diagrams_{tracked_};
  SqlGoals goals_{tracked_};
  SqlGenderNotes gender_notes_{tracked_};
  SqlSelfAssessments self_assessments_{tracked_};
  SqlReflectionNotes reflection_notes_{tracked_};
  SqlSearch search_;
  SqlSustainPlans sustain_plans_{tracked_};
  SqlMail mail_{tracked_};
  SqlComments comments_{tracked_};
};

}  // namespace stegvis::store
