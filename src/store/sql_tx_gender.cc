// SqlTx: the gender-equality frame — 4R notes, self-assessments and reflection notes.
// Portable SQL only (SQLite and PostgreSQL): `?` placeholders, RETURNING id.

#include "domain/self_assessment.h"
#include "store/sql_tx.h"

namespace stegvis::store {
namespace {

constexpr const char* kNoteColumns =
    "SELECT id, measure_id, version, representation, resources, realia, realisera, created_at, "
    "created_by FROM gender_notes ";

constexpr const char* kReflectionColumns =
    "SELECT r.id, r.organisation_id, r.kind, r.held_on, r.title, r.body, r.peer, r.version, "
    "r.created_at, r.created_by, r.updated_at, r.updated_by FROM reflection_notes r ";

domain::ReflectionNote ReadReflection(const Statement& s) {
  domain::ReflectionNote n;
  n.id = s.Int(0);
  n.organisation_id = s.Int(1);
  // The CHECK constraint makes the fallback unreachable.
  n.kind = domain::ParseReflectionKind(s.Text(2)).value_or(domain::ReflectionKind::kMeeting);
  n.held_on = s.Text(3);
  n.title = s.Text(4);
  n.text = s.Text(5);
  n.peer = s.Text(6);
  n.version = s.Int(7);
  n.created_at = s.Int(8);
  n.created_by = s.Text(9);
  n.updated_at = s.Int(10);
  n.updated_by = s.Text(11);
  return n;
}

}  // namespace

std::vector<domain::GenderNote> SqlTx::ListGenderNotes(domain::Id measure_id) {
  std::vector<domain::GenderNote> out;
  Statement s = db_.Prepare(std::string(kNoteColumns) + "WHERE measure_id = ? ORDER BY version");
  s.Bind(1, measure_id);
  while (s.Step()) {
    domain::GenderNote n;
    n.id = s.Int(0);
    n.measure_id = s.Int(1);
    n.version = s.Int(2);
    n.representation = s.Text(3);
    n.resources = s.Text(4);
    n.realia = s.Text(5);
    n.realisera = s.Text(6);
    n.created_at = s.Int(7);
    n.created_by = s.Text(8);
    out.push_back(std::move(n));
  }
  return out;
}

domain::Id SqlTx::AddGenderNote(const domain::GenderNote& note) {
  Statement s = db_.Prepare(
      "INSERT INTO gender_notes (measure_id, version, representation, resources, realia, "
      "realisera, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
  s.Bind(1, note.measure_id)
      .Bind(2, note.version)
      .Bind(3, note.representation)
      .Bind(4, note.resources)
      .Bind(5, note.realia)
      .Bind(6, note.realisera)
      .Bind(7, note.created_at)
      .Bind(8, note.created_by)
      .Step();
  return s.Int(0);
}

std::vector<domain::SelfAssessment> SqlTx::ListSelfAssessments(domain::Id unit_id) {
  std::vector<domain::SelfAssessment> out;
  {
    Statement s = db_.Prepare(
        "SELECT id, organisation_id, unit_id, assessed_on, note, created_at, created_by "
        "FROM self_assessments WHERE unit_id = ? ORDER BY assessed_on, id");
    s.Bind(1, unit_id);
    while (s.Step()) {
      domain::SelfAssessment a;
      a.id = s.Int(0);
      a.organisation_id = s.Int(1);
      a.unit_id = s.Int(2);
      a.assessed_on = s.Text(3);
      a.note = s.Text(4);
      a.created_at = s.Int(5);
      a.created_by = s.Text(6);
      out.push_back(std::move(a));
    }
  }
  // The scores are read after the rows: one statement at a time per connection.
  for (domain::SelfAssessment& a : out) {
    Statement s = db_.Prepare(
        "SELECT item, score, comment FROM self_assessment_scores WHERE assessment_id = ? "
        "ORDER BY item_order");
    s.Bind(1, a.id);
    while (s.Step()) {
      domain::SelfAssessmentScore score;
      score.item = s.Text(0);
      if (auto v = s.OptionalInt(1)) score.score = static_cast<int>(*v);
      score.comment = s.Text(2);
      a.scores.push_back(std::move(score));
    }
  }
  return out;
}

std::optional<domain::SelfAssessment> SqlTx::FindSelfAssessment(domain::Id assessment_id) {
  Statement s = db_.Prepare(
      "SELECT id, organisation_id, unit_id, assessed_on, note, created_at, created_by "
      "FROM self_assessments WHERE id = ?");
  s.Bind(1, assessment_id);
  if (!s.Step()) return std::nullopt;
  domain::SelfAssessment a;
  a.id = s.Int(0);
  a.organisation_id = s.Int(1);
  a.unit_id = s.Int(2);
  a.assessed_on = s.Text(3);
  a.note = s.Text(4);
  a.created_at = s.Int(5);
  a.created_by = s.Text(6);
  return a;
}

domain::Id SqlTx::CreateSelfAssessment(const domain::SelfAssessment& a) {
  domain::Id id = 0;
  {
    Statement s = db_.Prepare(
        "INSERT INTO self_assessments (organisation_id, unit_id, assessed_on, note, created_at, "
        "created_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
    s.Bind(1, a.organisation_id)
        .Bind(2, a.unit_id)
        .Bind(3, a.assessed_on)
        .Bind(4, a.note)
        .Bind(5, a.created_at)
        .Bind(6, a.created_by)
        .Step();
    id = s.Int(0);
  }
  // Catalogue order is kept as a number so the scores read back in the order they are shown.
  const auto& items = domain::AssessmentItems();
  for (const domain::SelfAssessmentScore& score : a.scores) {
    std::int64_t order = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (items[i].key == score.item) order = static_cast<std::int64_t>(i);
    }
    Statement s = db_.Prepare(
        "INSERT INTO self_assessment_scores (assessment_id, item, item_order, score, comment) "
        "VALUES (?, ?, ?, ?, ?)");
    s.Bind(1, id).Bind(2, score.item).Bind(3, order);
    s.Bind(4, score.score ? std::optional<std::int64_t>(*score.score) : std::nullopt)
        .Bind(5, score.comment)
        .Step();
  }
  return id;
}

std::vector<domain::ReflectionNote> SqlTx::ReadReflectionNotes(Statement& s) {
  std::vector<domain::ReflectionNote> out;
  while (s.Step()) out.push_back(ReadReflection(s));
  for (domain::ReflectionNote& n : out) {
    {
      Statement u = db_.Prepare(
          "SELECT unit_id FROM reflection_note_units WHERE note_id = ? ORDER BY unit_id");
      u.Bind(1, n.id);
      while (u.Step()) n.unit_ids.push_back(u.Int(0));
    }
    Statement p = db_.Prepare(
        "SELECT project_id FROM reflection_note_projects WHERE note_id = ? ORDER BY project_id");
    p.Bind(1, n.id);
    while (p.Step()) n.project_ids.push_back(p.Int(0));
  }
  return out;
}

std::vector<domain::ReflectionNote> SqlTx::ListReflectionNotes(domain::Id organisation_id) {
  Statement s = db_.Prepare(std::string(kReflectionColumns) +
                            "WHERE r.organisation_id = ? ORDER BY r.held_on DESC, r.id DESC");
  s.Bind(1, organisation_id);
  return ReadReflectionNotes(s);
}

std::vector<domain::ReflectionNote> SqlTx::ListUnitReflectionNotes(domain::Id unit_id) {
  Statement s = db_.Prepare(std::string(kReflectionColumns) +
                            "JOIN reflection_note_units l ON l.note_id = r.id "
                            "WHERE l.unit_id = ? ORDER BY r.held_on DESC, r.id DESC");
  s.Bind(1, unit_id);
  return ReadReflectionNotes(s);
}

std::optional<domain::ReflectionNote> SqlTx::FindReflectionNote(domain::Id note_id) {
  Statement s = db_.Prepare(std::string(kReflectionColumns) + "WHERE r.id = ?");
  s.Bind(1, note_id);
  std::vector<domain::ReflectionNote> notes = ReadReflectionNotes(s);
  if (notes.empty()) return std::nullopt;
  return std::move(notes.front());
}

domain::Id SqlTx::CreateReflectionNote(const domain::ReflectionNote& n) {
  domain::Id id = 0;
  {
    Statement s = db_.Prepare(
        "INSERT INTO reflection_notes (organisation_id, kind, held_on, title, body, peer, "
        "version, created_at, created_by, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    s.Bind(1, n.organisation_id)
        .Bind(2, domain::ReflectionKindName(n.kind))
        .Bind(3, n.held_on)
        .Bind(4, n.title)
        .Bind(5, n.text)
        .Bind(6, n.peer)
        .Bind(7, n.version)
        .Bind(8, n.created_at)
        .Bind(9, n.created_by)
        .Bind(10, n.updated_at)
        .Bind(11, n.updated_by)
        .Step();
    id = s.Int(0);
  }
  domain::ReflectionNote linked = n;
  linked.id = id;
  SaveReflectionLinks(linked);
  return id;
}

void SqlTx::UpdateReflectionNote(const domain::ReflectionNote& n) {
  {
    Statement s = db_.Prepare(
        "UPDATE reflection_notes SET kind = ?, held_on = ?, title = ?, body = ?, peer = ?, "
        "version = ?, updated_at = ?, updated_by = ? WHERE id = ?");
    s.Bind(1, domain::ReflectionKindName(n.kind))
        .Bind(2, n.held_on)
        .Bind(3, n.title)
        .Bind(4, n.text)
        .Bind(5, n.peer)
        .Bind(6, n.version)
        .Bind(7, n.updated_at)
        .Bind(8, n.updated_by)
        .Bind(9, n.id)
        .Step();
  }
  SaveReflectionLinks(n);
}

void SqlTx::SaveReflectionLinks(const domain::ReflectionNote& n) {
  {
    Statement s = db_.Prepare("DELETE FROM reflection_note_units WHERE note_id = ?");
    s.Bind(1, n.id).Step();
  }
  {
    Statement s = db_.Prepare("DELETE FROM reflection_note_projects WHERE note_id = ?");
    s.Bind(1, n.id).Step();
  }
  for (domain::Id unit : n.unit_ids) {
    Statement s = db_.Prepare("INSERT INTO reflection_note_units (note_id, unit_id) VALUES (?, ?)");
    s.Bind(1, n.id).Bind(2, unit).Step();
  }
  for (domain::Id project : n.project_ids) {
    Statement s =
        db_.Prepare("INSERT INTO reflection_note_projects (note_id, project_id) VALUES (?, ?)");
    s.Bind(1, n.id).Bind(2, project).Step();
  }
}

}  // namespace stegvis::store
