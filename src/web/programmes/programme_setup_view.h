#pragma once
// What the forms that set a programme up show, as typed views: the programme's own fields
// (programme_form.mustache) and one entry of its calendar (programme_event_form.mustache),
// each with every refusal at once next to its field and in the summary.

#include <optional>
#include <string>
#include <vector>

#include "core/describe.h"
#include "core/error.h"
#include "domain/organisation.h"
#include "web/app.h"
#include "web/render/form_view.h"

namespace stegvis::web {

// `error` in `lang` for a form of this feature: as FormErrorOf, with the values its words name
// filled in (the programme's period in error.programme.outside_period).
FormErrorView ProgrammeFormError(const App& app, const std::string& lang, const core::Error& error);

struct ProgrammeFormView {
  domain::Id id = 0;
  std::string heading;  // the programme's name as stored
  std::int64_t version = 0;
  std::string name;
  std::string theme;
  std::string aim;
  std::string starts_on;
  std::string ends_on;
  std::vector<OptionView> units;          // the host unit; the first is "the whole organisation"
  std::optional<std::string> changed_by;  // a stale save: who saved in between, and when
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_name;
  std::optional<std::string> error_theme;
  std::optional<std::string> error_aim;
  std::optional<std::string> error_starts_on;
  std::optional<std::string> error_ends_on;
  std::optional<std::string> error_host_unit_id;
};
constexpr auto Describe(std::type_identity<ProgrammeFormView>) {
  using V = ProgrammeFormView;
  return std::tuple{core::Field("id", &V::id),
                    core::Field("heading", &V::heading),
                    core::Field("version", &V::version),
                    core::Field("name", &V::name),
                    core::Field("theme", &V::theme),
                    core::Field("aim", &V::aim),
                    core::Field("starts_on", &V::starts_on),
                    core::Field("ends_on", &V::ends_on),
                    core::Field("units", &V::units),
                    core::Field("changed_by", &V::changed_by),
                    core::Field("has_errors", &V::has_errors),
                    core::Field("errors", &V::errors),
                    core::Field("error_name", &V::error_name),
                    core::Field("error_theme", &V::error_theme),
                    core::Field("error_aim", &V::error_aim),
                    core::Field("error_starts_on", &V::error_starts_on),
                    core::Field("error_ends_on", &V::error_ends_on),
                    core::Field("error_host_unit_id", &V::error_host_unit_id)};
}

struct ProgrammeEventFormView {
  domain::Id programme_id = 0;
  std::string programme_name;
  std::string period;  // the programme's period in words, "2026-01-01 – 2026-12-31"
  domain::Id id = 0;
  std::vector<RadioOptionView> kinds;
  std::string title;
  std::string starts_on;
  std::string ends_on;
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_title;
  std::optional<std::string> error_starts_on;
  std::optional<std::string> error_ends_on;
};
constexpr auto Describe(std::type_identity<ProgrammeEventFormView>) {
  using V = ProgrammeEventFormView;
  return std::tuple{core::Field("programme_id", &V::programme_id),
                    core::Field("programme_name", &V::programme_name),
                    core::Field("period", &V::period),
                    core::Field("id", &V::id),
                    core::Field("kinds", &V::kinds),
                    core::Field("title", &V::title),
                    core::Field("starts_on", &V::starts_on),
                    core::Field("ends_on", &V::ends_on),
                    core::Field("has_errors", &V::has_errors),
                    core::Field("errors", &V::errors),
                    core::Field("error_title", &V::error_title),
                    core::Field("error_starts_on", &V::error_starts_on),
                    core::Field("error_ends_on", &V::error_ends_on)};
}

}  // namespace stegvis::web
