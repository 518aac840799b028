// The goals catalogue (domain/goals.h): every organisation starts with the shipped entries;
// admins and organisation-wide strategists add, correct and retire entries, each change
// versioned and audited; everyone in the organisation reads it, nobody outside it.

#include "domain/goals.h"

#include <gtest/gtest.h>

#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

class GoalCatalogueTest : public DomainTest {
 protected:
  // The entry of `family` with `code` in the catalogue `p` reads.
  GoalEntry Entry(const Principal& p, GoalFamily family, const std::string& code) {
    for (const GoalEntry& e : Ok(ListGoalCatalogue(store_, p))) {
      if (e.family == family && e.code == code) return e;
    }
    throw std::runtime_error("no entry " + code);
  }
  static GoalEntry NewEntry(const std::string& code) {
    GoalEntry e;
    e.family = GoalFamily::kPolicy;
    e.group = "subgoal";
    e.code = code;
    e.title_sv = "Jämställd tillgång till stöd";
    e.title_en = "Gender-equal access to support";
    e.sort_order = 80;
    return e;
  }
  core::Result<Id> Add(const Principal& by, const GoalEntry& e) {
    return AddGoalEntry(store_, clock_, by, As(by), e);
  }
  core::Result<void> Change(const Principal& by, const GoalEntry& e) {
    return ChangeGoalEntry(store_, clock_, by, As(by), e);
  }
};

TEST_F(GoalCatalogueTest, EveryOrganisationStartsWithItsOwnCopyOfTheShippedCatalogue) {
  const GoalEntry solviks = Entry(solvik_.politiker, GoalFamily::kCemr, "9");
  const GoalEntry norrbys = Entry(norrby_.member, GoalFamily::kCemr, "9");
  EXPECT_NE(solviks.id, norrbys.id);
  EXPECT_EQ(solviks.organisation_id, solvik_.id);
  EXPECT_EQ(Ok(LoadGoalEntry(store_, solvik_.member, solviks.id)).code, "9");
  EXPECT_TRUE(IsNotFound(LoadGoalEntry(store_, norrby_.admin, solviks.id)));
  EXPECT_TRUE(IsNotFound(LoadGoalEntry(store_, solvik_.member, 999999)));
}

TEST_F(GoalCatalogueTest, AStrategistAddsAnEntryThatIsAudited) {
  const Id id = Ok(Add(solvik_.strateg, NewEntry("7")));
  GoalEntry stored = Ok(LoadGoalEntry(store_, solvik_.member, id));
  EXPECT_EQ(stored.organisation_id, solvik_.id);
  EXPECT_EQ(stored.version, 1);
  EXPECT_EQ(stored.updated_by, "strateg@solvik.example");
  EXPECT_EQ(stored.updated_at, kTestNow);
  AuditEvent e = LastEvent("goal", id);
  EXPECT_EQ(e.action, "create");
  EXPECT_EQ(AuditValue(e.after_json, "code"), "7");
  EXPECT_EQ(AuditValue(e.after_json, "title_sv"), "Jämställd tillgång till stöd");
  EXPECT_NO_THROW(Entry(solvik_.politiker, GoalFamily::kPolicy, "7"));
  EXPECT_THROW(Entry(norrby_.admin, GoalFamily::kPolicy, "7"), std::runtime_error)
      << "Norrby's catalogue is its own";
}

TEST_F(GoalCatalogueTest, OnlyAdminsAndOrganisationWideStrategistsChangeTheCatalogue) {
  EXPECT_TRUE(MayChangeGoalCatalogue(solvik_.admin));
  EXPECT_TRUE(MayChangeGoalCatalogue(solvik_.strateg));
  for (const Principal* p : {&solvik_.chef, &solvik_.member, &solvik_.politiker}) {
    EXPECT_FALSE(MayChangeGoalCatalogue(*p)) << p->user.email;
    EXPECT_TRUE(IsForbidden(Add(*p, NewEntry("7")))) << p->user.email;
  }
  const Id programme = MakeProgramme(solvik_.strateg, "Jämställd hemtjänst");
  Principal coach = MakeUser(solvik_.id, "coach@solvik.example", "Coach", Role::kStrateg,
                             ScopeRef{ScopeKind::kProgramme, programme});
  EXPECT_TRUE(IsForbidden(Add(coach, NewEntry("7")))) << "a strategist of one programme";
  GoalEntry e = Entry(solvik_.chef, GoalFamily::kPolicy, "4");
  e.title_sv = "Chefens titel";
  EXPECT_TRUE(IsForbidden(Change(solvik_.chef, e)));
  EXPECT_TRUE(IsNotFound(Change(norrby_.admin, e)));
  EXPECT_EQ(Entry(solvik_.chef, GoalFamily::kPolicy, "4").version, 1);
}

