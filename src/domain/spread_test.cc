// Spreading an adopted change idea (domain/spread.h): a team offers what worked to another
// team, which starts its own cycle on a copy in one step; every team of the idea's family
// reads what the others learned, and sees where the idea has spread.

#include "domain/spread.h"

#include <gtest/gtest.h>

#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

class SpreadTest : public DomainTest {
 protected:
  SpreadTest() {
    programme_ = MakeProgramme(solvik_.strateg, "Jämställd hemtjänst");
    Join(solvik_.strateg, programme_, solvik_.team);
    project_ = MakeProject(solvik_.member, solvik_.team, "Välj tid själv", programme_);
    idea_ = MakeIdea(solvik_.member, project_, "Brukaren väljer tid");
    school_project_ = MakeProject(solvik_.school_member, solvik_.school_team, "Läsro");
  }
  void Adopt() { FinishCycle(solvik_.member, MakeCycle(solvik_.member, project_, idea_)); }
  core::Result<IdeaOffer> Offer(const Principal& by, Id team, Id idea = 0) {
    return OfferIdea(store_, clock_, by, As(by), idea ? idea : idea_, team);
  }
  core::Result<Id> Take(const Principal& by, Id offer, Id project) {
    return StartCycleOnOffer(store_, clock_, by, As(by), offer, project);
  }

  Id programme_ = 0, project_ = 0, idea_ = 0, school_project_ = 0;
};

TEST_F(SpreadTest, TheReceivingTeamStartsItsOwnCycleOnTheIdeaInOneStep) {
  Adopt();
  Id offer = Ok(Offer(solvik_.member, solvik_.school_team)).id;
  EXPECT_EQ(LastEvent("idea_offer", offer).action, "create");

  ProjectCycles school = Ok(LoadProjectCycles(store_, solvik_.school_member, school_project_));
  ASSERT_EQ(school.offers.size(), 1u);
  EXPECT_EQ(school.offers[0].idea.title, "Brukaren väljer tid");
  EXPECT_EQ(school.offers[0].from_team, "Trygg hemgång");

  Id cycle_id = Ok(Take(solvik_.school_member, offer, school_project_));
  CycleDetails cycle = Ok(LoadPdsaCycle(store_, solvik_.school_member, cycle_id));
  EXPECT_EQ(cycle.cycle.phase, PdsaPhase::kPlan);
  EXPECT_EQ(cycle.cycle.project_id, school_project_);
  EXPECT_EQ(cycle.cycle.content.title, "Brukaren väljer tid");
  EXPECT_EQ(cycle.idea.project_id, school_project_);
  EXPECT_EQ(cycle.idea.origin_idea_id, idea_) << "the copy remembers where it came from";
  EXPECT_EQ(AuditValue(LastEvent("change_idea", cycle.idea.id).after_json, "origin_idea_id"),
            std::to_string(idea_));
  EXPECT_EQ(LastEvent("pdsa_cycle", cycle_id).action, "create");
  EXPECT_EQ(AuditValue(LastEvent("idea_offer", offer).after_json, "status"), "taken");

  EXPECT_TRUE(Ok(LoadProjectCycles(store_, solvik_.school_member, school_project_)).offers.empty());
  EXPECT_TRUE(Refused(Take(solvik_.school_member, offer, school_project_),
                      core::ErrorCode::kConflict, "", "error.spread.already_taken"));
}

TEST_F(SpreadTest, OnlyAnAdoptedOwnIdeaIsOfferedByThoseWhoMayChangeItsTeam) {
  EXPECT_TRUE(IsInvalid(Offer(solvik_.member, solvik_.school_team), "change_idea_id",
                        "error.spread.not_adopted"));
  Id package = Ok(AddPackageChangeIdea(store_, clock_, solvik_.strateg, As(solvik_.strateg),
                                       programme_, "Fast kontaktperson", ""));
  EXPECT_TRUE(IsInvalid(Offer(solvik_.strateg, solvik_.school_team, package), "change_idea_id",
                        "error.spread.not_own_idea"));
  Adopt();
  EXPECT_TRUE(IsForbidden(Offer(solvik_.politiker, solvik_.school_team)));
  EXPECT_TRUE(IsForbidden(Offer(solvik_.school_member, solvik_.school_team)));
  EXPECT_TRUE(IsNotFound(Offer(norrby_.admin, norrby_.team)));
  EXPECT_TRUE(
      IsInvalid(Offer(solvik_.member, solvik_.team), "team_id", "error.spread.unknown_team"))
      << "not to its own team";
  EXPECT_TRUE(
      IsInvalid(Offer(solvik_.member, norrby_.team), "team_id", "error.spread.unknown_team"))
      << "another organisation's team only when it is in the programme";
  JoinFromElsewhere(programme_, norrby_.team);
  EXPECT_TRUE(
      IsInvalid(Offer(solvik_.member, norrby_.team), "team_id", "error.spread.unknown_team"))
      << "a team without a project has nowhere to take it";
  MakeProject(norrby_.member, norrby_.team, "Egen tid");
  EXPECT_TRUE(Offer(solvik_.member, norrby_.team));
  EXPECT_TRUE(Offer(solvik_.chef, solvik_.school_team));
  EXPECT_TRUE(Refused(Offer(solvik_.member, solvik_.school_team), core::ErrorCode::kConflict,
                      "team_id", "error.spread.already_offered"));
}

