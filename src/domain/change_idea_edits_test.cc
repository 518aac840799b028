// Editing and retiring change ideas (domain/change_idea_edits.h): a team changes its own
// ideas, those who run a programme its package's; a retired idea takes no new cycles but keeps
// the ones that tested it; every refusal names what is wrong; each change is audited.

#include "domain/change_idea_edits.h"

#include <gtest/gtest.h>

#include "domain/pdsa_cycles.h"
#include "domain/programme_setup.h"
#include "domain/programmes.h"
#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

class ChangeIdeaEditsTest : public DomainTest {
 protected:
  ChangeIdeaEditsTest() {
    programme_ = MakeProgramme(solvik_.strateg, "Jämställd hemtjänst");
    Join(solvik_.strateg, programme_, solvik_.team);
    project_ = MakeProject(solvik_.member, solvik_.team, "Välj tid själv", programme_);
    idea_ = MakeIdea(solvik_.member, project_, "Brukaren väljer tid");
    package_ = Ok(AddPackageChangeIdea(store_, clock_, solvik_.strateg, As(solvik_.strateg),
                                       programme_, "Fast kontaktperson", "Samma personal"));
  }
  core::Result<ChangeIdea> Edit(const Principal& by, Id idea, ChangeIdeaEdit edit) {
    return EditChangeIdea(store_, clock_, by, As(by), idea, edit);
  }
  ChangeIdea Idea(Id id) { return Ok(LoadChangeIdea(store_, solvik_.member, id)).idea; }

  Id programme_ = 0, project_ = 0, idea_ = 0, package_ = 0;
};

TEST_F(ChangeIdeaEditsTest, ATeamRenamesItsOwnIdeaAndTheTrailKeepsBeforeAndAfter) {
  clock_.Advance(60);
  ChangeIdea saved =
      Ok(Edit(solvik_.member, idea_, {1, "Brukaren väljer dag och tid", "Vid första besöket", {}}));
  EXPECT_EQ(saved.version, 2);
  EXPECT_EQ(saved.updated_by, "team@solvik.example");
  EXPECT_EQ(saved.updated_at, kTestNow + 60);
  ChangeIdea now = Idea(idea_);
  EXPECT_EQ(now.title, "Brukaren väljer dag och tid");
  EXPECT_EQ(now.description, "Vid första besöket");
  EXPECT_FALSE(now.retired);
  AuditEvent e = LastEvent("change_idea", idea_);
  EXPECT_EQ(e.action, "update");
  EXPECT_EQ(AuditValue(e.before_json, "title"), "Brukaren väljer tid");
  EXPECT_EQ(AuditValue(e.after_json, "title"), "Brukaren väljer dag och tid");
  // What is not sent stays as it is.
  Ok(Edit(solvik_.member, idea_, {2, std::nullopt, "Ny beskrivning", std::nullopt}));
  EXPECT_EQ(Idea(idea_).title, "Brukaren väljer dag och tid");
}

TEST_F(ChangeIdeaEditsTest, ARetiredIdeaTakesNoNewCycleButKeepsItsCycles) {
  Id cycle = MakeCycle(solvik_.member, project_, idea_);
  Ok(Edit(solvik_.member, idea_, {1, std::nullopt, std::nullopt, true}));
  EXPECT_TRUE(Idea(idea_).retired);
  EXPECT_TRUE(IsInvalid(AddPdsaCycle(store_, clock_, solvik_.member, As(solvik_.member), project_,
                                     idea_, CompletePlan("En till")),
                        "change_idea_id", "error.pdsa.idea_retired"));
  // The cycle that tested it goes on, and its page still lists it.
  PdsaCycle c = Ok(LoadPdsaCycle(store_, solvik_.member, cycle)).cycle;
  Ok(SavePdsaCycle(store_, clock_, solvik_.member, As(solvik_.member), cycle, c.version, c.content,
                   true));
  ChangeIdeaDetails d = Ok(LoadChangeIdea(store_, solvik_.member, idea_));
  EXPECT_EQ(d.cycles.size(), 1u);
  EXPECT_FALSE(d.may_start_cycle) << "no form offers a new cycle";
  // Reinstated, it takes cycles again.
  Ok(Edit(solvik_.member, idea_, {2, std::nullopt, std::nullopt, false}));
  EXPECT_TRUE(AddPdsaCycle(store_, clock_, solvik_.member, As(solvik_.member), project_, idea_,
                           CompletePlan("En till"))
                  .has_value());
}

