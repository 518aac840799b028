// Managers' reflection notes (domain/reflection_note.h): managers and strategists write notes
// linked to units in their scope (and projects they may see); those whose scope reaches one of
// a note's units read it; team members and politicians never do; a stale save says who saved
// first; each write is audited.

#include "domain/reflection_note.h"

#include <gtest/gtest.h>

#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

class ReflectionNotesTest : public DomainTest {
 protected:
  ReflectionNotesTest() { project_ = MakeProject(solvik_.member, solvik_.team, "Välj tid själv"); }
  ReflectionNote Note(std::vector<Id> units, std::vector<Id> projects = {}) {
    ReflectionNote n;
    n.kind = ReflectionKind::kMeeting;
    n.held_on = "2027-01-12";
    n.title = "Reflektionsmöte om besluten";
    n.text = "Vi såg att männen oftare fick sina önskemål om tid.";
    n.unit_ids = std::move(units);
    n.project_ids = std::move(projects);
    return n;
  }
  core::Result<Id> Create(const Principal& by, const ReflectionNote& n) {
    return CreateReflectionNote(store_, clock_, by, As(by), n);
  }
  core::Result<void> Change(const Principal& by, const ReflectionNote& n) {
    return ChangeReflectionNote(store_, clock_, by, As(by), n);
  }
  ReflectionNote Stored(Id id) { return Ok(LoadReflectionNote(store_, solvik_.admin, id)).note; }

  Id project_ = 0;
};

TEST_F(ReflectionNotesTest, AManagerWritesANoteOnTheirUnitAndItIsAudited) {
  const Id id = Ok(
      Create(solvik_.chef, Note({solvik_.home_care, solvik_.care, solvik_.home_care}, {project_})));
  ReflectionNoteView v = Ok(LoadReflectionNote(store_, solvik_.chef, id));
  EXPECT_EQ(v.note.unit_ids, (std::vector<Id>{solvik_.care, solvik_.home_care}))
      << "sorted, each once";
  EXPECT_EQ(v.note.organisation_id, solvik_.id);
  EXPECT_EQ(v.note.created_by, "chef@solvik.example");
  EXPECT_EQ(v.note.version, 1);
  ASSERT_EQ(v.projects.size(), 1u);
  EXPECT_EQ(v.projects[0].second, "Välj tid själv");
  EXPECT_TRUE(v.may_change);
  AuditEvent e = LastEvent("reflection_note", id);
  EXPECT_EQ(e.action, "create");
  EXPECT_EQ(AuditValue(e.after_json, "title"), "Reflektionsmöte om besluten");
}

TEST_F(ReflectionNotesTest, TeamMembersAndPoliticiansNeverSeeTheNotes) {
  const Id id = Ok(Create(solvik_.chef, Note({solvik_.home_care})));
  for (const Principal* p : {&solvik_.member, &solvik_.politiker}) {
    EXPECT_TRUE(IsForbidden(LoadReflectionNote(store_, *p, id))) << p->user.email;
    EXPECT_TRUE(IsForbidden(ListReflectionNotes(store_, *p, false))) << p->user.email;
    EXPECT_TRUE(IsForbidden(LoadUnitReflections(store_, *p, solvik_.home_care))) << p->user.email;
    // Writing is refused through the units, as for any unit out of the writer's scope.
    EXPECT_TRUE(
        IsInvalid(Create(*p, Note({solvik_.home_care})), "unit_ids", "reflection.error.unit_scope"))
        << p->user.email;
  }
  EXPECT_EQ(Ok(ListReflectionNotes(store_, solvik_.strateg, false)).size(), 1u);
}

