#include "domain/demo_gender.h"

#include <algorithm>
#include <initializer_list>
#include <map>
#include <string>

#include "domain/self_assessment.h"

namespace stegvis::domain {
namespace {

constexpr std::int64_t kDay = 86400;

struct DemoNote {
  const char* by;
  int days_ago;
  const char* representation;
  const char* resources;
  const char* realia;
  const char* realisera;
};

// The team's analysis as it grew: first what the numbers show, then why, then what they do.
constexpr DemoNote kNotes[] = {
    {"team@solvik.example", 420,
     "Av dem som kommer hem från sjukhus till oss är ungefär sex av tio kvinnor. Färre kvinnor "
     "än män svarar att de kan påverka när hjälpen ges.",
     "", "", ""},
    {"team@solvik.example", 300,
     "Av dem som kommer hem från sjukhus till oss är ungefär sex av tio kvinnor. Färre kvinnor "
     "än män svarar att de kan påverka när hjälpen ges: 48 % mot 52 % under hösten 2024.",
     "Männens besök läggs oftare först på morgonen, som de ber om. Kvinnornas besök läggs där "
     "schemat har luckor. Kvinnor får kortare besök för samma beviljade insats.",
     "Vi har utgått från att kvinnor 'klarar sig' och är flexibla, och att män behöver hjälp "
     "tidigt för att komma igång med dagen.",
     ""},
    {"chef@solvik.example", 120,
     "Av dem som kommer hem från sjukhus till oss är ungefär sex av tio kvinnor. Sedan juni 2025 "
     "svarar fler kvinnor än tidigare att de kan påverka när hjälpen ges; männens svar har inte "
     "förändrats.",
     "Männens besök läggs oftare först på morgonen, som de ber om. Kvinnornas besök läggs där "
     "schemat har luckor. Kvinnor får kortare besök för samma beviljade insats.",
     "Vi har utgått från att kvinnor 'klarar sig' och är flexibla, och att män behöver hjälp "
     "tidigt för att komma igång med dagen. Männen tillfrågas sällan om annat än tiden.",
     "Hembesöket dagen efter hemkomsten frågar alla, kvinnor och män, vilken tid de vill ha. "
     "Nästa test: fråga männen om innehållet i hjälpen, inte bara om tiden, så att gapet inte "
     "bara byter riktning."},
};

struct DemoAssessment {
  const char* on;
  const char* by;
  const char* note;
  // Scores in catalogue order (step_1 … knowledge_learning); 0 = not assessed.
  int scores[19];
};

constexpr DemoAssessment kAssessments[] = {
    {"2024-09-24",
     "chef@solvik.example",
     "Enhetschef, två samordnare och strategen på en halvdag.",
     {2, 1, 2, 1, 2, 1, 1, 1, 1, 0, 2, 1, 1, 2, 1, 1, 1, 2, 1}},
    {"2025-09-23",
     "chef@solvik.example",
     "Samma grupp som förra året och två undersköterskor från förbättringsteamet.",
     {2, 2, 2, 2, 3, 2, 1, 2, 2, 1, 3, 2, 2, 2, 2, 2, 2, 2, 2}},
    {"2026-09-22",
     "strateg@solvik.example",
     "Ledningsgruppen för hemtjänsten med stöd av strategen.",
     {3, 2, 3, 2, 4, 3, 2, 3, 3, 2, 3, 3, 3, 3, 3, 3, 2, 3, 3}},
};

struct DemoReflection {
  ReflectionKind kind;
  const char* on;
  const char* by;
  const char* title;
  const char* text;
  const char* peer;
  std::initializer_list<const char*> units;
  bool with_project;
};

const DemoReflection kReflections[] = {
    {ReflectionKind::kMeeting,
     "2025-03-18",
     "chef@solvik.example",
     "Reflektionsmöte efter första arbetsperioden",
     "Vi gick igenom teamets första PGSA-cykler. Det som fungerade var att börja litet: en "
     "brukare, en vecka. Det svåra är att hitta tid för teamet att studera resultaten. Jag tar "
     "med mig att boka in studera-tiden i schemat i förväg.",
     "",
     {"Hemtjänst Norr", "Hemtjänst Söder"},
     true},
    {ReflectionKind::kShadowing,
     "2025-05-06",
     "chef@solvik.example",
     "Skuggning av enhetschefen i Ekbacken",
     "Jag följde Ekbackens enhetschef en förmiddag. Hon startar varje morgonmöte med teamets "
     "diagram på väggen, två minuter, och frågar vad de ser för kvinnor och för män. Det gör "
     "statistiken till en del av vardagen i stället för en rapport.",
     "Enhetschefen på Särskilt boende Ekbacken",
     {"Hemtjänst Norr"},
     false},
    {ReflectionKind::kMeeting,
     "2025-10-14",
     "strateg@solvik.example",
     "Chefernas reflektionsmöte om gapet i inflytande",
     "Kvinnornas svar har förbättrats sedan juni, männens inte. Cheferna diskuterade om männen "
     "får frågor om annat än tider. Vi bestämde att nästa arbetsperiod testar en fråga om "
     "hjälpens innehåll till alla, och att chefen följer upp i ledningsgruppen.",
     "",
     {"Hemtjänst Norr", "Hemtjänst Söder", "Vård- och omsorgsförvaltningen"},
     true},
};

}  // namespace

void SeedDemoGender(StoreTx& tx, Id organisation, Id project, std::int64_t now) {
  std::map<std::string, Id> units;
  for (const Unit& u : tx.Units().List(organisation)) units[u.name] = u.id;

  std::vector<Measure> measures = tx.Measures().ListOfProject(project);
  if (!measures.empty()) {
    std::int64_t version = 0;
    for (const DemoNote& n : kNotes) {
      GenderNote note;
      note.measure_id = measures.front().id;
      note.version = ++version;
      note.representation = n.representation;
      note.resources = n.resources;
      note.realia = n.realia;
      note.realisera = n.realisera;
      note.created_at = now - n.days_ago * kDay;
      note.created_by = n.by;
      tx.GenderNotes().Add(note);
    }
  }

  const auto& items = AssessmentItems();
  for (const DemoAssessment& d : kAssessments) {
    SelfAssessment a;
    a.organisation_id = organisation;
    a.unit_id = units.at("Hemtjänst Norr");
    a.assessed_on = d.on;
    a.note = d.note;
    a.created_at = a.updated_at = now;
    a.created_by = a.updated_by = d.by;
    for (std::size_t i = 0; i < items.size(); ++i) {
      SelfAssessmentScore s;
      s.item = std::string(items[i].key);
      if (d.scores[i] > 0) s.score = d.scores[i];
      a.scores.push_back(std::move(s));
    }
    tx.SelfAssessments().Create(a);
  }

  for (const DemoReflection& r : kReflections) {
    ReflectionNote n;
    n.organisation_id = organisation;
    n.kind = r.kind;
    n.held_on = r.on;
    n.title = r.title;
    n.text = r.text;
    n.peer = r.peer;
    for (const char* name : r.units) n.unit_ids.push_back(units.at(name));
    std::sort(n.unit_ids.begin(), n.unit_ids.end());
    if (r.with_project) n.project_ids.push_back(project);
    n.created_at = n.updated_at = now;
    n.created_by = n.updated_by = r.by;
    tx.ReflectionNotes().Create(n);
  }
}

}  // namespace stegvis::domain
