// A project's theory of change and driver diagram (domain/diagrams.h): one edit at a time,
// checked against the diagram as stored, all of it or nothing, audited under the project.

#include "domain/diagrams.h"

#include <gtest/gtest.h>

#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

class DiagramsTest : public DomainTest {
 protected:
  DiagramsTest() {
    project_ = MakeProject(solvik_.member, solvik_.team, "Välj tid själv");
    measure_ = MakeMeasure(solvik_.member, project_, "Nöjda med tiden");
  }
  core::Result<Id> Edit(const Principal& by, DiagramKind kind, const DiagramEdit& edit) {
    return EditDiagram(store_, clock_, by, As(by), project_, kind, edit);
  }
  core::Result<Id> AddItem(DiagramKind kind, std::string level, std::string text,
                           DiagramLink link = {}) {
    DiagramEdit e;
    e.op = DiagramOp::kAddItem;
    e.level = std::move(level);
    e.text = std::move(text);
    e.link = link;
    return Edit(solvik_.member, kind, e);
  }
  Diagram Load(DiagramKind kind) {
    return Ok(LoadProjectDiagram(store_, solvik_.member, project_, kind)).diagram;
  }

  static constexpr DiagramKind kToc = DiagramKind::kTheoryOfChange;
  static constexpr DiagramKind kDriver = DiagramKind::kDriver;
  Id project_ = 0, measure_ = 0;
};

TEST_F(DiagramsTest, TheTheoryOfChangeIsBuiltBackwardsFromTheEffectAndAudited) {
  Id effect = Ok(AddItem(kToc, "effect", "Lika inflytande för kvinnor och män"));
  Id outcome = Ok(AddItem(kToc, "outcome", "Fler väljer själva tid", {0, effect}));
  Diagram d = Load(kToc);
  ASSERT_EQ(d.items.size(), 2u);
  EXPECT_EQ(d.links, (std::vector<DiagramLink>{{outcome, effect}}));
  EXPECT_EQ(FindItem(d, outcome)->updated_by, "team@solvik.example");

  std::vector<AuditEvent> trail = Trail("theory_of_change", project_);
  ASSERT_EQ(trail.size(), 3u) << "two items and a link";
  EXPECT_EQ(trail[0].action, "create");
  EXPECT_EQ(AuditValue(trail[0].after_json, "level"), "effect");
  EXPECT_EQ(trail[2].action, "link");
  EXPECT_EQ(AuditValue(trail[2].after_json, "from"), std::to_string(outcome));
  EXPECT_TRUE(Trail("driver_diagram", project_).empty());
}

TEST_F(DiagramsTest, ARefusedLinkAddsNoItemEither) {
  Id effect = Ok(AddItem(kToc, "effect", "Effekt"));
  EXPECT_TRUE(IsInvalid(AddItem(kToc, "activity", "Hoppar över nivåer", {0, effect}), "to",
                        "error.diagram.not_neighbours"));
  EXPECT_EQ(Load(kToc).items.size(), 1u);
  EXPECT_EQ(Trail("theory_of_change", project_).size(), 1u);
}

TEST_F(DiagramsTest, AnEditNamesWhatIsWrong) {
  EXPECT_TRUE(
      IsInvalid(AddItem(kToc, "primary", "Fel diagram"), "level", "error.diagram.unknown_level"));
  EXPECT_TRUE(IsInvalid(AddItem(kToc, "effect", " "), "text", "error.required"));
  EXPECT_TRUE(IsInvalid(AddItem(kToc, "effect", std::string(kDiagramTextMax + 1, 'x')), "text",
                        "error.too_long"));
  DiagramEdit change;
  change.op = DiagramOp::kChangeItem;
  change.item_id = 999;
  change.text = "Finns inte";
  EXPECT_TRUE(
      IsInvalid(Edit(solvik_.member, kToc, change), "item_id", "error.diagram.unknown_item"));
  DiagramEdit unlink;
  unlink.op = DiagramOp::kRemoveLink;
  unlink.link = {1, 2};
  EXPECT_TRUE(IsInvalid(Edit(solvik_.member, kToc, unlink), "to", "error.diagram.unknown_link"));
  EXPECT_TRUE(Load(kToc).items.empty());
}

