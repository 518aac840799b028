// Change ideas and PDSA cycles (domain/pdsa_cycles.h): a team tests its own ideas and its
// programme's change package, one cycle at a time through Plan, Do, Study and Act; teams of
// the programme see each other's cycles of a package idea; a stale save says who and when.

#include "domain/pdsa_cycles.h"

#include <gtest/gtest.h>

#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

class PdsaCyclesTest : public DomainTest {
 protected:
  PdsaCyclesTest() {
    programme_ = MakeProgramme(solvik_.strateg, "Jämställd hemtjänst");
    Join(solvik_.strateg, programme_, solvik_.team);
    project_ = MakeProject(solvik_.member, solvik_.team, "Välj tid själv", programme_);
    measure_ = MakeMeasure(solvik_.member, project_, "Nöjda med tiden");
    idea_ = MakeIdea(solvik_.member, project_, "Brukaren väljer tid");
  }
  core::Result<Id> AddCycle(const Principal& by, Id idea, const PdsaContent& content) {
    return AddPdsaCycle(store_, clock_, by, As(by), project_, idea, content);
  }
  core::Result<PdsaCycle> Save(const Principal& by, Id cycle, std::int64_t version,
                               const PdsaContent& content, bool advance) {
    return SavePdsaCycle(store_, clock_, by, As(by), cycle, version, content, advance);
  }
  PdsaCycle Load(Id cycle) { return Ok(LoadPdsaCycle(store_, solvik_.member, cycle)).cycle; }

  Id programme_ = 0, project_ = 0, measure_ = 0, idea_ = 0;
};

TEST_F(PdsaCyclesTest, ATeamAddsItsOwnChangeIdea) {
  ProjectCycles p = Ok(LoadProjectCycles(store_, solvik_.politiker, project_));
  ASSERT_EQ(p.ideas.size(), 1u);
  EXPECT_EQ(p.ideas[0].title, "Brukaren väljer tid");
  EXPECT_EQ(p.ideas[0].project_id, project_);
  EXPECT_FALSE(p.may_change);
  AuditEvent e = LastEvent("change_idea", idea_);
  EXPECT_EQ(e.action, "create");
  EXPECT_EQ(e.actor, "team@solvik.example");
  EXPECT_EQ(AuditValue(e.after_json, "project_id"), std::to_string(project_));
  EXPECT_EQ(AuditValue(e.after_json, "title"), "Brukaren väljer tid");
}

TEST_F(PdsaCyclesTest, AChangeIdeaIsAddedOnlyWithATitleAndOnlyWhereTheWorkMayBeChanged) {
  auto add = [&](const Principal& by, const std::string& title) {
    return AddChangeIdea(store_, clock_, by, As(by), project_, title, "");
  };
  EXPECT_TRUE(IsInvalid(add(solvik_.member, " "), "title", "error.required"));
  EXPECT_TRUE(IsInvalid(AddChangeIdea(store_, clock_, solvik_.member, As(solvik_.member), project_,
                                      "Idé", std::string(8001, 'x')),
                        "description", "error.too_long"));
  EXPECT_TRUE(IsForbidden(add(solvik_.politiker, "Politikerns idé")));
  EXPECT_TRUE(IsForbidden(add(solvik_.school_member, "Skolans idé")));
  EXPECT_TRUE(IsNotFound(add(norrby_.admin, "Norrbys idé")));
  EXPECT_EQ(Ok(LoadProjectCycles(store_, solvik_.member, project_)).ideas.size(), 1u);
}

TEST_F(PdsaCyclesTest, TheProgrammesChangePackageIsOfferedToItsTeams) {
  Id package = Ok(AddPackageChangeIdea(store_, clock_, solvik_.strateg, As(solvik_.strateg),
                                       programme_, "Fast kontaktperson", "Samma personal"));
  std::vector<ChangeIdea> ideas = Ok(LoadProjectCycles(store_, solvik_.member, project_)).ideas;
  ASSERT_EQ(ideas.size(), 2u);
  EXPECT_EQ(ideas[0].id, idea_) << "the team's own first";
  EXPECT_EQ(ideas[1].id, package);
  EXPECT_EQ(ideas[1].programme_id, programme_);
  EXPECT_EQ(AuditValue(LastEvent("change_idea", package).after_json, "programme_id"),
            std::to_string(programme_));
  EXPECT_EQ(Ok(LoadChangePackage(store_, solvik_.politiker, programme_)).size(), 1u);
}

