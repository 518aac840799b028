#include "domain/audit_json.h"

#include <boost/json/serialize.hpp>
#include <boost/json/string_view.hpp>

namespace stegvis::domain {

std::string AuditJson(AuditPairs fields) {
  std::string out = "{";
  for (const auto& [key, value] : fields) audit_json::Append(out, key, value);
  return out + "}";
}

namespace audit_json {

void Append(std::string& out, std::string_view key, std::string_view value) {
  if (out.size() > 1) out += ',';
  out += boost::json::serialize(boost::json::string_view(key.data(), key.size()));
  out += ':';
  out += boost::json::serialize(boost::json::string_view(value.data(), value.size()));
}

std::string IdsText(const std::vector<std::int64_t>& ids) {
  std::string out;
  for (std::int64_t id : ids) out += (out.empty() ? "" : ",") + std::to_string(id);
  return out;
}

}  // namespace audit_json
}  // namespace stegvis::domain
