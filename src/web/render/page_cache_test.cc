#include "web/render/page_cache.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace stegvis::web {
namespace {

constexpr std::int64_t kNow = 1'800'000'000;

Response Page(std::string body) {
  return Response{200, {{"Content-Type", "text/html"}}, body};
}

PageKey Key(std::int64_t version, std::string text) {
  return PageKey{version, std::move(text)};
}

TEST(PageCache, KeepsAPageUnderItsKeyAndCountsHitsAndMisses) {
  PageCache cache;
  EXPECT_EQ(cache.Find(Key(1, "/a"), kNow), nullptr);
  cache.Insert(Key(1, "/a"), Page("a"), kNow);
  auto hit = cache.Find(Key(1, "/a"), kNow);
  ASSERT_NE(hit, nullptr);
  EXPECT_EQ(hit->body, "a");
  EXPECT_EQ(cache.Find(Key(1, "/b"), kNow), nullptr) << "another key";
  const PageCache::Stats stats = cache.stats();
  EXPECT_EQ(stats.hits, 1u);
  EXPECT_EQ(stats.misses, 2u);
  EXPECT_EQ(stats.entries, 1u);
  EXPECT_GT(stats.bytes, 0u);
}

TEST(PageCache, AServedPageSharesTheKeptBytesEvenAfterTheCacheDropsThem) {
  PageCache cache;
  cache.Insert(Key(1, "/a"), Page(std::string(100000, 'a')), kNow);
  auto hit = cache.Find(Key(1, "/a"), kNow);
  ASSERT_NE(hit, nullptr);
  const Response first = PageCache::Share(hit);
  const Response second = PageCache::Share(cache.Find(Key(1, "/a"), kNow));
  EXPECT_EQ(first.status, 200);
  EXPECT_EQ(first.Header("Content-Type"), "text/html");
  EXPECT_TRUE(first.body.empty());
  EXPECT_EQ(first.Bytes().data(), hit->body.data()) << "the kept bytes, not a copy";
  EXPECT_EQ(second.Bytes().data(), hit->body.data());
  hit.reset();
  EXPECT_EQ(cache.Find(Key(2, "/a"), kNow), nullptr);  // drops every kept page
  EXPECT_EQ(first.Bytes(), std::string(100000, 'a'));
  const Response copy = first;
  EXPECT_EQ(copy.Bytes().data(), first.Bytes().data()) << "copying a response shares them";
}

TEST(PageCache, ANewerDataVersionDropsEveryOlderPage) {
  PageCache cache;
  cache.Insert(Key(1, "/a"), Page("a at 1"), kNow);
  cache.Insert(Key(1, "/b"), Page("b at 1"), kNow);
  EXPECT_EQ(cache.Find(Key(2, "/a"), kNow), nullptr);
  EXPECT_EQ(cache.stats().entries, 0u);
  EXPECT_EQ(cache.Find(Key(1, "/b"), kNow), nullptr) << "an older version is never answered";
}

TEST(PageCache, APageRenderedAtAnOlderVersionIsNotKept) {
  PageCache cache;
  EXPECT_EQ(cache.Find(Key(5, "/a"), kNow), nullptr);
  cache.Insert(Key(4, "/a"), Page("a at 4"), kNow);  // a slow request, overtaken by a write
  EXPECT_EQ(cache.stats().entries, 0u);
  EXPECT_EQ(cache.Find(Key(5, "/a"), kNow), nullptr);
  EXPECT_EQ(cache.Find(Key(4, "/a"), kNow), nullptr);
}

// A restored database, or a replica that lagged taking over, counts versions again from an
// older one, through other data: nothing kept at the later numbers may be served.
TEST(PageCache, AnOlderDataVersionDropsEveryPageToo) {
  PageCache cache;
  cache.Insert(Key(7, "/a"), Page("a at 7"), kNow);
  EXPECT_EQ(cache.Find(Key(5, "/a"), kNow), nullptr);
  EXPECT_EQ(cache.stats().entries, 0u);
  cache.Insert(Key(5, "/a"), Page("a at 5"), kNow);
  cache.Insert(Key(6, "/a"), Page("a at 6, restored"), kNow);
  EXPECT_EQ(cache.Find(Key(7, "/a"), kNow), nullptr);
  cache.Insert(Key(7, "/a"), Page("a at 7, restored"), kNow);
  EXPECT_EQ(cache.Find(Key(7, "/a"), kNow)->body, "a at 7, restored");
}

TEST(PageCache, InsertingTheSameKeyReplacesThePage) {
  PageCache cache;
  cache.Insert(Key(1, "/a"), Page("first"), kNow);
  cache.Insert(Key(1, "/a"), Page("second"), kNow);
  EXPECT_EQ(cache.stats().entries, 1u);
  EXPECT_EQ(cache.Find(Key(1, "/a"), kNow)->body, "second");
}

TEST(PageCache, TheLeastRecentlyUsedPagesGoWhenTheBudgetIsExceeded) {
  // Each page costs 1 343 bytes with its key, header and overhead; the budget holds eight.
  constexpr std::size_t kBudget = 8 * 1343 + 100;
  PageCache cache({.byte_budget = kBudget});
  const std::string body(1000, 'x');
  for (int i = 0; i < 8; ++i) cache.Insert(Key(1, "/" + std::to_string(i)), Page(body), kNow);
  ASSERT_EQ(cache.stats().entries, 8u);
  ASSERT_NE(cache.Find(Key(1, "/0"), kNow), nullptr);  // /0 is now the most recently used
  cache.Insert(Key(1, "/8"), Page(body), kNow);
  EXPECT_EQ(cache.stats().entries, 8u);
  EXPECT_LE(cache.stats().bytes, kBudget);
  EXPECT_EQ(cache.Find(Key(1, "/1"), kNow), nullptr) << "the least recently used";
  for (const char* kept : {"/0", "/2", "/7", "/8"}) {
    EXPECT_NE(cache.Find(Key(1, kept), kNow), nullptr) << kept;
  }
}

TEST(PageCache, APageOverAnEighthOfTheBudgetIsNotKept) {
  PageCache cache({.byte_budget = 8000});
  cache.Insert(Key(1, "/big"), Page(std::string(1000, 'x')), kNow);
  EXPECT_EQ(cache.stats().entries, 0u);
  cache.Insert(Key(1, "/small"), Page(std::string(100, 'x')), kNow);
  EXPECT_EQ(cache.stats().entries, 1u);
}

TEST(PageCache, ABudgetOfNothingKeepsNothing) {
  PageCache cache({.byte_budget = 0});
  cache.Insert(Key(1, "/a"), Page("a"), kNow);
  EXPECT_EQ(cache.Find(Key(1, "/a"), kNow), nullptr);
}

TEST(PageCache, APageIsDroppedAfterItsMaximumAgeEvenIfUsed) {
  PageCache cache({.max_age_seconds = 60});
  cache.Insert(Key(1, "/a"), Page("a"), kNow);
  EXPECT_NE(cache.Find(Key(1, "/a"), kNow + 30), nullptr);
  EXPECT_NE(cache.Find(Key(1, "/a"), kNow + 60), nullptr);
  EXPECT_EQ(cache.Find(Key(1, "/a"), kNow + 61), nullptr);
  EXPECT_EQ(cache.stats().entries, 0u);
}

TEST(PageCache, UnusedPagesAreDroppedWhenTheCacheIsNextUsed) {
  PageCache cache({.max_age_seconds = 60});
  cache.Insert(Key(1, "/a"), Page("a"), kNow);
  cache.Insert(Key(1, "/b"), Page("b"), kNow + 50);
  EXPECT_EQ(cache.Find(Key(1, "/c"), kNow + 100), nullptr);
  EXPECT_EQ(cache.stats().entries, 1u) << "/a went unused for 100 s, /b for 50 s";
}

// Threads finding and inserting pages of rising versions at once: no answer is ever of another
// key or of an older version than the newest a thread has asked for (run under the sanitizers
// by make test).
TEST(PageCache, ManyThreadsAtOnceGetOnlyTheirOwnKeysPages) {
  PageCache cache({.byte_budget = 64 * 1024});
  constexpr int kThreads = 4;
  constexpr int kRounds = 2000;
  std::vector<std::thread> threads;
  threads.reserve(kThreads);
  std::vector<int> wrong(kThreads, 0);
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kRounds; ++i) {
        const std::int64_t version = i / 100;
        const std::string text = "/page/" + std::to_string(i % 7);
        const std::string body = text + " at " + std::to_string(version);
        if (auto hit = cache.Find(Key(version, text), kNow)) {
          if (hit->body != body) ++wrong[t];
        } else {
          cache.Insert(Key(version, text), Page(body), kNow);
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (int t = 0; t < kThreads; ++t) EXPECT_EQ(wrong[t], 0) << "thread " << t;
  EXPECT_GT(cache.stats().hits, 0u);
}

}  // namespace
}  // namespace stegvis::web
