// A programme's common measure definitions (domain/measure_definitions.h): the strategist
// defines, edits and retires them; a participating team adopts them into its project in one
// step, linked, and cannot change what makes the teams comparable.

#include "domain/measure_definitions.h"

#include <gtest/gtest.h>

#include "domain/measures.h"
#include "domain/programme_setup.h"
#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

class MeasureDefinitionsTest : public DomainTest {
 protected:
  MeasureDefinitionsTest() {
    programme_ = MakeProgramme(solvik_.strateg, "Jämställd hemtjänst");
    Join(solvik_.strateg, programme_, solvik_.team);
    project_ = MakeProject(solvik_.member, solvik_.team, "Egen tid", programme_);
    definition_ = Ok(AddMeasureDefinition(store_, clock_, solvik_.strateg, As(solvik_.strateg),
                                          programme_, Influence()));
  }
  static Measure Influence() {
    Measure m;
    m.name = "Upplevt inflytande";
    m.definition = "Andel som svarar ja på fråga 4 i brukarenkäten";
    m.kind = MeasureKind::kOutcome;
    m.data_type = stats::DataType::kProportion;
    m.unit = "procent";
    m.frequency = Frequency::kMonth;
    m.target = "80,0";
    m.target_date = "2027-12-31";
    return m;
  }
  Measure Stored(Id id) {
    return DomainTest::Stored([&](StoreTx& tx) { return *tx.Measures().Find(id); });
  }
  core::Result<std::vector<Id>> Adopt(const Principal& by, Id project, std::vector<Id> ids) {
    return AdoptMeasureDefinitions(store_, clock_, by, As(by), project, ids);
  }
  core::Result<Measure> Change(const Principal& by, const Measure& m) {
    return ChangeMeasureDefinition(store_, clock_, by, As(by), programme_, m);
  }
  Id programme_ = 0, project_ = 0, definition_ = 0;
};

TEST_F(MeasureDefinitionsTest, TheStrategistDefinesACommonMeasureOfTheProgramme) {
  Measure d = Stored(definition_);
  EXPECT_EQ(d.programme_id, std::optional<Id>(programme_));
  EXPECT_FALSE(d.project_id);
  EXPECT_EQ(d.target, "80");
  EXPECT_EQ(Ok(LoadProgramme(store_, solvik_.member, programme_)).common_measures.size(), 1u);
  AuditEvent e = LastEvent("measure", definition_);
  EXPECT_EQ(e.action, "create");
  EXPECT_EQ(AuditValue(e.after_json, "name"), "Upplevt inflytande");
}

TEST_F(MeasureDefinitionsTest, EveryWrongFieldIsNamedAtOnce) {
  Measure m = Influence();
  m.name = "";
  m.unit = std::string(201, 'x');
  m.definition = std::string(4001, 'x');
  m.target = "många";
  m.target_date = "snart";
  m.grouping = Grouping::kNone;
  std::vector<core::Error> errors = MeasureDefinitionErrors(m);
  ASSERT_EQ(errors.size(), 6u);
  EXPECT_EQ(errors[0].field, "name");
  EXPECT_EQ(errors[5].field, "target_date");
  EXPECT_TRUE(IsInvalid(
      AddMeasureDefinition(store_, clock_, solvik_.strateg, As(solvik_.strateg), programme_, m),
      "name", "error.required"));
}

