#pragma once
// Where each described entity is stored (store/entity_sql.h): its table, and the columns
// named otherwise than their fields. Everything else about the columns comes from the
// entity's description beside its struct in domain/.

#include <string_view>

#include "domain/access.h"
#include "domain/api_token.h"
#include "domain/change_idea.h"
#include "domain/comment.h"
#include "domain/diagram.h"
#include "domain/gender_records.h"
#include "domain/goal.h"
#include "domain/idea_offer.h"
#include "domain/import_columns_record.h"
#include "domain/long_table_import_record.h"
#include "domain/measure.h"
#include "domain/monthly_report.h"
#include "domain/observation_import_record.h"
#include "domain/organisation.h"
#include "domain/outbox_mail.h"
#include "domain/pdsa_cycle.h"
#include "domain/programme.h"
#include "domain/programme_invitation.h"
#include "domain/project.h"
#include "domain/publication.h"
#include "domain/records.h"
#include "domain/story_choices.h"
#include "domain/sustain_plan.h"
#include "store/entity_sql.h"

namespace stegvis::store {

template <>
struct Table<domain::Organisation> {
  static constexpr std::string_view kName = "organisations";
};
template <>
struct Table<domain::Unit> {
  static constexpr std::string_view kName = "units";
};
template <>
struct Table<domain::User> {
  static constexpr std::string_view kName = "users";
};
template <>
struct Table<domain::Team> {
  static constexpr std::string_view kName = "teams";
};
template <>
struct Table<domain::Membership> {
  static constexpr std::string_view kName = "memberships";
};
template <>
struct Table<domain::SessionRecord> {
  static constexpr std::string_view kName = "sessions";
};
template <>
struct Table<domain::LoginFailures> {
  static constexpr std::string_view kName = "login_failures";
};
template <>
struct Table<domain::PasswordReset> {
  static constexpr std::string_view kName = "password_resets";
};
template <>
struct Table<domain::ApiToken> {
  static constexpr std::string_view kName = "api_tokens";
  // WRITE is a keyword in PostgreSQL.
  static constexpr Rename kRenames[] = {{"write", "can_write"}};
};
template <>
struct Table<domain::OutboxMail> {
  static constexpr std::string_view kName = "mail_outbox";
};
template <>
struct Table<domain::Publication> {
  static constexpr std::string_view kName = "publications";
};
template <>
struct Table<domain::ProgrammePublication> {
  static constexpr std::string_view kName = "programme_publications";
};
template <>
struct Table<domain::MonthlyReport> {
  static constexpr std::string_view kName = "monthly_reports";
};
template <>
struct Table<domain::ProgrammeInvitation> {
  static constexpr std::string_view kName = "programme_invitations";
};
template <>
struct Table<domain::IdeaOffer> {
  static constexpr std::string_view kName = "idea_offers";
};
template <>
struct Table<domain::ObservationImport> {
  static constexpr std::string_view kName = "observation_imports";
};
template <>
struct Table<domain::ImportColumnChoice> {
  static constexpr std::string_view kName = "import_columns";
};
template <>
struct Table<domain::LongColumnChoice> {
  static constexpr std::string_view kName = "long_table_columns";
};
template <>
struct Table<domain::LongTableImport> {
  static constexpr std::string_view kName = "long_table_imports";
};
template <>
struct Table<domain::AuditEvent> {
  static constexpr std::string_view kName = "audit_events";
};
template <>
struct Table<domain::Programme> {
  static constexpr std::string_view kName = "programmes";
};
template <>
struct Table<domain::ProgrammeEvent> {
  static constexpr std::string_view kName = "programme_events";
};
template <>
struct Table<domain::Project> {
  static constexpr std::string_view kName = "projects";
};
template <>
struct Table<domain::StoryChoices> {
  static constexpr std::string_view kName = "project_stories";
};
template <>
struct Table<domain::ProgressScore> {
  static constexpr std::string_view kName = "progress_scores";
};
template <>
struct Table<domain::Measure> {
  static constexpr std::string_view kName = "measures";
};
template <>
struct Table<domain::Observation> {
  static constexpr std::string_view kName = "observations";
  // "group" is a reserved word in SQL.
  static constexpr Rename kRenames[] = {{"group", "grp"}};
};
template <>
struct Table<domain::MeasurePhase> {
  static constexpr std::string_view kName = "measure_phases";
};
template <>
struct Table<domain::PointNote> {
  static constexpr std::string_view kName = "measure_point_notes";
};
template <>
struct Table<domain::ChangeIdea> {
  static constexpr std::string_view kName = "change_ideas";
};
template <>
struct Table<domain::PdsaCycle> {
  static constexpr std::string_view kName = "pdsa_cycles";
  // "where" is a reserved word; "number" reads better qualified.
  static constexpr Rename kRenames[] = {{"number", "cycle_number"}, {"where", "place"}};
};
template <>
struct Table<domain::DiagramItem> {
  static constexpr std::string_view kName = "diagram_items";
  static constexpr Rename kRenames[] = {{"level", "level_name"}, {"text", "body"}};
};
template <>
struct Table<domain::DiagramLink> {
  static constexpr std::string_view kName = "diagram_links";
  static constexpr Rename kRenames[] = {{"from", "from_item_id"}, {"to", "to_item_id"}};
};
template <>
struct Table<domain::GoalEntry> {
  static constexpr std::string_view kName = "goal_entries";
  static constexpr Rename kRenames[] = {{"group", "group_name"}};
};
template <>
struct Table<domain::GoalLink> {
  static constexpr std::string_view kName = "goal_links";
  static constexpr Rename kRenames[] = {{"object", "object_type"}};
};
template <>
struct Table<domain::GenderNote> {
  static constexpr std::string_view kName = "gender_notes";
};
template <>
struct Table<domain::SelfAssessment> {
  static constexpr std::string_view kName = "self_assessments";
};
template <>
struct Table<domain::SelfAssessmentScore> {
  static constexpr std::string_view kName = "self_assessment_scores";
};
template <>
struct Table<domain::SustainPlan> {
  static constexpr std::string_view kName = "sustain_plans";
};
template <>
struct Table<domain::SustainMeasure> {
  static constexpr std::string_view kName = "sustain_measures";
};
template <>
struct Table<domain::SustainReview> {
  static constexpr std::string_view kName = "sustain_reviews";
};
template <>
struct Table<domain::ReflectionNote> {
  static constexpr std::string_view kName = "reflection_notes";
  static constexpr Rename kRenames[] = {{"text", "body"}};
};

template <>
struct Table<domain::Comment> {
  static constexpr std::string_view kName = "comments";
};

}  // namespace stegvis::store
