#pragma once
// For the domain tests (header only, included by src/domain/*_test.cc, which alone may see
// store/): the use cases over a real SQLite store held in memory, a clock that stands still
// until a test moves it, and two municipalities set up through the domain's own use cases, so
// that a test reads as a user story: "the team member adds a measure; the politician may read
// it but not change it; Norrby's admin does not find it".
//
// Each test gets a fresh, migrated database. The store has one connection, so a use case that
// opened a transaction inside another would wait for itself: the store refuses that instead
// (it throws), and the test fails with the reason.

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <boost/json/parse.hpp>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/accounts.h"
#include "domain/audit.h"
#include "domain/measures.h"
#include "domain/password.h"
#include "domain/pdsa_cycles.h"
#include "domain/programmes.h"
#include "domain/projects.h"
#include "domain/sessions.h"
#include "domain/store.h"
#include "domain/teams.h"
#include "store/sqlite_store.h"

namespace stegvis::domain {

// When every test begins: 2027-01-15 08:00:00 UTC.
inline constexpr std::int64_t kTestNow = 1'800'000'000;
// The password of every user the fixture creates.
inline constexpr const char* kTestPassword = "rätt-lösenord-2027";
// Where the fixture's users act from.
inline constexpr const char* kTestAddress = "192.0.2.10";

// The argon2id hash of kTestPassword, computed once: hashing is slow on purpose.
inline const std::string& TestPasswordHash() {
  static const std::string hash = [] {
    core::Result<std::string> h = HashPassword(kTestPassword);
    if (!h) throw std::runtime_error("cannot hash the test password: " + h.error().message);
    return *h;
  }();
  return hash;
}

// A fresh SQLite database in memory, migrated, on one connection. A transaction opened
// inside another throws std::logic_error (it would otherwise wait for itself).
class InMemoryStore final : public Store {
 public:
  InMemoryStore() : sqlite_(":memory:", 1) { sqlite_.Migrate(); }

  core::Result<void> CheckReady() override { return sqlite_.CheckReady(); }

  void Transact(TxMode mode, const std::function<bool(StoreTx&)>& fn) override {
    if (open_) throw std::logic_error("a use case opened a transaction inside another");
    open_ = true;
    try {
      sqlite_.Transact(mode, fn);
    } catch (...) {
      open_ = false;
      throw;
    }
    open_ = false;
  }

