#include "core/date.h"

#include <algorithm>
#include <cassert>
#include <cstdio>

namespace stegvis::core {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

Date::Date(year_month_day ymd) : days_(ymd) {
  assert(ymd.ok());
}

std::optional<Date> Date::Parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  int part = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i == 4 || i == 7) {
      ++part;
      continue;
    }
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    parts[part] = parts[part] * 10 + (text[i] - '0');
  }
  const year_month_day ymd{std::chrono::year(parts[0]),
                           std::chrono::month(static_cast<unsigned>(parts[1])),
                           std::chrono::day(static_cast<unsigned>(parts[2]))};
  if (parts[0] < kMinYear || !ymd.ok()) return std::nullopt;
  return Date(ymd);
}

Date Date::FromUnixSeconds(std::int64_t unix_seconds) {
  // floor, not truncation: one second before 1970 is still 1969-12-31.
  return Date(
      std::chrono::floor<days>(std::chrono::sys_seconds(std::chrono::seconds(unix_seconds))));
}

std::optional<Date> Date::FromIsoWeek(int year, unsigned week) {
  if (week < 1 || week > IsoWeeksIn(year)) return std::nullopt;
  // Week 1 is the week that holds 4 January.
  const Date jan4(std::chrono::year(year) / std::chrono::January / 4);
  const Date monday = jan4.AddDays(1 - static_cast<std::int64_t>(jan4.IsoWeekday()));
  return monday.AddDays(7 * static_cast<std::int64_t>(week - 1));
}

unsigned Date::IsoWeeksIn(int year) {
  // 28 December is always in the year's last week.
  return Date(std::chrono::year(year) / std::chrono::December / 28).Week().week;
}

std::string Date::ToString() const {
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", Year(), Month(), Day());
  return text;
}

int Date::Year() const {
  return static_cast<int>(YearMonthDay().year());
}

unsigned Date::Month() const {
  return static_cast<unsigned>(YearMonthDay().month());
}

unsigned Date::Day() const {
  return static_cast<unsigned>(YearMonthDay().day());
}

unsigned Date::Quarter() const {
  return (Month() - 1) / 3 + 1;
}

unsigned Date::IsoWeekday() const {
  return std::chrono::weekday(days_).iso_encoding();
}

IsoWeek Date::Week() const {
  // The week belongs to the year of its Thursday, and counts from that year's first Thursday.
  const Date thursday = AddDays(4 - static_cast<std::int64_t>(IsoWeekday()));
  const int year = thursday.Year();
  const sys_days jan1 = std::chrono::year(year) / std::chrono::January / 1;
  return {year, static_cast<unsigned>((thursday.days_ - jan1).count() / 7 + 1)};
}

Date Date::AddDays(std::int64_t count) const {
  return Date(days_ + days(count));
}

Date Date::AddMonths(int count) const {
  const year_month_day ymd = YearMonthDay();
  const std::chrono::year_month target = ymd.year() / ymd.month() + std::chrono::months(count);
  const std::chrono::day last = (target / std::chrono::last).day();
  return Date(target / std::min(ymd.day(), last));
}

bool IsIsoDate(std::string_view text) {
  return Date::Parse(text).has_value();
}

}  // namespace stegvis::core
