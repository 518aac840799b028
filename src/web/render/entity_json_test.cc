// API JSON walked from descriptions: the documented names, order and value forms.

#include "web/render/entity_json.h"

#include <gtest/gtest.h>
#include <boost/json/serialize.hpp>

#include "domain/gender_records.h"
#include "domain/goal.h"

namespace stegvis::web {
namespace {

TEST(EntityJsonTest, WritesValuesInTheirJsonFormsAndLeavesOutWhatIsOmitted) {
  domain::GoalEntry e;
  e.id = 3;
  e.organisation_id = 1;
  e.family = domain::GoalFamily::kCemr;
  e.group = "article";
  e.code = "9";
  e.sort_order = 9;
  e.highlighted = true;
  e.version = 2;
  e.updated_at = 0;
  e.updated_by = "stegvis";
  EXPECT_EQ(boost::json::serialize(EntityJson(e, {"organisation_id"})),
            R"({"id":3,"family":"cemr","group":"article","code":"9","title_sv":"","title_en":"",)"
            R"("description_sv":"","description_en":"","sort_order":9,"highlighted":true,)"
            R"("unconfirmed":false,"retired":false,"version":2,)"
            R"("updated_at":"1970-01-01T00:00:00Z","updated_by":"stegvis"})");
}

TEST(EntityJsonTest, ListsBecomeArraysAndEmptyOptionalsNull) {
  domain::SelfAssessment a;
  a.id = 5;
  a.unit_id = 2;
  a.assessed_on = "2026-03-01";
  a.scores = {{"step_1", 3, ""}, {"step_2", std::nullopt, "ej bedömt"}};
  EXPECT_EQ(boost::json::serialize(EntityJson(a, {"organisation_id", "created_at", "updated_at"})),
            R"({"id":5,"unit_id":2,"assessed_on":"2026-03-01","note":"","scores":[)"
            R"({"item":"step_1","score":3,"comment":""},)"
            R"({"item":"step_2","score":null,"comment":"ej bedömt"}],"version":1,"created_by":"",)"
            R"("updated_by":""})");
}

}  // namespace
}  // namespace stegvis::web
