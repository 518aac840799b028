// The shipped goals catalogue and its tables: the SQL of the goals migration (see
// migrations.cc and docs/goals.md). Written from the public sources named in docs/goals.md;
// official names are kept exact. goal_templates holds the shipped entries once; every
// organisation gets its own copy in goal_entries (here for existing organisations, and in
// SqlTx::CreateOrganisation for new ones), which its strategists may then change.

#include "store/goal_catalogue_data.h"

namespace stegvis::store {

// clang-format off
extern const char kGoalsMigrationSql[] = R"sql(
CREATE TABLE goal_templates (
  id {{id}},
  family TEXT NOT NULL CHECK (family IN ('policy', 'cemr', 'sdg', 'skr')),
  group_name TEXT NOT NULL,
  code TEXT NOT NULL,
  title_sv TEXT NOT NULL,
  title_en TEXT NOT NULL,
  description_sv TEXT NOT NULL DEFAULT '',
  description_en TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL,
  highlighted INTEGER NOT NULL DEFAULT 0 CHECK (highlighted IN (0, 1)),
  unconfirmed INTEGER NOT NULL DEFAULT 0 CHECK (unconfirmed IN (0, 1)),
  UNIQUE (family, code)
);
CREATE TABLE goal_entries (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  family TEXT NOT NULL CHECK (family IN ('policy', 'cemr', 'sdg', 'skr')),
  group_name TEXT NOT NULL,
  code TEXT NOT NULL,
  title_sv TEXT NOT NULL,
  title_en TEXT NOT NULL,
  description_sv TEXT NOT NULL DEFAULT '',
  description_en TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL,
  highlighted INTEGER NOT NULL DEFAULT 0 CHECK (highlighted IN (0, 1)),
  unconfirmed INTEGER NOT NULL DEFAULT 0 CHECK (unconfirmed IN (0, 1)),
  retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
  version BIGINT NOT NULL DEFAULT 1,
  updated_at BIGINT NOT NULL DEFAULT 0,
  updated_by TEXT NOT NULL DEFAULT '',
  UNIQUE (organisation_id, family, code)
);
CREATE TABLE goal_links (
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  object_type TEXT NOT NULL CHECK (object_type IN ('programme', 'project', 'aim', 'measure')),
  object_id BIGINT NOT NULL,
  goal_id BIGINT NOT NULL REFERENCES goal_entries(id),
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (object_type, object_id, goal_id)
);
CREATE INDEX goal_links_by_organisation ON goal_links(organisation_id, object_type);
CREATE INDEX goal_links_by_goal ON goal_links(goal_id);
INSERT INTO goal_templates (family, group_name, code, title_sv, title_en, description_sv,
  description_en, sort_order, highlighted, unconfirmed) VALUES
('policy', 'overall', '0', 'Kvinnor och män ska ha samma makt att forma samhället och sina egna liv', 'Women and men shall have the same power to shape society and their own lives', 'Det övergripande målet för den svenska jämställdhetspolitiken (prop. 2005/06:155, prop. 2016/17:10). De sex delmålen anger vad det innebär.', 'The overall goal of Swedish gender-equality policy (Government bills 2005/06:155 and 2016/17:10). The six sub-goals say what it means.', 10, 0, 0),
('policy', 'subgoal', '1', 'En jämn fördelning av makt och inflytande', 'Equal division of power and influence', '', '', 20, 0, 0),
('policy', 'subgoal', '2', 'Ekonomisk jämställdhet', 'Economic equality', '', '', 30, 0, 0),
('policy', 'subgoal', '3', 'Jämställd utbildning', 'Gender-equal education', '', '', 40, 0, 0),
('policy', 'subgoal', '4', 'Jämn fördelning av det obetalda hem- och omsorgsarbetet', 'Equal distribution of unpaid housework and care', '', '', 50, 0, 0),
('policy', 'subgoal', '5', 'Jämställd hälsa', 'Gender-equal health', '', '', 60, 0, 0),
('policy', 'subgoal', '6', 'Mäns våld mot kvinnor ska upphöra', 'Men''s violence against women must stop', '', '', 70, 0, 0),
('cemr', 'article', '1', 'Rätten till jämställdhet', 'Equality rights', '', '', 10, 0, 0),
('cemr', 'article', '2', 'Politisk representation', 'Political representation', '', '', 20, 0, 0),
('cemr', 'article', '3', 'Deltagande i politik och samhälle', 'Participation in political and civic life', '', '', 30, 0, 0),
('cemr', 'article', '4', 'Offentligt ställningstagande för jämställdhet', 'Public commitment', '', '', 40, 0, 0),
('cemr', 'article', '5', 'Arbeta med samarbetspartners', 'Working with partners', '', '', 50, 0, 0),
('cemr', 'article', '6', 'Bekämpa stereotyper', 'Countering stereotypes', '', '', 60, 0, 0),
('cemr', 'article', '7', 'God förvaltning och samråd', 'Good administration and consultation', '', '', 70, 0, 0),
('cemr', 'article', '8', 'Allmänt åtagande', 'General commitment', '', '', 80, 0, 0),
('cemr', 'article', '9', 'Jämställdhetsanalyser', 'Gender assessment', 'Den som undertecknat deklarationen gör jämställdhetsanalyser inom vart och ett av sina ansvarsområden, enligt en plan med prioriteringar, resurser och tidsramar. Analyserna granskar policyer, arbetssätt, användningsmönster och hur resurserna fördelas, och leder till prioriteringar och mål som ger påtagliga förbättringar i tjänsterna. Nya policyer bedöms tidigt för sina följder för kvinnor och män, och hänsyn tas till flerfaldig diskriminering.', 'The signatory carries out gender assessments in each area of its competence, under a programme with priorities, resources and timescales. The assessments review policies, practices and patterns of use and how resources are allocated, and lead to priorities and targets that bring identifiable improvements in service delivery. New policies are assessed early for their impact on women and men, taking account of multiple discrimination.', 90, 1, 0),
('cemr', 'article', '10', 'Flerfaldig diskriminering eller missgynnanden', 'Multiple discrimination or disadvantage', '', '', 100, 0, 0),
('cemr', 'article', '11', 'Arbetsgivarrollen', 'The employer role', '', '', 110, 0, 0),
('cemr', 'article', '12', 'Upphandling', 'Public procurement and contracts', '', '', 120, 0, 0),
('cemr', 'article', '13', 'Utbildning och livslångt lärande', 'Education and lifelong learning', '', '', 130, 0, 0),
('cemr', 'article', '14', 'Hälsa', 'Health', '', '', 140, 0, 0),
('cemr', 'article', '15', 'Social omsorg och sociala tjänster', 'Social care and services', '', '', 150, 0, 0),
('cemr', 'article', '16', 'Barnomsorg', 'Childcare', '', '', 160, 0, 0),
('cemr', 'article', '17', 'Vård av andra anhöriga', 'Care of other dependants', '', '', 170, 0, 0),
('cemr', 'article', '18', 'Social integration', 'Social inclusion', '', '', 180, 0, 0),
('cemr', 'article', '19', 'Bostäder', 'Housing', '', '', 190, 0, 0),
('cemr', 'article', '20', 'Kultur, idrott och fritid', 'Culture, sport and recreation', '', '', 200, 0, 0),
('cemr', 'article', '21', 'Säkerhet och trygghet', 'Safety and security', '', '', 210, 0, 0),
('cemr', 'article', '22', 'Gender-based violence', 'Gender-based violence', 'Artikel 22 i CEMR-deklarationen (2006). Den svenska titeln är inte fastställd; den engelska visas tills den är det.', 'Article 22 of the CEMR charter (2006). The Swedish title is not confirmed; the English title is shown until it is.', 220, 0, 1),
('cemr', 'article', '23', 'Human trafficking', 'Human trafficking', 'Artikel 23 i CEMR-deklarationen (2006). Den svenska titeln är inte fastställd; den engelska visas tills den är det.', 'Article 23 of the CEMR charter (2006). The Swedish title is not confirmed; the English title is shown until it is.', 230, 0, 1),
('cemr', 'article', '24', 'Sustainable development', 'Sustainable development', 'Artikel 24 i CEMR-deklarationen (2006). Den svenska titeln är inte fastställd; den engelska visas tills den är det.', 'Article 24 of the CEMR charter (2006). The Swedish title is not confirmed; the English title is shown until it is.', 240, 0, 1),
('cemr', 'article', '25', 'Urban and local planning', 'Urban and local planning', 'Artikel 25 i CEMR-deklarationen (2006). Den svenska titeln är inte fastställd; den engelska visas tills den är det.', 'Article 25 of the CEMR charter (2006). The Swedish title is not confirmed; the English title is shown until it is.', 250, 0, 1),
('cemr', 'article', '26', 'Mobility and transport', 'Mobility and transport', 'Artikel 26 i CEMR-deklarationen (2006). Den svenska titeln är inte fastställd; den engelska visas tills den är det.', 'Article 26 of the CEMR charter (2006). The Swedish title is not confirmed; the English title is shown until it is.', 260, 0, 1),
('cemr', 'article', '27', 'Economic development', 'Economic development', 'Artikel 27 i CEMR-deklarationen (2006). Den svenska titeln är inte fastställd; den engelska visas tills den är det.', 'Article 27 of the CEMR charter (2006). The Swedish title is not confirmed; the English title is shown until it is.', 270, 0, 1),
('cemr', 'article', '28', 'Environment', 'Environment', 'Artikel 28 i CEMR-deklarationen (2006). Den svenska titeln är inte fastställd; den engelska visas tills den är det.', 'Article 28 of the CEMR charter (2006). The Swedish title is not confirmed; the English title is shown until it is.', 280, 0, 1),
('cemr', 'article', '29', 'Local government as regulator', 'Local government as regulator', 'Artikel 29 i CEMR-deklarationen (2006). Den svenska titeln är inte fastställd; den engelska visas tills den är det.', 'Article 29 of the CEMR charter (2006). The Swedish title is not confirmed; the English title is shown until it is.', 290, 0, 1),
('cemr', 'article', '30', 'Twinning and international co-operation', 'Twinning and international co-operation', 'Artikel 30 i CEMR-deklarationen (2006). Den svenska titeln är inte fastställd; den engelska visas tills den är det.', 'Article 30 of the CEMR charter (2006). The Swedish title is not confirmed; the English title is shown until it is.', 300, 0, 1),
('sdg', 'goal', '5', 'Jämställdhet', 'Gender equality', 'Uppnå jämställdhet och alla kvinnors och flickors egenmakt (Agenda 2030, mål 5).', 'Achieve gender equality and empower all women and girls (Agenda 2030, goal 5).', 10, 0, 0),
('sdg', 'target', '5.1', 'Utrota diskriminering av kvinnor och flickor', 'End discrimination against women and girls', '', '', 20, 0, 0),
('sdg', 'target', '5.2', 'Utrota våld mot och utnyttjande av kvinnor och flickor', 'End violence against and exploitation of women and girls', '', '', 30, 0, 0),
('sdg', 'target', '5.3', 'Avskaffa skadliga sedvänjor som tvångsäktenskap och könsstympning', 'Eliminate harmful practices such as forced marriage and FGM', '', '', 40, 0, 0),
('sdg', 'target', '5.4', 'Värdesätt obetalt omsorgsarbete och främja delat ansvar i hemmet', 'Value unpaid care and promote shared domestic responsibility', '', '', 50, 0, 0),
('sdg', 'target', '5.5', 'Säkerställ fullt deltagande i ledarskap och beslutsfattande', 'Ensure full participation in leadership and decision-making', '', '', 60, 0, 0),
('sdg', 'target', '5.6', 'Säkerställ allmän tillgång till sexuell och reproduktiv hälsa och rättigheter', 'Universal access to sexual and reproductive health and rights', '', '', 70, 0, 0),
('sdg', 'target', '5.a', 'Lika rättigheter till ekonomiska resurser', 'Equal rights to economic resources', '', '', 80, 0, 0),
('sdg', 'target', '5.b', 'Främja teknik som stärker kvinnors egenmakt', 'Enabling technology for women''s empowerment', '', '', 90, 0, 0),
('sdg', 'target', '5.c', 'Anta policyer och verkställbar lagstiftning för jämställdhet', 'Policies and enforceable legislation for gender equality', '', '', 100, 0, 0),
('sdg', 'goal', '8', 'Anständiga arbetsvillkor och ekonomisk tillväxt', 'Decent work and economic growth', 'Ofta kopplat till jämställdhetsarbetet.', 'Often linked to gender-equality work.', 110, 0, 0),
('sdg', 'goal', '16', 'Fredliga och inkluderande samhällen', 'Peaceful and inclusive societies', 'Ofta kopplat till jämställdhetsarbetet.', 'Often linked to gender-equality work.', 120, 0, 0),
('sdg', 'goal', '1', 'Ingen fattigdom', 'No poverty', 'Ofta kopplat till jämställdhetsarbetet.', 'Often linked to gender-equality work.', 130, 0, 0),
('sdg', 'goal', '3', 'Hälsa och välbefinnande', 'Good health and well-being', 'Ofta kopplat till jämställdhetsarbetet.', 'Often linked to gender-equality work.', 140, 0, 0),
('sdg', 'goal', '4', 'God utbildning för alla', 'Quality education', 'Ofta kopplat till jämställdhetsarbetet.', 'Often linked to gender-equality work.', 150, 0, 0),
('sdg', 'goal', '10', 'Minskad ojämlikhet', 'Reduced inequalities', 'Ofta kopplat till jämställdhetsarbetet.', 'Often linked to gender-equality work.', 160, 0, 0),
('sdg', 'goal', '11', 'Hållbara städer och samhällen', 'Sustainable cities and communities', 'Ofta kopplat till jämställdhetsarbetet.', 'Often linked to gender-equality work.', 170, 0, 0),
('skr', 'governance', '1', 'Fullmäktige beslutar om jämställdhetsintegrering', 'The assembly decides on gender mainstreaming', 'Steg 1 tas först; de övriga stegen i valfri ordning.', 'Step 1 comes first; the other steps in any order.', 10, 0, 0),
('skr', 'governance', '2', 'Fullmäktige efterfrågar resultat', 'The assembly asks for results', '', '', 20, 0, 0),
('skr', 'governance', '3', 'Högsta ledningen tar ansvar och ger förutsättningar', 'Top managers take responsibility and give the conditions', '', '', 30, 0, 0),
('skr', 'governance', '4', 'Jämställdhet synliggörs i hela styrkedjan', 'Gender equality is visible in the whole chain of governance', 'Styrdokument, mål, budget och uppföljning.', 'Documents, goals, budget and follow-up.', 40, 0, 0),
('skr', 'statistics', '5', 'All individbaserad statistik redovisas efter kön', 'All individual-based statistics are reported by sex', 'Samma krav som förordning (2001:100) 14 § ställer på officiell statistik.', 'The same as Förordning (2001:100) 14 § asks of official statistics.', 50, 0, 0),
('skr', 'statistics', '6', 'Den könsuppdelade statistiken analyseras', 'The sex-disaggregated statistics are analysed', '', '', 60, 0, 0),
('skr', 'statistics', '7', 'Beslutsunderlag beskriver konsekvenser för olika grupper av kvinnor och män', 'Decision papers describe consequences for different groups of women and men', '', '', 70, 0, 0),
('skr', 'improvement', '8', 'Verksamheten arbetar systematiskt med förbättringar i ordinarie verksamhet', 'The organisation works systematically with improvements in ordinary operations', 'Förutsättningar för varaktiga förbättringar: ett tydligt uppdrag, chefer som kan leda förändring, förändringsagenter med mandat, en kultur som uppmuntrar nya arbetssätt och ett arbete som är systematiskt och följs upp i ordinarie processer.', 'Prerequisites for lasting improvement: a clear mandate, managers who can lead change, change agents with a mandate, a culture that encourages new ways of working, and work that is systematic and followed up in ordinary processes.', 80, 1, 0),
('skr', 'improvement', '9', 'Konkreta, varaktiga förbättringar', 'Concrete, lasting improvements', '', '', 90, 0, 0),
('skr', 'improvement', '10', 'Arbetssättet systematiseras och sprids till andra verksamheter', 'The way of working is systematised and spread to other services', 'Titeln i vägledningens version 2023/24 är inte fastställd; formuleringen från 2019 års version visas.', 'The title in the 2023/24 version of the guidance is not confirmed; the 2019 wording is shown.', 100, 0, 1);
INSERT INTO goal_entries (organisation_id, family, group_name, code, title_sv, title_en,
  description_sv, description_en, sort_order, highlighted, unconfirmed, retired, version,
  updated_at, updated_by)
SELECT o.id, t.family, t.group_name, t.code, t.title_sv, t.title_en, t.description_sv,
  t.description_en, t.sort_order, t.highlighted, t.unconfirmed, 0, 1, 0, 'stegvis'
FROM organisations o CROSS JOIN goal_templates t ORDER BY o.id, t.id;
)sql";
// clang-format on

