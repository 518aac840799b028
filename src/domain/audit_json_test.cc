// The audit trail's JSON walked from descriptions: the same keys, order and text forms the
// trail has always had.

#include "domain/audit_json.h"

#include <gtest/gtest.h>

#include "domain/change_idea.h"
#include "domain/diagram.h"
#include "domain/organisation.h"
#include "domain/pdsa_cycle.h"
#include "domain/project.h"

namespace stegvis::domain {
namespace {

TEST(AuditJsonTest, WritesTheAuditedFieldsInOrderWithTheirTextForms) {
  Unit top{7, 1, std::nullopt, "Hemtjänst \"Norr\"", UnitKind::kEnhet};
  EXPECT_EQ(AuditJson(top), R"({"name":"Hemtjänst \"Norr\"","kind":"enhet","parent_id":""})");
  Unit child = top;
  child.parent_id = 3;
  EXPECT_EQ(AuditJson(child), R"({"name":"Hemtjänst \"Norr\"","kind":"enhet","parent_id":"3"})");
  EXPECT_EQ(
      AuditJson(User{5, 1, "a@kommun.example", "Anna", "sv", false}),
      R"({"email":"a@kommun.example","display_name":"Anna","language":"sv","active":"false"})");
}

TEST(AuditJsonTest, PairsOfTheUseCaseGoBeforeAndAfter) {
  Team team{4, 1, 9, "Norr", "Hemtjänst"};
  EXPECT_EQ(AuditJson(team, {{"unit", "Enhet"}}),
            R"({"name":"Norr","description":"Hemtjänst","unit_id":"9","unit":"Enhet"})");
  DiagramItem item;
  item.id = 12;
  item.kind = DiagramKind::kDriver;
  item.level = 1;
  item.text = "Kontinuitet";
  EXPECT_EQ(AuditJson({{"item_id", "12"}}, item),
            R"({"item_id":"12","level":"secondary","text":"Kontinuitet"})");
  ChangeIdea idea;
  idea.project_id = 3;
  idea.title = "Fast kontaktperson";
  EXPECT_EQ(
      AuditJson({{"project_id", "3"}}, idea),
      R"({"project_id":"3","title":"Fast kontaktperson","description":"","retired":"false"})");
}

TEST(AuditJsonTest, ACyclesContentIsWalkedInPlaceWithItsMeasureIds) {
  PdsaCycle c;
  c.phase = PdsaPhase::kDo;
  c.change_idea_id = 8;
  c.content.title = "Test";
  c.content.measure_ids = {3, 5};
  c.content.as_planned = AsPlanned::kPartly;
  EXPECT_EQ(AuditJson(c),
            R"({"phase":"do","change_idea_id":"8","title":"Test","question":"","prediction":"",)"
            R"("who":"","what":"","where":"","start_date":"","end_date":"","data_plan":"",)"
            R"("measure_ids":"3,5","as_planned":"partly","observations":"","surprises":"",)"
            R"("result":"","learning":"","decision":"","next_step":""})");
}

TEST(AuditJsonTest, LeavesOutBookkeeping) {
  Project p;
  p.id = 1;
  p.programme_id = 4;
  p.title = "Trygg hemgång";
  p.aim_groups.women = p.aim_groups.men = true;
  p.status = ProjectStatus::kActive;
  p.version = 9;
  p.updated_by = "a@kommun.example";
  EXPECT_EQ(AuditJson(p),
            R"({"title":"Trygg hemgång","problem":"","aim_what":"","aim_how_much":"",)"
            R"("aim_by_when":"","aim_for_whom":"","aim_groups":"women,men","status":"active"})");
}

}  // namespace
}  // namespace stegvis::domain
