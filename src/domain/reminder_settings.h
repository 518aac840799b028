#pragma once
// Whether a person gets e-mail reminders (domain/reminders.h): on unless they turn them off,
// which only they can do, for themselves. A personal setting like the language: not audited.

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/store.h"

namespace stegvis::domain {

core::Result<bool> EmailRemindersOn(Store& store, const Principal& acting);
core::Result<void> SetEmailReminders(Store& store, const core::Clock& clock,
                                     const Principal& acting, bool on);

}  // namespace stegvis::domain
