#pragma once
// For the web tests: a Store that hands every call to another and counts the transactions it
// was asked for, by mode, so a test can say how many reads and writes a request opened ("one
// read per page"). A transaction the inner store runs again (PostgreSQL's retries) counts once:
// it is one question asked.

#include <atomic>
#include <functional>

#include "domain/store.h"

namespace stegvis::web {

class CountingStore : public domain::Store {
 public:
  // `inner` must outlive this store.
  explicit CountingStore(domain::Store& inner) : inner_(inner) {}

  core::Result<void> CheckReady() override { return inner_.CheckReady(); }

  void Transact(domain::TxMode mode, const std::function<bool(domain::StoreTx&)>& fn) override {
    (mode == domain::TxMode::kRead ? reads_ : writes_).fetch_add(1, std::memory_order_relaxed);
    inner_.Transact(mode, fn);
  }

  // Read and write transactions asked for since construction or the last Reset().
  int reads() const { return reads_.load(std::memory_order_relaxed); }
  int writes() const { return writes_.load(std::memory_order_relaxed); }

  void Reset() {
    reads_.store(0, std::memory_order_relaxed);
    writes_.store(0, std::memory_order_relaxed);
  }

 private:
  domain::Store& inner_;
  std::atomic<int> reads_{0};
  std::atomic<int> writes_{0};
};

}  // namespace stegvis::web
