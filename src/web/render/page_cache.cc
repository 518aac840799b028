#include "web/render/page_cache.h"

namespace stegvis::web {
namespace {

// What an entry costs beyond its strings: the list node, the index's node and bucket, the
// shared response's control block (an estimate; it keeps many small entries honest).
constexpr std::size_t kEntryOverhead = 256;

std::size_t SizeOf(const std::string& key, const Response& response) {
  std::size_t bytes = kEntryOverhead + key.size() + response.Bytes().size();
  for (const auto& [name, value] : response.headers) bytes += name.size() + value.size() + 64;
  return bytes;
}

}  // namespace

PageCache::PageCache(PageCacheOptions options) : options_(options) {}

std::shared_ptr<const Response> PageCache::Find(const PageKey& key, std::int64_t now) {
  std::lock_guard lock(mutex_);
  if (key.data_version != version_) {
    // Newer: a write since the pages were kept. Older: mostly a request that read the version
    // just before a write, but also a database gone back (restored, or a replica that lagged
    // taking over), whose versions will count up again through other data. Either way no kept
    // page is of this version.
    Clear(key.data_version);
    ++misses_;
    return nullptr;
  }
  Trim(now);
  auto found = index_.find(key.text);
  if (found == index_.end()) {
    ++misses_;
    return nullptr;
  }
  Lru::iterator entry = found->second;
  if (entry->data_version != key.data_version ||
      now - entry->stored_at > options_.max_age_seconds) {
    Erase(entry);
    ++misses_;
    return nullptr;
  }
  entry->used_at = now;
  lru_.splice(lru_.begin(), lru_, entry);
  ++hits_;
  return entry->response;
}

void PageCache::Insert(const PageKey& key, Response response, std::int64_t now) {
  const std::size_t bytes = SizeOf(key.text, response);
  if (bytes > options_.byte_budget / 8) return;
  // Built outside the lock: copying a large body need not hold up other requests.
  auto shared = std::make_shared<const Response>(std::move(response));
  std::lock_guard lock(mutex_);
  if (key.data_version < version_) return;  // overtaken by a write
  if (key.data_version > version_) Clear(key.data_version);
  if (auto found = index_.find(key.text); found != index_.end()) Erase(found->second);
  lru_.push_front(Entry{key.text, key.data_version, now, now, bytes, std::move(shared)});
  index_.emplace(lru_.front().key, lru_.begin());
  bytes_ += bytes;
  Trim(now);
}

Response PageCache::Share(std::shared_ptr<const Response> kept) {
  Response response{kept->status, kept->headers};
  // The aliasing constructor: the bytes live as long as the kept response does, even after the
  // cache drops it.
  response.shared_body =
      kept->shared_body ? kept->shared_body : std::shared_ptr<const std::string>(kept, &kept->body);
  return response;
}

PageCache::Stats PageCache::stats() const {
  std::lock_guard lock(mutex_);
  return {hits_, misses_, lru_.size(), bytes_};
}

void PageCache::Clear(std::int64_t data_version) {
  index_.clear();
  lru_.clear();
  bytes_ = 0;
  version_ = data_version;
}

void PageCache::Trim(std::int64_t now) {
  while (!lru_.empty() &&
         (bytes_ > options_.byte_budget || now - lru_.back().used_at > options_.max_age_seconds)) {
    Erase(std::prev(lru_.end()));
  }
}

void PageCache::Erase(Lru::iterator entry) {
  bytes_ -= entry->bytes;
  index_.erase(entry->key);
  lru_.erase(entry);
}

}  // namespace stegvis::web
