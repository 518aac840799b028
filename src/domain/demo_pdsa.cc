#include "domain/demo_pdsa.h"

#include <string>

#include "core/date.h"

namespace stegvis::domain {
namespace {

constexpr const char* kDemoActor = "demo";

struct DemoIdea {
  int project;  // -1: the programme's change package; else the project's own idea
  const char* title;
  const char* description;
};

constexpr DemoIdea kIdeas[] = {
    {-1, "Brukaren väljer tid vid inskrivningen",
     "Vid inskrivningssamtalet får brukaren välja de tider hjälpen ska ges, innan schemat "
     "läggs. Frågan ställs likadant till kvinnor och män."},
    {-1, "Genomförandeplan med brukarens egna ord",
     "Planen skrivs tillsammans med brukaren och citerar brukarens egna önskemål, även om "
     "social samvaro och aktiviteter, inte bara om praktisk hjälp."},
    {-1, "Samma kontaktperson varje vecka",
     "Brukaren träffar sin kontaktperson minst en gång i veckan, så att någon känner till "
     "planen och önskemålen."},
    {-1, "Samma öppna frågor till kvinnor och män",
     "Ett frågekort med öppna frågor om vardagen, så att kvinnors och mäns önskemål efterfrågas "
     "på samma sätt."},
    {1, "Schemat utgår från önskade tider",
     "Planeraren lägger först in brukarnas önskade tider och fördelar sedan personalen."},
    {3, "Kontaktpersonen går igenom planen vid hembesök",
     "Kontaktpersonen läser planen tillsammans med brukaren vid ett hembesök varje månad."},
};

struct DemoCycle {
  int project;     // index into the programme's projects
  int idea;        // index into kIdeas
  bool continues;  // continues the previous cycle of the same project and idea
  int measure;     // index into the project's measures, or -1
  PdsaPhase phase;
  const char* title;
  const char* question;
  const char* prediction;
  const char* who;
  const char* what;
  const char* where;
  const char* start;
  const char* end;
  const char* data_plan;
  AsPlanned as_planned;
  const char* observations;
  const char* surprises;
  const char* result;
  const char* learning;
  PdsaDecision decision;
  const char* next_step;
};

using P = PdsaPhase;
using A = AsPlanned;
using D = PdsaDecision;
constexpr A kNo = A::kUnknown;
constexpr D kNone = D::kNone;

constexpr DemoCycle kCycles[] = {
    // The first team (Trygg hemgång, Solvik): choosing times at intake raises women's results.
    {0,
     0,
     false,
     0,
     P::kDone,
     "Välja tid vid inskrivningen, två brukare",
     "Går det att låta brukaren välja tider redan vid inskrivningen?",
     "Båda kan välja tider, och schemat går att lägga utan extra resurser.",
     "Biståndshandläggare Maria och undersköterska Ali",
     "Fråga om önskade tider vid inskrivning",
     "Grupp Norr",
     "2025-01-13",
     "2025-01-24",
     "Vilka tider brukaren valde; om schemat höll",
     A::kYes,
     "Båda valde tider. Kvinnan valde senare morgon än den tid hon annars fått.",
     "Frågan tog bara fem minuter.",
     "Förutsägelsen höll för båda.",
     "Frågan är enkel men behöver ställas innan schemat är lagt.",
     D::kAdapt,
     "Testa med alla nya brukare under en månad, kvinnor och män."},
    {0,
     0,
     true,
     0,
     P::kDone,
     "Välja tid vid inskrivningen, alla nya brukare",
     "Håller det när alla nya brukare under en månad får välja tider?",
     "Minst 8 av 10 får sina valda tider; andelen kvinnor som kan påverka ökar.",
     "Hela grupp Norr",
     "Önskade tider vid varje inskrivning",
     "Grupp Norr",
     "2025-02-10",
     "2025-03-07",
     "Andel som fått sina valda tider, för kvinnor och män",
     A::kPartly,
     "11 av 13 fick sina tider. Två fick närliggande tider.",
     "Männen valde oftare tidiga tider, kvinnorna senare.",
     "Bättre än förutsägelsen: 85 % fick sina tider.",
     "Det fungerar när planeraren får tiderna samma dag.",
     D::kAdopt,
     "Inför i hela Norr och följ måttet varje månad."},
    {0,
     2,
     false,
     0,
     P::kDone,
     "Samma kontaktperson, en vecka",
     "Blir brukarna tryggare med samma kontaktperson varje vecka?",
     "Fyra av fem säger att de känner sig tryggare.",
     "Kontaktpersoner i grupp Norr",
     "Samma kontaktperson vid minst ett besök i veckan",
     "Grupp Norr",
     "2025-05-05",
     "2025-05-30",
     "Tre frågor till brukaren efter fyra veckor",
     A::kNo,
     "Sjukfrånvaro gjorde att schemat inte kunde hållas.",
     "Semesterplaneringen krockade.",
     "Gick inte att bedöma.",
     "Idén kräver en bemanning vi inte har under sommaren.",
     D::kAbandon,
     "Prövar inte idén igen förrän efter sommaren."},
    {0,
     3,
     false,
     0,
     P::kAct,
     "Öppna frågor till kvinnor och män",
     "Får vi fler önskemål om tider när vi ställer öppna frågor?",
     "Kvinnor nämner fler önskemål än i dag.",
     "Två undersköterskor",
     "Frågekort vid fem hembesök",
     "Grupp Norr",
     "2026-04-06",
     "2026-04-17",
     "Antal önskemål per besök, för kvinnor och män",
     A::kYes,
     "Kvinnorna nämnde i snitt tre önskemål, männen två.",
     "",
     "Förutsägelsen höll.",
     "Frågekortet gör samtalet lika för alla.",
     kNone,
     ""},
    {0,
     0,
     true,
     0,
     P::kPlan,
     "Välja tid även vid uppföljning",
     "Kan brukarna välja om sina tider vid uppföljningen?",
     "",
     "Biståndshandläggarna",
     "",
     "",
     "2026-10-05",
     "",
     "",
     kNo,
     "",
     "",
     "",
     "",
     kNone,
     ""},

    // The second team (Solvik): an idea abandoned, then the team's own.
    {1,
     0,
     false,
     0,
     P::kDone,
     "Välja tid, en planerare",
     "Kan vår planerare ta emot önskade tider från inskrivningen?",
     "Alla önskade tider kommer med i schemat.",
     "Planeraren Sofia",
     "Ta emot önskade tider i en vecka",
     "Grupp Söder",
     "2025-03-03",
     "2025-03-07",
     "Andel önskade tider som kom med",
     A::kNo,
     "Tiderna kom fram men schemat var redan fullt.",
     "Planeringssystemet saknar fält för det.",
     "Sämre än förutsägelsen: 2 av 9 tider kom med.",
     "Schemat måste börja i önskemålen, inte tvärtom.",
     D::kAbandon,
     "Testa att lägga schemat från önskade tider i stället."},
    {1,
     4,
     false,
     0,
     P::kDone,
     "Schema från önskade tider, en rutt",
     "Går det att lägga en rutt utifrån önskade tider?",
     "Rutten blir högst 15 minuter längre.",
     "Planeraren Sofia",
     "Lägg morgonrutt 3 från önskemål",
     "Grupp Söder",
     "2025-06-02",
     "2025-06-13",
     "Restid och andel uppfyllda önskemål",
     A::kYes,
     "Rutten blev 10 minuter längre.",
     "Två män ville ha senare tider än vi trodde.",
     "Bättre än förutsägelsen.",
     "Önskemålen går att uppfylla med små ändringar.",
     D::kAdapt,
     "Testa på två rutter och med kvällen."},
    {1,
     4,
     true,
     0,
     P::kDone,
     "Schema från önskade tider, två rutter",
     "Håller det på två rutter och kvällstid?",
     "Högst 20 minuter längre restid.",
     "Planeraren och kvällsgruppen",
     "Morgonrutt 3 och kvällsrutt 1",
     "Grupp Söder",
     "2026-05-04",
     "2026-05-29",
     "Restid och andel uppfyllda önskemål, kvinnor och män",
     A::kYes,
     "Nio av tio önskemål uppfylldes. Restiden ökade med tolv minuter på kvällsrutten.",
     "Männen på kvällsrutten ville oftare ha tidigare besök än kvinnorna.",
     "Bättre än förutsägelsen: restiden ökade mindre än 20 minuter.",
     "Schemat håller på flera rutter om planeraren får önskemålen veckan före.",
     D::kAdopt,
     "Lägg alla rutter i Söder efter önskade tider från hösten."},
    {1,
     3,
     false,
     0,
     P::kPlan,
     "Öppna frågor i Söder",
     "Ger frågekortet samma resultat här?",
     "Fler önskemål från kvinnor.",
     "",
     "",
     "",
     "",
     "",
     "",
     kNo,
     "",
     "",
     "",
     "",
     kNone,
     ""},

    // The third team (Hela dagen, Norrby): the plan in the user's own words closes the gap.
    {2,
     1,
     false,
     1,
     P::kDone,
     "Egna ord i planen, fem planer",
     "Blir planerna annorlunda när vi skriver brukarens egna ord?",
     "Kvinnors önskemål om social samvaro kommer med i minst 3 av 5 planer.",
     "Undersköterska Lena",
     "Skriv fem planer tillsammans med brukaren",
     "Hemtjänst Norrby centrum",
     "2025-05-05",
     "2025-05-16",
     "Om önskemålen finns i planen, för kvinnor och män",
     A::kYes,
     "Kvinnorna pratade mer om samvaro när frågan var öppen.",
     "Det tog längre tid än planerat.",
     "4 av 5 planer fick med önskemålen.",
     "Öppna frågor ger fler önskemål, men det tar tid.",
     D::kAdapt,
     "Använd ett frågekort så att samtalet går fortare."},
    {2,
     1,
     true,
     1,
     P::kDone,
     "Egna ord med frågekort",
     "Går samtalet fortare med ett frågekort?",
     "Samtalet tar högst 20 minuter.",
     "Lena och Johan",
     "Frågekort vid tio planer",
     "Hemtjänst Norrby centrum",
     "2025-06-02",
     "2025-06-27",
     "Tid per samtal; önskemål i planen",
     A::kPartly,
     "Åtta samtal gjordes, två blev uppskjutna.",
     "Männen ville också prata om samvaro.",
     "Samtalen tog 15–25 minuter.",
     "Frågekortet fungerar för både kvinnor och män.",
     D::kAdapt,
     "Låt hela gruppen skriva planerna så efter sommaren."},
    {2,
     1,
     true,
     1,
     P::kDone,
     "Egna ord i alla nya planer",
     "Håller det när hela gruppen skriver alla nya och uppdaterade planer så?",
     "Andelen planer med kvinnors egna önskemål når männens nivå.",
     "Hela gruppen",
     "Frågekort och brukarens ord i varje plan",
     "Hemtjänst Norrby centrum",
     "2025-09-01",
     "2025-09-26",
     "Måttet 'Genomförandeplan med brukarens egna önskemål' varje månad",
     A::kYes,
     "Alla 31 planer skrevs med frågekortet.",
     "Flera kvinnor önskade promenader, som nu finns i planen.",
     "Förutsägelsen höll: skillnaden mellan kvinnor och män försvann.",
     "Det är frågan som gör skillnaden, inte formuläret.",
     D::kAdopt,
     "Inför som rutin och följ måttet; sprid till nattpatrullen."},
    {2,
     1,
     true,
     1,
     P::kStudy,
     "Egna ord i nattpatrullen",
     "Fungerar frågekortet för brukare med bara nattinsatser?",
     "Hälften av planerna får med egna önskemål.",
     "Nattpatrullen",
     "Frågekort vid planering av nattinsatser",
     "Norrby nattpatrull",
     "2026-02-02",
     "2026-02-27",
     "Önskemål i planen",
     A::kYes,
     "Samtalen gjordes på kvällsbesöken.",
     "Nattpersonalen kände inte brukarna lika väl.",
     "",
     "",
     kNone,
     ""},
    {2,
     3,
     false,
     1,
     P::kPlan,
     "Öppna frågor vid uppföljning",
     "Ger öppna frågor nya önskemål vid uppföljningen?",
     "",
     "",
     "",
     "",
     "",
     "",
     "",
     kNo,
     "",
     "",
     "",
     "",
     kNone,
     ""},

    // The fourth team (Norrby): continuity and the plan on home visits.
    {3,
     2,
     false,
     2,
     P::kDone,
     "Samma kontaktperson på landsbygden",
     "Färre avvikelser i tid när samma kontaktperson kör rutten?",
     "Avvikelserna halveras.",
     "Kontaktpersoner i rutt Öst",
     "Samma person på rutt Öst",
     "Rutt Öst",
     "2025-04-07",
     "2025-05-02",
     "Avvikelser i utförd tid per vecka",
     A::kYes,
     "Avvikelserna minskade från 6 till 2.",
     "Brukarna ringde mer sällan.",
     "Bättre än förutsägelsen.",
     "Kontinuitet minskar förseningar när rutten är lång.",
     D::kAdopt,
     "Behåll på rutt Öst; testa planen vid hembesök."},
    {3,
     5,
     false,
     0,
     P::kDone,
     "Planen vid hembesök, fem brukare",
     "Känner brukarna igen sig i planen efter ett hembesök?",
     "Fyra av fem säger att planen stämmer.",
     "Kontaktpersonen Ahmed",
     "Läs planen tillsammans vid hembesök",
     "Rutt Öst",
     "2025-08-11",
     "2025-08-29",
     "Fråga: 'Stämmer planen med vad du vill?'",
     A::kYes,
     "Tre av fem ville ändra något.",
     "En man visste inte att han hade en plan.",
     "Sämre än förutsägelsen, men vi lärde oss mycket.",
     "Planerna var inaktuella; genomgången behövs.",
     D::kAdapt,
     "Uppdatera planen direkt vid hembesöket."},
    {3,
     5,
     true,
     0,
     P::kAct,
     "Uppdatera planen vid hembesöket",
     "Stämmer planerna bättre när de uppdateras direkt?",
     "Minst fyra av fem säger att planen stämmer.",
     "Ahmed och Karin",
     "Uppdatera planen med surfplatta vid besöket",
     "Rutt Öst",
     "2025-11-03",
     "2025-11-28",
     "Samma fråga som förra cykeln",
     A::kPartly,
     "Surfplattan saknade täckning hos två.",
     "",
     "Fyra av fem sa att planen stämmer.",
     "Det fungerar när tekniken fungerar.",
     kNone,
     ""},
    {3,
     3,
     false,
     0,
     P::kDone,
     "Öppna frågor i Min plan",
     "Kan vi använda frågekortet vid varje hembesök?",
     "Samtalen blir längre men bättre.",
     "Karin",
     "Frågekort vid fem besök",
     "Rutt Väst",
     "2025-10-06",
     "2025-10-17",
     "Samtalets längd; brukarens svar",
     A::kNo,
     "Besöken hann inte med samtalen.",
     "Rutt Väst har för tätt schema.",
     "Gick inte att bedöma.",
     "Frågekortet passar bättre vid planeringen än vid vanliga besök.",
     D::kAbandon,
     "Använd frågekortet vid planeringssamtalen i stället."},
    {3,
     2,
     true,
     2,
     P::kDo,
     "Samma kontaktperson på rutt Väst",
     "Minskar avvikelserna även på rutt Väst?",
     "Avvikelserna minskar med hälften.",
     "Kontaktpersoner i rutt Väst",
     "Samma person på rutt Väst",
     "Rutt Väst",
     "2026-06-01",
     "2026-06-26",
     "Avvikelser i utförd tid per vecka",
     kNo,
     "",
     "",
     "",
     "",
     kNone,
     ""},
    {3,
     5,
     true,
     0,
     P::kPlan,
     "Planen vid hembesök, hela gruppen",
     "Håller arbetssättet för hela gruppen?",
     "",
     "Hela gruppen",
     "",
     "",
     "",
     "",
     "",
     kNo,
     "",
     "",
     "",
     "",
     kNone,
     ""},
};

// Unix seconds at noon UTC of an ISO date (the demo's texts have no time of day).
std::int64_t NoonOf(const char* iso_date) {
  return core::Date::Parse(iso_date).value().UnixSeconds() + std::int64_t{12} * 3600;
}

}  // namespace

int SeedDemoPdsa(StoreTx& tx, Id programme, const std::vector<Id>& projects, std::int64_t now) {
  std::optional<Programme> p = tx.Programmes().Find(programme);
  if (!p || projects.size() < 4) return 0;
  std::vector<Id> ideas;
  for (const DemoIdea& d : kIdeas) {
    ChangeIdea idea;
    if (d.project < 0) {
      idea.organisation_id = p->organisation_id;
      idea.programme_id = programme;
    } else {
      std::optional<Project> project = tx.Projects().Find(projects.at(d.project));
      idea.organisation_id = project ? project->organisation_id : p->organisation_id;
      idea.project_id = projects.at(d.project);
    }
    idea.title = d.title;
    idea.description = d.description;
    idea.updated_by = kDemoActor;
    ideas.push_back(tx.Pdsa().CreateIdea(idea, now));
  }
  // The last cycle made per (project, idea), for chaining.
  std::vector<std::vector<Id>> last(projects.size(), std::vector<Id>(std::size(kIdeas), 0));
  int made = 0;
  for (const DemoCycle& d : kCycles) {
    std::optional<Project> project = tx.Projects().Find(projects.at(d.project));
    if (!project) continue;
    std::vector<Measure> measures = tx.Measures().ListOfProject(project->id);
    PdsaCycle c;
    c.organisation_id = project->organisation_id;
    c.project_id = project->id;
    c.change_idea_id = ideas.at(d.idea);
    if (d.continues && last[d.project][d.idea] != 0) c.previous_id = last[d.project][d.idea];
    c.phase = d.phase;
    PdsaContent& t = c.content;
    t = {d.title,     d.question, d.prediction, d.who,      d.what,       d.where,
         d.start,     d.end,      d.data_plan,  {},         d.as_planned, d.observations,
         d.surprises, d.result,   d.learning,   d.decision, d.next_step};
    if (d.measure >= 0 && static_cast<std::size_t>(d.measure) < measures.size()) {
      t.measure_ids = {measures[d.measure].id};
    }
    // Phase dates follow the test's own dates: planned a week before it starts, done, studied
    // and decided in the days after it ends.
    const std::int64_t start = d.start[0] ? NoonOf(d.start) : now;
    const std::int64_t end = d.end[0] ? NoonOf(d.end) : start;
    const std::int64_t day = 86400;
    c.created_at = std::min(start - 7 * day, now);
    if (d.phase != P::kPlan) c.do_at = start;
    if (d.phase == P::kStudy || d.phase == P::kAct || d.phase == P::kDone) c.study_at = end + day;
    if (d.phase == P::kAct || d.phase == P::kDone) c.act_at = end + 3 * day;
    if (d.phase == P::kDone) c.done_at = end + 4 * day;
    c.updated_at = now;
    c.updated_by = kDemoActor;
    c.id = tx.Pdsa().CreateCycle(c);
    last[d.project][d.idea] = c.id;
    ++made;
  }
  return made;
}

}  // namespace stegvis::domain
