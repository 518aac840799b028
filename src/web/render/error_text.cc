#include "web/render/error_text.h"

#include <utility>
#include <vector>

#include "core/clock.h"
#include "core/text.h"

namespace stegvis::web {
namespace {

// The most of one value an error text quotes, in code points (names and choices fit).
constexpr std::size_t kMaxQuoted = 100;

}  // namespace

std::string ErrorText(const Catalogue& catalogue, std::string_view lang, const core::Error& error) {
  if (error.key.empty()) return core::ShortPrefix(error.message, kMaxQuoted * 4);
  std::vector<std::pair<std::string, std::string>> values;
  for (const core::ErrorParam& p : error.params) {
    switch (p.kind) {
      case core::ErrorParam::Kind::kText:
        values.emplace_back(p.name, core::ShortPrefix(p.text, kMaxQuoted));
        break;
      case core::ErrorParam::Kind::kTime: {
        std::string iso = core::FormatIsoUtc(p.number);  // 2026-11-23T13:43:41Z
        values.emplace_back(p.name, iso.substr(0, 10) + " " + iso.substr(11, 5));
        break;
      }
      case core::ErrorParam::Kind::kNumber: values.emplace_back(p.name, std::to_string(p.number));
    }
  }
  return catalogue.Format(lang, error.key, values);
}

void AddErrorParams(const core::Error& error, boost::json::object& out) {
  for (const core::ErrorParam& p : error.params) {
    switch (p.kind) {
      case core::ErrorParam::Kind::kText:
        out[p.name] = core::ShortPrefix(p.text, kMaxQuoted);
        break;
      case core::ErrorParam::Kind::kTime: out[p.name] = core::FormatIsoUtc(p.number); break;
      case core::ErrorParam::Kind::kNumber: out[p.name] = p.number; break;
    }
  }
  if (error.code == core::ErrorCode::kConflict) {
    // The older name keeps what it always held: the e-mail, where `who` is now a name.
    const core::ErrorParam* who = error.Param("who_email");
    if (!who) who = error.Param("who");
    if (who) out["changed_by"] = core::ShortPrefix(who->text, kMaxQuoted);
    if (const core::ErrorParam* when = error.Param("when")) {
      out["changed_at"] = core::FormatIsoUtc(when->number);
    }
  }
}

}  // namespace stegvis::web
