// Comments on cycles (domain/comments.h): the team and the programme's coach write them, a
// politician reads them, another organisation sees nothing, and every bad text is named.

#include "domain/comments.h"

#include <string>

#include <gtest/gtest.h>

#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

class CommentsTest : public DomainTest {
 protected:
  CommentsTest() {
    programme_ = MakeProgramme(solvik_.strateg, "Jämställd hemtjänst");
    Join(solvik_.strateg, programme_, solvik_.team);
    const Id project = MakeProject(solvik_.member, solvik_.team, "Rätt tid", programme_);
    cycle_ = MakeCycle(solvik_.member, project, MakeIdea(solvik_.member, project, "Fast tid"));
    const Id school_project = MakeProject(solvik_.school_member, solvik_.school_team, "Läslust");
    school_cycle_ = MakeCycle(solvik_.school_member, school_project,
                              MakeIdea(solvik_.school_member, school_project, "Högläsning"));
    coach_ = MakeUser(solvik_.id, "coach@solvik.example", "Elin Åberg", Role::kCoach,
                      ScopeRef{ScopeKind::kProgramme, programme_});
  }
  core::Result<Comment> Add(const Principal& by, Id cycle, const std::string& text) {
    return AddComment(store_, clock_, by, As(by), {CommentSubject::kPdsaCycle, cycle, ""}, text);
  }
  core::Result<CommentThread> Load(const Principal& by, Id cycle) {
    return LoadComments(store_, clock_, by, {CommentSubject::kPdsaCycle, cycle, ""});
  }
  Id programme_ = 0, cycle_ = 0, school_cycle_ = 0;
  Principal coach_;
};

TEST_F(CommentsTest, TheCoachAndTheTeamCommentAndEveryReaderSeesIt) {
  const Comment first = Ok(Add(coach_, cycle_, "  Hur gick det med kvällsbesöken?\n"));
  EXPECT_EQ(first.text, "Hur gick det med kvällsbesöken?") << "without the space around it";
  EXPECT_EQ(first.author, "Elin Åberg");
  EXPECT_EQ(first.author_organisation, "Solviks kommun");
  Ok(Add(solvik_.member, cycle_, "Bra: sex av sju fick den tid de valt."));
  for (const Principal* reader : {&solvik_.member, &solvik_.politiker, &solvik_.chef, &coach_}) {
    const CommentThread thread = Ok(Load(*reader, cycle_));
    ASSERT_EQ(thread.comments.size(), 2u) << reader->user.email;
    EXPECT_EQ(thread.comments[0].author, "Elin Åberg") << "oldest first";
    EXPECT_EQ(thread.may_comment, reader != &solvik_.politiker) << reader->user.email;
  }
  const AuditEvent e = LastEvent("pdsa_cycle", cycle_);
  EXPECT_EQ(e.action, "comment");
  EXPECT_EQ(e.actor, "team@solvik.example");
}

TEST_F(CommentsTest, APoliticianReadsButDoesNotComment) {
  EXPECT_TRUE(IsForbidden(Add(solvik_.politiker, cycle_, "Intressant")));
  EXPECT_TRUE(Ok(Load(solvik_.politiker, cycle_)).comments.empty());
}

TEST_F(CommentsTest, TheCoachReachesOnlyTheProgrammesTeams) {
  EXPECT_TRUE(IsForbidden(Add(coach_, school_cycle_, "Hej")));
  EXPECT_TRUE(IsForbidden(Load(coach_, school_cycle_)));
  EXPECT_TRUE(IsNotFound(Add(norrby_.admin, cycle_, "Hej")));
  EXPECT_TRUE(IsNotFound(Load(norrby_.admin, cycle_)));
  EXPECT_TRUE(IsNotFound(Add(coach_, cycle_ + 1000, "Hej")));
  EXPECT_TRUE(Ok(Load(solvik_.member, cycle_)).comments.empty()) << "nothing was saved";
}

TEST_F(CommentsTest, EveryBadTextIsNamed) {
  EXPECT_TRUE(IsInvalid(Add(coach_, cycle_, " \n "), "text", "error.required"));
  EXPECT_TRUE(
      IsInvalid(Add(coach_, cycle_, std::string(kCommentMax + 1, 'a')), "text", "error.too_long"));
  EXPECT_TRUE(IsInvalid(Add(coach_, cycle_, std::string("a\x01") + "b"), "text",
                        "error.control_character"));
  // Characters, not bytes: 4000 "å" are 8000 bytes and allowed.
  std::string many;
  for (std::size_t i = 0; i < kCommentMax; ++i) many += "å";
  Ok(Add(coach_, cycle_, many));
}

}  // namespace
}  // namespace stegvis::domain
