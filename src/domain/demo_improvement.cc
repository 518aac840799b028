#include "domain/demo_improvement.h"

#include <cmath>

#include "core/date.h"
#include "domain/measure_definitions.h"
#include "domain/observation_grid.h"
#include "domain/programme_invitations.h"
#include "domain/programmes.h"
#include "domain/projects.h"

namespace stegvis::domain {
namespace {

constexpr const char* kDemoActor = "demo";

// The demo acting in `organisation`, as the command line does: audited as "demo".
Actor DemoActor(Id organisation) {
  return Actor{std::nullopt, organisation, kDemoActor, ""};
}

// A small deterministic generator (SplitMix64): the same numbers on every machine.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  double Uniform() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return static_cast<double>(z >> 11) / 9007199254740992.0;
  }
  // Roughly normal (sum of uniforms), mean 0, sd 1.
  double Normal() {
    double s = 0;
    for (int i = 0; i < 12; ++i) s += Uniform();
    return s - 6;
  }

 private:
  std::uint64_t state_;
};

std::string Month(int index) {  // index 0 = 2024-10
  const core::Date october(std::chrono::year(2024) / std::chrono::October / 1);
  return PeriodContaining(Frequency::kMonth, october.AddMonths(index));
}

constexpr int kMonths = 24;

struct CommonMeasure {
  const char* name;
  const char* definition;
  MeasureKind kind;
  stats::DataType type;
  Better direction;
  const char* target;
  const char* unit;
};

constexpr CommonMeasure kMeasures[] = {
    {"Nöjd med inflytandet över när hjälpen ges",
     "Andel av de tillfrågade brukarna som svarar 'ja, helt' på frågan 'Kan du påverka vid "
     "vilka tider du får hjälp?' i den månatliga uppföljningen. Täljare: antal 'ja, helt'. "
     "Nämnare: antal som svarat.",
     MeasureKind::kOutcome, stats::DataType::kProportion, Better::kUp, "80", "%"},
    {"Genomförandeplan med brukarens egna önskemål",
     "Andel genomförandeplaner, upprättade eller uppdaterade under månaden, där brukarens egna "
     "önskemål om hjälpens innehåll är dokumenterade med brukarens ord. Täljare: planer med "
     "önskemål. Nämnare: alla upprättade eller uppdaterade planer.",
     MeasureKind::kProcess, stats::DataType::kProportion, Better::kUp, "90", "%"},
    {"Avvikelser i utförd tid",
     "Antal rapporterade avvikelser där beviljad insats inte utfördes eller utfördes mer än en "
     "timme från överenskommen tid, per månad.",
     MeasureKind::kBalancing, stats::DataType::kCount, Better::kDown, "", "st"},
};

struct DemoTeamProject {
  const char* title;
  const char* problem;
  const char* aim_what;
  const char* aim_how_much;
};

constexpr DemoTeamProject kProjects[] = {
    {"Trygg och jämställd hemgång",
     "Kvinnor som kommer hem från sjukhus får oftare hjälp på tider som passar verksamheten "
     "än på tider de själva valt, och färre kvinnor än män säger att de kan påverka när hjälpen "
     "ges.",
     "Fler kvinnor och män kan påverka när de får hjälp efter hemkomsten",
     "Minst 80 % av både kvinnor och män svarar 'ja, helt'"},
    {"Rätt tid för alla",
     "Schemat läggs utifrån insatsernas längd, inte utifrån vad brukarna vill. Män med "
     "omfattande behov får oftare sina önskemål tillgodosedda.",
     "Brukarnas egna önskemål styr när hjälpen ges",
     "80 % nöjda med inflytandet, ingen skillnad mellan kvinnor och män"},
    {"Planen i brukarens egna ord",
     "Genomförandeplanerna beskriver vad personalen gör, sällan vad brukaren vill. Kvinnors "
     "önskemål om social samvaro dokumenteras mer sällan än mäns önskemål om praktisk hjälp.",
     "Varje genomförandeplan utgår från brukarens egna ord",
     "90 % av planerna för både kvinnor och män"},
    {"En plan att känna igen sig i",
     "Brukare på landsbygden träffar många olika medarbetare och upplever att ingen känner till "
     "deras plan.",
     "Brukarna känner igen sig i sin plan och kan påverka hjälpen",
     "80 % nöjda med inflytandet för både kvinnor och män"},
};

