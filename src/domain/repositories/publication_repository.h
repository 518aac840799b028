#pragma once
// Published stories, inside one transaction (domain/store.h); used by domain/publications.h.

#include <optional>
#include <string>
#include <vector>

#include "domain/publication.h"

namespace stegvis::domain {

class PublicationRepository {
 public:
  virtual ~PublicationRepository() = default;

  // Stores a new publication; returns its id. A project has at most one (UNIQUE).
  virtual Id Create(const Publication& publication) = 0;
  // The project's publication, if it is published.
  virtual std::optional<Publication> FindOfProject(Id project_id) = 0;
  // The publication with this slug, if it is published.
  virtual std::optional<Publication> FindBySlug(const std::string& slug) = 0;
  // The organisation's publications, newest first.
  virtual std::vector<Publication> ListOfOrganisation(Id organisation_id) = 0;
  // Removes the publication (unpublish).
  virtual void Delete(Id id) = 0;

  // The same for programmes' summaries (one per programme).
  virtual Id CreateOfProgramme(const ProgrammePublication& publication) = 0;
  virtual std::optional<ProgrammePublication> FindOfProgramme(Id programme_id) = 0;
  virtual std::optional<ProgrammePublication> FindProgrammeBySlug(const std::string& slug) = 0;
  virtual std::vector<ProgrammePublication> ListProgrammesOfOrganisation(Id organisation_id) = 0;
  virtual void DeleteOfProgramme(Id id) = 0;
};

}  // namespace stegvis::domain
