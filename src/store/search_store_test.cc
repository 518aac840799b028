// The search index (migration 21, sql_search.cc) on both engines: Swedish stems and compound
// prefixes, ranking, the scope, the filters, and an index that follows every write inside the
// writing transaction.

#include <gtest/gtest.h>

#include <algorithm>

#include "store/test_database.h"

namespace stegvis::store {
namespace {

using SearchStoreTest = EngineTest;
INSTANTIATE_TEST_SUITE_P(Engines, SearchStoreTest,
                         testing::Values(Engine::kSqlite, Engine::kPostgres), EngineName);

struct Fixture {
  domain::Id org = 0;
  domain::Id other_org = 0;
  domain::Id unit = 0;
  domain::Id team_a = 0;
  domain::Id team_b = 0;
  domain::Id other_team = 0;
  domain::Id programme = 0;
  domain::Id project_a = 0;
  domain::Id project_b = 0;
  domain::Id other_project = 0;
  domain::Id idea_a = 0;
  domain::Id package_idea = 0;
  domain::Id cycle_a = 0;  // team A: kontaktpersonerna, abandoned
  domain::Id cycle_b = 0;  // team B: hemgångsplanering, adopted
  domain::Id other_cycle = 0;
  domain::Id note = 0;
};

domain::Id AddCycle(domain::StoreTx& tx, domain::Id org, domain::Id project, domain::Id idea,
                    const std::string& title, const std::string& learning,
                    domain::PdsaDecision decision, const std::string& start) {
  domain::PdsaCycle c;
  c.organisation_id = org;
  c.project_id = project;
  c.change_idea_id = idea;
  c.content.title = title;
  c.content.learning = learning;
  c.content.decision = decision;
  c.content.start_date = start;
  c.created_at = 100;
  c.updated_at = 100;
  c.updated_by = "team@solvik.example";
  return tx.Pdsa().CreateCycle(c);
}

domain::Id AddProject(domain::StoreTx& tx, domain::Id org, domain::Id team,
                      std::optional<domain::Id> programme, const std::string& title) {
  domain::Project p;
  p.organisation_id = org;
  p.team_id = team;
  p.programme_id = programme;
  p.title = title;
  p.problem = "Äldre som kommer hem från sjukhus känner sig otrygga";
  return tx.Projects().Create(p, 1);
}

domain::Id AddIdea(domain::StoreTx& tx, domain::Id org, std::optional<domain::Id> project,
                   std::optional<domain::Id> programme, const std::string& title) {
  domain::ChangeIdea idea;
  idea.organisation_id = org;
  idea.project_id = project;
  idea.programme_id = programme;
  idea.title = title;
  idea.description = "Prövas i liten skala först";
  return tx.Pdsa().CreateIdea(idea, 1);
}

Fixture Seed(MigratingStore& store) {
  store.Migrate();
  Fixture f;
  store.Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    f.org = tx.Units().CreateOrganisation("Solviks kommun", 1);
    f.other_org = tx.Units().CreateOrganisation("Norrby kommun", 1);
    f.unit = tx.Units().Create({f.org, std::nullopt, "Hemtjänst", domain::UnitKind::kEnhet}, 1);
    domain::Id other_unit =
        tx.Units().Create({f.other_org, std::nullopt, "Omsorg", domain::UnitKind::kEnhet}, 1);
    f.team_a = tx.Teams().Create({f.org, f.unit, "Norr", ""}, 1);
    f.team_b = tx.Teams().Create({f.org, f.unit, "Söder", ""}, 1);
    f.other_team = tx.Teams().Create({f.other_org, other_unit, "Norrby", ""}, 1);
    domain::Programme p;
    p.organisation_id = f.org;
    p.name = "Trygg hemgång";
    f.programme = tx.Programmes().Create(p, 1);
    f.project_a = AddProject(tx, f.org, f.team_a, f.programme, "Trygg hemkomst");
    f.project_b = AddProject(tx, f.org, f.team_b, std::nullopt, "Färre återinläggningar");
    f.other_project = AddProject(tx, f.other_org, f.other_team, std::nullopt, "Norrbys projekt");
    f.idea_a = AddIdea(tx, f.org, f.project_a, std::nullopt, "Namngiven kontaktperson");
    f.package_idea = AddIdea(tx, f.org, std::nullopt, f.programme, "Uppringning dagen efter");
    domain::Id other_idea = AddIdea(tx, f.other_org, f.other_project, std::nullopt, "Egen idé");
    f.cycle_a = AddCycle(tx, f.org, f.project_a, f.idea_a, "Kontaktperson vid utskrivning",
                         "Kontaktpersonerna hann inte ringa alla", domain::PdsaDecision::kAbandon,
                         "2026-02-02");
    f.cycle_b = AddCycle(tx, f.org, f.project_b, f.idea_a, "Checklista",
                         "Hemgångsplaneringen blev tydligare med checklistan",
                         domain::PdsaDecision::kAdopt, "2026-04-06");
    f.other_cycle =
        AddCycle(tx, f.other_org, f.other_project, other_idea, "Norrbys test",
                 "Kontaktpersonen ringde alla", domain::PdsaDecision::kAdopt, "2026-03-01");
    domain::ReflectionNote note;
    note.organisation_id = f.org;
    note.held_on = "2026-03-15";
    note.title = "Reflektion om hemgång";
    note.text = "Vi pratade om kontaktpersonernas tid";
    note.unit_ids = {f.unit};
    note.created_at = note.updated_at = 1;
    f.note = tx.ReflectionNotes().Create(note);
    return true;
  });
  return f;
}