 private:
  store::SqliteStore sqlite_;
  bool open_ = false;
};

// The value of a step a test builds on; throws (failing the test with the error's message)
// when the step fails.
template <typename T>
T Ok(core::Result<T> result, std::string_view step = "a setup step") {
  if (!result) {
    throw std::runtime_error(std::string(step) + " failed: " + result.error().message + " (" +
                             result.error().field + " " + result.error().key + ")");
  }
  return std::move(*result);
}
inline void Ok(const core::Result<void>& result, std::string_view step = "a setup step") {
  if (!result) {
    throw std::runtime_error(std::string(step) + " failed: " + result.error().message + " (" +
                             result.error().field + " " + result.error().key + ")");
  }
}

// Whether `result` failed with `code` and, when given, on `field` with catalogue `key`.
template <typename T>
::testing::AssertionResult Refused(const core::Result<T>& result, core::ErrorCode code,
                                   std::string_view field = {}, std::string_view key = {}) {
  if (result) return ::testing::AssertionFailure() << "it succeeded";
  const core::Error& e = result.error();
  if (e.code != code || (!field.empty() && e.field != field) || (!key.empty() && e.key != key)) {
    return ::testing::AssertionFailure()
           << "refused with " << core::ErrorCodeName(e.code) << " field \"" << e.field
           << "\" key \"" << e.key << "\" (" << e.message << "); expected "
           << core::ErrorCodeName(code) << " \"" << field << "\" \"" << key << "\"";
  }
  return ::testing::AssertionSuccess();
}

template <typename T>
::testing::AssertionResult IsNotFound(const core::Result<T>& result) {
  return Refused(result, core::ErrorCode::kNotFound);
}
template <typename T>
::testing::AssertionResult IsForbidden(const core::Result<T>& result) {
  return Refused(result, core::ErrorCode::kForbidden, {}, "error.forbidden");
}
template <typename T>
::testing::AssertionResult IsInvalid(const core::Result<T>& result, std::string_view field,
                                     std::string_view key = {}) {
  return Refused(result, core::ErrorCode::kInvalidInput, field, key);
}

// Whether `result` is the stale-save conflict: "changed by `who` at `when`", on "version".
template <typename T>
::testing::AssertionResult IsChangedBy(const core::Result<T>& result, std::string_view who,
                                       std::int64_t when) {
  auto refused = Refused(result, core::ErrorCode::kConflict, "version", "error.changed_by");
  if (!refused) return refused;
  const core::ErrorParam* w = result.error().Param("who");
  const core::ErrorParam* t = result.error().Param("when");
  if (!w || w->text != who || !t || t->number != when) {
    return ::testing::AssertionFailure()
           << "changed by the wrong one or at the wrong time: " << result.error().message
           << "; expected " << who << " at " << when;
  }
  return ::testing::AssertionSuccess();
}

// The text of `key` in an audit event's flat JSON object ("" when absent or no JSON).
inline std::string AuditValue(const std::string& json, std::string_view key) {
  if (json.empty()) return {};
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(json, ec);
  if (ec || !v.is_object()) return {};
  const boost::json::value* found = v.as_object().if_contains(key);
  return found && found->is_string() ? std::string(found->as_string()) : std::string();
}

// A municipality as the tests need it, every part made through the use cases:
//
//   care_board (nämnd) ─ care (förvaltning) ─ home_care (enhet) ─ team "Trygg hemgång"
//   school_board (nämnd) ─ school (enhet) ─ school_team "Läslust"
//
// and one person per role: admin, strateg and politiker for the whole organisation, chef of
// `care` (so of home_care and its team), member of `team`; and, out of the care side's reach,
// school_chef of `school` and school_member of `school_team`.
struct Municipality {
  Id id = 0;
  std::string name;
  Id care_board = 0, care = 0, home_care = 0, school_board = 0, school = 0;
  Id team = 0, school_team = 0;
  Principal admin, strateg, chef, member, politiker, school_chef, school_member;
};

class DomainTest : public ::testing::Test {
 protected:
  DomainTest() : clock_(kTestNow) {
    solvik_ = MakeMunicipality("Solviks kommun", "solvik");
    norrby_ = MakeMunicipality("Norrby kommun", "norrby");
  }

  // The actor of a user acting in the browser.
  static Actor As(const Principal& p) { return ActorFor(p, kTestAddress); }
  // The command line's actor in `organisation`.
  static Actor Cli(Id organisation) { return Actor{std::nullopt, organisation, "cli", ""}; }

  // A user with a role (none when `role` is nullopt), made the way the demo makes them: the
  // account straight in the store with kTestPassword, the role through AddRole.
  Principal MakeUser(Id organisation, const std::string& email, const std::string& name,
                     std::optional<Role> role, std::optional<ScopeRef> scope = std::nullopt) {
    Id id = Ok(store_.Write([&](StoreTx& tx) -> core::Result<Id> {
      return tx.Users().Create(domain::NewUser{organisation, email, name, "sv", TestPasswordHash()},
                               clock_.NowUnixSeconds());
    }));
    if (role) {
      Ok(AddRole(store_, clock_, nullptr, Cli(organisation), id, *role, scope), "AddRole");
    }
    return Reload(id);
  }
  // The user's roles as they are stored now.
  Principal Reload(Id user_id) { return Ok(LoadPrincipal(store_, user_id), "LoadPrincipal"); }
  Principal Reload(const Principal& p) { return Reload(p.user.id); }

