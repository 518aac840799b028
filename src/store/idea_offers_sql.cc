#include "store/idea_offers_sql.h"

namespace stegvis::store {
namespace {

constexpr const char* kSqlite = R"sql(
CREATE TABLE idea_offers_answerable (
  id INTEGER PRIMARY KEY,
  idea_id BIGINT NOT NULL REFERENCES change_ideas(id),
  team_id BIGINT REFERENCES teams(id),
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  status TEXT NOT NULL CHECK (status IN ('open', 'taken', 'declined')),
  offered_by TEXT NOT NULL,
  offered_at BIGINT NOT NULL,
  answered_by TEXT NOT NULL DEFAULT '',
  answered_at BIGINT,
  taken_idea_id BIGINT REFERENCES change_ideas(id),
  programme_id BIGINT REFERENCES programmes(id),
  CONSTRAINT idea_offers_one_target CHECK ((team_id IS NULL) <> (programme_id IS NULL))
);
INSERT INTO idea_offers_answerable (id, idea_id, team_id, organisation_id, status, offered_by,
                                    offered_at, answered_by, answered_at, taken_idea_id)
  SELECT id, idea_id, team_id, organisation_id, status, offered_by, offered_at, taken_by,
         taken_at, taken_idea_id FROM idea_offers;
DROP TABLE idea_offers;
ALTER TABLE idea_offers_answerable RENAME TO idea_offers;
CREATE INDEX idea_offers_by_idea ON idea_offers(idea_id, id);
CREATE INDEX idea_offers_by_team ON idea_offers(team_id, status);
CREATE INDEX idea_offers_by_programme ON idea_offers(programme_id, status);
)sql";

constexpr const char* kPostgres = R"sql(
ALTER TABLE idea_offers ALTER COLUMN team_id DROP NOT NULL;
ALTER TABLE idea_offers DROP CONSTRAINT idea_offers_status_check;
ALTER TABLE idea_offers ADD CONSTRAINT idea_offers_status_check
  CHECK (status IN ('open', 'taken', 'declined'));
ALTER TABLE idea_offers RENAME COLUMN taken_by TO answered_by;
ALTER TABLE idea_offers RENAME COLUMN taken_at TO answered_at;
ALTER TABLE idea_offers ADD COLUMN programme_id BIGINT REFERENCES programmes(id);
ALTER TABLE idea_offers ADD CONSTRAINT idea_offers_one_target
  CHECK ((team_id IS NULL) <> (programme_id IS NULL));
CREATE INDEX idea_offers_by_programme ON idea_offers(programme_id, status);
)sql";

}  // namespace

std::string AnswerableIdeaOffersSql(Engine engine) {
  return engine == Engine::kSqlite ? kSqlite : kPostgres;
}

}  // namespace stegvis::store
