#include "domain/address_group.h"

#include <gtest/gtest.h>

namespace stegvis::domain {
namespace {

TEST(AddressGroupTest, AnIpv4AddressIsItsOwnGroup) {
  EXPECT_EQ(AddressGroup("192.0.2.7"), "192.0.2.7");
  EXPECT_NE(AddressGroup("192.0.2.7"), AddressGroup("192.0.2.8"));
}

TEST(AddressGroupTest, Ipv6AddressesInOneSlash64AreOneGroup) {
  EXPECT_EQ(AddressGroup("2001:db8:1:2::1"), "2001:db8:1:2::/64");
  EXPECT_EQ(AddressGroup("2001:db8:1:2:ffff:ffff:ffff:ffff"), "2001:db8:1:2::/64");
  EXPECT_EQ(AddressGroup("2001:DB8:1:2:a:b:c:d"), "2001:db8:1:2::/64") << "any spelling";
  EXPECT_EQ(AddressGroup("2001:db8:1:3::1"), "2001:db8:1:3::/64") << "the next /64 is another";
  EXPECT_EQ(AddressGroup("::1"), "::/64");
}

TEST(AddressGroupTest, AnIpv4MappedAddressIsTheIpv4Address) {
  EXPECT_EQ(AddressGroup("::ffff:192.0.2.7"), "192.0.2.7");
  EXPECT_EQ(AddressGroup("::ffff:c000:207"), "192.0.2.7");
}

TEST(AddressGroupTest, WhatIsNoAddressIsKeptAndAGroupGroupsToItself) {
  EXPECT_EQ(AddressGroup("-"), "-");
  EXPECT_EQ(AddressGroup(""), "");
  EXPECT_EQ(AddressGroup("2001:db8:1:2::/64"), "2001:db8:1:2::/64");
  EXPECT_EQ(AddressGroup(std::string(100, '1')), std::string(100, '1'));
}

}  // namespace
}  // namespace stegvis::domain