TEST_F(ChangeIdeaEditsTest, AFinishedCycleOnARetiredIdeaIsNotContinued) {
  Id cycle = MakeCycle(solvik_.member, project_, idea_);
  FinishCycle(solvik_.member, cycle, PdsaDecision::kAdapt);
  Ok(Edit(solvik_.member, idea_, {1, std::nullopt, std::nullopt, true}));
  EXPECT_TRUE(
      IsInvalid(StartNextPdsaCycle(store_, clock_, solvik_.member, As(solvik_.member), cycle),
                "change_idea_id", "error.pdsa.idea_retired"));
}

TEST_F(ChangeIdeaEditsTest, OnlyThoseWhoRunTheProgrammeChangeItsPackage) {
  ChangeIdeaEdit retire{1, std::nullopt, std::nullopt, true};
  EXPECT_TRUE(IsForbidden(Edit(solvik_.member, package_, retire)));
  EXPECT_TRUE(IsForbidden(Edit(solvik_.chef, package_, retire)));
  EXPECT_TRUE(IsNotFound(Edit(norrby_.strateg, package_, retire)));
  JoinFromElsewhere(programme_, norrby_.team);
  EXPECT_TRUE(IsNotFound(Edit(norrby_.member, package_, retire))) << "a guest reads, never changes";
  EXPECT_FALSE(Ok(LoadChangeIdea(store_, solvik_.member, package_)).may_edit);
  EXPECT_TRUE(Ok(LoadChangeIdea(store_, solvik_.strateg, package_)).may_edit);
  ChangeIdea retired = Ok(Edit(solvik_.strateg, package_, retire));
  EXPECT_TRUE(retired.retired);
  // The teams see it retired, and no longer as a place to start.
  ChangeIdeaDetails seen = Ok(LoadChangeIdea(store_, solvik_.member, package_));
  EXPECT_TRUE(seen.idea.retired);
  EXPECT_TRUE(seen.start_projects.empty());
  EXPECT_TRUE(IsInvalid(AddPdsaCycle(store_, clock_, solvik_.member, As(solvik_.member), project_,
                                     package_, CompletePlan("Kontakt")),
                        "change_idea_id", "error.pdsa.idea_retired"));
}

TEST_F(ChangeIdeaEditsTest, AClosedProgrammesPackageIsNotChanged) {
  Programme p = Ok(LoadProgramme(store_, solvik_.strateg, programme_)).programme;
  Ok(SetProgrammeClosed(store_, clock_, solvik_.strateg, As(solvik_.strateg), programme_, p.version,
                        true));
  auto r = Edit(solvik_.strateg, package_, {1, "Nytt namn", std::nullopt, std::nullopt});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().key, "error.programme.closed");
}

TEST_F(ChangeIdeaEditsTest, EveryRefusalNamesWhatIsWrongAndSavesNothing) {
  EXPECT_TRUE(IsForbidden(Edit(solvik_.politiker, idea_, {1, "Politikerns", {}, {}})));
  EXPECT_TRUE(IsForbidden(Edit(solvik_.school_member, idea_, {1, "Skolans", {}, {}})));
  EXPECT_TRUE(IsNotFound(Edit(norrby_.admin, idea_, {1, "Norrbys", {}, {}})));
  EXPECT_TRUE(IsNotFound(Edit(solvik_.member, 999999, {1, "Ingen", {}, {}})));
  EXPECT_TRUE(IsInvalid(Edit(solvik_.member, idea_, {1, " ", {}, {}}), "title", "error.required"));
  EXPECT_TRUE(IsInvalid(Edit(solvik_.member, idea_, {1, {}, std::string(8001, 'x'), {}}),
                        "description", "error.too_long"));
  EXPECT_EQ(Idea(idea_).version, 1) << "nothing refused was saved";
  // A stale save names who saved in between.
  clock_.Advance(30);
  Ok(Edit(solvik_.chef, idea_, {1, "Chefens namn", {}, {}}));
  EXPECT_TRUE(IsChangedBy(Edit(solvik_.member, idea_, {1, "Mitt namn", {}, {}}),
                          solvik_.chef.user.display_name, kTestNow + 30));
  EXPECT_EQ(Idea(idea_).title, "Chefens namn");
}

}  // namespace
}  // namespace stegvis::domain
