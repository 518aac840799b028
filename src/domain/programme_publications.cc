#include "domain/programme_publications.h"

#include <algorithm>
#include <set>

#include "core/date.h"
#include "domain/audit_json.h"
#include "domain/programme_page.h"
#include "domain/programmes.h"
#include "domain/publications.h"
#include "domain/resources.h"
#include "domain/suppression.h"
#include "domain/tokens.h"

namespace stegvis::domain {
namespace {

constexpr std::size_t kSlugRandomHex = 16;

// The programme, if `acting` runs it (refusals as LoadProgrammePublishPreview).
core::Result<Programme> CheckedRunner(StoreTx& tx, const Principal& acting, Id programme_id) {
  std::optional<Programme> programme = tx.Programmes().Find(programme_id);
  if (!programme || !TakesPart(tx, acting.user.organisation_id, *programme)) {
    return core::Fail(core::Error::NotFoundObject());
  }
  if (programme->organisation_id != acting.user.organisation_id ||
      !May(&acting, Action::kChange, ProgrammeResource(*programme))) {
    return core::Fail(core::Error::Forbidden("only those who run the programme publish it"));
  }
  return *programme;
}

// The host's own teams with every grid suppressed at the host's threshold; the others counted.
void KeepHostTeams(ProgrammeDetails& d, int threshold, int& other_teams) {
  other_teams = d.hidden_teams;
  d.hidden_teams = 0;
  std::erase_if(d.teams, [&](const ProgrammeTeam& t) {
    const bool other = t.team.organisation_id != d.programme.organisation_id;
    other_teams += other ? 1 : 0;
    return other;
  });
  for (ProgrammeTeam& t : d.teams) {
    for (std::size_t i = 0; i < t.measures.size(); ++i) {
      SuppressedGrid grid = SuppressSmallNumbers(t.measures[i], t.observations[i], threshold);
      for (Observation& o : grid.shown) {
        o.note.clear();
        o.updated_by.clear();
      }
      t.observations[i] = std::move(grid.shown);
      t.cycle_markers[i].clear();
      t.measures[i].updated_by.clear();
      t.measures[i].data_updated_by.clear();
    }
  }
  d.other_teams.clear();
  d.may_change = false;
  d.programme.updated_by.clear();
}

// What the public may see of the programme: the story of the host's teams on suppressed
// grids, without funnel plots (their points are the teams' values) and without staff names.
core::Result<PublicProgramme> PublicProgrammeOf(StoreTx& tx, const std::string& today,
                                                const Programme& programme,
                                                ProgrammePublication publication) {
  std::optional<Organisation> host = tx.Units().FindOrganisation(programme.organisation_id);
  if (!host) return core::Fail(core::Error::NotFoundObject());
  const Principal reader = PublicReader(programme.organisation_id);
  auto page = LoadProgrammePage(tx, reader, programme.id);
  if (!page) return core::Fail(page.error());
  PublicProgramme out{*host, std::move(publication), {}, 0};
  KeepHostTeams(page->details, host->suppression_threshold, out.other_teams);
  std::set<Id> shown_teams;
  for (const ProgrammeTeam& t : page->details.teams) shown_teams.insert(t.team.id);
  for (ChangeIdea& idea : page->change_package) idea.updated_by.clear();
  auto story = StoryOf(tx, today, reader, std::move(*page));
  if (!story) return core::Fail(story.error());
  out.story = std::move(*story);
  out.story.dashboard.funnels.clear();
  for (IdeaLearning& l : out.story.ideas) {
    std::erase_if(l.cycles, [&](const IdeaCycle& c) { return !shown_teams.count(c.team_id); });
    for (IdeaCycle& c : l.cycles) {
      c.cycle.updated_by.clear();
      c.project_title.clear();
      c.may_open = false;
    }
  }
  return out;
}

std::string Today(const core::Clock& clock) {
  return core::Date::FromUnixSeconds(clock.NowUnixSeconds()).ToString();
}

}  // namespace

core::Result<PublicProgramme> LoadProgrammePublishPreview(Store& store, const core::Clock& clock,
                                                          const Principal& acting,
                                                          Id programme_id) {
  const std::string today = Today(clock);
  return store.Read([&](StoreTx& tx) -> core::Result<PublicProgramme> {
    auto programme = CheckedRunner(tx, acting, programme_id);
    if (!programme) return core::Fail(programme.error());
    return PublicProgrammeOf(
        tx, today, *programme,
        tx.Publications().FindOfProgramme(programme_id).value_or(ProgrammePublication{}));
  });
}

core::Result<ProgrammePublication> PublishProgramme(Store& store, const core::Clock& clock,
                                                    const Principal& acting, const Actor& actor,
                                                    Id programme_id) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<ProgrammePublication> {
    auto programme = CheckedRunner(tx, acting, programme_id);
    if (!programme) return core::Fail(programme.error());
    if (tx.Publications().FindOfProgramme(programme_id)) {
      return core::Fail(core::Error{core::ErrorCode::kConflict, "published already", "",
                                    "error.publication.published"});
    }
    ProgrammePublication p;
    p.organisation_id = programme->organisation_id;
    p.programme_id = programme_id;
    p.slug = SlugWords(programme->name) + "-" + RandomToken().substr(0, kSlugRandomHex);
    p.published_by = actor.label;
    p.published_at = now;
    p.id = tx.Publications().CreateOfProgramme(p);
    RecordAudit(tx, actor, now, "publish", "programme", programme_id, "", AuditJson(p),
                p.organisation_id);
    return p;
  });
}

core::Result<void> UnpublishProgramme(Store& store, const core::Clock& clock,
                                      const Principal& acting, const Actor& actor,
                                      Id programme_id) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    auto programme = CheckedRunner(tx, acting, programme_id);
    if (!programme) return core::Fail(programme.error());
    std::optional<ProgrammePublication> p = tx.Publications().FindOfProgramme(programme_id);
    if (!p) return core::Fail(core::Error::NotFoundObject("not published"));
    tx.Publications().DeleteOfProgramme(p->id);
    RecordAudit(tx, actor, now, "unpublish", "programme", programme_id, AuditJson(*p), "",
                p->organisation_id);
    return {};
  });
}

core::Result<PublicProgramme> LoadPublishedProgramme(Store& store, const core::Clock& clock,
                                                     const std::string& slug) {
  const std::string today = Today(clock);
  return store.Read([&](StoreTx& tx) -> core::Result<PublicProgramme> {
    std::optional<ProgrammePublication> p = tx.Publications().FindProgrammeBySlug(slug);
    if (!p) return core::Fail(core::Error::NotFoundObject("not published"));
    std::optional<Programme> programme = tx.Programmes().Find(p->programme_id);
    if (!programme) return core::Fail(core::Error::NotFoundObject("not published"));
    return PublicProgrammeOf(tx, today, *programme, std::move(*p));
  });
}

}  // namespace stegvis::domain
