#include "domain/demo_comments.h"

#include <optional>
#include <string>

namespace stegvis::domain {
namespace {

// A comment by `author` (a user of the demo) on `subject`, written `now`.
Comment Written(StoreTx& tx, Id author, Id organisation, CommentSubject subject, Id subject_id,
                const std::string& month, const char* text, std::int64_t now) {
  Comment c;
  c.organisation_id = organisation;
  c.subject = subject;
  c.subject_id = subject_id;
  c.month = month;
  c.author_id = author;
  if (std::optional<User> user = tx.Users().Find(author)) {
    c.author = user->display_name;
    if (auto own = tx.Units().FindOrganisation(user->organisation_id)) {
      c.author_organisation = own->name;
    }
  }
  c.text = text;
  c.created_at = now;
  return c;
}

}  // namespace

int SeedDemoComments(StoreTx& tx, const std::vector<Id>& projects, Id coach, Id member,
                     std::int64_t now) {
  int stored = 0;
  if (projects.size() < 3) return stored;
  if (std::optional<Project> home = tx.Projects().Find(projects[0])) {
    const std::vector<PdsaCycle> cycles = tx.Pdsa().ListProjectCycles(home->id);
    if (!cycles.empty()) {
      const Id cycle = cycles.back().id;
      tx.Comments().Add(Written(tx, coach, home->organisation_id, CommentSubject::kPdsaCycle, cycle,
                                "",
                                "Spännande test! Svarade kvinnor och män olika på frågan om "
                                "tiden? Dela gärna upp svaren i nästa cykel.",
                                now - 2 * 86400));
      tx.Comments().Add(Written(tx, member, home->organisation_id, CommentSubject::kPdsaCycle,
                                cycle, "",
                                "Tack! Männen valde oftare morgontider. Vi delar upp svaren "
                                "från och med nästa vecka.",
                                now - 86400));
      stored += 2;
    }
  }
  if (std::optional<Project> guest = tx.Projects().Find(projects[2])) {
    const std::vector<MonthlyReport> reports = tx.Programmes().ListMonthlyReports(guest->id);
    if (!reports.empty()) {
      tx.Comments().Add(Written(tx, coach, guest->organisation_id, CommentSubject::kMonthlyReport,
                                guest->id, reports.back().month,
                                "Tack för rapporten. Ta gärna med frågekorten till nästa "
                                "lärandeseminarium, så att fler team kan pröva dem.",
                                now - 3600));
      ++stored;
    }
  }
  return stored;
}

}  // namespace stegvis::domain
