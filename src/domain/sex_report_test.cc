// The report on statistics by sex (domain/sex_report.h): every measure in view is counted, and
// those not split by sex are listed with the reason given; the principal sees only the teams
// they may see, optionally within one unit; another organisation's unit is not found.

#include "domain/sex_report.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

class SexReportTest : public DomainTest {
 protected:
  SexReportTest() {
    const Id care = MakeProject(solvik_.member, solvik_.team, "Välj tid själv");
    MakeMeasure(solvik_.member, care, "Nöjda med tiden");
    care_unsplit_ = MakeMeasure(solvik_.member, care, "Fall per avdelning", Grouping::kNone);
    const Id school = MakeProject(solvik_.school_member, solvik_.school_team, "Läsa mer");
    MakeMeasure(solvik_.school_member, school, "Lästa böcker", Grouping::kGirlsBoys);
    school_unsplit_ =
        MakeMeasure(solvik_.school_member, school, "Utlånade böcker", Grouping::kNone);
    const Id norrby = MakeProject(norrby_.member, norrby_.team, "Norrbys projekt");
    MakeMeasure(norrby_.member, norrby, "Norrbys mått", Grouping::kNone);
  }
  static std::vector<Id> Rows(const SexReport& r) {
    std::vector<Id> ids;
    for (const SexReportRow& row : r.rows) ids.push_back(row.measure.id);
    return ids;
  }

  Id care_unsplit_ = 0, school_unsplit_ = 0;
};

TEST_F(SexReportTest, TheOrganisationsMeasuresNotSplitBySexAreListedWithTheirReason) {
  SexReport r = Ok(LoadSexReport(store_, solvik_.politiker, std::nullopt));
  EXPECT_EQ(r.measures, 4);
  ASSERT_EQ(r.rows.size(), 2u);
  std::vector<Id> rows = Rows(r);
  EXPECT_NE(std::find(rows.begin(), rows.end(), care_unsplit_), rows.end());
  EXPECT_NE(std::find(rows.begin(), rows.end(), school_unsplit_), rows.end());
  for (const SexReportRow& row : r.rows) {
    EXPECT_EQ(row.measure.no_sex_reason, "Räknas per avdelning");
    if (row.measure.id == care_unsplit_) {
      EXPECT_EQ(row.team.name, "Trygg hemgång");
      EXPECT_EQ(row.unit_name, "Hemtjänst Norr");
      EXPECT_EQ(row.project.title, "Välj tid själv");
    }
  }
  EXPECT_FALSE(r.unit);
  EXPECT_EQ(r.units.size(), 5u) << "the filter offers the organisation's units";
}

TEST_F(SexReportTest, EachSeesOnlyTheTeamsTheyMaySee) {
  SexReport chef = Ok(LoadSexReport(store_, solvik_.chef, std::nullopt));
  EXPECT_EQ(chef.measures, 2);
  EXPECT_EQ(Rows(chef), std::vector<Id>{care_unsplit_});
  SexReport teacher = Ok(LoadSexReport(store_, solvik_.school_member, std::nullopt));
  EXPECT_EQ(teacher.measures, 2);
  EXPECT_EQ(Rows(teacher), std::vector<Id>{school_unsplit_});
  SexReport norrby = Ok(LoadSexReport(store_, norrby_.admin, std::nullopt));
  EXPECT_EQ(norrby.measures, 1) << "Norrby's own measure only";
}

TEST_F(SexReportTest, AUnitNarrowsTheReportToItsTeamsAndTheTeamsBelow) {
  SexReport care = Ok(LoadSexReport(store_, solvik_.admin, solvik_.care_board));
  ASSERT_TRUE(care.unit);
  EXPECT_EQ(care.unit->id, solvik_.care_board);
  EXPECT_EQ(care.measures, 2);
  EXPECT_EQ(Rows(care), std::vector<Id>{care_unsplit_});
  EXPECT_EQ(Rows(Ok(LoadSexReport(store_, solvik_.admin, solvik_.school))),
            std::vector<Id>{school_unsplit_});
  EXPECT_TRUE(Ok(LoadSexReport(store_, solvik_.chef, solvik_.school)).rows.empty())
      << "a unit out of scope shows nothing";
  EXPECT_TRUE(IsNotFound(LoadSexReport(store_, solvik_.admin, norrby_.care)));
  EXPECT_TRUE(IsNotFound(LoadSexReport(store_, solvik_.admin, 999)));
}

}  // namespace
}  // namespace stegvis::domain
