#pragma once
// For the domain tests: a store that lets another change land just before the first write it
// is asked for — what happens when a second person saves between a handler's read and its
// write.

#include <functional>
#include <utility>

#include "domain/store.h"

namespace stegvis::domain {

class InterleavingStore : public Store {
 public:
  InterleavingStore(Store& inner, std::function<void(StoreTx&)> other)
      : inner_(inner), other_(std::move(other)) {}
  core::Result<void> CheckReady() override { return inner_.CheckReady(); }
  void Transact(TxMode mode, const std::function<bool(StoreTx&)>& fn) override {
    if (mode == TxMode::kWrite && other_) {
      const std::function<void(StoreTx&)> other = std::exchange(other_, nullptr);
      inner_.Transact(TxMode::kWrite, [&](StoreTx& tx) {
        other(tx);
        return true;
      });
    }
    inner_.Transact(mode, fn);
  }

 private:
  Store& inner_;
  std::function<void(StoreTx&)> other_;
};

}  // namespace stegvis::domain