TEST_F(PdsaCyclesTest, OnlyThoseWhoRunTheProgrammeAddToItsPackage) {
  auto add = [&](const Principal& by) {
    return AddPackageChangeIdea(store_, clock_, by, As(by), programme_, "Idé", "");
  };
  EXPECT_TRUE(IsForbidden(add(solvik_.member)));
  EXPECT_TRUE(IsForbidden(add(solvik_.chef)));
  EXPECT_TRUE(IsNotFound(add(norrby_.strateg)));
  JoinFromElsewhere(programme_, norrby_.team);
  EXPECT_TRUE(IsNotFound(add(norrby_.strateg))) << "taking part is not running it";
  EXPECT_TRUE(IsInvalid(AddPackageChangeIdea(store_, clock_, solvik_.strateg, As(solvik_.strateg),
                                             programme_, "", ""),
                        "title", "error.required"));
  EXPECT_TRUE(Ok(LoadChangePackage(store_, solvik_.member, programme_)).empty());
}

TEST_F(PdsaCyclesTest, TheChangePackageIsReadByEveryOrganisationTakingPart) {
  Ok(AddPackageChangeIdea(store_, clock_, solvik_.strateg, As(solvik_.strateg), programme_,
                          "Fast kontaktperson", ""));
  EXPECT_TRUE(IsNotFound(LoadChangePackage(store_, norrby_.member, programme_)));
  JoinFromElsewhere(programme_, norrby_.team);
  EXPECT_EQ(Ok(LoadChangePackage(store_, norrby_.member, programme_)).size(), 1u);
}

TEST_F(PdsaCyclesTest, ACycleStartsInPlanNumberedWithinTheProject) {
  Id first = Ok(AddCycle(solvik_.member, idea_, CompletePlan("Välj tid", {measure_, measure_})));
  Id second = Ok(AddCycle(solvik_.chef, idea_, CompletePlan("Välj dag")));
  PdsaCycle c = Load(first);
  EXPECT_EQ(c.number, 1);
  EXPECT_EQ(Load(second).number, 2);
  EXPECT_EQ(c.phase, PdsaPhase::kPlan);
  EXPECT_EQ(c.created_at, kTestNow);
  EXPECT_EQ(c.content.measure_ids, std::vector<Id>{measure_}) << "each measure once";
  EXPECT_EQ(c.updated_by, "team@solvik.example");
  AuditEvent e = LastEvent("pdsa_cycle", first);
  EXPECT_EQ(e.action, "create");
  EXPECT_EQ(AuditValue(e.after_json, "prediction"), "Fler kvinnor svarar ja");
  EXPECT_EQ(AuditValue(e.after_json, "measure_ids"), std::to_string(measure_));
}

TEST_F(PdsaCyclesTest, ACycleTestsAnIdeaAndMeasuresOfItsOwnProject) {
  Id other = MakeProject(solvik_.member, solvik_.team, "Annat projekt");
  Id others_idea = MakeIdea(solvik_.member, other, "Annan idé");
  Id others_measure = MakeMeasure(solvik_.member, other, "Annat mått");
  EXPECT_TRUE(IsInvalid(AddCycle(solvik_.member, others_idea, CompletePlan("Test")),
                        "change_idea_id", "error.pdsa.unknown_idea"));
  EXPECT_TRUE(IsInvalid(AddCycle(solvik_.member, idea_, CompletePlan("Test", {others_measure})),
                        "measure_ids", "error.pdsa.unknown_measure"));
  PdsaContent early = CompletePlan("Test");
  early.learning = "Vi lärde oss redan";
  EXPECT_TRUE(IsInvalid(AddCycle(solvik_.member, idea_, early), "learning",
                        "error.pdsa.phase_not_reached"));
  EXPECT_TRUE(
      IsInvalid(AddCycle(solvik_.member, idea_, CompletePlan("")), "title", "error.required"));
  EXPECT_TRUE(Ok(LoadProjectCycles(store_, solvik_.member, project_)).cycles.empty());
}

TEST_F(PdsaCyclesTest, ACycleIsStartedOnlyWhereTheTeamsWorkMayBeChanged) {
  EXPECT_TRUE(IsForbidden(AddCycle(solvik_.politiker, idea_, CompletePlan("Test"))));
  EXPECT_TRUE(IsForbidden(AddCycle(solvik_.school_chef, idea_, CompletePlan("Test"))));
  EXPECT_TRUE(IsNotFound(AddCycle(norrby_.admin, idea_, CompletePlan("Test"))));
  EXPECT_TRUE(Ok(LoadProjectCycles(store_, solvik_.member, project_)).cycles.empty());
}

