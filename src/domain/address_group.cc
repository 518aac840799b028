#include "domain/address_group.h"

#include <arpa/inet.h>

#include <algorithm>
#include <array>

namespace stegvis::domain {

std::string AddressGroup(std::string_view address) {
  // inet_pton needs a terminated string; a longer text is no address.
  if (address.size() >= INET6_ADDRSTRLEN) return std::string(address);
  const std::string text(address);
  in_addr v4{};
  if (inet_pton(AF_INET, text.c_str(), &v4) == 1) return text;
  std::array<unsigned char, 16> v6{};
  if (inet_pton(AF_INET6, text.c_str(), v6.data()) != 1) return text;
  char out[INET6_ADDRSTRLEN] = {};
  constexpr std::array<unsigned char, 12> kMappedPrefix{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
  if (std::equal(kMappedPrefix.begin(), kMappedPrefix.end(), v6.begin())) {
    inet_ntop(AF_INET, v6.data() + 12, out, sizeof out);
    return out;
  }
  std::fill(v6.begin() + 8, v6.end(), 0);  // the interface half: chosen freely by the host
  inet_ntop(AF_INET6, v6.data(), out, sizeof out);
  return std::string(out) + "/64";
}

}  // namespace stegvis::domain
