#include "store/sql_publications.h"

#include "store/tables.h"

namespace stegvis::store {

domain::Id SqlPublications::Create(const domain::Publication& publication) {
  return Insert(db_, publication);
}

std::optional<domain::Publication> SqlPublications::FindOfProject(domain::Id project_id) {
  return FindOne<domain::Publication>(db_, "WHERE project_id = ?", project_id);
}

std::optional<domain::Publication> SqlPublications::FindBySlug(const std::string& slug) {
  return FindOne<domain::Publication>(db_, "WHERE slug = ?", slug);
}

std::vector<domain::Publication> SqlPublications::ListOfOrganisation(domain::Id organisation_id) {
  return List<domain::Publication>(
      db_, "WHERE organisation_id = ? ORDER BY published_at DESC, id DESC", organisation_id);
}

void SqlPublications::Delete(domain::Id id) {
  Run(db_, "DELETE FROM publications WHERE id = ?", id);
}

domain::Id SqlPublications::CreateOfProgramme(const domain::ProgrammePublication& publication) {
  return Insert(db_, publication);
}

std::optional<domain::ProgrammePublication> SqlPublications::FindOfProgramme(
    domain::Id programme_id) {
  return FindOne<domain::ProgrammePublication>(db_, "WHERE programme_id = ?", programme_id);
}

std::optional<domain::ProgrammePublication> SqlPublications::FindProgrammeBySlug(
    const std::string& slug) {
  return FindOne<domain::ProgrammePublication>(db_, "WHERE slug = ?", slug);
}

std::vector<domain::ProgrammePublication> SqlPublications::ListProgrammesOfOrganisation(
    domain::Id organisation_id) {
  return List<domain::ProgrammePublication>(
      db_, "WHERE organisation_id = ? ORDER BY published_at DESC, id DESC", organisation_id);
}

void SqlPublications::DeleteOfProgramme(domain::Id id) {
  Run(db_, "DELETE FROM programme_publications WHERE id = ?", id);
}

}  // namespace stegvis::store
