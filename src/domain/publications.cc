#include "domain/publications.h"

#include <algorithm>
#include <cctype>

#include "domain/audit_json.h"
#include "domain/resources.h"
#include "domain/tokens.h"

namespace stegvis::domain {
namespace {

constexpr std::size_t kSlugWordsMax = 40;
constexpr std::size_t kSlugRandomHex = 16;

bool Holds(const std::vector<Id>& unit_path, Id unit_id) {
  return std::find(unit_path.begin(), unit_path.end(), unit_id) != unit_path.end();
}

// What the public may see of `story`: the included measures and cycles only, every grid
// suppressed at `threshold`, no e-mail address, and display names only with `include_names`.
PublicStory PublicStoryOf(StoreTx& tx, Organisation organisation, Publication publication,
                          ProjectStory story) {
  auto known_as = [&](const std::string& email) -> std::string {
    if (!publication.include_names || email.empty()) return "";
    std::optional<User> user = tx.Users().FindByEmail(email);
    if (!user || user->organisation_id != organisation.id) return "";
    return user->display_name;
  };
  PublicStory out{std::move(organisation), std::move(publication), std::move(story), {}};
  ProjectStory& s = out.story;
  s.pdsa.cycles = s.cycles;
  s.details.measures.clear();
  s.details.project.updated_by.clear();
  s.choices.updated_by.clear();
  for (ProgressScore& score : s.details.scores) score.set_by = known_as(score.set_by);
  for (PdsaCycle& c : s.cycles) c.updated_by.clear();
  for (PdsaCycle& c : s.pdsa.cycles) c.updated_by.clear();
  for (DiagramItem& item : s.theory.diagram.items) item.updated_by.clear();
  for (MeasureDetails& m : s.measures) {
    s.details.measures.push_back(m.measure);
    SuppressedGrid grid =
        SuppressSmallNumbers(m.measure, m.observations, out.organisation.suppression_threshold);
    for (Observation& o : grid.shown) {
      o.note.clear();
      o.updated_by.clear();
    }
    m.observations = std::move(grid.shown);
    out.hidden.push_back(std::move(grid.hidden));
    // A marker of a cycle the story leaves out would name it on the chart.
    std::erase_if(m.cycle_markers, [&](const CycleMarker& marker) {
      return std::none_of(s.cycles.begin(), s.cycles.end(),
                          [&](const PdsaCycle& c) { return c.id == marker.cycle_id; });
    });
    m.measure.updated_by.clear();
    m.measure.data_updated_by.clear();
    m.data_saved_by.clear();
    for (PointNote& note : m.point_notes) note.created_by = note.updated_by = "";
    for (std::string& by : m.point_note_by) by.clear();
    m.may_change = false;
  }
  s.details.may_change = false;
  s.may_publish = false;
  return out;
}

// The project and the organisation, if `acting` may publish it (refusals as LoadPublishPreview).
core::Result<std::pair<Project, Organisation>> CheckedPublisher(StoreTx& tx,
                                                                const Principal& acting,
                                                                Id project_id) {
  auto checked = CheckedProject(tx, acting, project_id, Action::kView);
  if (!checked) return core::Fail(checked.error());
  if (!MayPublish(tx, acting, checked->second)) {
    return core::Fail(core::Error::Forbidden("only a chef or strateg publishes"));
  }
  std::optional<Organisation> organisation =
      tx.Units().FindOrganisation(checked->first.organisation_id);
  if (!organisation) return core::Fail(core::Error::NotFound("organisation"));
  return std::pair{checked->first, *organisation};
}

}  // namespace

Principal PublicReader(Id organisation_id) {
  Principal reader;
  reader.user.organisation_id = organisation_id;
  reader.memberships.push_back({0, 0, Role::kStrateg, ScopeKind::kOrganisation, organisation_id});
  return reader;
}

bool MayPublish(StoreTx& tx, const Principal& acting, const Team& team) {
  if (!acting.user.active || acting.user.organisation_id != team.organisation_id) return false;
  const std::vector<Id> unit_path = tx.Units().Ancestry(team.unit_id);
  return std::any_of(
      acting.memberships.begin(), acting.memberships.end(), [&](const Membership& m) {
        if (m.role != Role::kChef && m.role != Role::kStrateg) return false;
        if (m.scope_kind == ScopeKind::kUnit) return Holds(unit_path, m.scope_id);
        return m.role == Role::kStrateg && m.scope_kind == ScopeKind::kOrganisation &&
               m.scope_id == team.organisation_id;
      });
}

core::Result<PublicStory> LoadPublishPreview(Store& store, const Principal& acting, Id project_id,
                                             std::optional<bool> include_names) {
  return store.Read([&](StoreTx& tx) -> core::Result<PublicStory> {
    auto checked = CheckedPublisher(tx, acting, project_id);
    if (!checked) return core::Fail(checked.error());
    auto story = LoadProjectStory(tx, acting, project_id);
    if (!story) return core::Fail(story.error());
    Publication publication = tx.Publications().FindOfProject(project_id).value_or(Publication{});
    if (include_names) publication.include_names = *include_names;
    return PublicStoryOf(tx, checked->second, publication, std::move(*story));
  });
}

core::Result<Publication> PublishStory(Store& store, const core::Clock& clock,
                                       const Principal& acting, const Actor& actor, Id project_id,
                                       bool include_names) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<Publication> {
    auto checked = CheckedPublisher(tx, acting, project_id);
    if (!checked) return core::Fail(checked.error());
    if (tx.Publications().FindOfProject(project_id)) {
      return core::Fail(core::Error{core::ErrorCode::kConflict, "published already", "",
                                    "error.publication.published"});
    }
    Publication p;
    p.organisation_id = checked->first.organisation_id;
    p.project_id = project_id;
    p.slug = SlugWords(checked->first.title) + "-" + RandomToken().substr(0, kSlugRandomHex);
    p.include_names = include_names;
    p.published_by = actor.label;
    p.published_at = now;
    p.id = tx.Publications().Create(p);
    RecordAudit(tx, actor, now, "publish", "publication", project_id, "", AuditJson(p),
                p.organisation_id);
    return p;
  });
}

