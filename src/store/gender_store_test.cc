// The gender-equality frame's repositories (sql_gender_notes.cc, sql_self_assessments.cc,
// sql_reflection_notes.cc) on both engines: 4R note versions kept in order and never two with
// one number, self-assessment scores with "not assessed" kept as no score (never zero),
// reflection notes with their links replaced on update.

#include <gtest/gtest.h>

#include "store/test_database.h"

namespace stegvis::store {
namespace {

using GenderStoreTest = EngineTest;
INSTANTIATE_TEST_SUITE_P(Engines, GenderStoreTest,
                         testing::Values(Engine::kSqlite, Engine::kPostgres), EngineName);

struct Fixture {
  domain::Id org = 0;
  domain::Id unit_a = 0;
  domain::Id unit_b = 0;
  domain::Id project = 0;
  domain::Id measure = 0;
};

Fixture Seed(MigratingStore& store) {
  store.Migrate();
  Fixture f;
  store.Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    f.org = tx.Units().CreateOrganisation("Kommun", 1);
    f.unit_a =
        tx.Units().Create({f.org, std::nullopt, "Hemtjänst Norr", domain::UnitKind::kEnhet}, 1);
    f.unit_b =
        tx.Units().Create({f.org, std::nullopt, "Hemtjänst Söder", domain::UnitKind::kEnhet}, 1);
    domain::Id team = tx.Teams().Create({f.org, f.unit_a, "Trygg hemgång", ""}, 1);
    domain::Project p;
    p.organisation_id = f.org;
    p.team_id = team;
    p.title = "Trygg och jämställd hemgång";
    f.project = tx.Projects().Create(p, 1);
    domain::Measure m;
    m.organisation_id = f.org;
    m.project_id = f.project;
    m.name = "Nöjd med inflytandet";
    f.measure = tx.Measures().Create(m, 1);
    return true;
  });
  return f;
}

domain::GenderNote Note(domain::Id measure, std::int64_t version, const std::string& text) {
  domain::GenderNote n;
  n.measure_id = measure;
  n.version = version;
  n.representation = text;
  n.resources = "Tid: 'kortare' besök";
  n.realia = "";
  n.realisera = "Fråga alla om tid";
  n.created_at = 100 * version;
  n.created_by = "team@solvik.example";
  return n;
}

TEST_P(GenderStoreTest, KeepsEveryVersionOfThe4RNotesInOrder) {
  Fixture f = Seed(*store_);
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    tx.GenderNotes().Add(Note(f.measure, 1, "Sex av tio är kvinnor."));
    tx.GenderNotes().Add(Note(f.measure, 2, "Sex av tio är kvinnor; färre kvinnor kan påverka."));
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    auto notes = tx.GenderNotes().List(f.measure);
    EXPECT_EQ(notes.size(), 2u);
    if (notes.size() != 2) return true;
    EXPECT_EQ(notes[0].version, 1);
    EXPECT_EQ(notes[0].representation, "Sex av tio är kvinnor.");
    EXPECT_EQ(notes[1].version, 2);
    EXPECT_EQ(notes[1].resources, "Tid: 'kortare' besök");
    EXPECT_EQ(notes[1].realia, "");
    EXPECT_EQ(notes[1].created_at, 200);
    EXPECT_EQ(notes[1].created_by, "team@solvik.example");
    EXPECT_TRUE(tx.GenderNotes().List(f.measure + 1).empty());
    return true;
  });
  // Two writers basing a save on the same version cannot both store it.
  EXPECT_THROW(store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    tx.GenderNotes().Add(Note(f.measure, 2, "en annan text"));
    return true;
  }),
               domain::StoreFailure);
}

TEST_P(GenderStoreTest, KeepsSelfAssessmentsWithUnassessedItemsAsNoScore) {
  Fixture f = Seed(*store_);
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    for (const char* on : {"2025-09-23", "2024-09-24"}) {
      domain::SelfAssessment a;
      a.organisation_id = f.org;
      a.unit_id = f.unit_a;
      a.assessed_on = on;
      a.note = "Ledningsgruppen";
      a.created_at = 5;
      a.created_by = "chef@solvik.example";
      a.scores = {
          {"step_1", 2, "på väg"}, {"step_2", std::nullopt, ""}, {"knowledge_goals", 4, ""}};
      tx.SelfAssessments().Create(a);
    }
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    auto list = tx.SelfAssessments().List(f.unit_a);
    EXPECT_EQ(list.size(), 2u);
    if (list.size() != 2) return true;
    EXPECT_EQ(list[0].assessed_on, "2024-09-24");  // by date
    EXPECT_EQ(list[1].assessed_on, "2025-09-23");
    const auto& s = list[0].scores;
    EXPECT_EQ(s.size(), 3u);
    if (s.size() != 3) return true;
    EXPECT_EQ(s[0].item, "step_1");
    EXPECT_EQ(s[0].score, 2);
    EXPECT_EQ(s[0].comment, "på väg");
    EXPECT_EQ(s[1].item, "step_2");
    EXPECT_FALSE(s[1].score.has_value());
    EXPECT_EQ(s[2].item, "knowledge_goals");
    EXPECT_EQ(list[0].created_by, "chef@solvik.example");
    EXPECT_TRUE(tx.SelfAssessments().List(f.unit_b).empty());
    return true;
  });
}

