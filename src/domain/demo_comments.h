#pragma once
// The demo's comments (domain/comment.h): the programme's coach asks a question on Trygg
// hemgång's latest cycle, and thanks a guest team (Norrby's Hela dagen) for its latest
// monthly report; the team answers the question. So the comment blocks show a conversation
// and a guest team reads what the host's coach wrote.

#include <cstdint>
#include <vector>

#include "domain/store.h"

namespace stegvis::domain {

// Seeds the comments inside the demo's transaction, after the cycles and reports
// (domain/demo_pdsa.h, domain/demo_reports.h). `projects` are the programme's four (Solvik's
// first, then Norrby's); `coach` and `member` are the coach's and Trygg hemgång's member's
// users; `now` is the demo's creation time. Returns how many it stored.
int SeedDemoComments(StoreTx& tx, const std::vector<Id>& projects, Id coach, Id member,
                     std::int64_t now);

}  // namespace stegvis::domain
