// The import page's "what do the columns hold?": a file with its own headings is told once what
// each column holds, is read again without problems, and the next file with the same headings
// maps itself; a role the measure cannot hold is refused in words; only those who may change
// the measure tell it. The same for a project's long tables (/projekt/{id}/import).

#include "web/improvement/import_test_support.h"

namespace stegvis::web {
namespace {

class ImportColumnsTest : public ImportWebTest {
 protected:
  const std::string export_ = "Månad;Antal kvinnor;Antal män;Enhet\r\n2026-01;3;4;Norr\r\n";
  Response Tell(const TestClient& client, domain::Id import_id, const std::string& body) {
    return Send("POST", "/import/" + std::to_string(import_id) + "/kolumner", client,
                "_csrf=" + client.csrf + body,
                {{"content-type", "application/x-www-form-urlencoded"}});
  }
  static std::string Pair(const std::string& heading, const std::string& role) {
    return "&heading=" + Encoded(heading) + "&role=" + Encoded(role);
  }
  static std::string Encoded(const std::string& text) {
    std::string out;
    for (unsigned char c : text) {
      if (std::isalnum(c)) {
        out += static_cast<char>(c);
      } else {
        char buffer[4];
        std::snprintf(buffer, sizeof buffer, "%%%02X", c);
        out += buffer;
      }
    }
    return out;
  }
};

TEST_F(ImportColumnsTest, ColumnsToldOnceAreRememberedForTheNextFile) {
  const domain::Id first = ImportIdOf(Upload(member_, "export.csv", export_));
  ASSERT_NE(first, 0);
  Response shown = Get("/import/" + std::to_string(first), member_);
  ASSERT_EQ(shown.status, 200);
  EXPECT_TRUE(Has(shown, "Vad innehåller kolumnerna?"));
  EXPECT_TRUE(Has(shown, "Välj nedan vad kolumnerna innehåller"))
      << "the problems point to the form";
  EXPECT_TRUE(Has(shown, "<label for=\"column-role-0\">Kolumn A: Månad</label>"));
  EXPECT_TRUE(Has(shown, "<option value=\"women\">Kvinnor</option>"));
  EXPECT_TRUE(Has(shown, "<option value=\"skip\">Importeras inte</option>"));
  EXPECT_FALSE(Has(shown, "/import/" + std::to_string(first) + "/spara\""));

  Response told = Tell(member_, first,
                       Pair("Månad", "period") + Pair("Antal kvinnor", "women") +
                           Pair("Antal män", "men") + Pair("Enhet", "skip"));
  ASSERT_EQ(told.status, 303) << told.body;
  EXPECT_EQ(told.Header("Location"), "/import/" + std::to_string(first));
  Response again = Get("/import/" + std::to_string(first), member_);
  EXPECT_FALSE(Has(again, "class=\"error-summary\"")) << again.body;
  EXPECT_TRUE(Has(again, "/import/" + std::to_string(first) + "/spara\""));
  EXPECT_TRUE(Has(again, "<option value=\"skip\" selected>Importeras inte</option>"))
      << "the remembered choices are shown, and can be changed";

  const domain::Id next = ImportIdOf(Upload(member_, "export-februari.csv", export_));
  Response done =
      Send("POST", "/import/" + std::to_string(next) + "/spara", member_, "_csrf=" + member_.csrf,
           {{"content-type", "application/x-www-form-urlencoded"}});
  EXPECT_EQ(done.status, 303) << done.body;
  EXPECT_EQ(Grid().size(), 2u);
}

TEST_F(ImportColumnsTest, ARoleTheMeasureCannotHoldIsRefusedInWords) {
  const domain::Id id = ImportIdOf(Upload(member_, "export.csv", export_));
  Response refused = Tell(member_, id, Pair("Antal kvinnor", "denominator:women"));
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(Has(refused, "Valet för kolumnen ”Antal kvinnor” passar inte det här måttet."))
      << refused.body;
  EXPECT_EQ(Tell(member_, id, Pair("Antal kvinnor", "<script>")).status, 422);
  // Nothing chosen leaves a column as it was.
  EXPECT_EQ(Tell(member_, id, Pair("Enhet", "")).status, 303);
  EXPECT_TRUE(Has(Get("/import/" + std::to_string(id), member_), "Kolumnen hör inte till måttet"));
}

TEST_F(ImportColumnsTest, OnlyThoseWhoMayChangeTheMeasureTellIt) {
  const domain::Id id = ImportIdOf(Upload(member_, "export.csv", export_));
  EXPECT_EQ(Tell(As(kDemoEmails.at("politiker")), id, Pair("Månad", "period")).status, 403);
  EXPECT_EQ(Tell(As("admin@norrby.example"), id, Pair("Månad", "period")).status, 404);
  EXPECT_EQ(Send("POST", "/import/" + std::to_string(id) + "/kolumner", member_,
                 "heading=M%C3%A5nad&role=period",
                 {{"content-type", "application/x-www-form-urlencoded"}})
                .status,
            403)
      << "without the form's CSRF token";
  EXPECT_TRUE(Has(Get("/import/" + std::to_string(id), member_), "Kolumnen hör inte till måttet"))
      << "nothing was remembered";
}

TEST_F(ImportColumnsTest, TheApiReadsAndChangesWhatTheMeasureRemembers) {
  const std::string path = "/api/v1/measures/" + std::to_string(measure_) + "/import-columns";
  auto put = [&](const TestClient& client, const std::string& body) {
    return Send("PUT", path, client, body,
                {{"content-type", "application/json"}, {"x-csrf-token", client.csrf}});
  };
  Response saved = put(member_, R"({"columns": [{"heading": "Månad", "role": "period"},
      {"heading": "Antal kvinnor", "role": "women"}, {"heading": "Antal män", "role": "men"},
      {"heading": "Enhet", "role": "skip"}]})");
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_TRUE(Has(saved, R"({"heading":"antal kvinnor","role":"women")")) << saved.body;
  Response read = Get(path, As(kDemoEmails.at("politiker")));
  ASSERT_EQ(read.status, 200) << "those who see the measure read it";
  EXPECT_TRUE(Has(read, R"("roles":["period","women","men","total","skip"])")) << read.body;
  // The file maps itself through the API too.
  Response staged = PostCsv(member_, export_);
  ASSERT_EQ(staged.status, 201) << staged.body;
  EXPECT_TRUE(Has(staged, R"("problems":[])")) << staged.body;