TEST_F(PdsaCyclesTest, SavingAndMovingOnStampsEachPhaseAndTheTrailHasBoth) {
  Id id = Ok(AddCycle(solvik_.member, idea_, CompletePlan("Välj tid")));
  clock_.Advance(3600);
  PdsaCycle c = Ok(Save(solvik_.member, id, 1, Load(id).content, true));
  EXPECT_EQ(c.phase, PdsaPhase::kDo);
  EXPECT_EQ(c.do_at, kTestNow + 3600);
  EXPECT_EQ(c.version, 2);
  EXPECT_EQ(Load(id).phase, PdsaPhase::kDo);
  AuditEvent e = LastEvent("pdsa_cycle", id);
  EXPECT_EQ(e.action, "update");
  EXPECT_EQ(AuditValue(e.before_json, "phase"), "plan");
  EXPECT_EQ(AuditValue(e.after_json, "phase"), "do");

  PdsaCycle done = FinishCycle(solvik_.member, id, PdsaDecision::kAdopt);
  EXPECT_EQ(done.phase, PdsaPhase::kDone);
  EXPECT_EQ(done.content.decision, PdsaDecision::kAdopt);
  EXPECT_GT(done.done_at, 0);
}

TEST_F(PdsaCyclesTest, AnIncompletePhaseDoesNotMoveOnAndNothingIsSaved) {
  PdsaContent plan = CompletePlan("Välj tid");
  plan.prediction = "";
  Id id = Ok(AddCycle(solvik_.member, idea_, plan));
  plan.who = "Undersköterskorna";
  EXPECT_TRUE(IsInvalid(Save(solvik_.member, id, 1, plan, true), "prediction",
                        "error.pdsa.required_to_advance"));
  PdsaCycle c = Load(id);
  EXPECT_EQ(c.phase, PdsaPhase::kPlan);
  EXPECT_EQ(c.version, 1);
  EXPECT_EQ(c.content.who, "") << "nothing of a refused save is kept";
  EXPECT_TRUE(Save(solvik_.member, id, 1, plan, false)) << "saving without moving on is fine";
}

TEST_F(PdsaCyclesTest, AStaleSaveSaysWhoSavedFirstAndWhen) {
  Id id = Ok(AddCycle(solvik_.member, idea_, CompletePlan("Välj tid")));
  PdsaContent theirs = Load(id).content;
  theirs.who = "Chefen";
  clock_.Advance(90);
  Ok(Save(solvik_.chef, id, 1, theirs, false));
  PdsaContent mine = CompletePlan("Välj tid");
  mine.who = "Teamet";
  EXPECT_TRUE(IsChangedBy(Save(solvik_.member, id, 1, mine, false), "Johan Berg", kTestNow + 90));
  EXPECT_EQ(Load(id).content.who, "Chefen");
}

TEST_F(PdsaCyclesTest, ACycleIsSavedOnlyByThoseWhoMayChangeTheTeamsWork) {
  Id id = Ok(AddCycle(solvik_.member, idea_, CompletePlan("Välj tid")));
  PdsaContent c = Load(id).content;
  c.who = "Någon annan";
  EXPECT_TRUE(IsForbidden(Save(solvik_.politiker, id, 1, c, false)));
  EXPECT_TRUE(IsForbidden(Save(solvik_.school_member, id, 1, c, false)));
  EXPECT_TRUE(IsNotFound(Save(norrby_.admin, id, 1, c, false)));
  EXPECT_TRUE(IsForbidden(LoadPdsaCycle(store_, solvik_.school_member, id)));
  EXPECT_TRUE(IsNotFound(LoadPdsaCycle(store_, norrby_.admin, id)));
  EXPECT_EQ(Load(id).version, 1);
}

TEST_F(PdsaCyclesTest, TheNextCycleContinuesAnAdoptedOrAdaptedOneOnce) {
  Id first = Ok(AddCycle(solvik_.member, idea_, CompletePlan("Välj tid")));
  EXPECT_TRUE(Refused(StartNextPdsaCycle(store_, clock_, solvik_.member, As(solvik_.member), first),
                      core::ErrorCode::kConflict, "", "error.pdsa.next_needs_decision"));
  FinishCycle(solvik_.member, first, PdsaDecision::kAdapt);
  Id next = Ok(StartNextPdsaCycle(store_, clock_, solvik_.member, As(solvik_.member), first));

  CycleDetails d = Ok(LoadPdsaCycle(store_, solvik_.member, next));
  EXPECT_EQ(d.cycle.number, 2);
  EXPECT_EQ(d.cycle.previous_id, first);
  EXPECT_EQ(d.cycle.change_idea_id, idea_);
  EXPECT_EQ(d.cycle.content.question, "Pröva i hela hemtjänsten") << "the previous next step";
  ASSERT_TRUE(d.previous);
  EXPECT_EQ(d.previous->id, first);
  EXPECT_EQ(Ok(LoadPdsaCycle(store_, solvik_.member, first)).next_id, next);
  EXPECT_EQ(LastEvent("pdsa_cycle", next).action, "create");
  EXPECT_TRUE(Refused(StartNextPdsaCycle(store_, clock_, solvik_.member, As(solvik_.member), first),
                      core::ErrorCode::kConflict, "", "error.pdsa.next_exists"));
}