TEST_F(MeasureDefinitionsTest, OnlyThoseWhoRunTheProgrammeDefineAndAClosedOneRefuses) {
  EXPECT_TRUE(IsForbidden(AddMeasureDefinition(store_, clock_, solvik_.member, As(solvik_.member),
                                               programme_, Influence())));
  EXPECT_TRUE(IsNotFound(AddMeasureDefinition(store_, clock_, norrby_.strateg, As(norrby_.strateg),
                                              programme_, Influence())));
  Programme p = Ok(LoadProgramme(store_, solvik_.strateg, programme_)).programme;
  Ok(SetProgrammeClosed(store_, clock_, solvik_.strateg, As(solvik_.strateg), programme_, p.version,
                        true));
  EXPECT_TRUE(Refused(AddMeasureDefinition(store_, clock_, solvik_.strateg, As(solvik_.strateg),
                                           programme_, Influence()),
                      core::ErrorCode::kConflict, "closed", "error.programme.closed"));
  EXPECT_TRUE(Refused(Adopt(solvik_.member, project_, {definition_}), core::ErrorCode::kConflict,
                      "closed", "error.programme.closed"));
}

TEST_F(MeasureDefinitionsTest, AStaleSaveNamesWhoSavedInBetween) {
  Measure first = Stored(definition_);
  first.name = "Inflytande över hjälpen";
  clock_.Advance(60);
  Ok(Change(solvik_.admin, first));
  Measure stale = Stored(definition_);
  stale.version = first.version;  // the version the strategist loaded before
  stale.name = "Inflytande";
  EXPECT_TRUE(
      IsChangedBy(Change(solvik_.strateg, stale), solvik_.admin.user.display_name, kTestNow + 60));
  EXPECT_EQ(Stored(definition_).name, "Inflytande över hjälpen");
}

TEST_F(MeasureDefinitionsTest, TheTeamAdoptsInOneStepLinkedAndWithTheDefinitionsFields) {
  Id second =
      Ok(AddMeasureDefinition(store_, clock_, solvik_.strateg, As(solvik_.strateg), programme_, [] {
        Measure m = Influence();
        m.name = "Avvikelser";
        m.data_type = stats::DataType::kCount;
        m.direction = Better::kDown;
        m.target.clear();
        return m;
      }()));
  std::vector<Id> ids = Ok(Adopt(solvik_.member, project_, {definition_, second}));
  ASSERT_EQ(ids.size(), 2u);
  Measure adopted = Stored(ids[0]);
  EXPECT_EQ(adopted.definition_id, std::optional<Id>(definition_));
  EXPECT_EQ(adopted.project_id, std::optional<Id>(project_));
  EXPECT_EQ(adopted.definition, Influence().definition);
  EXPECT_EQ(adopted.data_type, stats::DataType::kProportion);
  EXPECT_EQ(adopted.target, "80");
  EXPECT_EQ(Stored(ids[1]).direction, Better::kDown);
  EXPECT_EQ(LastEvent("measure", ids[0]).action, "adopt");
  EXPECT_TRUE(Ok(LoadAdoptionChoice(store_, solvik_.member, project_)).definitions.empty());
}

TEST_F(MeasureDefinitionsTest, AdoptingTwiceARetiredOrAnotherProgrammesDefinitionIsRefused) {
  Ok(Adopt(solvik_.member, project_, {definition_}));
  EXPECT_TRUE(IsInvalid(Adopt(solvik_.member, project_, {definition_}), "definition_id",
                        "error.definition.adopted"));
  Id other_programme = MakeProgramme(solvik_.strateg, "Trygg natt");
  Id other = Ok(AddMeasureDefinition(store_, clock_, solvik_.strateg, As(solvik_.strateg),
                                     other_programme, Influence()));
  EXPECT_TRUE(IsInvalid(Adopt(solvik_.member, project_, {other}), "definition_id",
                        "error.definition.unknown"));
  Id own = MakeProject(solvik_.member, solvik_.team, "Utan program");
  EXPECT_TRUE(IsInvalid(Adopt(solvik_.member, own, {definition_}), "definition_id",
                        "error.definition.unknown"));
  Id retiring = Ok(AddMeasureDefinition(store_, clock_, solvik_.strateg, As(solvik_.strateg),
                                        programme_, Influence()));
  Ok(SetMeasureDefinitionRetired(store_, clock_, solvik_.strateg, As(solvik_.strateg), programme_,
                                 retiring, 1, true));
  EXPECT_EQ(LastEvent("measure", retiring).action, "retire");
  EXPECT_TRUE(IsInvalid(Adopt(solvik_.member, project_, {retiring}), "definition_id",
                        "error.definition.retired"));
  EXPECT_TRUE(Ok(LoadAdoptionChoice(store_, solvik_.member, project_)).definitions.empty());
}

