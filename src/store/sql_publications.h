#pragma once
// domain::PublicationRepository on a SQL connection: published stories.

#include "domain/repositories/publication_repository.h"
#include "store/sql_connection.h"

namespace stegvis::store {

class SqlPublications final : public domain::PublicationRepository {
 public:
  explicit SqlPublications(SqlConnection& db) : db_(db) {}

  domain::Id Create(const domain::Publication& publication) override;
  std::optional<domain::Publication> FindOfProject(domain::Id project_id) override;
  std::optional<domain::Publication> FindBySlug(const std::string& slug) override;
  std::vector<domain::Publication> ListOfOrganisation(domain::Id organisation_id) override;
  void Delete(domain::Id id) override;
  domain::Id CreateOfProgramme(const domain::ProgrammePublication& publication) override;
  std::optional<domain::ProgrammePublication> FindOfProgramme(domain::Id programme_id) override;
  std::optional<domain::ProgrammePublication> FindProgrammeBySlug(const std::string& slug) override;
  std::vector<domain::ProgrammePublication> ListProgrammesOfOrganisation(
      domain::Id organisation_id) override;
  void DeleteOfProgramme(domain::Id id) override;

 private:
  SqlConnection& db_;
};

}  // namespace stegvis::store
