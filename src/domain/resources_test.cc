// Teams located in bulk (TeamResources) are located exactly as one at a time (TeamResource):
// the same unit path and programme, for every team of the demonstration's organisations,
// guest teams of another organisation's programme included.

#include "domain/resources.h"

#include <gtest/gtest.h>

#include "domain/demo.h"
#include "domain/testing/domain_test_fixture.h"

namespace stegvis::domain {
namespace {

TEST(ResourcesTest, TeamsLocatedInBulkAreLocatedAsOneAtATime) {
  InMemoryStore store;
  core::FixedClock clock(kTestNow);
  ASSERT_TRUE(Ok(SeedDemo(store, clock)).seeded);
  std::size_t compared = 0;
  ASSERT_TRUE(store.Read([&](StoreTx& tx) -> core::Result<bool> {
    for (const Organisation& organisation : tx.Units().ListOrganisations()) {
      const std::map<Id, Resource> bulk = TeamResources(tx, organisation.id);
      for (const Team& team : tx.Teams().List(organisation.id)) {
        const Resource one = TeamResource(tx, team);
        const Resource& many = bulk.at(team.id);
        EXPECT_EQ(many.kind, one.kind);
        EXPECT_EQ(many.organisation_id, one.organisation_id);
        EXPECT_EQ(many.located, one.located);
        EXPECT_EQ(many.unit_path, one.unit_path) << team.name;
        EXPECT_EQ(many.team_id, one.team_id);
        EXPECT_EQ(many.programme_id, one.programme_id) << team.name;
        ++compared;
      }
    }
    return true;
  }));
  EXPECT_GT(compared, 2u);
}

}  // namespace
}  // namespace stegvis::domain