TEST_F(MeasureDefinitionsTest, OnlyThoseWhoMayChangeTheProjectAdopt) {
  EXPECT_TRUE(IsForbidden(Adopt(solvik_.politiker, project_, {definition_})));
  EXPECT_TRUE(IsForbidden(Adopt(solvik_.school_member, project_, {definition_})));
  EXPECT_TRUE(IsNotFound(Adopt(norrby_.admin, project_, {definition_})));
}

TEST_F(MeasureDefinitionsTest, ALinkedMeasureKeepsWhatMakesTheTeamsComparable) {
  Id id = Ok(Adopt(solvik_.member, project_, {definition_})).front();
  Measure m = Stored(id);
  m.name = "Inflytande hos oss";
  m.target = "85";
  Ok(ChangeMeasure(store_, clock_, solvik_.member, As(solvik_.member), m));
  m = Stored(id);
  m.definition = "Vår egen fråga";
  EXPECT_TRUE(IsInvalid(ChangeMeasure(store_, clock_, solvik_.member, As(solvik_.member), m),
                        "definition", "error.measure.linked"));
  m = Stored(id);
  m.grouping = Grouping::kGirlsBoys;
  EXPECT_TRUE(IsInvalid(ChangeMeasure(store_, clock_, solvik_.member, As(solvik_.member), m),
                        "grouping", "error.measure.linked"));
}

TEST_F(MeasureDefinitionsTest, AnAdoptedDefinitionKeepsItsTypeAndItsWordingReachesTheTeams) {
  Id id = Ok(Adopt(solvik_.member, project_, {definition_})).front();
  Measure d = Stored(definition_);
  d.data_type = stats::DataType::kCount;
  EXPECT_TRUE(IsInvalid(Change(solvik_.strateg, d), "data_type", "error.definition.in_use"));
  d = Stored(definition_);
  d.frequency = Frequency::kQuarter;
  EXPECT_TRUE(IsInvalid(Change(solvik_.strateg, d), "frequency", "error.definition.in_use"));
  d = Stored(definition_);
  d.definition = "Andel som svarar ja eller delvis på fråga 4";
  Ok(Change(solvik_.strateg, d));
  EXPECT_EQ(Stored(id).definition, "Andel som svarar ja eller delvis på fråga 4");
  EXPECT_EQ(LastEvent("measure", id).action, "update");
}

TEST_F(MeasureDefinitionsTest, TheProgrammeChoosesTheRuleSetItsTeamsMeasuresFollow) {
  Measure d = Stored(definition_);
  d.rule_set = stats::RuleSet::kMdc;
  Ok(Change(solvik_.strateg, d));
  Id id = Ok(Adopt(solvik_.member, project_, {definition_})).front();
  EXPECT_EQ(Stored(id).rule_set, stats::RuleSet::kMdc) << "adopted with the programme's rules";
  d = Stored(definition_);
  d.rule_set = stats::RuleSet::kWesternElectric;
  Ok(Change(solvik_.strateg, d));
  const Measure follows = Stored(id);
  EXPECT_EQ(follows.rule_set, stats::RuleSet::kWesternElectric) << "a new choice reaches it";
  EXPECT_EQ(follows.definition, Influence().definition) << "and nothing else changed";
  const AuditEvent e = LastEvent("measure", id);
  EXPECT_EQ(e.action, "update");
  EXPECT_EQ(AuditValue(e.after_json, "rule_set"), "western-electric");
}

}  // namespace
}  // namespace stegvis::domain
