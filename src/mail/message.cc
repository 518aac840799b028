#include "mail/message.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>

namespace stegvis::mail {
namespace {

constexpr std::size_t kMaxAddress = 254;
// Bytes of UTF-8 per encoded word: 45 bytes make 60 base64 characters, and with
// "=?UTF-8?B?" and "?=" the word stays under RFC 2047's 75.
constexpr std::size_t kEncodedWordBytes = 45;
constexpr std::size_t kBodyLineChars = 76;

bool IsAscii(std::string_view text) {
  for (unsigned char c : text) {
    if (c >= 0x80 || c < 0x20) return false;
  }
  return true;
}

// RFC 5322 3.3: "Sun, 06 Dec 2026 14:48:51 +0000".
std::string RfcDate(std::int64_t unix_time) {
  static constexpr std::array<const char*, 7> kDays = {"Sun", "Mon", "Tue", "Wed",
                                                       "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::time_t t = static_cast<std::time_t>(unix_time);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char text[40];
  std::snprintf(text, sizeof text, "%s, %02d %s %04d %02d:%02d:%02d +0000", kDays[tm.tm_wday],
                tm.tm_mday, kMonths[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min,
                tm.tm_sec);
  return text;
}

// The subject on one line: line breaks and tabs become spaces.
std::string OneLine(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '\r' || c == '\n' || c == '\t') c = ' ';
  }
  return out;
}

// RFC 2047 encoded words of at most kEncodedWordBytes each, never splitting a UTF-8
// sequence, folded onto continuation lines.
std::string EncodedWords(std::string_view text) {
  std::string out;
  while (!text.empty()) {
    std::size_t n = std::min(text.size(), kEncodedWordBytes);
    std::size_t cut = n;
    while (cut < text.size() && cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
      --cut;
    }
    if (cut > 0) n = cut;  // a run of continuation bytes longer than a word is cut anywhere
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + Base64(text.substr(0, n)) + "?=";
    text.remove_prefix(n);
  }
  return out;
}

// The body in base64 lines of kBodyLineChars, with CRLF line ends in the text itself.
std::string BodyLines(std::string_view body) {
  std::string crlf;
  for (char c : body) {
    if (c == '\r') continue;
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  const std::string encoded = Base64(crlf);
  std::string out;
  for (std::size_t i = 0; i < encoded.size(); i += kBodyLineChars) {
    out += encoded.substr(i, kBodyLineChars);
    out += "\r\n";
  }
  return out;
}

}  // namespace

bool IsSendableAddress(std::string_view address) {
  if (address.empty() || address.size() > kMaxAddress) return false;
  const std::size_t at = address.find('@');
  if (at == 0 || at == std::string_view::npos || at + 1 == address.size() ||
      address.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  for (unsigned char c : address) {
    if (c <= 0x20 || c >= 0x7F || c == '<' || c == '>' || c == '"' || c == '(' || c == ')' ||
        c == ',' || c == ';' || c == '\\') {
      return false;
    }
  }
  return true;
}

core::Result<std::string> FormatMessage(const Message& message, std::int64_t unix_time,
                                        std::string_view message_id) {
  if (!IsSendableAddress(message.from)) {
    return core::Fail(core::Error::Invalid("the sender is not an e-mail address", "from"));
  }
  if (!IsSendableAddress(message.to)) {
    return core::Fail(core::Error::Invalid("the recipient is not an e-mail address", "to"));
  }
  const std::string subject = OneLine(message.subject);
  std::string out;
  out += "Date: " + RfcDate(unix_time) + "\r\n";
  out += "From: <" + message.from + ">\r\n";
  out += "To: <" + message.to + ">\r\n";
  out += "Subject: " + (IsAscii(subject) ? subject : EncodedWords(subject)) + "\r\n";
  out += "Message-ID: <" + std::string(message_id) + ">\r\n";
  out += "Auto-Submitted: auto-generated\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=UTF-8\r\n";
  out += "Content-Transfer-Encoding: base64\r\n";
  out += "\r\n";
  out += BodyLines(message.body);
  return out;
}

std::string DotStuff(std::string_view data) {
  std::string out;
  out.reserve(data.size() + 8);
  bool line_start = true;
  for (char c : data) {
    if (line_start && c == '.') out += '.';
    out += c;
    line_start = c == '\n';
  }
  if (!out.empty() && !out.ends_with("\r\n")) out += "\r\n";
  out += ".\r\n";
  return out;
}

std::string Base64(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 3 <= bytes.size(); i += 3) {
    const unsigned v = static_cast<unsigned char>(bytes[i]) << 16 |
                       static_cast<unsigned char>(bytes[i + 1]) << 8 |
                       static_cast<unsigned char>(bytes[i + 2]);
    out += kAlphabet[v >> 18];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += kAlphabet[v & 63];
  }
  if (const std::size_t rest = bytes.size() - i; rest > 0) {
    unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
    if (rest == 2) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    out += kAlphabet[v >> 18];
    out += kAlphabet[(v >> 12) & 63];
    out += rest == 2 ? kAlphabet[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

}  // namespace stegvis::mail
