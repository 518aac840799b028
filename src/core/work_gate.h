#pragma once
// A bound on heavy work running at once: password checks (argon2id takes ~64 MiB and tens of
// milliseconds per check on purpose) and images drawn for download (a PNG takes a hundred
// milliseconds or more). Without a bound, a burst of them would occupy every worker thread
// while other pages wait. Work that finds every slot taken is refused at once (the caller
// answers "try again shortly"), not queued.

#include <cstddef>
#include <mutex>
#include <optional>

namespace stegvis::core {

class WorkGate {
 public:
  // A slot held until destroyed.
  class Slot {
   public:
    explicit Slot(WorkGate& gate) : gate_(&gate) {}
    Slot(Slot&& other) noexcept : gate_(other.gate_) { other.gate_ = nullptr; }
    Slot(const Slot&) = delete;
    Slot& operator=(const Slot&) = delete;
    Slot& operator=(Slot&&) = delete;
    ~Slot() {
      if (gate_) gate_->Leave();
    }

   private:
    WorkGate* gate_;
  };

  // `slots` < 1 counts as 1.
  explicit WorkGate(std::size_t slots) : slots_(slots < 1 ? 1 : slots) {}
  WorkGate(const WorkGate&) = delete;
  WorkGate& operator=(const WorkGate&) = delete;

  // A slot, or nullopt when all are taken right now.
  std::optional<Slot> TryEnter();

 private:
  void Leave();

  std::mutex mutex_;
  std::size_t slots_;
  std::size_t taken_ = 0;
};

}  // namespace stegvis::core
