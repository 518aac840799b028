#pragma once
// For the import's web tests (import_test.cc, import_attack_test.cc): a monthly count of
// women and men in Trygg hemgång's project, and the upload of a file as the page's form
// sends it (multipart/form-data).

#include <string>

#include "domain/measures.h"
#include "domain/sessions.h"
#include "web/testing/web_test_fixture.h"

namespace stegvis::web {

class ImportWebTest : public WebTest {
 protected:
  void SetUp() override {
    SeedDemo();
    member_ = As(kDemoEmails.at("teammedlem"));
    const domain::Principal member =
        *domain::LoadPrincipal(*store_, UserId(kDemoEmails.at("teammedlem")));
    domain::Measure m;
    m.name = "Fall på natten";
    m.definition = "Antal fall mellan 22 och 06";
    measure_ = *domain::AddMeasure(*store_, clock_, member, domain::ActorFor(member, "192.0.2.1"),
                                   ProjectOf("Trygg hemgång"), m);
  }

  // The body of the measure page's import form with `bytes` as the file `file_name`.
  static std::string Multipart(const std::string& csrf, const std::string& file_name,
                               const std::string& bytes) {
    return "--XyZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf +
           "\r\n--XyZ\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"" + file_name +
           "\"\r\nContent-Type: text/csv\r\n\r\n" + bytes + "\r\n--XyZ--\r\n";
  }
  Response Upload(const TestClient& client, const std::string& file_name, const std::string& bytes,
                  domain::Id measure = 0) {
    return Send("POST", "/matt/" + std::to_string(measure ? measure : measure_) + "/import", client,
                Multipart(client.csrf, file_name, bytes),
                {{"content-type", "multipart/form-data; boundary=XyZ"}});
  }
  // The import id a redirect to /import/{id} names; 0 otherwise.
  static domain::Id ImportIdOf(const Response& r) {
    const std::string_view location = r.Header("Location");
    if (r.status != 303 || !location.starts_with("/import/")) return 0;
    return std::stoll(std::string(location.substr(8)));
  }
  Response PostCsv(const TestClient& client, const std::string& bytes, domain::Id measure = 0) {
    return Send("POST",
                "/api/v1/measures/" + std::to_string(measure ? measure : measure_) +
                    "/imports?name=fall.csv",
                client, bytes, {{"content-type", "text/csv"}, {"x-csrf-token", client.csrf}});
  }
  std::vector<domain::Observation> Grid() {
    std::vector<domain::Observation> out;
    store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
      out = tx.Measures().ListObservations(measure_);
      return true;
    });
    return out;
  }

  TestClient member_;
  domain::Id measure_ = 0;
};

// Excel's "CSV (semikolonavgränsad)" in Swedish: a BOM, ';', decimal comma, CRLF.
inline const std::string kExcelBom = "\xEF\xBB\xBF";

}  // namespace stegvis::web
