#pragma once
// A calendar day (proleptic Gregorian, UTC) on std::chrono, with the one rule for dates that
// users write ("YYYY-MM-DD") and the arithmetic periods need: days, months, ISO 8601 weeks
// and quarters. Every layer that reads, writes or counts dates goes through this type.

#include <chrono>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace stegvis::core {

// An ISO 8601 week: the week-numbering year (that of the week's Thursday) and the week in it,
// 1 to 52 or 53.
struct IsoWeek {
  int year = 0;
  unsigned week = 0;
  friend auto operator<=>(const IsoWeek&, const IsoWeek&) = default;
};

class Date {
 public:
  // The earliest year Parse accepts: nothing anyone records in Stegvis happened before it,
  // so an earlier year is a typing error.
  static constexpr int kMinYear = 1900;

  // 1970-01-01.
  constexpr Date() = default;
  // The day `ymd`, which must be a real day (ymd.ok()).
  explicit Date(std::chrono::year_month_day ymd);
  explicit constexpr Date(std::chrono::sys_days days) : days_(days) {}

  // The date written "YYYY-MM-DD": exactly ten characters, four-digit year from kMinYear,
  // two-digit month and day, and a day that exists ("2025-02-29" does not). Nothing else:
  // no spaces around it, no "2026-2-3", no time of day. nullopt otherwise.
  static std::optional<Date> Parse(std::string_view text);
  // The UTC day that contains `unix_seconds` (also before 1970).
  static Date FromUnixSeconds(std::int64_t unix_seconds);
  // The Monday of ISO week `week` of `year`; nullopt when `year` has no such week.
  static std::optional<Date> FromIsoWeek(int year, unsigned week);
  // How many ISO weeks `year` has: 53 when it starts on a Thursday (or on a Wednesday in a
  // leap year), else 52.
  static unsigned IsoWeeksIn(int year);

  // "YYYY-MM-DD".
  std::string ToString() const;
  std::chrono::sys_days SysDays() const { return days_; }
  std::chrono::year_month_day YearMonthDay() const { return std::chrono::year_month_day(days_); }
  // Days since 1970-01-01, negative before it.
  std::int64_t DaysSinceEpoch() const { return days_.time_since_epoch().count(); }
  // Unix seconds at 00:00 UTC of the day.
  std::int64_t UnixSeconds() const { return DaysSinceEpoch() * 86400; }

  int Year() const;
  unsigned Month() const;  // 1–12
  unsigned Day() const;    // 1–31
  // 1 for January–March ... 4 for October–December.
  unsigned Quarter() const;
  // Monday 1 ... Sunday 7.
  unsigned IsoWeekday() const;
  // The ISO 8601 week the day belongs to: 2024-12-30 is in 2025-W01, 2021-01-03 in 2020-W53.
  IsoWeek Week() const;

  // The day `count` days later (earlier when negative).
  Date AddDays(std::int64_t count) const;
  // The same day `count` calendar months later (earlier when negative); a day the target month
  // lacks becomes its last: 2025-01-31 plus one month is 2025-02-28.
  Date AddMonths(int count) const;

  friend auto operator<=>(const Date&, const Date&) = default;

 private:
  std::chrono::sys_days days_{};
};

// True when Date::Parse accepts `text`.
bool IsIsoDate(std::string_view text);

}  // namespace stegvis::core
