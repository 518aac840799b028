#pragma once
// Setting a programme up after it is created: its fields (name, theme, common aim, period,
// host unit), closing and reopening it, and moving and removing the entries of its calendar.
// Only those who run the programme (admins and strategists of the host, as for AddProgramme)
// change it; a closed programme is read-only until one of them reopens it. Each change is
// checked against the programme's version where it has one and leaves an audit entry.

#include <cstdint>
#include <optional>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/programme.h"
#include "domain/store.h"

namespace stegvis::domain {

// The longest name, theme and common aim a programme may have, and an entry's title.
inline constexpr std::size_t kProgrammeNameMax = 200;
inline constexpr std::size_t kProgrammeThemeMax = 200;
inline constexpr std::size_t kProgrammeAimMax = 4000;
inline constexpr std::size_t kProgrammeEventTitleMax = 200;

// Everything wrong with a programme's fields, at most one error per field, in the order of the
// form: "name" (required, ≤ kProgrammeNameMax), "theme", "aim" ("error.too_long"),
// "starts_on"/"ends_on" (ISO dates, "error.bad_date"; "ends_on" "error.ends_before_start").
// All kInvalidInput; empty when the fields may be saved. (The host unit is checked against
// the store by ChangeProgramme.)
std::vector<core::Error> ProgrammeErrors(const Programme& programme);

// Everything wrong with a calendar entry of `programme`, at most one per field, in the order
// of the form: "title" (required, ≤ kProgrammeEventTitleMax), "starts_on" (an ISO date,
// "error.bad_date"), "ends_on" (an ISO date; an action period ends after it starts,
// "error.programme.period_ends_too_soon"; a learning session not before it starts,
// "error.ends_before_start"), and an entry outside the programme's period
// ("error.programme.outside_period" on the date that is outside, with the parameters "from"
// and "to"). An empty end means the start. All kInvalidInput; empty when it may be saved.
std::vector<core::Error> ProgrammeEventErrors(const ProgrammeEvent& event,
                                              const Programme& programme);

// Stores a programme's name, theme, aim, period and host unit, and, with `closed`, closes or
// reopens it in the same change. `programme.version` is the version the editor loaded:
// kConflict (ChangedBy, "who" the display name of whoever saved in between) when it was saved
// since. kNotFound for a programme the actor's organisation does not host; kForbidden for
// those who do not run it; kConflict ("error.programme.closed") for a closed one that is not
// reopened by this change; kInvalidInput as ProgrammeErrors, or "host_unit_id"
// ("error.unknown_unit") for a unit the host does not have. Audited ("programme": "update", or
// "close"/"reopen" when nothing else changed) with before and after; returns the programme as
// saved.
core::Result<Programme> ChangeProgramme(Store& store, const core::Clock& clock,
                                        const Principal& acting, const Actor& actor,
                                        const Programme& programme,
                                        std::optional<bool> closed = std::nullopt);

// Closes (`closed`) or reopens the programme, checked against `version` as ChangeProgramme
// (errors as there, but a closed programme may be reopened). Closing a closed programme or
// reopening an open one changes nothing and succeeds. Audited ("close" or "reopen").
core::Result<Programme> SetProgrammeClosed(Store& store, const core::Clock& clock,
                                           const Principal& acting, const Actor& actor,
                                           Id programme_id, std::int64_t version, bool closed);

// Moves a calendar entry: its kind, title and dates (`event.id` names it; an empty end means
// the start). kNotFound for an entry not in the programme; otherwise errors as
// AddProgrammeEventTo. Audited
// ("event_moved") with before and after.
core::Result<void> MoveProgrammeEvent(Store& store, const core::Clock& clock,
                                      const Principal& acting, const Actor& actor, Id programme_id,
                                      ProgrammeEvent event);

// Some members of a calendar entry; an absent one keeps what is stored when the change is
// written (two people changing different members at the same moment both keep theirs).
struct ProgrammeEventEdit {
  std::optional<ProgrammeEventKind> kind;
  std::optional<std::string> title;
  std::optional<std::string> starts_on;
  std::optional<std::string> ends_on;

  ProgrammeEvent AppliedTo(ProgrammeEvent event) const;
};

// MoveProgrammeEvent with only the members `edit` names, applied inside the write to entry
// `event_id` as it is stored; returns the entry as saved.
core::Result<ProgrammeEvent> MoveProgrammeEvent(Store& store, const core::Clock& clock,
                                                const Principal& acting, const Actor& actor,
                                                Id programme_id, Id event_id,
                                                const ProgrammeEventEdit& edit);

// Removes a calendar entry (errors as MoveProgrammeEvent). Audited ("event_removed").
core::Result<void> RemoveProgrammeEvent(Store& store, const core::Clock& clock,
                                        const Principal& acting, const Actor& actor,
                                        Id programme_id, Id event_id);

// The refusal of any change to a closed programme, its calendar, change package or goals:
// kConflict, field "closed", key "error.programme.closed".
core::Error ProgrammeClosed();

// The programme to change, for those who run it: kNotFound unless the principal's organisation
// hosts it, kForbidden unless they may change it, kConflict ("error.programme.closed") when it
// is closed and `open_only`. Used by every change of the programme and its calendar.
core::Result<Programme> ProgrammeToChange(StoreTx& tx, const Principal& acting, Id programme_id,
                                          bool open_only = true);

// What the forms that set a programme up start from: the programme, the host's units (for
// the host unit) and its calendar. Refusals as ProgrammeToChange (a closed programme is
// refused: its forms are not offered).
struct ProgrammeSetup {
  Programme programme;
  std::vector<Unit> units;
  std::vector<ProgrammeEvent> events;
};
core::Result<ProgrammeSetup> LoadProgrammeSetup(Store& store, const Principal& acting,
                                                Id programme_id);

// A stale save of `programme`: ChangedByUser, naming its last editor by display name (their
// e-mail when no such user is known) with their e-mail in "who_email".
core::Error ProgrammeChangedBy(StoreTx& tx, const Programme& programme);

}  // namespace stegvis::domain
