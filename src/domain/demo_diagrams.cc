#include "domain/demo_diagrams.h"

#include <map>
#include <string>

#include "domain/driver_diagram.h"
#include "domain/theory_of_change.h"

namespace stegvis::domain {
namespace {

constexpr const char* kDemoActor = "demo";

struct DemoItem {
  const char* key;  // for the links below
  int level;        // TocLevel or DriverLevel
  const char* text;
};

struct DemoLink {
  const char* from;
  const char* to;
};

// A reference: the item's key and either a measure (its index among the project's measures)
// or a change idea (its title).
struct DemoRef {
  const char* item;
  int measure;
  const char* idea;
};

struct DemoDiagram {
  int project;  // index into the programme's projects
  DiagramKind kind;
  std::vector<DemoItem> items;
  std::vector<DemoLink> links;
  std::vector<DemoRef> refs;
};

constexpr int kR = static_cast<int>(TocLevel::kResource);
constexpr int kA = static_cast<int>(TocLevel::kActivity);
constexpr int kP = static_cast<int>(TocLevel::kProduct);
constexpr int kW = static_cast<int>(TocLevel::kPractice);
constexpr int kO = static_cast<int>(TocLevel::kOutcome);
constexpr int kE = static_cast<int>(TocLevel::kEffect);
constexpr int kPrimary = static_cast<int>(DriverLevel::kPrimary);
constexpr int kSecondary = static_cast<int>(DriverLevel::kSecondary);

const std::vector<DemoDiagram>& Diagrams() {
  static const std::vector<DemoDiagram> kDiagrams = {
      // Trygg och jämställd hemgång: influence over the times of help after a hospital stay.
      {0,
       DiagramKind::kTheoryOfChange,
       {{"e1", kE, "Kvinnor och män med hemtjänst har lika stort inflytande över sina insatser"},
        {"o1", kO,
         "Fler kvinnor får hjälp på de tider de själva valt efter hemkomsten, lika ofta som män"},
        {"o2", kO, "Genomförandeplanerna beskriver både kvinnors och mäns egna önskemål"},
        {"w1", kW,
         "Biståndshandläggaren frågar alla om önskade tider vid inskrivningen, på samma sätt "
         "till kvinnor och män"},
        {"w2", kW, "Planeraren lägger schemat utifrån brukarnas önskade tider"},
        {"w3", kW, "Kontaktpersonen går igenom önskemålen med brukaren varje vecka"},
        {"p1", kP, "Rutin för inskrivning med frågan om önskade tider"},
        {"p2", kP, "Frågekort med öppna frågor om vardagen"},
        {"a1", kA, "Testa frågan om tider i PGSA-cykler med nya brukare"},
        {"a2", kA, "Ta fram frågekortet tillsammans med brukare och anhöriga"},
        {"a3", kA, "Workshop om genus och bemötande för hela gruppen"},
        {"r1", kR, "Två timmar i veckan för planeraren under våren"},
        {"r2", kR, "Stöd av kommunens jämställdhetsstrateg"},
        {"r3", kR, "Förbättringsteamet: biståndshandläggare, undersköterskor och planerare"}},
       {{"r1", "a1"},
        {"r3", "a1"},
        {"r3", "a2"},
        {"r2", "a2"},
        {"r2", "a3"},
        {"a1", "p1"},
        {"a2", "p2"},
        {"a3", "p2"},
        {"p1", "w1"},
        {"p1", "w2"},
        {"p2", "w3"},
        {"w1", "o1"},
        {"w2", "o1"},
        {"w3", "o2"},
        {"o1", "e1"},
        {"o2", "e1"}},
       {{"e1", 0, nullptr}, {"o1", 0, nullptr}, {"o2", 1, nullptr}}},
      {0,
       DiagramKind::kDriver,
       {{"p1", kPrimary, "Brukarens egna önskemål styr när och hur hjälpen ges"},
        {"p2", kPrimary, "Kontinuitet: personal som känner brukaren"},
        {"p3", kPrimary, "Kvinnors och mäns önskemål efterfrågas på samma sätt"},
        {"s1", kSecondary, "Önskade tider efterfrågas redan vid inskrivningen"},
        {"s2", kSecondary, "Schemat läggs efter brukarens tider, inte efter insatsernas längd"},
        {"s3", kSecondary, "Samma kontaktperson träffar brukaren varje vecka"},
        {"s4", kSecondary, "Öppna frågor om vardagen, inte bara om praktisk hjälp"},
        {"s5", kSecondary, "Planen skrivs med brukarens egna ord"}},
       {{"p1", "s1"}, {"p1", "s2"}, {"p2", "s3"}, {"p3", "s4"}, {"p3", "s5"}, {"p1", "s5"}},
       {{"s1", -1, "Brukaren väljer tid vid inskrivningen"},
        {"s2", -1, "Brukaren väljer tid vid inskrivningen"},
        {"s3", -1, "Samma kontaktperson varje vecka"},
        {"s4", -1, "Samma öppna frågor till kvinnor och män"},
        {"s5", -1, "Genomförandeplan med brukarens egna ord"}}},
      // Rätt tid för alla: the schedule is built from the wishes, not the length of the help.
      {1,
       DiagramKind::kTheoryOfChange,
       {{"e1", kE, "Kvinnor och män med hemtjänst har lika stort inflytande över när hjälpen ges"},
        {"o1", kO, "Minst 80 % av både kvinnor och män får hjälp på den tid de önskat"},
        {"o2", kO, "Inga fler avvikelser i utförd tid än i dag"},
        {"w1", kW, "Planeraren utgår från brukarnas önskade tider när rutterna läggs"},
        {"w2", kW, "Önskade tider följs upp varje månad, för kvinnor och män var för sig"},
        {"p1", kP, "Planeringsrutin där önskade tider läggs in före personalen"},
        {"p2", kP, "Månadsrapport om önskade och givna tider för kvinnor och män"},
        {"a1", kA, "Kartlägga vilka tider kvinnor och män önskar"},
        {"a2", kA, "Testa den nya rutinen på en rutt i taget (PGSA)"},
        {"r1", kR, "Planerarnas tid: en halvdag i veckan"},
        {"r2", kR, "Schemafunktionen i verksamhetssystemet"}},
       {{"r1", "a1"},
        {"r1", "a2"},
        {"r2", "a2"},
        {"a1", "p2"},
        {"a2", "p1"},
        {"p1", "w1"},
        {"p2", "w2"},
        {"w1", "o1"},
        {"w1", "o2"},
        {"w2", "o1"},
        {"o1", "e1"},
        {"o2", "e1"}},
       {{"e1", 0, nullptr}, {"o1", 0, nullptr}, {"o2", 2, nullptr}}},
      {1,
       DiagramKind::kDriver,
       {{"p1", kPrimary, "Planeringen utgår från brukaren"},
        {"p2", kPrimary, "Likvärdigt bemötande av kvinnor och män"},
        {"s1", kSecondary, "Önskade tider läggs in innan personalen fördelas"},
        {"s2", kSecondary, "Tiden väljs redan vid inskrivningen"},
        {"s3", kSecondary, "Samma frågor till alla brukare"},
        {"s4", kSecondary, "Samma kontaktperson över tid"}},
       {{"p1", "s1"}, {"p1", "s2"}, {"p2", "s3"}, {"p2", "s4"}},
       {{"s1", -1, "Schemat utgår från önskade tider"},
        {"s2", -1, "Brukaren väljer tid vid inskrivningen"},
        {"s3", -1, "Samma öppna frågor till kvinnor och män"},
        {"s4", -1, "Samma kontaktperson varje vecka"}}},
  };
  return kDiagrams;
}

}  // namespace

int SeedDemoDiagrams(StoreTx& tx, Id programme, const std::vector<Id>& projects, std::int64_t now) {
  int made = 0;
  for (const DemoDiagram& d : Diagrams()) {
    if (static_cast<std::size_t>(d.project) >= projects.size()) continue;
    std::optional<Project> project = tx.Projects().Find(projects[d.project]);
    if (!project) continue;
    std::map<std::string, Id> ids;
    for (const DemoItem& i : d.items) {
      DiagramItem item;
      item.organisation_id = project->organisation_id;
      item.project_id = project->id;
      item.kind = d.kind;
      item.level = i.level;
      item.text = i.text;
      item.created_at = now;
      item.updated_at = now;
      item.updated_by = kDemoActor;
      ids[i.key] = tx.Diagrams().CreateItem(item);
      ++made;
    }
    for (const DemoLink& l : d.links)
      tx.Diagrams().AddLink(project->id, {ids.at(l.from), ids.at(l.to)});
    const std::vector<Measure> measures = tx.Measures().ListOfProject(project->id);
    std::vector<ChangeIdea> ideas = tx.Pdsa().ListProjectIdeas(project->id);
    for (ChangeIdea& idea : tx.Pdsa().ListProgrammeIdeas(programme)) ideas.push_back(idea);
    for (const DemoRef& r : d.refs) {
      std::optional<Id> target;
      if (r.idea) {
        for (const ChangeIdea& idea : ideas) {
          if (idea.title == r.idea) target = idea.id;
        }
      } else if (static_cast<std::size_t>(r.measure) < measures.size()) {
        target = measures[r.measure].id;
      }
      if (target) tx.Diagrams().AddRef({ids.at(r.item), *target}, d.kind);
    }
  }
  return made;
}

}  // namespace stegvis::domain