TEST_F(ReflectionNotesTest, ANoteIsReadWhereTheScopeReachesOneOfItsUnits) {
  const Id care_note = Ok(Create(solvik_.chef, Note({solvik_.home_care})));
  const Id shared = Ok(Create(solvik_.strateg, Note({solvik_.home_care, solvik_.school})));
  EXPECT_TRUE(IsForbidden(LoadReflectionNote(store_, solvik_.school_chef, care_note)));
  EXPECT_TRUE(Ok(LoadReflectionNote(store_, solvik_.school_chef, shared)).may_change);
  std::vector<ReflectionNoteView> seen =
      Ok(ListReflectionNotes(store_, solvik_.school_chef, false));
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].note.id, shared);
  EXPECT_TRUE(IsForbidden(LoadUnitReflections(store_, solvik_.school_chef, solvik_.home_care)));
  UnitReflections unit = Ok(LoadUnitReflections(store_, solvik_.chef, solvik_.home_care));
  EXPECT_EQ(unit.notes.size(), 2u);
  EXPECT_TRUE(unit.may_write);
  EXPECT_TRUE(IsNotFound(LoadReflectionNote(store_, norrby_.admin, care_note)));
  EXPECT_TRUE(IsNotFound(LoadUnitReflections(store_, norrby_.admin, solvik_.home_care)));
  EXPECT_TRUE(Ok(ListReflectionNotes(store_, norrby_.admin, false)).empty());
}

TEST_F(ReflectionNotesTest, ANoteNamesOnlyTheUnitsAndProjectsInTheReadersScope) {
  const Id school_project = MakeProject(solvik_.school_member, solvik_.school_team, "Läsgrupper");
  const Id shared = Ok(Create(
      solvik_.strateg, Note({solvik_.home_care, solvik_.school}, {project_, school_project})));
  ReflectionNoteView in_school = Ok(LoadReflectionNote(store_, solvik_.school_chef, shared));
  ASSERT_EQ(in_school.units.size(), 1u);
  EXPECT_EQ(in_school.units[0].name, "Ekbackens skola");
  ASSERT_EQ(in_school.projects.size(), 1u);
  EXPECT_EQ(in_school.projects[0].second, "Läsgrupper");
  std::vector<ReflectionNoteView> listed = Ok(ListReflectionNotes(store_, solvik_.chef, false));
  ASSERT_EQ(listed.size(), 1u);
  ASSERT_EQ(listed[0].units.size(), 1u);
  EXPECT_EQ(listed[0].units[0].name, "Hemtjänst Norr");
  ASSERT_EQ(listed[0].projects.size(), 1u);
  EXPECT_EQ(listed[0].projects[0].second, "Välj tid själv");
  EXPECT_EQ(Ok(LoadReflectionNote(store_, solvik_.strateg, shared)).units.size(), 2u);
  EXPECT_TRUE(IsNotFound(LoadReflectionNote(store_, norrby_.admin, shared)));
}

TEST_F(ReflectionNotesTest, MineOnlyKeepsTheNotesTheReaderWrote) {
  Ok(Create(solvik_.chef, Note({solvik_.home_care})));
  Ok(Create(solvik_.strateg, Note({solvik_.care})));
  EXPECT_EQ(Ok(ListReflectionNotes(store_, solvik_.chef, false)).size(), 2u);
  std::vector<ReflectionNoteView> mine = Ok(ListReflectionNotes(store_, solvik_.chef, true));
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0].note.created_by, "chef@solvik.example");
}

TEST_F(ReflectionNotesTest, ANoteIsLinkedOnlyToUnitsInScopeAndProjectsInView) {
  const Id school_project = MakeProject(solvik_.school_member, solvik_.school_team, "Läsa mer");
  EXPECT_TRUE(IsInvalid(Create(solvik_.chef, Note({solvik_.home_care, solvik_.school})), "unit_ids",
                        "reflection.error.unit_scope"));
  EXPECT_TRUE(IsInvalid(Create(solvik_.chef, Note({norrby_.home_care})), "unit_ids",
                        "reflection.error.unit_scope"));
  EXPECT_TRUE(IsInvalid(Create(solvik_.chef, Note({solvik_.home_care}, {school_project})),
                        "project_ids", "reflection.error.project"));
  ReflectionChoices choices = Ok(LoadReflectionChoices(store_, solvik_.chef));
  for (const Unit& u : choices.units) EXPECT_NE(u.id, solvik_.school) << "offered out of scope";
  ASSERT_EQ(choices.projects.size(), 1u);
  EXPECT_EQ(choices.projects[0].id, project_);
  EXPECT_EQ(choices.projects[0].team, "Trygg hemgång");
  EXPECT_TRUE(Ok(ListReflectionNotes(store_, solvik_.admin, false)).empty());
}