TEST_F(DiagramsTest, AnItemOfOneDiagramIsNoItemOfTheOther) {
  Id primary = Ok(AddItem(kDriver, "primary", "Kontinuitet"));
  DiagramEdit remove;
  remove.op = DiagramOp::kRemoveItem;
  remove.item_id = primary;
  EXPECT_TRUE(
      IsInvalid(Edit(solvik_.member, kToc, remove), "item_id", "error.diagram.unknown_item"));
  EXPECT_EQ(Load(kDriver).items.size(), 1u);
}

TEST_F(DiagramsTest, AStaleItemSaysWhoChangedItFirstAndWhen) {
  Id effect = Ok(AddItem(kToc, "effect", "Effekt"));
  DiagramEdit change;
  change.op = DiagramOp::kChangeItem;
  change.item_id = effect;
  change.version = 1;
  change.text = "Chefens effekt";
  clock_.Advance(45);
  Ok(Edit(solvik_.chef, kToc, change));
  change.text = "Min effekt";
  EXPECT_TRUE(IsChangedBy(Edit(solvik_.member, kToc, change), "Johan Berg", kTestNow + 45));
  const Diagram d = Load(kToc);
  const DiagramItem* item = FindItem(d, effect);
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(item->text, "Chefens effekt");
  EXPECT_EQ(item->version, 2);
  AuditEvent e = LastEvent("theory_of_change", project_);
  EXPECT_EQ(e.action, "update");
  EXPECT_EQ(AuditValue(e.before_json, "text"), "Effekt");
}

TEST_F(DiagramsTest, RemovingAnItemRemovesItsLinksAndReferences) {
  Id effect = Ok(AddItem(kToc, "effect", "Effekt"));
  Id outcome = Ok(AddItem(kToc, "outcome", "Resultat", {0, effect}));
  DiagramEdit ref;
  ref.op = DiagramOp::kAddRef;
  ref.item_id = outcome;
  ref.target_id = measure_;
  Ok(Edit(solvik_.member, kToc, ref));
  EXPECT_EQ(Load(kToc).refs, (std::vector<DiagramRef>{{outcome, measure_}}));

  DiagramEdit remove;
  remove.op = DiagramOp::kRemoveItem;
  remove.item_id = outcome;
  Ok(Edit(solvik_.member, kToc, remove));
  Diagram d = Load(kToc);
  EXPECT_EQ(d.items.size(), 1u);
  EXPECT_TRUE(d.links.empty());
  EXPECT_TRUE(d.refs.empty());
  EXPECT_EQ(LastEvent("theory_of_change", project_).action, "delete");
}

TEST_F(DiagramsTest, OnlyOutcomesAndEffectsReferToTheProjectsOwnMeasures) {
  Id effect = Ok(AddItem(kToc, "effect", "Effekt"));
  Id activity = Ok(AddItem(kToc, "activity", "Aktivitet"));
  Id other_project = MakeProject(solvik_.member, solvik_.team, "Annat");
  Id others_measure = MakeMeasure(solvik_.member, other_project, "Annat mått");
  DiagramEdit ref;
  ref.op = DiagramOp::kAddRef;
  ref.item_id = activity;
  ref.target_id = measure_;
  EXPECT_TRUE(IsInvalid(Edit(solvik_.member, kToc, ref), "item_id", "error.diagram.no_refs_here"));
  ref.item_id = effect;
  ref.target_id = others_measure;
  EXPECT_TRUE(
      IsInvalid(Edit(solvik_.member, kToc, ref), "target_id", "error.diagram.unknown_target"));
  ref.target_id = measure_;
  Ok(Edit(solvik_.member, kToc, ref));
  EXPECT_TRUE(Refused(Edit(solvik_.member, kToc, ref), core::ErrorCode::kConflict, "",
                      "error.diagram.duplicate_ref"));
  DiagramEdit unref = ref;
  unref.op = DiagramOp::kRemoveRef;
  Ok(Edit(solvik_.member, kToc, unref));
  EXPECT_TRUE(Load(kToc).refs.empty());
  EXPECT_EQ(LastEvent("theory_of_change", project_).action, "unlink");
}

