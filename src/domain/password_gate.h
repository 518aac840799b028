#pragma once
// A bound on password checks running at once. argon2id takes ~64 MiB and tens of
// milliseconds per check on purpose; without a bound, a burst of logins would occupy every
// worker thread and the memory with hashing while other pages wait. A check that finds every
// slot taken is refused at once (the caller answers "try again shortly"), not queued.

#include <cstddef>
#include <mutex>
#include <optional>

namespace stegvis::domain {

class PasswordGate {
 public:
  // A slot held until destroyed.
  class Slot {
   public:
    explicit Slot(PasswordGate& gate) : gate_(&gate) {}
    Slot(Slot&& other) noexcept : gate_(other.gate_) { other.gate_ = nullptr; }
    Slot(const Slot&) = delete;
    Slot& operator=(const Slot&) = delete;
    Slot& operator=(Slot&&) = delete;
    ~Slot() {
      if (gate_) gate_->Leave();
    }

   private:
    PasswordGate* gate_;
  };

  // `slots` < 1 counts as 1.
  explicit PasswordGate(std::size_t slots) : slots_(slots < 1 ? 1 : slots) {}
  PasswordGate(const PasswordGate&) = delete;
  PasswordGate& operator=(const PasswordGate&) = delete;

  // A slot, or nullopt when all are taken right now.
  std::optional<Slot> TryEnter();

 private:
  void Leave();

  std::mutex mutex_;
  std::size_t slots_;
  std::size_t taken_ = 0;
};

}  // namespace stegvis::domain