domain::SearchRequest Everything(const Fixture& f, std::vector<std::string> words) {
  domain::SearchRequest r;
  r.words = std::move(words);
  r.scope = {f.org, {f.team_a, f.team_b}, {f.programme}, {f.unit}};
  r.limit = 50;
  return r;
}

std::vector<std::pair<domain::SearchKind, domain::Id>> Found(MigratingStore& store,
                                                             const domain::SearchRequest& r) {
  std::vector<std::pair<domain::SearchKind, domain::Id>> out;
  store.Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    for (const domain::SearchDocument& d : tx.Search().Find(r).documents)
      out.emplace_back(d.kind, d.id);
    return true;
  });
  return out;
}

bool Has(const std::vector<std::pair<domain::SearchKind, domain::Id>>& found,
         domain::SearchKind kind, domain::Id id) {
  return std::find(found.begin(), found.end(), std::pair{kind, id}) != found.end();
}

TEST_P(SearchStoreTest, AStemFindsItsInflectionsAndTheFirstPartOfACompoundFindsIt) {
  Fixture f = Seed(*store_);
  const auto contact = Found(*store_, Everything(f, {"kontaktperson"}));
  EXPECT_TRUE(Has(contact, domain::SearchKind::kCycle, f.cycle_a));  // "Kontaktpersonerna"
  EXPECT_TRUE(Has(contact, domain::SearchKind::kIdea, f.idea_a));
  EXPECT_TRUE(Has(contact, domain::SearchKind::kReflection, f.note));  // "kontaktpersonernas"
  const auto home = Found(*store_, Everything(f, {"hemgång"}));
  EXPECT_TRUE(Has(home, domain::SearchKind::kCycle, f.cycle_b));  // "Hemgångsplaneringen"
  // Every word must match.
  const auto both = Found(*store_, Everything(f, {"kontaktpersonerna", "ringa"}));
  ASSERT_EQ(both.size(), 1u);
  EXPECT_EQ(both[0].second, f.cycle_a);
}

TEST_P(SearchStoreTest, AWordInTheTitleRanksAboveOneInTheText) {
  Fixture f = Seed(*store_);
  domain::SearchRequest r = Everything(f, {"checklista"});
  r.filter.kinds = {domain::SearchKind::kCycle};
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    AddCycle(tx, f.org, f.project_a, f.idea_a, "Samtal", "En checklista hjälpte lite",
             domain::PdsaDecision::kAdapt, "2026-05-01");
    return true;
  });
  const auto found = Found(*store_, r);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].second, f.cycle_b);
}

TEST_P(SearchStoreTest, NothingOutsideTheScopeIsFound) {
  Fixture f = Seed(*store_);
  domain::SearchRequest r = Everything(f, {"kontaktperson"});
  r.scope = {f.org, {f.team_b}, {}, {}};
  // Team A's cycle and idea, the reflection note and the other organisation's cycle stay out.
  EXPECT_TRUE(Found(*store_, r).empty());
  r.scope = {f.org, {}, {f.programme}, {}};
  r.words = {"uppringning"};
  const auto package = Found(*store_, r);
  EXPECT_TRUE(package.size() == 1 && package[0].second == f.package_idea);
  // The other organisation's text is found only in its own scope.
  r.scope = {f.other_org, {f.other_team}, {}, {}};
  r.words = {"kontaktperson"};
  const auto other = Found(*store_, r);
  EXPECT_TRUE(other.size() == 1 && other[0].second == f.other_cycle);
}

