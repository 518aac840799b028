// Spreading an adopted change idea (domain/spread.h): a team offers what worked to another
// team, which starts its own cycle on a copy in one step, or to its programme's change package,
// which those who run the programme accept; either receiver may decline; every team of the
// idea's family reads what the others learned, and sees where the idea has spread.

#include "domain/spread.h"

#include <gtest/gtest.h>

#include "domain/programme_page.h"
#include "domain/programme_setup.h"
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
  core::Result<IdeaOffer> OfferPackage(const Principal& by, Id programme) {
    return OfferIdeaToPackage(store_, clock_, by, As(by), idea_, programme);
  }
  core::Result<Id> Accept(const Principal& by, Id offer) {
    return AcceptPackageOffer(store_, clock_, by, As(by), offer);
  }
  core::Result<IdeaOffer> Decline(const Principal& by, Id offer) {
    return DeclineOffer(store_, clock_, by, As(by), offer);
  }
  void CloseProgramme() {
    Programme p = Ok(LoadProgramme(store_, solvik_.strateg, programme_)).programme;
    Ok(ChangeProgramme(store_, clock_, solvik_.strateg, As(solvik_.strateg), p, true));
  }
  // The open offers `p` is asked to answer on the start page.
  std::vector<OfferAwaiting> Awaiting(const Principal& p) {
    return Stored([&](StoreTx& tx) { return OffersAwaiting(tx, p, ListVisibleTeams(tx, p)); });
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

TEST_F(SpreadTest, AcceptedIntoTheChangePackageTheIdeaJoinsTheFamily) {
  Adopt();
  ASSERT_TRUE(Ok(LoadIdeaLearnings(store_, solvik_.member, idea_)).package_target);
  Id offer = Ok(OfferPackage(solvik_.member, programme_)).id;
  EXPECT_EQ(LastEvent("idea_offer", offer).action, "create");
  EXPECT_FALSE(Ok(LoadIdeaLearnings(store_, solvik_.member, idea_)).package_target)
      << "not offered twice while open";
  EXPECT_TRUE(Refused(OfferPackage(solvik_.member, programme_), core::ErrorCode::kConflict,
                      "programme_id", "error.spread.already_offered"));

  ProgrammePage page = Ok(LoadProgrammePage(store_, solvik_.strateg, programme_));
  ASSERT_EQ(page.package_offers.size(), 1u);
  EXPECT_EQ(page.package_offers[0].idea.title, "Brukaren väljer tid");
  EXPECT_EQ(page.package_offers[0].from_team, "Trygg hemgång");
  EXPECT_TRUE(Ok(LoadProgrammePage(store_, solvik_.member, programme_)).package_offers.empty())
      << "only those who run the programme see what waits for it";

  EXPECT_TRUE(IsForbidden(Accept(solvik_.member, offer)));
  EXPECT_TRUE(IsNotFound(Accept(norrby_.admin, offer)));
  EXPECT_TRUE(IsNotFound(Take(solvik_.member, offer, project_))) << "not a team's offer";
  Id package_idea = Ok(Accept(solvik_.strateg, offer));
  ChangeIdeaDetails accepted = Ok(LoadChangeIdea(store_, solvik_.strateg, package_idea));
  EXPECT_EQ(accepted.idea.programme_id, programme_);
  EXPECT_FALSE(accepted.idea.project_id);
  EXPECT_EQ(accepted.idea.origin_idea_id, idea_);
  EXPECT_EQ(accepted.idea.title, "Brukaren väljer tid");
  EXPECT_EQ(LastEvent("change_idea", package_idea).action, "create");
  EXPECT_EQ(AuditValue(LastEvent("idea_offer", offer).after_json, "status"), "taken");
  EXPECT_TRUE(Refused(Accept(solvik_.strateg, offer), core::ErrorCode::kConflict, "",
                      "error.spread.already_taken"));
  EXPECT_TRUE(Ok(LoadProgrammePage(store_, solvik_.strateg, programme_)).package_offers.empty());

  // The package idea reads what its family learned, and the origin lists the accepted offer.
  EXPECT_EQ(Ok(LoadIdeaLearnings(store_, solvik_.strateg, package_idea)).cycles.size(), 1u);
  IdeaLearnings origin = Ok(LoadIdeaLearnings(store_, solvik_.member, idea_));
  ASSERT_EQ(origin.offers.size(), 1u);
  EXPECT_EQ(origin.offers[0].programme_name, "Jämställd hemtjänst");
  EXPECT_EQ(origin.offers[0].offer.taken_idea_id, package_idea);
  EXPECT_FALSE(origin.package_target) << "taken: not offered again";
}

TEST_F(SpreadTest, OnlyTheOpenProgrammeOfTheIdeasProjectTakesAPackageOffer) {
  Adopt();
  Id other = MakeProgramme(solvik_.strateg, "Trygg återgång");
  EXPECT_TRUE(IsInvalid(OfferPackage(solvik_.member, other), "programme_id",
                        "error.spread.unknown_programme"));
  Id team_offer = Ok(Offer(solvik_.member, solvik_.school_team)).id;
  EXPECT_TRUE(IsNotFound(Accept(solvik_.strateg, team_offer))) << "an offer to a team";
  Id offer = Ok(OfferPackage(solvik_.member, programme_)).id;
  CloseProgramme();
  EXPECT_TRUE(Refused(Accept(solvik_.strateg, offer), core::ErrorCode::kConflict, "closed",
                      "error.programme.closed"));
  EXPECT_TRUE(Refused(Decline(solvik_.strateg, offer), core::ErrorCode::kConflict, "closed",
                      "error.programme.closed"));
  EXPECT_FALSE(Ok(LoadIdeaLearnings(store_, solvik_.member, idea_)).package_target);
  EXPECT_TRUE(Awaiting(solvik_.strateg).size() == 1u) << "only the team's offer waits";
}

TEST_F(SpreadTest, TheReceiverDeclinesAndTheIdeaMayBeOfferedAgain) {
  Adopt();
  Id offer = Ok(Offer(solvik_.member, solvik_.school_team)).id;
  EXPECT_TRUE(IsNotFound(Decline(solvik_.member, offer))) << "the offering team cannot";
  EXPECT_TRUE(IsNotFound(Decline(solvik_.politiker, offer)));
  EXPECT_TRUE(IsNotFound(Decline(norrby_.admin, offer)));
  IdeaOffer declined = Ok(Decline(solvik_.school_member, offer));
  EXPECT_EQ(declined.status, OfferStatus::kDeclined);
  EXPECT_EQ(declined.answered_by, solvik_.school_member.user.email);
  EXPECT_EQ(AuditValue(LastEvent("idea_offer", offer).after_json, "status"), "declined");
  EXPECT_TRUE(Ok(LoadProjectCycles(store_, solvik_.school_member, school_project_)).offers.empty());
  EXPECT_TRUE(Refused(Take(solvik_.school_member, offer, school_project_),
                      core::ErrorCode::kConflict, "", "error.spread.already_declined"));
  EXPECT_TRUE(Refused(Decline(solvik_.school_member, offer), core::ErrorCode::kConflict, "",
                      "error.spread.already_declined"));

  IdeaLearnings origin = Ok(LoadIdeaLearnings(store_, solvik_.member, idea_));
  ASSERT_EQ(origin.offers.size(), 1u);
  EXPECT_EQ(origin.offers[0].offer.status, OfferStatus::kDeclined) << "the offering side sees it";
  EXPECT_EQ(origin.offers[0].team.team_name, "Läslust");
  ASSERT_EQ(origin.targets.size(), 1u) << "a team that declined may be offered it again";
  Id again = Ok(Offer(solvik_.member, solvik_.school_team)).id;
  EXPECT_NE(again, offer);

  Id package = Ok(OfferPackage(solvik_.member, programme_)).id;
  EXPECT_TRUE(IsForbidden(Decline(solvik_.member, package)));
  EXPECT_EQ(Ok(Decline(solvik_.strateg, package)).status, OfferStatus::kDeclined);
  EXPECT_TRUE(Ok(LoadIdeaLearnings(store_, solvik_.member, idea_)).package_target);
}

TEST_F(SpreadTest, TheStartPageAsksThoseWhoMayAnswerAnOffer) {
  Adopt();
  Ok(Offer(solvik_.member, solvik_.school_team));
  Ok(OfferPackage(solvik_.member, programme_));
  std::vector<OfferAwaiting> school = Awaiting(solvik_.school_member);
  ASSERT_EQ(school.size(), 1u);
  EXPECT_EQ(school[0].to, "Läslust");
  EXPECT_EQ(school[0].project_id, school_project_);
  EXPECT_EQ(school[0].offer.idea.title, "Brukaren väljer tid");
  EXPECT_TRUE(Awaiting(solvik_.member).empty()) << "the offering team answers nothing";
  EXPECT_TRUE(Awaiting(solvik_.politiker).empty());
  std::vector<OfferAwaiting> strateg = Awaiting(solvik_.strateg);
  ASSERT_FALSE(strateg.empty());
  EXPECT_EQ(strateg.back().to, "Jämställd hemtjänst");
  EXPECT_FALSE(strateg.back().project_id) << "answered on the programme's page";
}

}  // namespace
}  // namespace stegvis::domain
