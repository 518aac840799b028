#include "kolada/fetch.h"

namespace stegvis::kolada {
namespace {

core::Error Refusal(std::string message, std::string field, std::string key) {
  return core::Error::Invalid(std::move(message), std::move(field), std::move(key));
}

// "https://api.kolada.se" of "https://api.kolada.se/v3/...": scheme, host and port.
std::string_view Origin(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  const std::size_t path = url.find_first_of("/?#", scheme + 3);
  return url.substr(0, path);
}

// Whether `next` is on the server of `base` (same scheme, host and port).
bool SameServer(std::string_view base, std::string_view next) {
  const std::string_view origin = Origin(base);
  if (origin.empty() || !next.starts_with(origin)) return false;
  return next.size() == origin.size() || next[origin.size()] == '/' || next[origin.size()] == '?';
}

}  // namespace

bool PlainKoladaId(std::string_view id) {
  if (id.empty() || id.size() > 32) return false;
  for (char c : id) {
    const bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                    c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

std::string FirstPageUrl(std::string_view base_url, const Series& series) {
  while (base_url.ends_with('/')) base_url.remove_suffix(1);
  return std::string(base_url) + (series.unit ? "/oudata/kpi/" : "/data/kpi/") + series.kpi +
         (series.unit ? "/ou/" : "/municipality/") + series.area + "?per_page=5000";
}

core::Result<io::KoladaPage> FetchSeries(HttpGetter& getter, std::string_view base_url,
                                         const Series& series) {
  if (!PlainKoladaId(series.kpi)) {
    return core::Fail(Refusal("not a Kolada key figure id", "kpi", "error.kolada.bad_id"));
  }
  if (!PlainKoladaId(series.area)) {
    return core::Fail(Refusal("not a Kolada area id", "area", "error.kolada.bad_id"));
  }
  io::KoladaPage all;
  std::string url = FirstPageUrl(base_url, series);
  for (std::size_t pages = 0; !url.empty(); ++pages) {
    if (pages == kMaxPages) {
      core::Error e = Refusal("more pages than a fetch follows", "", "error.kolada.too_many_pages");
      e.params.push_back(core::ErrorParam::Number("max", static_cast<std::int64_t>(kMaxPages)));
      return core::Fail(std::move(e));
    }
    auto body = getter.Get(url);
    if (!body && body.error().code == core::ErrorCode::kNotFound) {
      core::Error e =
          Refusal("Kolada has no such key figure or area", "kpi", "error.kolada.not_found");
      e.params.push_back(core::ErrorParam::Text("kpi", series.kpi));
      e.params.push_back(core::ErrorParam::Text("area", series.area));
      return core::Fail(std::move(e));
    }
    if (!body) {
      core::Error e{core::ErrorCode::kUnavailable,
                    "Kolada cannot be reached: " + body.error().message, "",
                    "error.kolada.unreachable"};
      e.params.push_back(core::ErrorParam::Text("reason", body.error().message));
      return core::Fail(std::move(e));
    }
    auto page = io::ParseKoladaPage(*body);
    if (!page) return core::Fail(page.error());
    if (all.records.size() + page->records.size() > io::kMaxKoladaRecords) {
      core::Error e =
          Refusal("more Kolada records than one import takes", "", "error.kolada.too_many");
      e.params.push_back(
          core::ErrorParam::Number("max", static_cast<std::int64_t>(io::kMaxKoladaRecords)));
      return core::Fail(std::move(e));
    }
    for (io::KoladaRecord& r : page->records) all.records.push_back(std::move(r));
    if (!page->next_url.empty() && !SameServer(url, page->next_url)) {
      return core::Fail(
          Refusal("the next page is on another server", "", "error.kolada.foreign_next"));
    }
    url = std::move(page->next_url);
  }
  return all;
}

}  // namespace stegvis::kolada