  Id MakeUnit(const Principal& admin, const std::string& name, std::optional<Id> parent,
              UnitKind kind = UnitKind::kEnhet) {
    return Ok(AddUnit(store_, clock_, &admin, As(admin),
                      domain::NewUnit{admin.user.organisation_id, parent, name, kind}),
              "AddUnit");
  }
  Id MakeTeam(const Principal& admin, Id unit, const std::string& name) {
    return Ok(AddTeam(store_, clock_, &admin, As(admin),
                      domain::NewTeam{admin.user.organisation_id, unit, name, ""}),
              "AddTeam");
  }

  // A programme hosted by `by`'s organisation, with no calendar.
  Id MakeProgramme(const Principal& by, const std::string& name) {
    Programme p;
    p.name = name;
    p.aim = "Jämställd hemtjänst för kvinnor och män";
    p.starts_on = "2026-01-01";
    p.ends_on = "2027-12-31";
    return Ok(AddProgramme(store_, clock_, by, As(by), p, {}), "AddProgramme");
  }
  void Join(const Principal& by, Id programme, Id team) {
    Ok(AddTeamToProgramme(store_, clock_, by, As(by), programme, team), "AddTeamToProgramme");
  }
  // A team of another organisation taking part in a programme: set in the store, as an
  // accepted invitation (domain/programme_invitations.h) would, without the project it makes.
  void JoinFromElsewhere(Id programme, Id team) {
    Ok(store_.Write([&](StoreTx& tx) -> core::Result<bool> {
      return tx.Programmes().AddTeam(programme, team, clock_.NowUnixSeconds());
    }));
  }

  Id MakeProject(const Principal& by, Id team, const std::string& title,
                 std::optional<Id> programme = std::nullopt) {
    Project p;
    p.team_id = team;
    p.programme_id = programme;
    p.title = title;
    p.aim_what = "Fler kvinnor och män väljer själva tid för hjälpen";
    p.aim_groups = {true, true, false, false};
    return Ok(AddProject(store_, clock_, by, As(by), p), "AddProject");
  }
  // A monthly count split into women and men (or with `grouping`).
  Id MakeMeasure(const Principal& by, Id project, const std::string& name,
                 Grouping grouping = Grouping::kWomenMen) {
    Measure m;
    m.name = name;
    m.data_type = stats::DataType::kCount;
    m.grouping = grouping;
    if (grouping == Grouping::kNone) m.no_sex_reason = "Räknas per avdelning";
    return Ok(AddMeasure(store_, clock_, by, As(by), project, m), "AddMeasure");
  }
  Id MakeIdea(const Principal& by, Id project, const std::string& title) {
    return Ok(AddChangeIdea(store_, clock_, by, As(by), project, title, ""), "AddChangeIdea");
  }

  // A plan complete enough to move on to Do.
  static PdsaContent CompletePlan(const std::string& title, std::vector<Id> measures = {}) {
    PdsaContent c;
    c.title = title;
    c.question = "Blir fler nöjda med tiden om de själva väljer den?";
    c.prediction = "Fler kvinnor svarar ja";
    c.what = "Brukaren väljer tid vid första besöket";
    c.start_date = "2026-01-05";
    c.end_date = "2026-02-20";
    c.measure_ids = std::move(measures);
    return c;
  }
  Id MakeCycle(const Principal& by, Id project, Id idea, std::vector<Id> measures = {}) {
    return Ok(AddPdsaCycle(store_, clock_, by, As(by), project, idea,
                           CompletePlan("Välj tid själv", std::move(measures))),
              "AddPdsaCycle");
  }
  // Takes the cycle through Do, Study and Act to done with `decision`.
  PdsaCycle FinishCycle(const Principal& by, Id cycle_id,
                        PdsaDecision decision = PdsaDecision::kAdopt) {
    PdsaCycle cycle = Ok(LoadPdsaCycle(store_, by, cycle_id), "LoadPdsaCycle").cycle;
    for (int step = 0; step < 4 && cycle.phase != PdsaPhase::kDone; ++step) {
      PdsaContent c = cycle.content;
      if (cycle.phase == PdsaPhase::kDo) {
        c.as_planned = AsPlanned::kYes;
        c.observations = "Alla fick välja";
      } else if (cycle.phase == PdsaPhase::kStudy) {
        c.result = "Fler nöjda, som förutsagt";
        c.learning = "Tiden betyder mest för kvinnorna";
      } else if (cycle.phase == PdsaPhase::kAct) {
        c.decision = decision;
        c.next_step = "Pröva i hela hemtjänsten";
      }
      cycle = Ok(SavePdsaCycle(store_, clock_, by, As(by), cycle_id, cycle.version, c, true),
                 "SavePdsaCycle");
    }
    return cycle;
  }

