#pragma once
// The words of a reminder e-mail (domain/reminders.h), in the recipient's language, with a
// link to each page it is about and to where reminders are turned off.

#include <string>

#include "domain/reminders.h"
#include "mail/message.h"
#include "web/render/catalogue.h"

namespace stegvis::web {

// One message to `person` from `from`; `base_url` is the address people open
// ("https://stegvis.kommun.se/"), so that links work from a mail program.
mail::Message ReminderMessage(const Catalogue& catalogue, const domain::PersonReminders& person,
                              const std::string& base_url, const std::string& from);

}  // namespace stegvis::web