TEST_F(PdsaCyclesTest, AnAbandonedIdeaIsNotCarriedForward) {
  Id id = Ok(AddCycle(solvik_.member, idea_, CompletePlan("Välj tid")));
  FinishCycle(solvik_.member, id, PdsaDecision::kAbandon);
  EXPECT_TRUE(Refused(StartNextPdsaCycle(store_, clock_, solvik_.member, As(solvik_.member), id),
                      core::ErrorCode::kConflict, "", "error.pdsa.next_needs_decision"));
  EXPECT_TRUE(IsForbidden(
      StartNextPdsaCycle(store_, clock_, solvik_.politiker, As(solvik_.politiker), id)));
  EXPECT_EQ(Ok(LoadProjectCycles(store_, solvik_.member, project_)).cycles.size(), 1u);
}

TEST_F(PdsaCyclesTest, APackageIdeasPageShowsTheCyclesOfEveryTeamTestingIt) {
  Id package = Ok(AddPackageChangeIdea(store_, clock_, solvik_.strateg, As(solvik_.strateg),
                                       programme_, "Fast kontaktperson", ""));
  JoinFromElsewhere(programme_, norrby_.team);
  Id norrby_project = MakeProject(norrby_.member, norrby_.team, "Min plan");
  Ok(store_.Write([&](StoreTx& tx) -> core::Result<bool> {
    // Norrby's project in Solvik's programme (its team takes part).
    std::optional<Project> p = tx.Projects().Find(norrby_project);
    if (!p) return core::Fail(core::Error::NotFound("no Norrby project"));
    p->programme_id = programme_;
    tx.Projects().Update(*p);
    return true;
  }));
  Ok(AddPdsaCycle(store_, clock_, norrby_.member, As(norrby_.member), norrby_project, package,
                  CompletePlan("Samma personal")));
  Ok(AddCycle(solvik_.member, package, CompletePlan("Samma personal i Norr")));

  ChangeIdeaDetails d = Ok(LoadChangeIdea(store_, solvik_.member, package));
  ASSERT_TRUE(d.programme);
  EXPECT_EQ(d.programme->id, programme_);
  ASSERT_EQ(d.cycles.size(), 2u);
  EXPECT_EQ(d.cycles[0].team_name, "Trygg hemgång");
  EXPECT_EQ(d.cycles[0].organisation_name, "Norrby kommun") << "same team name: by municipality";
  EXPECT_EQ(d.cycles[0].project_title, "") << "another organisation's project is not named";
  EXPECT_EQ(d.cycles[1].organisation_name, "Solviks kommun");
  EXPECT_EQ(d.cycles[1].project_title, "Välj tid själv");
  ChangeIdeaDetails in_norrby = Ok(LoadChangeIdea(store_, norrby_.member, package));
  ASSERT_EQ(in_norrby.cycles.size(), 2u);
  EXPECT_EQ(in_norrby.cycles[0].project_title, "Min plan");
  EXPECT_EQ(in_norrby.cycles[1].project_title, "");
}

TEST_F(PdsaCyclesTest, ATeamsOwnIdeaIsSeenOnlyWhereTheTeamIs) {
  MakeCycle(solvik_.member, project_, idea_);
  ChangeIdeaDetails d = Ok(LoadChangeIdea(store_, solvik_.politiker, idea_));
  ASSERT_TRUE(d.project);
  EXPECT_EQ(d.project->id, project_);
  EXPECT_EQ(d.cycles.size(), 1u);
  EXPECT_TRUE(IsForbidden(LoadChangeIdea(store_, solvik_.school_member, idea_)));
  EXPECT_TRUE(IsNotFound(LoadChangeIdea(store_, norrby_.admin, idea_)));
  EXPECT_TRUE(IsNotFound(LoadChangeIdea(store_, solvik_.member, 999)));
}

}  // namespace
}  // namespace stegvis::domain
