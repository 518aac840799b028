#pragma once
// For the web tests: a Store that passes every transaction on to another store and counts
// them, so a test can prove that a page asks its one question in one read transaction.
//
// A transaction that reached no repository but Sessions() is the access guard recognising
// the visitor (domain::Authenticate, and the occasional touch of the session); it is counted
// apart, since it happens before any handler runs. Every other transaction counts as the
// page's, by its mode — including one that reached no repository at all.

#include <atomic>
#include <cstdint>
#include <functional>

#include "domain/store.h"

namespace stegvis::web {

class CountingStore : public domain::Store {
 public:
  explicit CountingStore(domain::Store& inner) : inner_(inner) {}

  core::Result<void> CheckReady() override { return inner_.CheckReady(); }

  void Transact(domain::TxMode mode, const std::function<bool(domain::StoreTx&)>& fn) override {
    bool sessions_only = true;
    inner_.Transact(mode, [&](domain::StoreTx& tx) {
      CountingTx counting(tx);
      const bool ok = fn(counting);
      // A retried attempt (PostgreSQL) overwrites the last one: what counts is what the
      // transaction that committed or rolled back did.
      sessions_only = counting.reached_sessions && !counting.reached_other;
      return ok;
    });
    if (sessions_only) {
      ++session_transactions_;
    } else if (mode == domain::TxMode::kRead) {
      ++reads_;
    } else {
      ++writes_;
    }
  }

  // The page's transactions since the last Reset(), by mode (the guard's are not among them).
  int reads() const { return reads_.load(); }
  int writes() const { return writes_.load(); }
  // The transactions that reached only the sessions (the access guard's) since Reset().
  int session_transactions() const { return session_transactions_.load(); }

  void Reset() {
    reads_ = 0;
    writes_ = 0;
    session_transactions_ = 0;
  }

 private:
  // Hands out the inner transaction's repositories and notes which were reached.
  class CountingTx : public domain::StoreTx {
   public:
    explicit CountingTx(domain::StoreTx& inner) : inner_(inner) {}

    domain::UnitRepository& Units() override { return Other(inner_.Units()); }
    domain::TeamRepository& Teams() override { return Other(inner_.Teams()); }
    domain::UserRepository& Users() override { return Other(inner_.Users()); }
    domain::SessionRepository& Sessions() override {
      reached_sessions = true;
      return inner_.Sessions();
    }
    domain::ApiTokenRepository& ApiTokens() override { return Other(inner_.ApiTokens()); }
    domain::AuditRepository& Audit() override { return Other(inner_.Audit()); }
    domain::ProgrammeRepository& Programmes() override { return Other(inner_.Programmes()); }
    domain::InvitationRepository& Invitations() override { return Other(inner_.Invitations()); }
    domain::PublicationRepository& Publications() override { return Other(inner_.Publications()); }
    domain::SpreadRepository& Spread() override { return Other(inner_.Spread()); }
    domain::ProjectRepository& Projects() override { return Other(inner_.Projects()); }
    domain::ImportRepository& Imports() override { return Other(inner_.Imports()); }
    domain::MeasureRepository& Measures() override { return Other(inner_.Measures()); }
    domain::PdsaRepository& Pdsa() override { return Other(inner_.Pdsa()); }
    domain::DiagramRepository& Diagrams() override { return Other(inner_.Diagrams()); }
    domain::GoalRepository& Goals() override { return Other(inner_.Goals()); }
    domain::GenderNoteRepository& GenderNotes() override { return Other(inner_.GenderNotes()); }
    domain::SelfAssessmentRepository& SelfAssessments() override {
      return Other(inner_.SelfAssessments());
    }
    domain::ReflectionNoteRepository& ReflectionNotes() override {
      return Other(inner_.ReflectionNotes());
    }
    domain::SearchRepository& Search() override { return Other(inner_.Search()); }
    domain::SustainPlanRepository& SustainPlans() override { return Other(inner_.SustainPlans()); }
    domain::MailRepository& Mail() override { return Other(inner_.Mail()); }
    domain::CommentRepository& Comments() override { return Other(inner_.Comments()); }
    std::int64_t DataVersion() override {
      reached_other = true;
      return inner_.DataVersion();
    }

    bool reached_sessions = false;
    bool reached_other = false;

   private:
    template <typename R>
    R& Other(R& repository) {
      reached_other = true;
      return repository;
    }

    domain::StoreTx& inner_;
  };

  domain::Store& inner_;
  // Atomic, since a test may send requests from several threads.
  std::atomic<int> reads_ = 0;
  std::atomic<int> writes_ = 0;
  std::atomic<int> session_transactions_ = 0;
};

}  // namespace stegvis::web