// The share of "yes" among women (a) and men (b) in month `i` for measure `m` of team `t`:
// for Solvik's first team, women's results rise while men's stay flat (the groups diverge);
// for Norrby's first team, women's plans catch up with men's after the change adopted in
// month 12 (the gap closes); the rest move slowly.
void Shares(int t, int m, int i, double& a, double& b) {
  const double progress = static_cast<double>(i) / (kMonths - 1);
  if (m == 0) {
    if (t == 0) {  // women's results lift after month 8, men's do not: they diverge
      a = i < 8 ? 0.48 : 0.76;
      b = i < 8 ? 0.52 : 0.49;
    } else {
      a = 0.50 + 0.06 * progress;
      b = 0.58 + 0.04 * progress;
    }
  } else {
    if (t == 2) {  // women's plans catch up with men's after the change adopted in month 12
      a = i < 12 ? 0.52 : 0.84;
      b = 0.83;
    } else {
      a = 0.60 + 0.05 * progress;
      b = 0.70 + 0.04 * progress;
    }
  }
}

// The team's project in the programme, as the pages make it: a team of the host joins through
// the host's strategist and its admin writes the project; a guest team is invited by the
// strategist, its admin accepts (which makes the project, titled after the programme) and then
// writes the project's texts and aim.
core::Result<Id> JoinedProject(StoreTx& tx, std::int64_t when, const Principal& strateg,
                               const Actor& host, const Principal& admin, const Actor& own,
                               const Team& team, Project project) {
  if (team.organisation_id == strateg.user.organisation_id) {
    auto added = AddTeamToProgramme(tx, when, strateg, host, *project.programme_id, team.id);
    if (!added) return core::Fail(added.error());
    return AddProject(tx, when, admin, own, std::move(project));
  }
  core::Result<Id> invitation = InviteTeam(tx, when, strateg, host, *project.programme_id, team.id);
  if (!invitation) return core::Fail(invitation.error());
  auto accepted = AnswerInvitation(tx, when, admin, own, *invitation, true);
  if (!accepted) return core::Fail(accepted.error());
  project.id = *accepted->invitation.project_id;
  project.version = tx.Projects().Find(project.id)->version;
  if (auto changed = ChangeProject(tx, when, admin, own, project); !changed) {
    return core::Fail(changed.error());
  }
  return project.id;
}

}  // namespace

std::vector<std::vector<std::vector<Observation>>> DemoImprovementObservations(std::size_t teams) {
  std::vector<std::vector<std::vector<Observation>>> out(teams);
  Random random(20260101);
  for (std::size_t t = 0; t < teams; ++t) {
    for (std::size_t m = 0; m < std::size(kMeasures); ++m) {
      std::vector<Observation> cells;
      for (int i = 0; i < kMonths; ++i) {
        const std::string period = Month(i);
        for (int g = 0; g < 2; ++g) {
          Observation o;
          o.period = period;
          o.group = g == 0 ? "women" : "men";
          if (kMeasures[m].type == stats::DataType::kCount) {
            double lambda = (g == 0 ? 6.0 : 4.0) * (1.0 - 0.3 * i / kMonths);
            double v = std::max(0.0, std::round(lambda + std::sqrt(lambda) * random.Normal()));
            o.value = std::to_string(static_cast<int>(v));
          } else {
            double a = 0, b = 0;
            Shares(static_cast<int>(t), static_cast<int>(m), i, a, b);
            double share = g == 0 ? a : b;
            int den = static_cast<int>(120 + 30 * random.Uniform()) + (g == 0 ? 20 : 0);
            double num =
                std::round(den * share + std::sqrt(den * share * (1 - share)) * random.Normal());
            num = std::clamp(num, 0.0, static_cast<double>(den));
            o.value = std::to_string(static_cast<int>(num));
            o.denominator = std::to_string(den);
          }
          cells.push_back(std::move(o));
        }
      }
      out[t].push_back(std::move(cells));
    }
  }
  return out;
}

