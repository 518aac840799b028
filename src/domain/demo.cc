#include "domain/demo.h"

#include "domain/demo_comments.h"
#include "domain/demo_diagrams.h"
#include "domain/demo_gender.h"
#include "domain/demo_goals.h"
#include "domain/demo_improvement.h"
#include "domain/demo_pdsa.h"
#include "domain/demo_reports.h"
#include "domain/demo_spread.h"
#include "domain/demo_sustain.h"
#include "domain/password.h"
#include "domain/units.h"

namespace stegvis::domain {
namespace {

struct DemoUnit {
  const char* name;
  UnitKind kind;
  int parent;  // index into kUnits, -1 for top level
};

// A fictional municipality's committees, administrations and units.
constexpr DemoUnit kUnits[] = {
    {"Vård- och omsorgsnämnden", UnitKind::kNamnd, -1},
    {"Vård- och omsorgsförvaltningen", UnitKind::kForvaltning, 0},
    {"Hemtjänst Norr", UnitKind::kEnhet, 1},
    {"Hemtjänst Söder", UnitKind::kEnhet, 1},
    {"Särskilt boende Ekbacken", UnitKind::kEnhet, 1},
    {"Barn- och utbildningsnämnden", UnitKind::kNamnd, -1},
    {"Utbildningsförvaltningen", UnitKind::kForvaltning, 5},
    {"Solrosens förskola", UnitKind::kEnhet, 6},
    {"Ekbackens skola", UnitKind::kEnhet, 6},
    {"Socialnämnden", UnitKind::kNamnd, -1},
    {"Socialförvaltningen", UnitKind::kForvaltning, 9},
    {"Individ- och familjeomsorgen", UnitKind::kEnhet, 10},
};

struct DemoTeam {
  const char* name;
  int unit;  // index into kUnits
  const char* description;
};

constexpr DemoTeam kTeams[] = {
    {"Trygg hemgång", 2,
     "Vi testar ett hembesök dagen efter utskrivning från sjukhus, så att färre kvinnor och män "
     "återinskrivs inom 30 dagar."},
    {"Färre fall", 4, "Vi testar kvällsrutiner som minskar fallen bland de boende."},
    {"Läslust", 8,
     "Vi testar högläsning i små grupper för att fler flickor och pojkar ska läsa "
     "på fritiden."},
    {"Rätt tid", 3,
     "Vi testar att brukarna själva väljer tid för sina besök, så att kvinnor och män får "
     "samma inflytande över hjälpen."},
};

// The second municipality of the programme "Jämställd hemtjänst": its own organisation, so
// its users see their own teams (and the programme they take part in), never Solvik's.
constexpr const char* kNorrby = "Norrby kommun";
constexpr DemoUnit kNorrbyUnits[] = {
    {"Omsorgsnämnden", UnitKind::kNamnd, -1},
    {"Omsorgsförvaltningen", UnitKind::kForvaltning, 0},
    {"Hemtjänst Centrum", UnitKind::kEnhet, 1},
    {"Hemtjänst Landsbygd", UnitKind::kEnhet, 1},
};
constexpr DemoTeam kNorrbyTeams[] = {
    {"Hela dagen", 2,
     "Vi testar att skriva genomförandeplanen tillsammans med brukaren, med brukarens egna ord."},
    {"Min plan", 3, "Vi testar fasta kontaktpersoner och en plan som brukaren känner igen."},
};

struct DemoUser {
  const char* email;
  const char* name;
  Role role;
  ScopeKind scope_kind;
  int scope;  // index into kUnits or kTeams; -1 for the organisation (a programme: the demo's)
};

// One account per role: the organisation's admin and strategist, the manager of the care
// administration, a member of the first team, a politician who reads everything, and the
// coach of the demo's programme.
constexpr DemoUser kAccounts[] = {
    {"admin@solvik.example", "Amira Haddad", Role::kAdmin, ScopeKind::kOrganisation, -1},
    {"strateg@solvik.example", "Sara Lindqvist", Role::kStrateg, ScopeKind::kOrganisation, -1},
    {"chef@solvik.example", "Johan Berg", Role::kChef, ScopeKind::kUnit, 1},
    {"team@solvik.example", "Fatima Ali", Role::kTeammedlem, ScopeKind::kTeam, 0},
    {"politiker@solvik.example", "Lars Nyström", Role::kPolitiker, ScopeKind::kOrganisation, -1},
    {"coach@solvik.example", "Elin Åberg", Role::kCoach, ScopeKind::kProgramme, 0},
};

constexpr DemoUser kNorrbyAccounts[] = {
    {"admin@norrby.example", "Per Holm", Role::kAdmin, ScopeKind::kOrganisation, -1},
    {"team@norrby.example", "Maria Svensson", Role::kTeammedlem, ScopeKind::kTeam, 0},
};

}  // namespace

core::Result<DemoSummary> SeedDemo(Store& store, const core::Clock& clock) {
  // Hash outside the transaction: argon2id is deliberately slow and holds no lock.
  core::Result<std::string> hash = HashPassword(kDemoPassword);
  if (!hash) return core::Fail(hash.error());
  const std::int64_t now = clock.NowUnixSeconds();

  return store.Write([&](StoreTx& tx) -> core::Result<DemoSummary> {
    DemoSummary summary;
    summary.organisation = "Solviks kommun";
    summary.password = kDemoPassword;
    if (!tx.Units().ListOrganisations().empty()) {
      // Leave existing data alone; still tell how to log in if the demo accounts are there.
      if (tx.Users().FindByEmail(kAccounts[0].email)) {
        for (const DemoUser& a : kAccounts) {
          summary.accounts.push_back({a.email, a.name, std::string(RoleName(a.role))});
        }
        for (const DemoUser& a : kNorrbyAccounts) {
          summary.accounts.push_back({a.email, a.name, std::string(RoleName(a.role))});
        }
      }
      return summary;
    }

    Id org = tx.Units().CreateOrganisation(summary.organisation, now);
    std::vector<Id> ids;
    for (const DemoUnit& u : kUnits) {
      NewUnit unit{org, u.parent < 0 ? std::nullopt : std::optional<Id>(ids.at(u.parent)), u.name,
                   u.kind};
      core::Result<Id> id = CreateUnit(tx, unit, now);
      if (!id) return core::Fail(id.error());
      ids.push_back(*id);
    }
    std::vector<Id> teams;
    for (const DemoTeam& t : kTeams) {
      teams.push_back(tx.Teams().Create(NewTeam{org, ids.at(t.unit), t.name, t.description}, now));
    }
    std::vector<Id> coaches;  // their programme is seeded below
    for (const DemoUser& a : kAccounts) {
      Id user = tx.Users().Create(NewUser{org, a.email, a.name, "sv", *hash}, now);
      summary.accounts.push_back({a.email, a.name, std::string(RoleName(a.role))});
      if (a.scope_kind == ScopeKind::kProgramme) {
        coaches.push_back(user);
        continue;
      }
      Id scope = a.scope < 0                        ? org
                 : a.scope_kind == ScopeKind::kTeam ? teams.at(a.scope)
                                                    : ids.at(a.scope);
      tx.Users().AddMembership(Membership{0, user, a.role, a.scope_kind, scope}, now);
    }
    Id norrby = tx.Units().CreateOrganisation(kNorrby, now);
    std::vector<Id> norrby_units;
    for (const DemoUnit& u : kNorrbyUnits) {
      NewUnit unit{norrby,
                   u.parent < 0 ? std::nullopt : std::optional<Id>(norrby_units.at(u.parent)),
                   u.name, u.kind};
      core::Result<Id> id = CreateUnit(tx, unit, now);
      if (!id) return core::Fail(id.error());
      norrby_units.push_back(*id);
    }
    std::vector<Id> norrby_teams;
    for (const DemoTeam& t : kNorrbyTeams) {
      norrby_teams.push_back(
          tx.Teams().Create(NewTeam{norrby, norrby_units.at(t.unit), t.name, t.description}, now));
    }
    for (const DemoUser& a : kNorrbyAccounts) {
      Id user = tx.Users().Create(NewUser{norrby, a.email, a.name, "sv", *hash}, now);
      Id scope = a.scope < 0 ? norrby : norrby_teams.at(a.scope);
      tx.Users().AddMembership(Membership{0, user, a.role, a.scope_kind, scope}, now);
      summary.accounts.push_back({a.email, a.name, std::string(RoleName(a.role))});
    }
    core::Result<DemoImprovementIds> seeded =
        SeedDemoImprovement(tx, org, {teams.at(0), teams.at(3)}, norrby_teams, now);
    if (!seeded) return core::Fail(seeded.error());
    const DemoImprovementIds& improvement = *seeded;
    for (Id coach : coaches) {
      tx.Users().AddMembership(
          Membership{0, coach, Role::kCoach, ScopeKind::kProgramme, improvement.programme}, now);
    }
    SeedDemoPdsa(tx, improvement.programme, improvement.projects, now);
    SeedDemoReports(tx, improvement.programme, improvement.projects, now);
    // kAccounts[3] is the member of Trygg hemgång (kTeams[0]), who answers the coach.
    const Id member = tx.Users().FindByEmail(kAccounts[3].email)->id;
    for (Id coach : coaches) SeedDemoComments(tx, improvement.projects, coach, member, now);
    SeedDemoSpread(tx, improvement.projects, now);
    SeedDemoDiagrams(tx, improvement.programme, improvement.projects, now);
    SeedDemoGoals(tx, org, improvement, now);
    SeedDemoGender(tx, org, improvement.projects.at(0), now);
    SeedDemoSustain(tx, org, teams.at(0), member, now);  // the sustain plan's owner
    summary.teams = static_cast<int>(teams.size() + norrby_teams.size());
    summary.units = static_cast<int>(ids.size() + norrby_units.size());
    summary.seeded = true;
    return summary;
  });
}

core::Result<std::vector<std::string>> DemoAccountsWithPublishedPassword(Store& store) {
  // The active demo accounts' hashes in one read; argon2 outside the transaction (it is slow).
  using Hashes = std::vector<std::pair<std::string, std::string>>;  // email, hash
  core::Result<Hashes> hashes = store.Read([&](StoreTx& tx) -> core::Result<Hashes> {
    Hashes found;
    auto add = [&](const DemoUser& a) {
      std::optional<User> user = tx.Users().FindByEmail(a.email);
      if (!user || !user->active) return;
      if (auto hash = tx.Users().FindPasswordHash(user->id)) found.emplace_back(a.email, *hash);
    };
    for (const DemoUser& a : kAccounts) add(a);
    for (const DemoUser& a : kNorrbyAccounts) add(a);
    return found;
  });
  if (!hashes) return core::Fail(hashes.error());
  std::vector<std::string> open;
  for (const auto& [email, hash] : *hashes) {
    if (VerifyPassword(kDemoPassword, hash)) open.push_back(email);
  }
  return open;
}

}  // namespace stegvis::domain