  Response wrong = put(member_, R"({"columns": [{"heading": "Enhet", "role": "girls"}]})");
  EXPECT_EQ(wrong.status, 422);
  EXPECT_TRUE(Has(wrong, "error.import.column_role")) << wrong.body;
  EXPECT_EQ(put(member_, R"({"columns": "Månad"})").status, 422);
  EXPECT_EQ(put(As(kDemoEmails.at("politiker")), R"({"columns": []})").status, 403);
  EXPECT_EQ(put(As("admin@norrby.example"), R"({"columns": []})").status, 404);
  EXPECT_EQ(Get(path, As("team@norrby.example")).status, 404);
  // An empty role forgets the heading.
  Response forgot = put(member_, R"({"columns": [{"heading": "enhet", "role": ""}]})");
  ASSERT_EQ(forgot.status, 200);
  EXPECT_FALSE(Has(forgot, "\"enhet\""));
}

// A project's long tables with their own headings.
class LongColumnsTest : public ImportColumnsTest {
 protected:
  std::string Page() {
    return "/projekt/" + std::to_string(ProjectOf("Trygg hemgång")) + "/import";
  }
  // Uploads `bytes` on the project's import page; the staged table's page.
  std::string Stage(const std::string& bytes) {
    Response r = Send("POST", Page(), member_, Multipart(member_.csrf, "system.csv", bytes),
                      {{"content-type", "multipart/form-data; boundary=XyZ"}});
    EXPECT_EQ(r.status, 303) << r.body;
    return std::string(r.Header("Location"));
  }
  Response TellLong(const TestClient& client, const std::string& preview, const std::string& body) {
    return Send("POST", preview + "/kolumner", client, "_csrf=" + client.csrf + body,
                {{"content-type", "application/x-www-form-urlencoded"}});
  }
  const std::string export_long_ =
      "Indikator;Månad;Kön;Antal;Kommentar\r\nFall på natten;2026-10;K;3;<b>lugn</b>\r\n";
};

TEST_F(LongColumnsTest, ALongTablesHeadingsToldOnceAreRememberedForTheProject) {
  const std::string preview = Stage(export_long_);
  Response shown = Get(preview, member_);
  ASSERT_EQ(shown.status, 200);
  EXPECT_TRUE(Has(shown, "Vad innehåller kolumnerna?"));
  EXPECT_TRUE(Has(shown, "Välj nedan vad kolumnerna innehåller")) << "the problems point to it";
  EXPECT_TRUE(Has(shown, "action=\"" + preview + "/kolumner\""));
  EXPECT_TRUE(Has(shown, "<label for=\"column-role-0\">Kolumn A: Indikator</label>"));
  EXPECT_TRUE(Has(shown, "<option value=\"measure\">Mått</option>"));
  EXPECT_TRUE(Has(shown, "<option value=\"denominator\">Nämnare</option>"));
  EXPECT_FALSE(Has(shown, preview + "/spara\""));

  Response told =
      TellLong(member_, preview,
               Pair("Indikator", "measure") + Pair("Månad", "period") + Pair("Kön", "group") +
                   Pair("Antal", "value") + Pair("Kommentar", "skip"));
  ASSERT_EQ(told.status, 303) << told.body;
  EXPECT_EQ(told.Header("Location"), preview);
  Response again = Get(preview, member_);
  EXPECT_FALSE(Has(again, "class=\"error-summary\"")) << again.body;
  EXPECT_TRUE(Has(again, preview + "/spara\""));
  EXPECT_TRUE(Has(again, "<option value=\"skip\" selected>Importeras inte</option>"))
      << "the remembered choices are shown, and can be changed";

  const std::string next = Stage(export_long_);
  Response saved = Send("POST", next + "/spara", member_, "_csrf=" + member_.csrf,
                        {{"content-type", "application/x-www-form-urlencoded"}});
  EXPECT_EQ(saved.status, 303) << saved.body;
  ASSERT_EQ(Grid().size(), 1u);
  EXPECT_EQ(Grid()[0].value, "3");
}

