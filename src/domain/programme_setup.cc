#include "domain/programme_setup.h"

#include "core/date.h"
#include "core/text.h"
#include "domain/audit_json.h"
#include "domain/projects.h"
#include "domain/resources.h"

namespace stegvis::domain {
core::Error ProgrammeClosed() {
  return core::Error{core::ErrorCode::kConflict, "the programme is closed", "closed",
                     "error.programme.closed"};
}

namespace {

core::Error Closed() {
  return ProgrammeClosed();
}

core::Error OutsidePeriod(const Programme& programme, const char* field) {
  core::Error e = core::Error::Invalid("outside the programme's period", field,
                                       "error.programme.outside_period");
  e.params.push_back(core::ErrorParam::Text("from", programme.starts_on));
  e.params.push_back(core::ErrorParam::Text("to", programme.ends_on));
  return e;
}

// Changes that are refused leave no trace; those that are not are one audit entry each.
void Audit(StoreTx& tx, const Actor& actor, std::int64_t now, const char* action,
           const Programme& before, const Programme& after) {
  RecordAudit(tx, actor, now, action, "programme", after.id, AuditJson(before), AuditJson(after),
              after.organisation_id);
}

// Whether `a` and `b` differ in a field the programme's form edits.
bool FieldsDiffer(const Programme& a, const Programme& b) {
  return a.name != b.name || a.theme != b.theme || a.aim != b.aim || a.starts_on != b.starts_on ||
         a.ends_on != b.ends_on || a.host_unit_id != b.host_unit_id;
}

}  // namespace

std::vector<core::Error> ProgrammeErrors(const Programme& p) {
  std::vector<core::Error> errors;
  if (core::IsBlank(p.name)) {
    errors.push_back(core::Error::Invalid("a programme needs a name", "name", "error.required"));
  } else if (p.name.size() > kProgrammeNameMax) {
    errors.push_back(core::Error::Invalid("name too long", "name", "error.too_long"));
  }
  if (p.theme.size() > kProgrammeThemeMax) {
    errors.push_back(core::Error::Invalid("theme too long", "theme", "error.too_long"));
  }
  if (p.aim.size() > kProgrammeAimMax) {
    errors.push_back(core::Error::Invalid("aim too long", "aim", "error.too_long"));
  }
  const bool starts_ok = p.starts_on.empty() || core::IsIsoDate(p.starts_on);
  const bool ends_ok = p.ends_on.empty() || core::IsIsoDate(p.ends_on);
  if (!starts_ok) {
    errors.push_back(core::Error::Invalid("not a date", "starts_on", "error.bad_date"));
  }
  if (!ends_ok) {
    errors.push_back(core::Error::Invalid("not a date", "ends_on", "error.bad_date"));
  } else if (starts_ok && !p.starts_on.empty() && !p.ends_on.empty() && p.ends_on < p.starts_on) {
    errors.push_back(
        core::Error::Invalid("ends before it starts", "ends_on", "error.ends_before_start"));
  }
  return errors;
}

std::vector<core::Error> ProgrammeEventErrors(const ProgrammeEvent& e, const Programme& p) {
  std::vector<core::Error> errors;
  if (core::IsBlank(e.title)) {
    errors.push_back(core::Error::Invalid("an entry needs a title", "title", "error.required"));
  } else if (e.title.size() > kProgrammeEventTitleMax) {
    errors.push_back(core::Error::Invalid("title too long", "title", "error.too_long"));
  }
  const bool starts_ok = core::IsIsoDate(e.starts_on);
  const std::string& ends_on = e.ends_on.empty() ? e.starts_on : e.ends_on;
  const bool ends_ok = e.ends_on.empty() || core::IsIsoDate(e.ends_on);
  if (!starts_ok) {
    errors.push_back(core::Error::Invalid("not a date", "starts_on", "error.bad_date"));
  } else if ((!p.starts_on.empty() && e.starts_on < p.starts_on) ||
             (!p.ends_on.empty() && e.starts_on > p.ends_on)) {
    errors.push_back(OutsidePeriod(p, "starts_on"));
  }
  if (!ends_ok) {
    errors.push_back(core::Error::Invalid("not a date", "ends_on", "error.bad_date"));
    return errors;
  }
  if (!starts_ok) return errors;
  if (e.kind == ProgrammeEventKind::kActionPeriod && ends_on <= e.starts_on) {
    errors.push_back(core::Error::Invalid("an action period ends after it starts", "ends_on",
                                          "error.programme.period_ends_too_soon"));
  } else if (ends_on < e.starts_on) {
    errors.push_back(
        core::Error::Invalid("ends before it starts", "ends_on", "error.ends_before_start"));
  } else if (!p.ends_on.empty() && ends_on > p.ends_on) {
    errors.push_back(OutsidePeriod(p, "ends_on"));
  }
  return errors;
}

core::Result<Programme> ProgrammeToChange(StoreTx& tx, const Principal& acting, Id programme_id,
                                          bool open_only) {
  std::optional<Programme> programme = tx.Programmes().Find(programme_id);
  if (!programme || programme->organisation_id != acting.user.organisation_id) {
    return core::Fail(core::Error::NotFoundObject());
  }
  if (!May(&acting, Action::kChange, ProgrammeResource(*programme))) {
    return core::Fail(core::Error::Forbidden("only those who run the programme change it"));
  }
  if (open_only && programme->closed) return core::Fail(Closed());
  return *programme;
}

core::Result<ProgrammeSetup> LoadProgrammeSetup(Store& store, const Principal& acting,
                                                Id programme_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<ProgrammeSetup> {
    auto programme = ProgrammeToChange(tx, acting, programme_id);
    if (!programme) return core::Fail(programme.error());
    return ProgrammeSetup{*programme, tx.Units().List(programme->organisation_id),
                          tx.Programmes().ListEvents(programme_id)};
  });
}