TEST_F(ReflectionNotesTest, ANoteNamesWhatIsMissing) {
  ReflectionNote n = Note({solvik_.home_care});
  n.held_on = "";
  EXPECT_TRUE(IsInvalid(Create(solvik_.chef, n), "held_on", "error.required"));
  n.held_on = "12/1 2027";
  EXPECT_TRUE(IsInvalid(Create(solvik_.chef, n), "held_on", "error.bad_date"));
  n = Note({solvik_.home_care});
  n.text = " ";
  EXPECT_TRUE(IsInvalid(Create(solvik_.chef, n), "text", "error.required"));
  n = Note({solvik_.home_care});
  n.title = std::string(201, 'x');
  EXPECT_TRUE(IsInvalid(Create(solvik_.chef, n), "title", "error.too_long"));
  n = Note({solvik_.home_care});
  n.kind = ReflectionKind::kShadowing;
  EXPECT_TRUE(IsInvalid(Create(solvik_.chef, n), "peer", "reflection.error.peer"));
  n.peer = "Rektor Eva Ek, Ekbackens skola";
  EXPECT_TRUE(Create(solvik_.chef, n));
  EXPECT_TRUE(IsInvalid(Create(solvik_.chef, Note({})), "unit_ids", "reflection.error.no_unit"));
}

TEST_F(ReflectionNotesTest, AChangeBumpsTheVersionAndKeepsWhoWroteIt) {
  const Id id = Ok(Create(solvik_.chef, Note({solvik_.home_care})));
  ReflectionNote n = Stored(id);
  n.text = "Vi ändrar rutinen för tidsval.";
  n.created_by = "someone@else.example";
  clock_.Advance(900);
  Ok(Change(solvik_.strateg, n));
  ReflectionNote after = Stored(id);
  EXPECT_EQ(after.text, "Vi ändrar rutinen för tidsval.");
  EXPECT_EQ(after.version, 2);
  EXPECT_EQ(after.created_by, "chef@solvik.example");
  EXPECT_EQ(after.updated_by, "strateg@solvik.example");
  EXPECT_EQ(after.updated_at, kTestNow + 900);
  AuditEvent e = LastEvent("reflection_note", id);
  EXPECT_EQ(e.action, "update");
  EXPECT_EQ(AuditValue(e.before_json, "text"),
            "Vi såg att männen oftare fick sina önskemål om tid.");
}

TEST_F(ReflectionNotesTest, AStaleSaveSaysWhoSavedFirstAndWhen) {
  const Id id = Ok(Create(solvik_.chef, Note({solvik_.home_care})));
  ReflectionNote mine = Stored(id);
  ReflectionNote theirs = mine;
  theirs.title = "Strategens rubrik";
  clock_.Advance(60);
  Ok(Change(solvik_.strateg, theirs));
  mine.title = "Chefens rubrik";
  EXPECT_TRUE(IsChangedBy(Change(solvik_.chef, mine), "Sara Lindqvist", kTestNow + 60));
  EXPECT_EQ(Stored(id).title, "Strategens rubrik");
}

TEST_F(ReflectionNotesTest, AUnitOutOfTheWritersScopeMayStayButNotBeAdded) {
  const Id id = Ok(Create(solvik_.strateg, Note({solvik_.home_care, solvik_.school})));
  ReflectionNote n = Stored(id);
  n.text = "Chefen kompletterar.";
  Ok(Change(solvik_.chef, n));
  EXPECT_EQ(Stored(id).unit_ids.size(), 2u) << "the school stays linked";
  n = Stored(id);
  n.unit_ids = {solvik_.home_care};  // the chef's form does not name the school
  Ok(Change(solvik_.chef, n));
  EXPECT_EQ(Stored(id).unit_ids.size(), 2u) << "the school stays linked, unseen";

  const Id own = Ok(Create(solvik_.chef, Note({solvik_.home_care})));
  ReflectionNote widened = Stored(own);
  widened.unit_ids.push_back(solvik_.school);
  EXPECT_TRUE(IsInvalid(Change(solvik_.chef, widened), "unit_ids", "reflection.error.unit_scope"));
  EXPECT_EQ(Stored(own).unit_ids, std::vector<Id>{solvik_.home_care});
  EXPECT_TRUE(IsForbidden(Change(solvik_.school_chef, Stored(own))));
  EXPECT_TRUE(IsNotFound(Change(norrby_.admin, Stored(own))));
  EXPECT_EQ(Stored(own).version, 1);
}

}  // namespace
}  // namespace stegvis::domain