TEST_F(DiagramsTest, TheDriverDiagramLinksDriversAndHangsTheIdeasTheProjectMayTest) {
  Id idea = MakeIdea(solvik_.member, project_, "Brukaren väljer tid");
  Id primary = Ok(AddItem(kDriver, "primary", "Brukarens inflytande"));
  Id secondary = Ok(AddItem(kDriver, "secondary", "Tider efter önskemål", {primary, 0}));
  DiagramEdit ref;
  ref.op = DiagramOp::kAddRef;
  ref.item_id = secondary;
  ref.target_id = idea;
  Ok(Edit(solvik_.member, kDriver, ref));
  MakeCycle(solvik_.member, project_, idea);

  ProjectDiagram d = Ok(LoadProjectDiagram(store_, solvik_.politiker, project_, kDriver));
  EXPECT_EQ(d.diagram.links, (std::vector<DiagramLink>{{primary, secondary}}));
  EXPECT_EQ(d.diagram.refs, (std::vector<DiagramRef>{{secondary, idea}}));
  EXPECT_EQ(d.ideas.size(), 1u);
  EXPECT_EQ(d.cycles.size(), 1u);
  EXPECT_FALSE(d.may_change);
  EXPECT_EQ(AuditValue(LastEvent("driver_diagram", project_).after_json, "change_idea_id"),
            std::to_string(idea));
  ref.target_id = MakeIdea(solvik_.member, MakeProject(solvik_.member, solvik_.team, "Annat"),
                           "Annat projekts idé");
  EXPECT_TRUE(
      IsInvalid(Edit(solvik_.member, kDriver, ref), "target_id", "error.diagram.unknown_target"))
      << "another project's idea";
}

TEST_F(DiagramsTest, ADiagramIsChangedOnlyByThoseWhoMayChangeTheTeamsWork) {
  DiagramEdit add;
  add.op = DiagramOp::kAddItem;
  add.level = "effect";
  add.text = "Effekt";
  EXPECT_TRUE(IsForbidden(Edit(solvik_.politiker, kToc, add)));
  EXPECT_TRUE(IsForbidden(Edit(solvik_.school_member, kToc, add)));
  EXPECT_TRUE(IsNotFound(Edit(norrby_.admin, kToc, add)));
  EXPECT_TRUE(IsForbidden(LoadProjectDiagram(store_, solvik_.school_member, project_, kToc)));
  EXPECT_TRUE(IsNotFound(LoadProjectDiagram(store_, norrby_.admin, project_, kToc)));
  EXPECT_TRUE(Load(kToc).items.empty());
  EXPECT_TRUE(Ok(LoadProjectDiagram(store_, solvik_.chef, project_, kToc)).may_change);
}

TEST(DiagramOpTest, NamesRoundTrip) {
  for (DiagramOp op :
       {DiagramOp::kAddItem, DiagramOp::kChangeItem, DiagramOp::kRemoveItem, DiagramOp::kAddLink,
        DiagramOp::kRemoveLink, DiagramOp::kAddRef, DiagramOp::kRemoveRef}) {
    EXPECT_EQ(ParseDiagramOp(DiagramOpName(op)), op);
  }
  EXPECT_FALSE(ParseDiagramOp("move_item"));
  EXPECT_EQ(DiagramAuditType(DiagramKind::kDriver), "driver_diagram");
}

}  // namespace
}  // namespace stegvis::domain