TEST_F(GoalCatalogueTest, AnEntryNamesWhatIsWrong) {
  GoalEntry e = NewEntry("7");
  e.group = "article";
  EXPECT_TRUE(IsInvalid(Add(solvik_.admin, e), "group", "goals.error.group"))
      << "a CEMR group in the policy family";
  e = NewEntry(" ");
  EXPECT_TRUE(IsInvalid(Add(solvik_.admin, e), "code", "error.required"));
  e = NewEntry(std::string(21, '1'));
  EXPECT_TRUE(IsInvalid(Add(solvik_.admin, e), "code", "error.too_long"));
  e = NewEntry("7");
  e.title_en = "";
  EXPECT_TRUE(IsInvalid(Add(solvik_.admin, e), "title_en", "error.required"));
  e = NewEntry("7");
  e.description_sv = std::string(4001, 'x');
  EXPECT_TRUE(IsInvalid(Add(solvik_.admin, e), "description_sv", "error.too_long"));
  e = NewEntry("7");
  e.sort_order = 10000;
  EXPECT_TRUE(IsInvalid(Add(solvik_.admin, e), "sort_order", "goals.error.sort_order"));
  EXPECT_TRUE(IsInvalid(Add(solvik_.admin, NewEntry("4")), "code", "goals.error.code_taken"))
      << "the policy family has a 4";
  e = NewEntry("4");
  e.family = GoalFamily::kSdg;
  e.group = "goal";
  e.code = "4";
  EXPECT_TRUE(IsInvalid(Add(solvik_.admin, e), "code", "goals.error.code_taken"));
  e.code = "4.5";
  EXPECT_TRUE(Add(solvik_.admin, e)) << "another code of the same family is fine";
}

TEST_F(GoalCatalogueTest, AnEntryNamesEveryWrongFieldAtOnce) {
  GoalEntry e = NewEntry(" ");
  e.title_sv = "";
  e.description_en = std::string(4001, 'x');
  e.sort_order = -1;
  std::vector<std::string> fields;
  for (const core::Error& error : GoalEntryErrors(e)) {
    fields.push_back(error.field + " " + error.key);
  }
  EXPECT_EQ(fields, (std::vector<std::string>{"code error.required", "title_sv error.required",
                                              "description_en error.too_long",
                                              "sort_order goals.error.sort_order"}));
  EXPECT_TRUE(GoalEntryErrors(NewEntry("7")).empty());
  // The save refuses with the first.
  EXPECT_TRUE(IsInvalid(Add(solvik_.admin, e), "code", "error.required"));
}

TEST_F(GoalCatalogueTest, ACorrectionBumpsTheVersionAndTheTrailHasBeforeAndAfter) {
  GoalEntry e = Entry(solvik_.strateg, GoalFamily::kCemr, "9");
  e.title_sv = "Jämställdhetsanalys";
  e.retired = true;
  e.organisation_id = norrby_.id;  // the organisation stays whatever the form says
  clock_.Advance(300);
  Ok(Change(solvik_.strateg, e));
  GoalEntry stored = Ok(LoadGoalEntry(store_, solvik_.member, e.id));
  EXPECT_EQ(stored.title_sv, "Jämställdhetsanalys");
  EXPECT_TRUE(stored.retired);
  EXPECT_EQ(stored.organisation_id, solvik_.id);
  EXPECT_EQ(stored.version, 2);
  EXPECT_EQ(stored.updated_at, kTestNow + 300);
  AuditEvent ev = LastEvent("goal", e.id);
  EXPECT_EQ(ev.action, "update");
  EXPECT_EQ(AuditValue(ev.after_json, "title_sv"), "Jämställdhetsanalys");
  EXPECT_NE(AuditValue(ev.before_json, "title_sv"), "Jämställdhetsanalys");
}

TEST_F(GoalCatalogueTest, AStaleCorrectionSaysWhoSavedFirstAndWhen) {
  GoalEntry mine = Entry(solvik_.strateg, GoalFamily::kPolicy, "4");
  GoalEntry theirs = mine;
  theirs.title_en = "Admin's title";
  clock_.Advance(30);
  Ok(Change(solvik_.admin, theirs));
  mine.title_en = "Strategist's title";
  EXPECT_TRUE(IsChangedBy(Change(solvik_.strateg, mine), "Amira Haddad", kTestNow + 30));
  EXPECT_EQ(Ok(LoadGoalEntry(store_, solvik_.member, mine.id)).title_en, "Admin's title");
}

TEST_F(GoalCatalogueTest, ACorrectionCannotTakeAnotherEntrysCode) {
  GoalEntry e = Entry(solvik_.strateg, GoalFamily::kPolicy, "4");
  e.code = "5";
  EXPECT_TRUE(IsInvalid(Change(solvik_.strateg, e), "code", "goals.error.code_taken"));
  e.code = "4";
  e.sort_order = -1;
  EXPECT_TRUE(IsInvalid(Change(solvik_.strateg, e), "sort_order", "goals.error.sort_order"));
  EXPECT_EQ(Trail("goal", e.id).size(), 0u) << "the shipped entry has no trail until changed";
}

TEST(GoalTextsTest, EnglishOnlyForEnglishEverythingElseSwedish) {
  GoalEntry e;
  e.title_sv = "Jämställd hälsa";
  e.title_en = "Gender-equal health";
  e.description_sv = "Svensk";
  e.description_en = "English";
  EXPECT_EQ(GoalTitle(e, "en"), "Gender-equal health");
  EXPECT_EQ(GoalTitle(e, "sv"), "Jämställd hälsa");
  EXPECT_EQ(GoalTitle(e, "de"), "Jämställd hälsa");
  EXPECT_EQ(GoalDescription(e, "en"), "English");
  EXPECT_EQ(GoalDescription(e, ""), "Svensk");
}

}  // namespace
}  // namespace stegvis::domain