core::Error ProgrammeChangedBy(StoreTx& tx, const Programme& programme) {
  return ChangedByUser(tx, programme.organisation_id, programme.updated_by, programme.updated_at,
                       programme.version);
}

core::Result<Programme> ChangeProgramme(Store& store, const core::Clock& clock,
                                        const Principal& acting, const Actor& actor,
                                        const Programme& programme, std::optional<bool> closed) {
  std::vector<core::Error> errors = ProgrammeErrors(programme);
  if (!errors.empty()) return core::Fail(errors.front());
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<Programme> {
    auto before = ProgrammeToChange(tx, acting, programme.id, false);
    if (!before) return core::Fail(before.error());
    if (before->version != programme.version) return core::Fail(ProgrammeChangedBy(tx, *before));
    const bool closes = closed.value_or(before->closed);
    if (before->closed && closes) return core::Fail(Closed());
    if (programme.host_unit_id) {
      std::optional<Unit> unit = tx.Units().Find(*programme.host_unit_id);
      if (!unit || unit->organisation_id != before->organisation_id) {
        return core::Fail(
            core::Error::Invalid("no such unit", "host_unit_id", "error.unknown_unit"));
      }
    }
    Programme after = *before;
    after.name = programme.name;
    after.theme = programme.theme;
    after.aim = programme.aim;
    after.starts_on = programme.starts_on;
    after.ends_on = programme.ends_on;
    after.host_unit_id = programme.host_unit_id;
    after.closed = closes;
    after.version = before->version + 1;
    after.updated_at = now;
    after.updated_by = actor.label;
    tx.Programmes().Update(after);
    const char* action = "update";
    if (!FieldsDiffer(*before, after) && before->closed != after.closed) {
      action = after.closed ? "close" : "reopen";
    }
    Audit(tx, actor, now, action, *before, after);
    return after;
  });
}

core::Result<Programme> SetProgrammeClosed(Store& store, const core::Clock& clock,
                                           const Principal& acting, const Actor& actor,
                                           Id programme_id, std::int64_t version, bool closed) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<Programme> {
    auto before = ProgrammeToChange(tx, acting, programme_id, false);
    if (!before) return core::Fail(before.error());
    if (before->version != version) return core::Fail(ProgrammeChangedBy(tx, *before));
    if (before->closed == closed) return *before;
    Programme after = *before;
    after.closed = closed;
    after.version = before->version + 1;
    after.updated_at = now;
    after.updated_by = actor.label;
    tx.Programmes().Update(after);
    Audit(tx, actor, now, closed ? "close" : "reopen", *before, after);
    return after;
  });
}

ProgrammeEvent ProgrammeEventEdit::AppliedTo(ProgrammeEvent event) const {
  event.kind = kind.value_or(event.kind);
  event.title = title.value_or(event.title);
  event.starts_on = starts_on.value_or(event.starts_on);
  event.ends_on = ends_on.value_or(event.ends_on);
  return event;
}

core::Result<void> MoveProgrammeEvent(Store& store, const core::Clock& clock,
                                      const Principal& acting, const Actor& actor, Id programme_id,
                                      ProgrammeEvent event) {
  auto moved = MoveProgrammeEvent(store, clock, acting, actor, programme_id, event.id,
                                  {event.kind, event.title, event.starts_on, event.ends_on});
  if (!moved) return core::Fail(moved.error());
  return {};
}

core::Result<ProgrammeEvent> MoveProgrammeEvent(Store& store, const core::Clock& clock,
                                                const Principal& acting, const Actor& actor,
                                                Id programme_id, Id event_id,
                                                const ProgrammeEventEdit& edit) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<ProgrammeEvent> {
    auto programme = ProgrammeToChange(tx, acting, programme_id);
    if (!programme) return core::Fail(programme.error());
    std::optional<ProgrammeEvent> before = tx.Programmes().FindEvent(programme_id, event_id);
    if (!before) return core::Fail(core::Error::NotFoundObject());
    ProgrammeEvent event = edit.AppliedTo(*before);
    if (event.ends_on.empty()) event.ends_on = event.starts_on;
    std::vector<core::Error> errors = ProgrammeEventErrors(event, *programme);
    if (!errors.empty()) return core::Fail(errors.front());
    event.programme_id = programme_id;
    tx.Programmes().UpdateEvent(event);
    RecordAudit(tx, actor, now, "event_moved", "programme", programme_id,
                AuditJson({{"event_id", std::to_string(event.id)}}, *before),
                AuditJson({{"event_id", std::to_string(event.id)}}, event),
                programme->organisation_id);
    return event;
  });
}

core::Result<void> RemoveProgrammeEvent(Store& store, const core::Clock& clock,
                                        const Principal& acting, const Actor& actor,
                                        Id programme_id, Id event_id) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    auto programme = ProgrammeToChange(tx, acting, programme_id);
    if (!programme) return core::Fail(programme.error());
    std::optional<ProgrammeEvent> before = tx.Programmes().FindEvent(programme_id, event_id);
    if (!before) return core::Fail(core::Error::NotFoundObject());
    tx.Programmes().RemoveEvent(programme_id, event_id);
    RecordAudit(tx, actor, now, "event_removed", "programme", programme_id,
                AuditJson({{"event_id", std::to_string(event_id)}}, *before), "",
                programme->organisation_id);
    return {};
  });
}

}  // namespace stegvis::domain
