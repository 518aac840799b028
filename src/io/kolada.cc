#include "io/kolada.h"

#include <charconv>
#include <cmath>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include "core/decimal.h"

namespace stegvis::io {
namespace {

core::Error FileError(std::string message, std::string key) {
  return core::Error::Invalid(std::move(message), "file", std::move(key));
}

core::Error BadRecord(std::size_t index, const std::string& why) {
  core::Error e = FileError("Kolada record " + std::to_string(index + 1) + ": " + why,
                            "error.kolada.bad_record");
  e.params.push_back(core::ErrorParam::Number("record", static_cast<std::int64_t>(index + 1)));
  return e;
}

// A short text member, or nullopt when absent, not a string, empty or longer than `max`.
std::optional<std::string> Text(const boost::json::object& o, std::string_view name,
                                std::size_t max) {
  const boost::json::value* v = o.if_contains(name);
  if (v == nullptr || !v->is_string()) return std::nullopt;
  const boost::json::string& s = v->get_string();
  if (s.empty() || s.size() > max) return std::nullopt;
  return std::string(s);
}

// The year of a record: Kolada writes a number; a text of digits is taken too.
std::optional<int> Year(const boost::json::value* v) {
  if (v == nullptr) return std::nullopt;
  std::int64_t year = 0;
  if (v->is_int64()) {
    year = v->get_int64();
  } else if (v->is_uint64()) {
    year = v->get_uint64() > 3000 ? 0 : static_cast<std::int64_t>(v->get_uint64());
  } else if (v->is_string()) {
    const boost::json::string& s = v->get_string();
    if (std::from_chars(s.data(), s.data() + s.size(), year).ptr != s.data() + s.size()) {
      return std::nullopt;
    }
  } else {
    return std::nullopt;
  }
  if (year < 1900 || year > 2200) return std::nullopt;
  return static_cast<int>(year);
}

// A value as the shortest decimal text; "" for null; nullopt for anything else.
std::optional<std::string> Number(const boost::json::value* v) {
  if (v == nullptr || v->is_null()) return std::string();
  if (v->is_int64()) return std::to_string(v->get_int64());
  if (v->is_uint64()) return std::to_string(v->get_uint64());
  if (!v->is_double() || !std::isfinite(v->get_double())) return std::nullopt;
  return core::ShortestDecimal(v->get_double());
}

core::Result<KoladaRecord> ReadRecord(const boost::json::value& value, std::size_t index) {
  if (!value.is_object()) return core::Fail(BadRecord(index, "not an object"));
  const boost::json::object& o = value.get_object();
  KoladaRecord record;
  auto kpi = Text(o, "kpi", 32);
  if (!kpi) return core::Fail(BadRecord(index, "no key figure"));
  record.kpi = std::move(*kpi);
  if (auto municipality = Text(o, "municipality", 32)) {
    record.area = std::move(*municipality);
  } else if (auto unit = Text(o, "ou", 32)) {
    record.area = std::move(*unit);
    record.unit = true;
  } else {
    return core::Fail(BadRecord(index, "no municipality or unit"));
  }
  auto year = Year(o.if_contains("period"));
  if (!year) return core::Fail(BadRecord(index, "no year between 1900 and 2200"));
  record.year = *year;
  const boost::json::value* values = o.if_contains("values");
  if (values == nullptr || !values->is_array()) return core::Fail(BadRecord(index, "no values"));
  for (const boost::json::value& entry : values->get_array()) {
    if (!entry.is_object()) return core::Fail(BadRecord(index, "a value is not an object"));
    const boost::json::object& e = entry.get_object();
    auto gender = Text(e, "gender", 1);
    std::string* into = nullptr;
    if (gender == "K") into = &record.women;
    if (gender == "M") into = &record.men;
    if (gender == "T") into = &record.total;
    if (into == nullptr) return core::Fail(BadRecord(index, "a gender other than K, M or T"));
    auto number = Number(e.if_contains("value"));
    if (!number) return core::Fail(BadRecord(index, "a value that is not a number"));
    const boost::json::value* deleted = e.if_contains("isdeleted");
    if (deleted != nullptr && deleted->is_bool() && deleted->get_bool()) number->clear();
    *into = std::move(*number);
  }
  return record;
}

}  // namespace

bool LooksLikeJsonObject(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  const std::size_t first = bytes.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && bytes[first] == '{';
}

core::Result<KoladaPage> ParseKoladaPage(std::string_view json) {
  if (json.starts_with("\xEF\xBB\xBF")) json.remove_prefix(3);
  boost::system::error_code ec;
  boost::json::parse_options options;
  options.max_depth = 16;
  const boost::json::value root = boost::json::parse(json, ec, {}, options);
  if (ec) return core::Fail(FileError("not JSON: " + ec.message(), "error.kolada.not_json"));
  const boost::json::value* values =
      root.is_object() ? root.get_object().if_contains("values") : nullptr;
  if (values == nullptr || !values->is_array()) {
    return core::Fail(FileError("JSON without Kolada's \"values\"", "error.kolada.not_kolada"));
  }
  const boost::json::array& records = values->get_array();
  if (records.size() > kMaxKoladaRecords) {
    core::Error e = FileError("more Kolada records than one import takes", "error.kolada.too_many");
    e.params.push_back(
        core::ErrorParam::Number("max", static_cast<std::int64_t>(kMaxKoladaRecords)));
    return core::Fail(std::move(e));
  }
  KoladaPage page;
  for (std::size_t i = 0; i < records.size(); ++i) {
    auto record = ReadRecord(records[i], i);
    if (!record) return core::Fail(record.error());
    page.records.push_back(std::move(*record));
  }
  if (const boost::json::value* next = root.get_object().if_contains("next_url");
      next != nullptr && next->is_string()) {
    page.next_url = std::string(next->get_string());
  }
  return page;
}

}  // namespace stegvis::io