TEST_F(LongColumnsTest, BadChoicesAreRefusedInWordsAndOnlyThoseWhoMayChangeTheProjectTell) {
  const std::string preview = Stage(export_long_);
  Response refused = TellLong(member_, preview, Pair("Kön", "women"));
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(Has(refused, "Valet för kolumnen ”Kön” finns inte.")) << refused.body;
  EXPECT_TRUE(Has(refused, "Vad innehåller kolumnerna?")) << "the form is shown again";
  EXPECT_EQ(TellLong(As(kDemoEmails.at("politiker")), preview, Pair("Kön", "group")).status, 403);
  EXPECT_EQ(TellLong(As("admin@norrby.example"), preview, Pair("Kön", "group")).status, 404);
  EXPECT_EQ(Send("POST", preview + "/kolumner", member_, "heading=K%C3%B6n&role=group",
                 {{"content-type", "application/x-www-form-urlencoded"}})
                .status,
            403)
      << "without the form's CSRF token";
  const std::string other = "/projekt/" + std::to_string(ProjectOf("Rätt tid")) + "/import/" +
                            preview.substr(preview.rfind('/') + 1);
  EXPECT_EQ(TellLong(As(kDemoEmails.at("admin")), other, Pair("Kön", "group")).status, 404)
      << "a staged table is told only through its own project";
  EXPECT_TRUE(Has(Get(preview, member_), "Kolumnen hör inte till en lång tabell"))
      << "nothing was remembered";
  // A heading is shown escaped, in the label and in the form's hidden field.
  const std::string odd = Stage("Mått;Period;Grupp;Värde;<script>x</script>\r\n");
  Response shown = Get(odd, member_);
  EXPECT_FALSE(Has(shown, "<script>x")) << shown.body;
  EXPECT_TRUE(Has(shown, "value=\"&lt;script&gt;x&lt;/script&gt;\""));
}

TEST_F(LongColumnsTest, TheApiReadsAndChangesWhatTheProjectRemembers) {
  const std::string path =
      "/api/v1/projects/" + std::to_string(ProjectOf("Trygg hemgång")) + "/import-columns";
  auto put = [&](const TestClient& client, const std::string& body) {
    return Send("PUT", path, client, body,
                {{"content-type", "application/json"}, {"x-csrf-token", client.csrf}});
  };
  Response saved = put(member_, R"({"columns": [{"heading": "Indikator", "role": "measure"},
      {"heading": "Månad", "role": "period"}, {"heading": "Kön", "role": "group"},
      {"heading": "Antal", "role": "value"}, {"heading": "Kommentar", "role": "skip"}]})");
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_TRUE(Has(saved, R"({"heading":"indikator","role":"measure")")) << saved.body;
  Response read = Get(path, As(kDemoEmails.at("politiker")));
  ASSERT_EQ(read.status, 200) << "those who see the project read it";
  EXPECT_TRUE(Has(read, R"("roles":["measure","period","group","value","denominator","skip"])"))
      << read.body;
  // The table maps itself through the API too.
  Response imported = Send(
      "POST",
      "/api/v1/projects/" + std::to_string(ProjectOf("Trygg hemgång")) + "/imports?dry_run=true",
      member_, export_long_, {{"content-type", "text/csv"}, {"x-csrf-token", member_.csrf}});
  EXPECT_EQ(imported.status, 200) << imported.body;

  Response wrong = put(member_, R"({"columns": [{"heading": "Kön", "role": "women"}]})");
  EXPECT_EQ(wrong.status, 422);
  EXPECT_TRUE(Has(wrong, "error.import.long_column_role")) << wrong.body;
  EXPECT_EQ(put(As(kDemoEmails.at("politiker")), R"({"columns": []})").status, 403);
  EXPECT_EQ(put(As("admin@norrby.example"), R"({"columns": []})").status, 404);
  EXPECT_EQ(Get(path, As("team@norrby.example")).status, 404);
  Response forgot = put(member_, R"({"columns": [{"heading": "kommentar", "role": ""}]})");
  ASSERT_EQ(forgot.status, 200);
  EXPECT_FALSE(Has(forgot, "\"kommentar\""));
}

}  // namespace
}  // namespace stegvis::web
