#pragma once
// The storage interface the domain needs. Implementations live in store/ (SQLite and
// PostgreSQL); the domain never sees SQL. All data access happens inside one transaction:
// `store.Read(fn)` / `store.Write(fn)` hand `fn` a StoreTx bound to it, which reaches one
// small repository per aggregate (domain/repositories/): tx.Projects().Find(id).
//
// Failures: expected problems (not found, conflict) are values the domain decides on;
// infrastructure failures (disk full, lost database) throw StoreFailure and are caught once
// at the request boundary.

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/error.h"
#include "domain/repositories/api_token_repository.h"
#include "domain/repositories/audit_repository.h"
#include "domain/repositories/comment_repository.h"
#include "domain/repositories/diagram_repository.h"
#include "domain/repositories/gender_note_repository.h"
#include "domain/repositories/goal_repository.h"
#include "domain/repositories/import_repository.h"
#include "domain/repositories/invitation_repository.h"
#include "domain/repositories/mail_repository.h"
#include "domain/repositories/measure_repository.h"
#include "domain/repositories/pdsa_repository.h"
#include "domain/repositories/programme_repository.h"
#include "domain/repositories/project_repository.h"
#include "domain/repositories/publication_repository.h"
#include "domain/repositories/reflection_note_repository.h"
#include "domain/repositories/search_repository.h"
#include "domain/repositories/self_assessment_repository.h"
#include "domain/repositories/session_repository.h"
#include "domain/repositories/spread_repository.h"
#include "domain/repositories/sustain_plan_repository.h"
#include "domain/repositories/team_repository.h"
#include "domain/repositories/unit_repository.h"
#include "domain/repositories/user_repository.h"
#include "domain/store_failure.h"

namespace stegvis::domain {

// Data access inside one transaction.
class StoreTx {
 public:
  virtual ~StoreTx() = default;

  // The repositories, one per aggregate (domain/repositories/), all bound to this
  // transaction: tx.Projects().Find(id).
  virtual UnitRepository& Units() = 0;
  virtual TeamRepository& Teams() = 0;
  virtual UserRepository& Users() = 0;
  virtual SessionRepository& Sessions() = 0;
  virtual ApiTokenRepository& ApiTokens() = 0;
  virtual AuditRepository& Audit() = 0;
  virtual ProgrammeRepository& Programmes() = 0;
  virtual InvitationRepository& Invitations() = 0;
  virtual PublicationRepository& Publications() = 0;
  virtual ProjectRepository& Projects() = 0;
  virtual MeasureRepository& Measures() = 0;
  virtual ImportRepository& Imports() = 0;
  virtual PdsaRepository& Pdsa() = 0;
  virtual SpreadRepository& Spread() = 0;
  virtual DiagramRepository& Diagrams() = 0;
  virtual GoalRepository& Goals() = 0;
  virtual GenderNoteRepository& GenderNotes() = 0;
  virtual SelfAssessmentRepository& SelfAssessments() = 0;
  virtual ReflectionNoteRepository& ReflectionNotes() = 0;
  virtual SearchRepository& Search() = 0;
  virtual SustainPlanRepository& SustainPlans() = 0;
  virtual MailRepository& Mail() = 0;
  virtual CommentRepository& Comments() = 0;

  // The store-wide data version as this transaction sees it: a number that every committed
  // write transaction which changed user-visible data has increased (sessions, login
  // throttling and password-reset bookkeeping do not count), shared by every server on the
  // database. Equal versions mean equal data, so a cache may key on it. Cheap: one small read.
  virtual std::int64_t DataVersion() = 0;
};

enum class TxMode { kRead, kWrite };

class Store {
 public:
  virtual ~Store() = default;

  // Ok when the database answers and every migration this binary knows has been applied;
  // otherwise an kUnavailable error saying which.
  virtual core::Result<void> CheckReady() = 0;

  // Runs `fn` in one transaction on one connection. Commits when `fn` returns true, rolls
  // back when it returns false or throws (the exception propagates). `fn` may run more than
  // once (PostgreSQL retries a transaction it rolled back for a serialization failure or a
  // lost connection), so it must have no effect outside `tx` other than its result.
  virtual void Transact(TxMode mode, const std::function<bool(StoreTx&)>& fn) = 0;

  // Runs `fn(StoreTx&) -> core::Result<T>` in a read transaction.
  template <typename F>
  auto Read(F&& fn) {
    return Run(TxMode::kRead, std::forward<F>(fn));
  }
  // Runs `fn(StoreTx&) -> core::Result<T>` in a write transaction; commits only on success.
  template <typename F>
  auto Write(F&& fn) {
    return Run(TxMode::kWrite, std::forward<F>(fn));
  }

 private:
  template <typename F>
  auto Run(TxMode mode, F&& fn) {
    using R = decltype(fn(std::declval<StoreTx&>()));
    std::optional<R> out;
    Transact(mode, [&](StoreTx& tx) {
      out.emplace(fn(tx));
      return out->has_value();
    });
    return std::move(*out);
  }
};

}  // namespace stegvis::domain