TEST_F(SpreadTest, AnOfferIsTakenOnlyByItsOwnTeam) {
  Adopt();
  Id offer = Ok(Offer(solvik_.member, solvik_.school_team)).id;
  // The offering team's own project is not the receiving team's.
  EXPECT_TRUE(IsNotFound(Take(solvik_.member, offer, project_)));
  EXPECT_TRUE(IsForbidden(Take(solvik_.member, offer, school_project_)));
  EXPECT_TRUE(IsForbidden(Take(solvik_.politiker, offer, school_project_)));
  EXPECT_TRUE(IsNotFound(Take(norrby_.admin, offer, school_project_)));
  EXPECT_TRUE(IsNotFound(Take(solvik_.school_member, 999, school_project_)));
  EXPECT_TRUE(Take(solvik_.school_chef, offer, school_project_));
}

TEST_F(SpreadTest, EveryTeamOfTheFamilyReadsWhatTheOthersLearnedAndWhereItSpread) {
  Adopt();
  Id offer = Ok(Offer(solvik_.member, solvik_.school_team)).id;
  Id copy_cycle = Ok(Take(solvik_.school_member, offer, school_project_));
  // The receiving team writes its plan, then tests and adapts the idea.
  Ok(SavePdsaCycle(store_, clock_, solvik_.school_member, As(solvik_.school_member), copy_cycle, 1,
                   CompletePlan("Brukaren väljer tid"), false));
  FinishCycle(solvik_.school_member, copy_cycle, PdsaDecision::kAdapt);
  Id copy = Ok(LoadPdsaCycle(store_, solvik_.school_member, copy_cycle)).idea.id;

  IdeaLearnings origin = Ok(LoadIdeaLearnings(store_, solvik_.member, idea_));
  ASSERT_EQ(origin.cycles.size(), 2u);
  EXPECT_EQ(origin.cycles[0].team_name, "Läslust");
  EXPECT_FALSE(origin.cycles[0].may_open) << "the member cannot open the school team's cycle";
  EXPECT_TRUE(origin.cycles[0].project_title.empty());
  EXPECT_EQ(origin.cycles[0].cycle.content.learning, "Tiden betyder mest för kvinnorna");
  ASSERT_EQ(origin.spread.size(), 2u);
  EXPECT_TRUE(origin.spread[0].origin);
  EXPECT_EQ(origin.spread[0].team.team_name, "Trygg hemgång");
  EXPECT_EQ(origin.spread[0].decision, PdsaDecision::kAdopt);
  EXPECT_EQ(origin.spread[1].idea_id, copy);
  EXPECT_EQ(origin.spread[1].decision, PdsaDecision::kAdapt);
  EXPECT_FALSE(origin.spread[1].team.unit_path.empty()) << "a unit of the reader's organisation";
  EXPECT_TRUE(origin.may_offer);
  ASSERT_EQ(origin.offers.size(), 1u);
  EXPECT_EQ(origin.offers[0].offer.status, OfferStatus::kTaken);

  IdeaLearnings from_copy = Ok(LoadIdeaLearnings(store_, solvik_.school_member, copy));
  EXPECT_EQ(from_copy.cycles.size(), 2u);
  EXPECT_EQ(from_copy.spread.size(), 2u);
  EXPECT_TRUE(from_copy.may_offer) << "the receiving team's own idea now";
  EXPECT_FALSE(from_copy.adopted) << "the copy has no adopting cycle yet";
  EXPECT_TRUE(from_copy.targets.empty()) << "so it is offered to nobody yet";

  EXPECT_TRUE(IsNotFound(LoadIdeaLearnings(store_, norrby_.admin, idea_)));
  EXPECT_TRUE(IsForbidden(LoadIdeaLearnings(store_, solvik_.school_member, idea_)));
}

TEST_F(SpreadTest, AnotherOrganisationsTeamIsNamedWithoutItsUnits) {
  JoinFromElsewhere(programme_, norrby_.team);
  Adopt();
  Id norrby_project = MakeProject(norrby_.member, norrby_.team, "Egen tid");
  Id offer = Ok(Offer(solvik_.member, norrby_.team)).id;
  EXPECT_TRUE(IsNotFound(Take(solvik_.member, offer, project_)));
  Ok(Take(norrby_.member, offer, norrby_project));
  IdeaLearnings origin = Ok(LoadIdeaLearnings(store_, solvik_.member, idea_));
  ASSERT_EQ(origin.spread.size(), 2u);
  EXPECT_EQ(origin.spread[1].team.organisation_name, norrby_.name);
  EXPECT_TRUE(origin.spread[1].team.unit_path.empty());
}

}  // namespace
}  // namespace stegvis::domain
