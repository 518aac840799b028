#include "domain/reminder_settings.h"

namespace stegvis::domain {

core::Result<bool> EmailRemindersOn(Store& store, const Principal& acting) {
  return store.Read(
      [&](StoreTx& tx) -> core::Result<bool> { return !tx.Mail().RemindersOff(acting.user.id); });
}

core::Result<void> SetEmailReminders(Store& store, const core::Clock& clock,
                                     const Principal& acting, bool on) {
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    tx.Mail().SetRemindersOff(acting.user.id, !on, clock.NowUnixSeconds());
    return {};
  });
}

}  // namespace stegvis::domain