core::Result<void> UnpublishStory(Store& store, const core::Clock& clock, const Principal& acting,
                                  const Actor& actor, Id project_id) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    auto checked = CheckedPublisher(tx, acting, project_id);
    if (!checked) return core::Fail(checked.error());
    std::optional<Publication> p = tx.Publications().FindOfProject(project_id);
    if (!p) return core::Fail(core::Error::NotFoundObject("not published"));
    tx.Publications().Delete(p->id);
    RecordAudit(tx, actor, now, "unpublish", "publication", project_id, AuditJson(*p), "",
                p->organisation_id);
    return {};
  });
}

core::Result<PublicStory> LoadPublishedStory(Store& store, const std::string& slug) {
  return store.Read([&](StoreTx& tx) -> core::Result<PublicStory> {
    std::optional<Publication> p = tx.Publications().FindBySlug(slug);
    if (!p) return core::Fail(core::Error::NotFoundObject("not published"));
    std::optional<Organisation> organisation = tx.Units().FindOrganisation(p->organisation_id);
    if (!organisation) return core::Fail(core::Error::NotFoundObject("not published"));
    auto story = LoadProjectStory(tx, PublicReader(p->organisation_id), p->project_id);
    if (!story) return core::Fail(core::Error::NotFoundObject("not published"));
    return PublicStoryOf(tx, *organisation, *p, std::move(*story));
  });
}

core::Result<PublishedList> LoadPublishedList(Store& store, Id organisation_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<PublishedList> {
    std::optional<Organisation> organisation = tx.Units().FindOrganisation(organisation_id);
    if (!organisation) return core::Fail(core::Error::NotFoundObject());
    PublishedList list{*organisation, {}};
    for (Publication& p : tx.Publications().ListOfOrganisation(organisation_id)) {
      std::optional<Project> project = tx.Projects().Find(p.project_id);
      if (project) list.entries.push_back({false, p.slug, project->title, p.published_at});
    }
    for (ProgrammePublication& p :
         tx.Publications().ListProgrammesOfOrganisation(organisation_id)) {
      std::optional<Programme> programme = tx.Programmes().Find(p.programme_id);
      if (programme) list.entries.push_back({true, p.slug, programme->name, p.published_at});
    }
    std::stable_sort(list.entries.begin(), list.entries.end(),
                     [](const PublishedEntry& a, const PublishedEntry& b) {
                       return a.published_at > b.published_at;
                     });
    return list;
  });
}

std::string SlugWords(const std::string& title) {
  std::string out;
  bool gap = false;
  auto put = [&](char c) {
    if (gap && !out.empty()) out += '-';
    gap = false;
    out += c;
  };
  for (std::size_t i = 0; i < title.size() && out.size() < kSlugWordsMax; ++i) {
    const unsigned char c = static_cast<unsigned char>(title[i]);
    if (c == 0xC3 && i + 1 < title.size()) {
      const unsigned char next = static_cast<unsigned char>(title[++i]) | 0x20;
      if (next == 0xA5 || next == 0xA4) {
        put('a');
      } else if (next == 0xB6) {
        put('o');
      } else if (next == 0xA9) {
        put('e');
      } else {
        gap = true;
      }
    } else if (std::isalnum(c) && c < 0x80) {
      put(static_cast<char>(std::tolower(c)));
    } else {
      gap = true;
    }
  }
  return out.empty() ? "berattelse" : out;
}

core::Result<Organisation> LoadOrganisation(Store& store, const Principal& acting) {
  const Id organisation_id = acting.user.organisation_id;
  if (!May(&acting, Action::kAdminister,
           OrganisationResource(ResourceKind::kOrganisation, organisation_id))) {
    return core::Fail(core::Error::Forbidden("only the organisation's admin"));
  }
  return store.Read([&](StoreTx& tx) -> core::Result<Organisation> {
    std::optional<Organisation> organisation = tx.Units().FindOrganisation(organisation_id);
    if (!organisation) return core::Fail(core::Error::NotFoundObject());
    return *organisation;
  });
}

core::Result<Organisation> ChangeSuppressionThreshold(Store& store, const core::Clock& clock,
                                                      const Principal& acting, const Actor& actor,
                                                      int threshold) {
  const Id organisation_id = acting.user.organisation_id;
  if (!May(&acting, Action::kAdminister,
           OrganisationResource(ResourceKind::kOrganisation, organisation_id))) {
    return core::Fail(core::Error::Forbidden("only the organisation's admin"));
  }
  if (threshold < kMinSuppressionThreshold || threshold > kMaxSuppressionThreshold) {
    return core::Fail(core::Error::Invalid("between 3 and 100", "suppression_threshold",
                                           "error.suppression_threshold"));
  }
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<Organisation> {
    std::optional<Organisation> before = tx.Units().FindOrganisation(organisation_id);
    if (!before) return core::Fail(core::Error::NotFound("organisation"));
    Organisation after = *before;
    after.suppression_threshold = threshold;
    tx.Units().SetSuppressionThreshold(organisation_id, threshold);
    RecordAudit(tx, actor, now, "update", "organisation", organisation_id, AuditJson(*before),
                AuditJson(after), organisation_id);
    return after;
  });
}

}  // namespace stegvis::domain
