#pragma once
// domain::InvitationRepository on a SQL connection: invitations of teams into programmes.

#include "domain/repositories/invitation_repository.h"
#include "store/sql_connection.h"

namespace stegvis::store {

class SqlInvitations final : public domain::InvitationRepository {
 public:
  explicit SqlInvitations(SqlConnection& db) : db_(db) {}

  domain::Id Create(const domain::ProgrammeInvitation& invitation) override;
  std::optional<domain::ProgrammeInvitation> Find(domain::Id id) override;
  std::vector<domain::ProgrammeInvitation> ListOfProgramme(domain::Id programme_id) override;
  std::vector<domain::ProgrammeInvitation> ListOfOrganisation(domain::Id organisation_id) override;
  void Answer(const domain::ProgrammeInvitation& invitation) override;

 private:
  SqlConnection& db_;
};

}  // namespace stegvis::store