TEST_P(GenderStoreTest, UpdatesASelfAssessmentAndReplacesItsScores) {
  Fixture f = Seed(*store_);
  domain::Id corrected = 0, other = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    domain::SelfAssessment a;
    a.organisation_id = f.org;
    a.unit_id = f.unit_a;
    a.assessed_on = "2025-09-23";
    a.note = "Ledningsgruppen";
    a.created_at = a.updated_at = 5;
    a.created_by = a.updated_by = "chef@solvik.example";
    a.scores = {{"step_1", 2, "på väg"}, {"step_2", 3, ""}};
    corrected = tx.SelfAssessments().Create(a);
    other = tx.SelfAssessments().Create(a);
    return true;
  });
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    auto a = tx.SelfAssessments().Find(corrected);
    EXPECT_TRUE(a && a->version == 1 && a->updated_by == "chef@solvik.example");
    if (!a) return true;
    a->assessed_on = "2025-09-22";
    a->note = "Ledningsgruppen, rättad";
    a->scores = {{"step_2", std::nullopt, "ej bedömt"}, {"knowledge_goals", 4, "klart"}};
    a->version = 2;
    a->updated_at = 9;
    a->updated_by = "strateg@solvik.example";
    tx.SelfAssessments().Update(*a);
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    auto list = tx.SelfAssessments().List(f.unit_a);
    EXPECT_EQ(list.size(), 2u);
    if (list.size() != 2) return true;
    const domain::SelfAssessment& a = list[0];  // the earlier date now
    EXPECT_EQ(a.id, corrected);
    EXPECT_EQ(a.assessed_on, "2025-09-22");
    EXPECT_EQ(a.note, "Ledningsgruppen, rättad");
    EXPECT_EQ(a.version, 2);
    EXPECT_EQ(a.created_at, 5);
    EXPECT_EQ(a.created_by, "chef@solvik.example");
    EXPECT_EQ(a.updated_at, 9);
    EXPECT_EQ(a.updated_by, "strateg@solvik.example");
    EXPECT_EQ(a.scores.size(), 2u);
    if (a.scores.size() != 2) return true;
    EXPECT_EQ(a.scores[0].item, "step_2");
    EXPECT_FALSE(a.scores[0].score.has_value());
    EXPECT_EQ(a.scores[0].comment, "ej bedömt");
    EXPECT_EQ(a.scores[1].item, "knowledge_goals");
    EXPECT_EQ(a.scores[1].score, 4);
    // The other assessment keeps its own scores.
    EXPECT_EQ(list[1].id, other);
    EXPECT_EQ(list[1].version, 1);
    EXPECT_EQ(list[1].scores.size(), 2u);
    return true;
  });
}

TEST_P(GenderStoreTest, KeepsReflectionNotesAndReplacesTheirLinks) {
  Fixture f = Seed(*store_);
  domain::Id first = 0, second = 0;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    domain::ReflectionNote n;
    n.organisation_id = f.org;
    n.kind = domain::ReflectionKind::kShadowing;
    n.held_on = "2025-05-06";
    n.title = "Skuggning";
    n.text = "Morgonmöte med diagrammet på väggen.";
    n.peer = "Enhetschefen i Ekbacken";
    n.unit_ids = {f.unit_a};
    n.project_ids = {f.project};
    n.created_at = n.updated_at = 10;
    n.created_by = n.updated_by = "chef@solvik.example";
    first = tx.ReflectionNotes().Create(n);
    n.kind = domain::ReflectionKind::kMeeting;
    n.held_on = "2025-10-14";
    n.peer = "";
    n.unit_ids = {f.unit_a, f.unit_b};
    n.project_ids = {};
    second = tx.ReflectionNotes().Create(n);
    return true;
  });
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    auto n = tx.ReflectionNotes().Find(first);
    EXPECT_TRUE(n);
    if (!n) return false;
    EXPECT_EQ(n->kind, domain::ReflectionKind::kShadowing);
    EXPECT_EQ(n->peer, "Enhetschefen i Ekbacken");
    EXPECT_EQ(n->project_ids, std::vector<domain::Id>{f.project});
    n->unit_ids = {f.unit_b};
    n->project_ids = {};
    n->title = "Skuggning i Ekbacken";
    n->version = 2;
    n->updated_at = 20;
    n->updated_by = "strateg@solvik.example";
    tx.ReflectionNotes().Update(*n);
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    auto n = tx.ReflectionNotes().Find(first);
    EXPECT_TRUE(n);
    if (!n) return true;
    EXPECT_EQ(n->title, "Skuggning i Ekbacken");
    EXPECT_EQ(n->version, 2);
    EXPECT_EQ(n->updated_by, "strateg@solvik.example");
    EXPECT_EQ(n->created_by, "chef@solvik.example");
    EXPECT_EQ(n->unit_ids, std::vector<domain::Id>{f.unit_b});
    EXPECT_TRUE(n->project_ids.empty());
    auto all = tx.ReflectionNotes().List(f.org);
    EXPECT_EQ(all.size(), 2u);
    if (all.size() == 2) {
      EXPECT_EQ(all[0].id, second);  // newest date first
    }
    auto by_a = tx.ReflectionNotes().ListOfUnit(f.unit_a);
    EXPECT_EQ(by_a.size(), 1u);
    if (!by_a.empty()) {
      EXPECT_EQ(by_a[0].id, second);
    }
    EXPECT_EQ(tx.ReflectionNotes().ListOfUnit(f.unit_b).size(), 2u);
    EXPECT_FALSE(tx.ReflectionNotes().Find(second + 100));
    return true;
  });
}

}  // namespace
}  // namespace stegvis::store