// Swedish titles for CEMR articles 22–30, SKR's own wording of step 8, and no notes about
// unconfirmed titles in the descriptions users read (the `unconfirmed` mark says it). An
// organisation's copy is changed only where it still has the shipped title, so a strategist's
// correction stands; the changed copies get a new version, so a form opened before the
// upgrade is refused instead of writing the old title back.
// clang-format off
extern const char kGoalsWordingSql[] = R"sql(
CREATE TABLE goal_wording (
  family TEXT NOT NULL,
  code TEXT NOT NULL,
  old_title_sv TEXT NOT NULL,
  new_title_sv TEXT NOT NULL,
  clear_description INTEGER NOT NULL
);
INSERT INTO goal_wording (family, code, old_title_sv, new_title_sv, clear_description) VALUES
  ('cemr', '22', 'Gender-based violence', 'Könsrelaterat våld', 1),
  ('cemr', '23', 'Human trafficking', 'Människohandel', 1),
  ('cemr', '24', 'Sustainable development', 'Hållbar utveckling', 1),
  ('cemr', '25', 'Urban and local planning', 'Stads- och samhällsplanering', 1),
  ('cemr', '26', 'Mobility and transport', 'Rörlighet och transporter', 1),
  ('cemr', '27', 'Economic development', 'Ekonomisk utveckling', 1),
  ('cemr', '28', 'Environment', 'Miljö', 1),
  ('cemr', '29', 'Local government as regulator', 'Kommunen som tillsynsmyndighet', 1),
  ('cemr', '30', 'Twinning and international co-operation', 'Vänortssamarbete och internationellt samarbete', 1),
  ('skr', '8', 'Verksamheten arbetar systematiskt med förbättringar i ordinarie verksamhet', 'Organisationen arbetar systematiskt med förbättringar i ordinarie verksamhet', 0),
  ('skr', '10', 'Arbetssättet systematiseras och sprids till andra verksamheter', 'Arbetssättet systematiseras och sprids till andra verksamheter', 1);
