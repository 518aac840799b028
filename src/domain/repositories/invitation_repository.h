#pragma once
// Invitations of teams into programmes, inside one transaction (domain/store.h); used by
// domain/programme_invitations.h.

#include <optional>
#include <vector>

#include "domain/programme_invitation.h"

namespace stegvis::domain {

class InvitationRepository {
 public:
  virtual ~InvitationRepository() = default;

  // Stores a new invitation; returns its id.
  virtual Id Create(const ProgrammeInvitation& invitation) = 0;
  virtual std::optional<ProgrammeInvitation> Find(Id id) = 0;
  // The programme's invitations, newest first.
  virtual std::vector<ProgrammeInvitation> ListOfProgramme(Id programme_id) = 0;
  // The invitations of the organisation's teams, newest first.
  virtual std::vector<ProgrammeInvitation> ListOfOrganisation(Id organisation_id) = 0;
  // Stores the answer: status, answered_by, answered_at and project_id.
  virtual void Answer(const ProgrammeInvitation& invitation) = 0;
};

}  // namespace stegvis::domain
