#include "store/sql_invitations.h"

#include <string>

#include "store/tables.h"

namespace stegvis::store {

domain::Id SqlInvitations::Create(const domain::ProgrammeInvitation& invitation) {
  return Insert(db_, invitation);
}

std::optional<domain::ProgrammeInvitation> SqlInvitations::Find(domain::Id id) {
  return FindOne<domain::ProgrammeInvitation>(db_, "WHERE id = ?", id);
}

std::vector<domain::ProgrammeInvitation> SqlInvitations::ListOfProgramme(domain::Id programme_id) {
  return List<domain::ProgrammeInvitation>(db_, "WHERE programme_id = ? ORDER BY id DESC",
                                           programme_id);
}

std::vector<domain::ProgrammeInvitation> SqlInvitations::ListOfOrganisation(
    domain::Id organisation_id) {
  return List<domain::ProgrammeInvitation>(db_, "WHERE organisation_id = ? ORDER BY id DESC",
                                           organisation_id);
}

void SqlInvitations::Answer(const domain::ProgrammeInvitation& invitation) {
  Run(db_,
      "UPDATE programme_invitations SET status = ?, answered_by = ?, answered_at = ?, "
      "project_id = ? WHERE id = ?",
      std::string(domain::InvitationStatusName(invitation.status)), invitation.answered_by,
      invitation.answered_at, invitation.project_id, invitation.id);
}

}  // namespace stegvis::store
