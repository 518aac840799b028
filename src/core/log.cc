#include "core/log.h"

#include <charconv>

#include <boost/json/serialize.hpp>

namespace stegvis::core {
namespace {

// Appends `text` as a JSON string literal, escaped by Boost.JSON.
void AppendJsonString(std::string& out, std::string_view text) {
  out += boost::json::serialize(boost::json::string_view(text.data(), text.size()));
}

}  // namespace

std::optional<LogLevel> ParseLogLevel(std::string_view text) {
  if (text == "debug") return LogLevel::kDebug;
  if (text == "info") return LogLevel::kInfo;
  if (text == "warn") return LogLevel::kWarn;
  if (text == "error") return LogLevel::kError;
  return std::nullopt;
}

void Logger::Log(LogLevel level, std::string_view event, std::initializer_list<LogField> fields) {
  if (!Enabled(level)) return;
  static constexpr const char* kNames[] = {"debug", "info", "warn", "error"};
  std::string line = "{\"ts\":";
  AppendJsonString(line, FormatIsoUtc(clock_.NowUnixSeconds()));
  line += ",\"level\":\"";
  line += kNames[static_cast<int>(level)];
  line += "\",\"event\":";
  AppendJsonString(line, event);
  for (const auto& [name, value] : fields) {
    line.push_back(',');
    AppendJsonString(line, name);
    line.push_back(':');
    if (auto* s = std::get_if<std::string_view>(&value)) {
      AppendJsonString(line, *s);
    } else if (auto* i = std::get_if<std::int64_t>(&value)) {
      line += std::to_string(*i);
    } else if (auto* d = std::get_if<double>(&value)) {
      char buf[32];
      auto [end, ec] = std::to_chars(buf, buf + sizeof buf, *d, std::chars_format::fixed, 3);
      line.append(buf, ec == std::errc() ? end : buf);
    } else {
      line += std::get<bool>(value) ? "true" : "false";
    }
  }
  line += "}\n";
  std::lock_guard lock(mutex_);
  out_ << line << std::flush;
}

}  // namespace stegvis::core