  // The audit trail of one object, oldest first, as stored.
  std::vector<AuditEvent> Trail(const std::string& object_type, Id object_id) {
    return Ok(store_.Read([&](StoreTx& tx) -> core::Result<std::vector<AuditEvent>> {
      return tx.Audit().List(object_type, object_id);
    }));
  }
  // The newest event of the object's trail (a default event when there is none).
  AuditEvent LastEvent(const std::string& object_type, Id object_id) {
    std::vector<AuditEvent> trail = Trail(object_type, object_id);
    return trail.empty() ? AuditEvent{} : trail.back();
  }

  // Runs `fn(StoreTx&)` in a read transaction and returns what it returns: for looking at
  // what a use case stored.
  template <typename F>
  auto Stored(F&& fn) {
    using T = decltype(fn(std::declval<StoreTx&>()));
    std::optional<T> out;
    store_.Transact(TxMode::kRead, [&](StoreTx& tx) {
      out.emplace(fn(tx));
      return true;
    });
    return std::move(*out);
  }

  InMemoryStore store_;
  core::FixedClock clock_;
  Municipality solvik_;
  Municipality norrby_;

 private:
  Municipality MakeMunicipality(const std::string& name, const std::string& mail_domain) {
    Municipality m;
    m.name = name;
    m.id = Ok(store_.Write([&](StoreTx& tx) -> core::Result<Id> {
      return tx.Units().CreateOrganisation(name, clock_.NowUnixSeconds());
    }));
    auto email = [&](const std::string& who) { return who + "@" + mail_domain + ".example"; };
    m.admin = MakeUser(m.id, email("admin"), "Amira Haddad", Role::kAdmin);
    m.care_board = MakeUnit(m.admin, "Vård- och omsorgsnämnden", std::nullopt, UnitKind::kNamnd);
    m.care =
        MakeUnit(m.admin, "Vård- och omsorgsförvaltningen", m.care_board, UnitKind::kForvaltning);
    m.home_care = MakeUnit(m.admin, "Hemtjänst Norr", m.care);
    m.school_board =
        MakeUnit(m.admin, "Barn- och utbildningsnämnden", std::nullopt, UnitKind::kNamnd);
    m.school = MakeUnit(m.admin, "Ekbackens skola", m.school_board);
    m.team = MakeTeam(m.admin, m.home_care, "Trygg hemgång");
    m.school_team = MakeTeam(m.admin, m.school, "Läslust");
    m.strateg = MakeUser(m.id, email("strateg"), "Sara Lindqvist", Role::kStrateg);
    m.chef = MakeUser(m.id, email("chef"), "Johan Berg", Role::kChef,
                      ScopeRef{ScopeKind::kUnit, m.care});
    m.member = MakeUser(m.id, email("team"), "Fatima Ali", Role::kTeammedlem,
                        ScopeRef{ScopeKind::kTeam, m.team});
    m.politiker = MakeUser(m.id, email("politiker"), "Lars Nyström", Role::kPolitiker);
    m.school_chef = MakeUser(m.id, email("rektor"), "Eva Ek", Role::kChef,
                             ScopeRef{ScopeKind::kUnit, m.school});
    m.school_member = MakeUser(m.id, email("larare"), "Omar Said", Role::kTeammedlem,
                               ScopeRef{ScopeKind::kTeam, m.school_team});
    return m;
  }
};

}  // namespace stegvis::domain
