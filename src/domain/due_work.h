#pragma once
// What a team's project owes on a given day, shared by the start page (domain/what_needs_me.h)
// and the e-mail reminders (domain/reminders.h), so that both say the same.

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "domain/measure.h"
#include "domain/project.h"
#include "domain/store.h"

namespace stegvis::domain {

// The last complete period of `measure`'s frequency on `today` ("2027-01", "2027-W02"), when
// the measure holds no value (any group) for it; nullopt when it does.
std::optional<std::string> MissingLastPeriod(StoreTx& tx, const Measure& measure, core::Date today);

// The months ("YYYY-MM") of `project`'s monthly report that have begun on `today`, are not
// submitted and whose deadline is today or later, oldest first. Empty unless the project is
// open and in an open programme.
std::vector<std::string> ReportMonthsDue(StoreTx& tx, const Project& project, core::Date today);

}  // namespace stegvis::domain