core::Result<DemoImprovementIds> SeedDemoImprovement(StoreTx& tx, Id solvik,
                                                     const std::vector<Id>& solvik_teams,
                                                     const std::vector<Id>& norrby_teams,
                                                     std::int64_t now) {
  DemoImprovementIds ids;
  Programme programme;
  programme.name = "Jämställd hemtjänst";
  programme.theme = "Inflytande och delaktighet i hemtjänsten för kvinnor och män";
  programme.aim =
      "Senast december 2026 kan minst 80 % av både kvinnor och män med hemtjänst påverka när "
      "och hur de får hjälp, och skillnaden mellan kvinnor och män är borta.";
  programme.starts_on = "2024-09-01";
  programme.ends_on = "2026-12-31";
  // The programme, its calendar, its teams, their projects and the common measures go through
  // the same use cases as the pages: Solvik's strategist creates the programme, adds Solvik's
  // teams and invites Norrby's, whose admin accepts; each organisation's admin writes its
  // teams' projects and adopts the common measures that Solvik's strategist defines.
  auto principal = [&](const char* email) {
    std::optional<User> user = tx.Users().FindByEmail(email);
    return Principal{*user, tx.Users().ListMemberships(user->id)};
  };
  const Principal strateg = principal("strateg@solvik.example");
  const Actor host = DemoActor(solvik);
  const std::vector<ProgrammeEvent> events = {
      {0, 0, ProgrammeEventKind::kLearningSession, "Lärandeseminarium 1", "2024-09-17",
       "2024-09-17"},
      {0, 0, ProgrammeEventKind::kActionPeriod, "Arbetsperiod 1", "2024-09-18", "2025-03-10"},
      {0, 0, ProgrammeEventKind::kLearningSession, "Lärandeseminarium 2", "2025-03-11",
       "2025-03-11"},
      {0, 0, ProgrammeEventKind::kActionPeriod, "Arbetsperiod 2", "2025-03-12", "2025-10-06"},
      {0, 0, ProgrammeEventKind::kLearningSession, "Lärandeseminarium 3", "2025-10-07",
       "2025-10-07"},
      {0, 0, ProgrammeEventKind::kActionPeriod, "Arbetsperiod 3", "2025-10-08", "2026-05-18"},
      {0, 0, ProgrammeEventKind::kLearningSession, "Lärandeseminarium 4", "2026-05-19",
       "2026-05-19"},
      {0, 0, ProgrammeEventKind::kActionPeriod, "Arbetsperiod 4", "2026-05-20", "2026-12-31"},
  };
  core::Result<Id> created = AddProgramme(tx, now, strateg, host, programme, events);
  if (!created) return core::Fail(created.error());
  ids.programme = *created;

  std::vector<Id> definitions;
  for (const CommonMeasure& c : kMeasures) {
    Measure m;
    m.name = c.name;
    m.definition = c.definition;
    m.kind = c.kind;
    m.data_type = c.type;
    m.unit = c.unit;
    m.direction = c.direction;
    m.target = c.target;
    m.target_date = c.target[0] ? "2026-12-31" : "";
    core::Result<Id> id = AddMeasureDefinition(tx, now, strateg, host, ids.programme, m);
    if (!id) return core::Fail(id.error());
    definitions.push_back(*id);
  }

  std::vector<Id> teams = solvik_teams;
  teams.insert(teams.end(), norrby_teams.begin(), norrby_teams.end());
  const auto observations = DemoImprovementObservations(teams.size());
  for (std::size_t t = 0; t < teams.size(); ++t) {
    std::optional<Team> team = tx.Teams().Find(teams[t]);
    const bool guest = team->organisation_id != solvik;
    const Principal admin = principal(guest ? "admin@norrby.example" : "admin@solvik.example");
    const Actor own = DemoActor(team->organisation_id);
    // One second apart, so that the teams take part in this order.
    const std::int64_t joined = now + static_cast<std::int64_t>(t);
    Project p;
    p.team_id = team->id;
    p.programme_id = ids.programme;
    p.title = kProjects[t].title;
    p.problem = kProjects[t].problem;
    p.aim_what = kProjects[t].aim_what;
    p.aim_how_much = kProjects[t].aim_how_much;
    p.aim_by_when = "2026-12-31";
    p.aim_for_whom = "Kvinnor och män med hemtjänst i vårt område";
    p.aim_groups = {true, true, false, false};
    p.status = ProjectStatus::kActive;
    core::Result<Id> made = JoinedProject(tx, joined, strateg, host, admin, own, *team, p);
    if (!made) return core::Fail(made.error());
    const Id project = *made;
    ids.projects.push_back(project);
    const int scores[] = {10, 20, 25, 30};
    const char* dates[] = {"2024-09-17", "2025-03-11", "2025-10-07", "2026-05-19"};
    for (int s = 0; s < 4; ++s) {
      int score = std::min(scores[s] + (t == 0 || t == 2 ? 5 * (s > 1) : 0), 50);
      tx.Projects().AddProgressScore({0, project, score, dates[s], "", kDemoActor}, now);
    }
    core::Result<std::vector<Id>> adopted =
        AdoptMeasureDefinitions(tx, now, admin, own, project, definitions);
    if (!adopted) return core::Fail(adopted.error());
    for (std::size_t m = 0; m < adopted->size(); ++m) {
      const Id id = (*adopted)[m];
      // Loaded in one go (COPY on PostgreSQL).
      std::vector<Observation> cells = observations[t][m];
      for (Observation& o : cells) {
        o.measure_id = id;
        o.updated_at = now;
        o.updated_by = kDemoActor;
      }
      tx.Measures().InsertObservations(cells);
      tx.Measures().SetDataVersion(id, 1, now, kDemoActor);
    }
  }
  return ids;
}

}  // namespace stegvis::domain