TEST_P(SearchStoreTest, ACycleOnAPackageIdeaSharesItsLearningWithTheProgrammesOtherTeams) {
  Fixture f = Seed(*store_);
  domain::Id shared = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    domain::PdsaCycle c;
    c.organisation_id = f.org;
    c.project_id = f.project_a;
    c.change_idea_id = f.package_idea;
    c.content.title = "Uppringning, fem brukare";
    c.content.prediction = "Alla nås inom ett dygn";
    c.content.observations = "Anna Andersson svarade inte";
    c.content.learning = "Kontaktpersonen hann inte ringa på helgen";
    c.content.decision = domain::PdsaDecision::kAbandon;
    c.content.next_step = "Pröva med kvällspersonalen";
    c.created_at = c.updated_at = 100;
    c.updated_by = "team@solvik.example";
    shared = tx.Pdsa().CreateCycle(c);
    return true;
  });
  // A reader of the programme's package, not of team A, finds what the cycle shares.
  domain::SearchRequest r = Everything(f, {"helgen"});
  r.scope = {f.other_org, {f.other_team}, {f.programme}, {}};
  std::vector<domain::SearchDocument> found;
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    found = tx.Search().Find(r).documents;
    return true;
  });
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, domain::SearchKind::kLearning);
  EXPECT_EQ(found[0].id, shared);
  EXPECT_EQ(found[0].parent_id, std::optional<domain::Id>(f.package_idea));
  EXPECT_EQ(found[0].body.find("Anna"), std::string::npos);
  r.words = {"kvällspersonalen"};
  EXPECT_EQ(Found(*store_, r).size(), 1u);
  r.filter.decision = "abandon";
  EXPECT_EQ(Found(*store_, r).size(), 1u);
  // Nothing else of the cycle: not its observations.
  r = Everything(f, {"andersson"});
  r.scope = {f.other_org, {f.other_team}, {f.programme}, {}};
  EXPECT_TRUE(Found(*store_, r).empty());
  // Team A's readers find their own cycle as a cycle, once.
  r = Everything(f, {"helgen"});
  EXPECT_EQ(Found(*store_, r), (std::vector{std::pair{domain::SearchKind::kCycle, shared}}));
  // Outside the programme, nothing.
  r.scope = {f.org, {f.team_b}, {}, {}};
  EXPECT_TRUE(Found(*store_, r).empty());
}

TEST_P(SearchStoreTest, FindsATeamsMonthlyReportByItsMonth) {
  Fixture f = Seed(*store_);
  domain::Id report = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    domain::MonthlyReport r;
    r.organisation_id = f.org;
    r.project_id = f.project_a;
    r.month = "2026-03";
    r.tested = "Uppringning dagen efter hemkomsten";
    r.learned = "Anhöriga vill vara med i samtalet";
    r.support = "Stöd med mätningen";
    r.version = 1;
    r.updated_at = 1;
    r.updated_by = "team@solvik.example";
    report = tx.Programmes().CreateMonthlyReport(r);
    return true;
  });
  domain::SearchRequest r = Everything(f, {"anhöriga"});
  std::vector<domain::SearchDocument> found;
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    found = tx.Search().Find(r).documents;
    return true;
  });
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, domain::SearchKind::kMonthlyReport);
  EXPECT_EQ(found[0].id, report);
  EXPECT_EQ(found[0].parent_id, std::optional<domain::Id>(f.project_a));
  EXPECT_EQ(found[0].day, "2026-03-01");
  EXPECT_EQ(found[0].title, "Trygg hemkomst 2026-03");
  r.filter.from = "2026-04-01";
  EXPECT_TRUE(Found(*store_, r).empty());
  // Only its team's readers.
  r = Everything(f, {"anhöriga"});
  r.scope = {f.org, {f.team_b}, {f.programme}, {f.unit}};
  EXPECT_TRUE(Found(*store_, r).empty());
}

TEST_P(SearchStoreTest, FiltersByKindDecisionProgrammeAndPeriod) {
  Fixture f = Seed(*store_);
  domain::SearchRequest r = Everything(f, {"kontaktperson"});
  r.filter.kinds = {domain::SearchKind::kReflection};
  EXPECT_EQ(Found(*store_, r), (std::vector{std::pair{domain::SearchKind::kReflection, f.note}}));
  r = Everything(f, {"ringa"});
  r.filter.decision = "abandon";
  EXPECT_EQ(Found(*store_, r), (std::vector{std::pair{domain::SearchKind::kCycle, f.cycle_a}}));
  r = Everything(f, {"kontaktperson"});
  r.filter.programme_id = f.programme;
  const auto in_programme = Found(*store_, r);  // project A's work; the note has no programme
  EXPECT_EQ(in_programme.size(), 2u);
  EXPECT_TRUE(Has(in_programme, domain::SearchKind::kCycle, f.cycle_a));
  EXPECT_TRUE(Has(in_programme, domain::SearchKind::kIdea, f.idea_a));
  r = Everything(f, {"kontaktperson"});
  r.filter.from = "2026-03-01";
  r.filter.to = "2026-03-31";
  EXPECT_EQ(Found(*store_, r), (std::vector{std::pair{domain::SearchKind::kReflection, f.note}}));
}

