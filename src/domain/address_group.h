#pragma once
// The group of client addresses that login throttling counts as one. An IPv4 address is its
// own group. An IPv6 address is grouped by its /64 network: one household or office is handed
// a whole /64 and can pick any of its 2^64 addresses, so counting each address apart would
// give a guesser unlimited fresh addresses. An IPv4-mapped IPv6 address (::ffff:192.0.2.7, as
// a dual-stack socket reports an IPv4 peer) is the IPv4 address it maps.

#include <string>
#include <string_view>

namespace stegvis::domain {

// "192.0.2.7" for "192.0.2.7" and "::ffff:192.0.2.7"; "2001:db8:1:2::/64" for any address in
// 2001:db8:1:2::/64. Anything that is not an address ("-", a group already made) is returned
// unchanged, so grouping a group gives the group.
std::string AddressGroup(std::string_view address);

}  // namespace stegvis::domain