UPDATE goal_entries SET
  title_sv = (SELECT w.new_title_sv FROM goal_wording w
              WHERE w.family = goal_entries.family AND w.code = goal_entries.code),
  description_sv = CASE WHEN (SELECT w.clear_description FROM goal_wording w
                              WHERE w.family = goal_entries.family AND w.code = goal_entries.code) = 1
                        THEN '' ELSE description_sv END,
  description_en = CASE WHEN (SELECT w.clear_description FROM goal_wording w
                              WHERE w.family = goal_entries.family AND w.code = goal_entries.code) = 1
                        THEN '' ELSE description_en END,
  version = version + 1
WHERE EXISTS (SELECT 1 FROM goal_wording w
              WHERE w.family = goal_entries.family AND w.code = goal_entries.code
                AND w.old_title_sv = goal_entries.title_sv);
UPDATE goal_templates SET
  title_sv = (SELECT w.new_title_sv FROM goal_wording w
              WHERE w.family = goal_templates.family AND w.code = goal_templates.code),
  description_sv = CASE WHEN (SELECT w.clear_description FROM goal_wording w
                              WHERE w.family = goal_templates.family AND w.code = goal_templates.code) = 1
                        THEN '' ELSE description_sv END,
  description_en = CASE WHEN (SELECT w.clear_description FROM goal_wording w
                              WHERE w.family = goal_templates.family AND w.code = goal_templates.code) = 1
                        THEN '' ELSE description_en END
WHERE EXISTS (SELECT 1 FROM goal_wording w
              WHERE w.family = goal_templates.family AND w.code = goal_templates.code);
DROP TABLE goal_wording;
)sql";
// clang-format on

}  // namespace stegvis::store