TEST_P(SearchStoreTest, TheIndexFollowsAWriteInsideItsTransaction) {
  Fixture f = Seed(*store_);
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    std::optional<domain::PdsaCycle> c = tx.Pdsa().FindCycle(f.cycle_b);
    c->content.learning = "Trygghetslarmet kom i tid";
    tx.Pdsa().UpdateCycle(*c);
    // Read in the same transaction: the new text is found, the old no longer.
    domain::SearchRequest r = Everything(f, {"trygghetslarm"});
    EXPECT_EQ(tx.Search().Find(r).documents.size(), 1u);
    r.words = {"hemgångsplanering"};
    EXPECT_TRUE(tx.Search().Find(r).documents.empty());
    return true;
  });
  // A write rolled back leaves the index as it was.
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    AddIdea(tx, f.org, f.project_a, std::nullopt, "Rullstolsramp");
    return core::Fail(core::Error::Conflict("rolled back"));
  });
  EXPECT_TRUE(Found(*store_, Everything(f, {"rullstolsramp"})).empty());
  EXPECT_EQ(Found(*store_, Everything(f, {"trygghetslarmet"})).size(), 1u);
}

TEST_P(SearchStoreTest, HoldsTheLatestFourRNotesOfAMeasure) {
  Fixture f = Seed(*store_);
  domain::Id measure = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    domain::Measure m;
    m.organisation_id = f.org;
    m.project_id = f.project_a;
    m.name = "Andel trygga hemkomster";
    measure = tx.Measures().Create(m, 1);
    for (auto [version, text] :
         {std::pair{1, "Kvinnor får mer hemtjänsttid"}, std::pair{2, "Männen får färre besök"}}) {
      domain::GenderNote note;
      note.measure_id = measure;
      note.version = version;
      note.representation = text;
      tx.GenderNotes().Add(note);
    }
    return true;
  });
  EXPECT_TRUE(Found(*store_, Everything(f, {"hemtjänsttid"})).empty());
  EXPECT_EQ(Found(*store_, Everything(f, {"besök"})),
            (std::vector{std::pair{domain::SearchKind::kGenderNote, measure}}));
}

TEST_P(SearchStoreTest, PagesWithLimitAndOffset) {
  Fixture f = Seed(*store_);
  domain::SearchRequest r = Everything(f, {"kontaktperson"});
  const auto all = Found(*store_, r);
  ASSERT_EQ(all.size(), 3u);
  r.limit = 2;
  r.offset = 2;
  EXPECT_EQ(Found(*store_, r), std::vector(all.begin() + 2, all.end()));
}

TEST_P(SearchStoreTest, RanksOnlyTheNewestCandidatesAndSaysHowManyThereWere) {
  Fixture f = Seed(*store_);
  domain::SearchRequest r = Everything(f, {"kontaktperson"});
  r.candidates = 2;  // of idea A, cycle A and the note (written in that order)
  domain::SearchHits hits;
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    hits = tx.Search().Find(r);
    return true;
  });
  EXPECT_EQ(hits.candidates, 2);
  ASSERT_EQ(hits.documents.size(), 2u);
  for (const domain::SearchDocument& d : hits.documents) {
    EXPECT_FALSE(d.kind == domain::SearchKind::kIdea && d.id == f.idea_a);
  }
  r.candidates = 10;
  EXPECT_EQ(Found(*store_, r).size(), 3u);
}

TEST_P(SearchStoreTest, AReaderOfManyTeamsIsScopedByTheConditionsAlone) {
  Fixture f = Seed(*store_);
  domain::SearchRequest r = Everything(f, {"kontaktperson"});
  // More teams than the index is asked for by their scope words: the other organisation's
  // team is not among them, and its cycle stays out.
  for (domain::Id id = 1000; id < 1040; ++id) r.scope.team_ids.push_back(id);
  const auto found = Found(*store_, r);
  EXPECT_EQ(found.size(), 3u);
  EXPECT_FALSE(Has(found, domain::SearchKind::kCycle, f.other_cycle));
}

TEST_P(SearchStoreTest, AReaderWhoMaySeeNothingFindsNothing) {
  Fixture f = Seed(*store_);
  domain::SearchRequest r = Everything(f, {"kontaktperson"});
  r.scope = {f.org, {}, {}, {}};
  EXPECT_TRUE(Found(*store_, r).empty());
}

}  // namespace
}  // namespace stegvis::store
