#pragma once
// Structured logging: one JSON object per line on a stream (stderr in the server), so log
// collectors can parse it. Thread-safe. Passed down from main, never global.

#include <cstdint>
#include <initializer_list>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "core/clock.h"

namespace stegvis::core {

enum class LogLevel { kDebug, kInfo, kWarn, kError };

// Parses "debug", "info", "warn" or "error"; nullopt otherwise.
std::optional<LogLevel> ParseLogLevel(std::string_view text);

using LogValue = std::variant<std::string_view, std::int64_t, double, bool>;
using LogField = std::pair<std::string_view, LogValue>;

class Logger {
 public:
  Logger(LogLevel min_level, std::ostream& out, const Clock& clock)
      : min_level_(min_level), out_(out), clock_(clock) {}

  bool Enabled(LogLevel level) const { return level >= min_level_; }
  // Writes {"ts":..., "level":..., "event": event, fields...} if the level is enabled.
  void Log(LogLevel level, std::string_view event, std::initializer_list<LogField> fields = {});

 private:
  LogLevel min_level_;
  std::ostream& out_;
  const Clock& clock_;
  std::mutex mutex_;
};

}  // namespace stegvis::core
