#include "store/connection_pool.h"

namespace stegvis::store {

ConnectionPool::ConnectionPool(Opener open, int size)
    : open_(std::move(open)), size_(size < 1 ? 1 : size) {
  idle_.push_back(open_());
  open_count_ = 1;
}

std::unique_ptr<SqlConnection> ConnectionPool::Take() {
  std::unique_lock lock(mutex_);
  for (;;) {
    if (!idle_.empty()) {
      auto c = std::move(idle_.back());
      idle_.pop_back();
      return c;
    }
    if (open_count_ < size_) {
      ++open_count_;
      lock.unlock();  // connecting may take a network round trip; do not block the others
      try {
        return open_();
      } catch (...) {
        lock.lock();
        --open_count_;
        throw;
      }
    }
    available_.wait(lock);
  }
}

void ConnectionPool::Give(std::unique_ptr<SqlConnection> connection) {
  {
    std::lock_guard lock(mutex_);
    if (connection && !connection->Broken()) {
      idle_.push_back(std::move(connection));
    } else {
      --open_count_;  // dropped: the next Take opens a fresh one in its place
    }
  }
  available_.notify_one();
  connection.reset();  // a broken connection is closed outside the lock
}

}  // namespace stegvis::store
