#pragma once
// For upgrade_test.cc only: the data typical of each schema version, as the release that
// created the version wrote it. kUpgradeData[k - 1] fills the tables migration k created (and
// may change what earlier ones hold, as that release did); a database at version v gets the
// fills 1..v in order. Rows get their ids from the database (never written here, so the
// PostgreSQL sequences stay right); in a new database they count 1, 2, 3, … on both engines,
// which the later fills rely on. Texts carry Swedish letters, decimals are canonical text.
//
// Adding migration N: add the fill of version N - 1 if it has none (the upgrade test fails
// with a message until every version below the latest has one; an empty fill is fine for a
// migration that created no table).

namespace stegvis::store {

inline constexpr const char* kUpgradeData[] = {
    // 1: organisations, units and users.
    R"sql(
INSERT INTO organisations (name, created_at) VALUES ('Solviks kommun', 1700000000);
INSERT INTO organisations (name, created_at) VALUES ('Norrby kommun', 1700000100);
INSERT INTO units (organisation_id, parent_id, name, kind, created_at) VALUES
  (1, NULL, 'Socialnämnden', 'namnd', 1700000000);
INSERT INTO units (organisation_id, parent_id, name, kind, created_at) VALUES
  (1, 1, 'Socialförvaltningen', 'forvaltning', 1700000001);
INSERT INTO units (organisation_id, parent_id, name, kind, created_at) VALUES
  (1, 2, 'Äldreboendet Åkern', 'enhet', 1700000002);
INSERT INTO units (organisation_id, parent_id, name, kind, created_at) VALUES
  (2, NULL, 'Barn- och utbildningsnämnden', 'namnd', 1700000100);
INSERT INTO users (organisation_id, email, display_name, language, active, password_hash,
                   created_at) VALUES
  (1, 'admin@solvik.example', 'Åsa Admin', 'sv', 1,
   '$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo', 1700000000);
INSERT INTO users (organisation_id, email, display_name, language, active, password_hash,
                   created_at) VALUES
  (1, 'team@solvik.example', 'Örjan Ödman', 'en', 1,
   '$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$b3RoZXJoYXNo', 1700000010);
INSERT INTO users (organisation_id, email, display_name, language, active, password_hash,
                   created_at) VALUES
  (2, 'chef@norrby.example', 'Gunnel Chef', 'sv', 0,
   '$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$dGhpcmRoYXNo', 1700000110);
)sql",
    // 2: teams, roles, sessions, login limits, password resets and the audit trail.
    R"sql(
INSERT INTO teams (organisation_id, unit_id, name, description, created_at) VALUES
  (1, 3, 'Team Åkern', 'Färre fall på natten', 1700001000);
INSERT INTO teams (organisation_id, unit_id, name, description, created_at) VALUES
  (2, 4, 'Team Norr', '', 1700001100);
INSERT INTO memberships (user_id, role, scope_kind, scope_id, created_at) VALUES
  (1, 'admin', 'organisation', 1, 1700001000);
INSERT INTO memberships (user_id, role, scope_kind, scope_id, created_at) VALUES
  (2, 'teammedlem', 'team', 1, 1700001001);
INSERT INTO memberships (user_id, role, scope_kind, scope_id, created_at) VALUES
  (3, 'chef', 'unit', 4, 1700001101);
INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, last_seen_at) VALUES
  ('5f2b1c0e9d8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c', 1, 'csrf-token-1',
   1700002000, 1700002060);
INSERT INTO login_failures (subject, failures, last_failure_at, locked_until) VALUES
  ('account:team@solvik.example', 2, 1700002100, 0);
INSERT INTO login_failures (subject, failures, last_failure_at, locked_until) VALUES
  ('address:192.0.2.7', 10, 1700002200, 1700003100);
INSERT INTO password_resets (token_hash, user_id, created_at, expires_at, used_at) VALUES
  ('reset-hash-open', 2, 1700002300, 1700088700, NULL);
INSERT INTO password_resets (token_hash, user_id, created_at, expires_at, used_at) VALUES
  ('reset-hash-used', 2, 1700002000, 1700088400, 1700002050);
INSERT INTO audit_events (organisation_id, at, actor_user_id, actor, action, object_type,
                          object_id, before_json, after_json, remote_address) VALUES
  (1, 1700001000, 1, 'admin@solvik.example', 'create', 'team', 1, '',
   '{"name":"Team Åkern","description":"Färre fall på natten"}', '192.0.2.1');
INSERT INTO audit_events (organisation_id, at, actor_user_id, actor, action, object_type,
                          object_id, before_json, after_json, remote_address) VALUES
  (NULL, 1700002200, NULL, 'okänd@example.com', 'login_failed', 'user', NULL, '', '',
   '192.0.2.7');
)sql",
    // 3: programmes, projects, measures and observations.
    R"sql(
INSERT INTO programmes (organisation_id, name, theme, aim, starts_on, ends_on, version,
                        updated_at, updated_by, created_at) VALUES
  (1, 'Säker vård på natten', 'Fall', 'Halvera fallen till 2026', '2025-01-01', '2025-12-31',
   2, 1700003100, 'admin@solvik.example', 1700003000);
INSERT INTO programme_events (programme_id, kind, title, starts_on, ends_on) VALUES
  (1, 'learning_session', 'Lärandeseminarium 1', '2025-02-04', '2025-02-04');
INSERT INTO programme_events (programme_id, kind, title, starts_on, ends_on) VALUES
  (1, 'action_period', 'Arbetsperiod 1', '2025-02-05', '2025-04-30');
INSERT INTO programme_teams (programme_id, team_id, joined_at) VALUES (1, 1, 1700003200);
INSERT INTO projects (organisation_id, team_id, programme_id, title, problem, aim_what,
                      aim_how_much, aim_by_when, aim_for_whom, aim_groups, status, version,
                      updated_at, updated_by, created_at) VALUES
  (1, 1, 1, 'Färre fall på Åkern', 'Många fall nattetid', 'Färre fall', 'hälften',
   '2025-12-31', 'de boende', 'women,men', 'active', 3, 1700003400, 'team@solvik.example',
   1700003300);
INSERT INTO projects (organisation_id, team_id, programme_id, title, problem, aim_what,
                      aim_how_much, aim_by_when, aim_for_whom, aim_groups, status, version,
                      updated_at, updated_by, created_at) VALUES
  (2, 2, NULL, 'Läslust', '', '', '', '', '', '', 'planned', 1, 1700003500, '', 1700003500);
INSERT INTO progress_scores (project_id, score_tenths, set_on, note, set_by, created_at) VALUES
  (1, 25, '2025-03-01', 'Bra start: första mätningarna klara', 'team@solvik.example',
   1700003600);
INSERT INTO measures (organisation_id, programme_id, project_id, definition_id, name, definition,
                      kind, data_type, unit, frequency, direction, target, target_date,
                      baseline, grouping, no_sex_reason, chart_override, version, updated_at,
                      updated_by, data_version, data_updated_at, data_updated_by, created_at)
  VALUES (1, 1, NULL, NULL, 'Andel boende som fallit', 'Fall per boende och månad',
          'outcome', 'proportion', '%', 'month', 'down', '', '', '', 'women_men', '', '', 1,
          1700003700, 'admin@solvik.example', 0, 0, '', 1700003700);
INSERT INTO measures (organisation_id, programme_id, project_id, definition_id, name, definition,
                      kind, data_type, unit, frequency, direction, target, target_date,
                      baseline, grouping, no_sex_reason, chart_override, version, updated_at,
                      updated_by, data_version, data_updated_at, data_updated_by, created_at)
  VALUES (1, NULL, 1, 1, 'Andel boende som fallit', 'Fall per boende och månad', 'outcome',
          'proportion', '%', 'month', 'down', '10', '2025-12-31', '25.5', 'women_men', '', '',
          2, 1700003800, 'team@solvik.example', 3, 1700003900, 'team@solvik.example',
          1700003750);
INSERT INTO measures (organisation_id, programme_id, project_id, definition_id, name, definition,
                      kind, data_type, unit, frequency, direction, target, target_date,
                      baseline, grouping, no_sex_reason, chart_override, version, updated_at,
                      updated_by, data_version, data_updated_at, data_updated_by, created_at)
  VALUES (2, NULL, 2, NULL, 'Minuter läsning per dag', '', 'process', 'continuous', 'min',
          'week', 'up', '20', '', '', 'none', 'Mäts per klass, inte per elev', 'i', 1,
          1700003950, '', 1, 1700003960, 'chef@norrby.example', 1700003950);
INSERT INTO observations (measure_id, period, grp, value, denominator, note, updated_at,
                          updated_by) VALUES
  (2, '2025-01', 'women', '4', '40', '', 1700003900, 'team@solvik.example');
INSERT INTO observations (measure_id, period, grp, value, denominator, note, updated_at,
                          updated_by) VALUES
  (2, '2025-01', 'men', '3', '35', 'en ny boende', 1700003900, 'team@solvik.example');
INSERT INTO observations (measure_id, period, grp, value, denominator, note, updated_at,
                          updated_by) VALUES
  (2, '2025-01', 'total', '7', '75', '', 1700003900, 'team@solvik.example');
INSERT INTO observations (measure_id, period, grp, value, denominator, note, updated_at,
                          updated_by) VALUES
  (2, '2025-02', 'women', '2', '41', '', 1700003900, 'team@solvik.example');
INSERT INTO observations (measure_id, period, grp, value, denominator, note, updated_at,
                          updated_by) VALUES
  (3, '2025-W07', 'total', '12.25', '', '', 1700003960, 'chef@norrby.example');
)sql",
    // 4: change ideas and PDSA cycles.
    R"sql(
INSERT INTO change_ideas (organisation_id, project_id, programme_id, title, description, version,
                          updated_at, updated_by, created_at) VALUES
  (1, NULL, 1, 'Fallriskbedömning vid inflyttning', 'Ur förändringspaketet', 1, 1700004000,
   'admin@solvik.example', 1700004000);
INSERT INTO change_ideas (organisation_id, project_id, programme_id, title, description, version,
                          updated_at, updated_by, created_at) VALUES
  (1, 1, NULL, 'Nattlampor', 'Svag belysning i korridoren', 1, 1700004100,
   'team@solvik.example', 1700004100);
INSERT INTO pdsa_cycles (organisation_id, project_id, change_idea_id, previous_id, cycle_number,
                         phase, title, question, prediction, who, what, place, start_date,
                         end_date, data_plan, as_planned, observations, surprises, result,
                         learning, decision, next_step, created_at, do_at, study_at, act_at,
                         done_at, version, updated_at, updated_by) VALUES
  (1, 1, 2, NULL, 1, 'done', 'Nattlampor på avdelning 1', 'Blir det färre fall?',
   'Hälften så många fall', 'Nattpersonalen', 'Lampor med rörelsevakt', 'Avdelning 1',
   '2025-02-01', '2025-02-28', 'Räkna fall varje natt', 'yes', 'Färre uppvak', 'Inga',
   '2 fall i stället för 5', 'Lamporna hjälper', 'adopt', 'Alla avdelningar', 1700004200,
   1700004300, 1700004400, 1700004500, 1700004600, 5, 1700004600, 'team@solvik.example');
INSERT INTO pdsa_cycles (organisation_id, project_id, change_idea_id, previous_id, cycle_number,
                         phase, title, question, prediction, who, what, place, start_date,
                         end_date, data_plan, as_planned, observations, surprises, result,
                         learning, decision, next_step, created_at, do_at, study_at, act_at,
                         done_at, version, updated_at, updated_by) VALUES
  (1, 1, 2, 1, 2, 'plan', 'Nattlampor på alla avdelningar', 'Alla avdelningar', '', '', '', '',
   '', '', '', '', '', '', '', '', '', '', 1700004700, 0, 0, 0, 0, 1, 1700004700,
   'team@solvik.example');
INSERT INTO pdsa_cycle_measures (cycle_id, measure_id) VALUES (1, 2);
INSERT INTO pdsa_cycle_measures (cycle_id, measure_id) VALUES (2, 2);
)sql",
    // 5: phases of a measure's charts.
    R"sql(
INSERT INTO measure_phases (measure_id, starts_period, cycle_id, created_at, created_by) VALUES
  (2, '2025-03', 1, 1700005000, 'team@solvik.example');
)sql",
    // 6: theory of change and driver diagram.
    R"sql(
INSERT INTO diagram_items (organisation_id, project_id, kind, level_name, body, created_at,
                           version, updated_at, updated_by) VALUES
  (1, 1, 'toc', 'activity', 'Sätta upp nattlampor', 1700006000, 1, 1700006000,
   'team@solvik.example');
INSERT INTO diagram_items (organisation_id, project_id, kind, level_name, body, created_at,
                           version, updated_at, updated_by) VALUES
  (1, 1, 'toc', 'outcome', 'Färre fall nattetid', 1700006010, 2, 1700006020,
   'team@solvik.example');
INSERT INTO diagram_items (organisation_id, project_id, kind, level_name, body, created_at,
                           version, updated_at, updated_by) VALUES
  (1, 1, 'driver', 'primary', 'Miljön på natten', 1700006030, 1, 1700006030,
   'team@solvik.example');
INSERT INTO diagram_items (organisation_id, project_id, kind, level_name, body, created_at,
                           version, updated_at, updated_by) VALUES
  (1, 1, 'driver', 'secondary', 'Belysning', 1700006040, 1, 1700006040,
   'team@solvik.example');
INSERT INTO diagram_links (project_id, from_item_id, to_item_id) VALUES (1, 1, 2);
INSERT INTO diagram_links (project_id, from_item_id, to_item_id) VALUES (1, 3, 4);
INSERT INTO diagram_measures (item_id, measure_id) VALUES (2, 2);
INSERT INTO diagram_change_ideas (item_id, change_idea_id) VALUES (4, 2);
)sql",
    // 7: goals catalogue and goal links. That release gave every organisation its copy of the
    // shipped catalogue (the migration for those that existed, CreateOrganisation for new
    // ones); here the organisations of fill 1 get theirs, organisation 1's first from id 1.
    R"sql(
INSERT INTO goal_entries (organisation_id, family, group_name, code, title_sv, title_en,
                          description_sv, description_en, sort_order, highlighted, unconfirmed,
                          retired, version, updated_at, updated_by)
SELECT o.id, t.family, t.group_name, t.code, t.title_sv, t.title_en, t.description_sv,
  t.description_en, t.sort_order, t.highlighted, t.unconfirmed, 0, 1, 0, 'stegvis'
FROM organisations o CROSS JOIN goal_templates t
WHERE NOT EXISTS (SELECT 1 FROM goal_entries e WHERE e.organisation_id = o.id)
ORDER BY o.id, t.id;
INSERT INTO goal_entries (organisation_id, family, group_name, code, title_sv, title_en,
                          description_sv, description_en, sort_order, highlighted, unconfirmed,
                          retired, version, updated_at, updated_by) VALUES
  (1, 'skr', 'egna', 'S1', 'Trygg natt för alla boende', 'A safe night for every resident',
   'Solviks eget mål', '', 500, 1, 0, 0, 1, 1700007000, 'admin@solvik.example');
UPDATE goal_entries SET title_sv = 'En jämn fördelning av makt och inflytande (Solvik)',
  version = 2, updated_at = 1700007100, updated_by = 'admin@solvik.example' WHERE id = 2;
INSERT INTO goal_links (organisation_id, object_type, object_id, goal_id, created_at,
                        created_by) VALUES
  (1, 'programme', 1, 1, 1700007200, 'admin@solvik.example');
INSERT INTO goal_links (organisation_id, object_type, object_id, goal_id, created_at,
                        created_by) VALUES
  (1, 'project', 1, 2, 1700007210, 'team@solvik.example');
INSERT INTO goal_links (organisation_id, object_type, object_id, goal_id, created_at,
                        created_by) VALUES
  (1, 'measure', 2, 3, 1700007220, 'team@solvik.example');
)sql",
    // 8: gender analysis notes, self-assessments and reflection notes.
    R"sql(
INSERT INTO gender_notes (measure_id, version, representation, resources, realia, realisera,
                          created_at, created_by) VALUES
  (2, 1, 'Fler kvinnor än män bor på Åkern', '', '', '', 1700008000, 'team@solvik.example');
INSERT INTO gender_notes (measure_id, version, representation, resources, realia, realisera,
                          created_at, created_by) VALUES
  (2, 2, 'Fler kvinnor än män bor på Åkern', 'Lika mycket tid per boende', 'Männen faller oftare',
   'Nattlampor för alla', 1700008100, 'team@solvik.example');
INSERT INTO self_assessments (organisation_id, unit_id, assessed_on, note, created_at,
                              created_by) VALUES
  (1, 3, '2025-03-01', 'Första skattningen', 1700008200, 'admin@solvik.example');
INSERT INTO self_assessment_scores (assessment_id, item, item_order, score, comment) VALUES
  (1, 'step_1', 1, 3, 'Uppdraget är tydligt');
INSERT INTO self_assessment_scores (assessment_id, item, item_order, score, comment) VALUES
  (1, 'step_2', 2, NULL, '');
INSERT INTO reflection_notes (organisation_id, kind, held_on, title, body, peer, version,
                              created_at, created_by, updated_at, updated_by) VALUES
  (1, 'shadowing', '2025-03-10', 'Skuggning på Åkern', 'Vi såg nattpassets rutiner.',
   'Chef på Björken', 2, 1700008300, 'admin@solvik.example', 1700008400,
   'admin@solvik.example');
INSERT INTO reflection_note_units (note_id, unit_id) VALUES (1, 3);
INSERT INTO reflection_note_projects (note_id, project_id) VALUES (1, 1);
)sql",
    // 9: the data version (the running counters of a database in use).
    R"sql(
UPDATE data_version SET version = 41 WHERE slot = 3;
UPDATE data_version SET version = 7 WHERE slot = 12;
)sql",
    // 10: the Swedish collation (no table).
    "",
    // 11: the goals catalogue's wording (no table). Counters as the release before per-address
    // account subjects wrote them: migration 12 keeps them, later logins sweep them.
    R"sql(
INSERT INTO login_failures (subject, failures, last_failure_at, locked_until) VALUES
  ('account:chef@norrby.example', 4, 1700009000, 1700009030);
)sql",
    // 12: the index of failed logins by time (no table). A second self-assessment as that
    // release wrote it: migration 13 gives both version 1 and their author as the last writer.
    R"sql(
INSERT INTO self_assessments (organisation_id, unit_id, assessed_on, note, created_at,
                              created_by) VALUES
  (1, 3, '2025-09-01', 'Andra skattningen', 1700012000, 'admin@solvik.example');
INSERT INTO self_assessment_scores (assessment_id, item, item_order, score, comment) VALUES
  (2, 'step_1', 0, 4, 'Målen är kända av alla');
)sql",
    // 13: self-assessment versions (no table). A programme as that release wrote it, without
    // a host unit or a closed mark: migration 14 leaves it open, run by the whole organisation.
    R"sql(
INSERT INTO programmes (organisation_id, name, theme, aim, starts_on, ends_on, version,
                        updated_at, updated_by, created_at) VALUES
  (1, 'Trygg återgång', 'Rehabilitering', 'Fler kvinnor och män återgår i arbete', '2025-09-01',
   '', 3, 1700013000, 'strateg@solvik.example', 1700012900);
)sql",
    // 14: programme host unit and closing (no table). A measure as that release wrote it,
    // without a rule set or baseline: migration 15 judges it by Anhøj, every point. A common
    // measure definition of the new programme, without a retired mark: migration 16 leaves it
    // in use.
    R"sql(
INSERT INTO measures (organisation_id, project_id, name, definition, kind, data_type, unit,
                      frequency, direction, target, target_date, baseline, grouping,
                      no_sex_reason, chart_override, version, updated_at, updated_by,
                      data_version, data_updated_at, data_updated_by, created_at) VALUES
  (1, 1, 'Återinläggningar inom 30 dagar', 'Antal per månad', 'outcome', 'count', 'antal',
   'month', 'down', '', '', '', 'women_men', '', '', 1, 1700014000, 'anna@solvik.example', 0,
   0, '', 1700014000);
INSERT INTO measures (organisation_id, programme_id, project_id, definition_id, name, definition,
                      kind, data_type, unit, frequency, direction, target, target_date, baseline,
                      grouping, no_sex_reason, chart_override, version, updated_at, updated_by,
                      data_version, data_updated_at, data_updated_by, created_at) VALUES
  (1, 2, NULL, NULL, 'Återgång inom ett år', 'Andel som återgår i arbete inom tolv månader',
   'outcome', 'proportion', 'procent', 'quarter', 'up', '60', '2026-12-31', '', 'women_men', '',
   '', 2, 1700014000, 'strateg@solvik.example', 0, 0, '', 1700013900);
)sql",
    // 15: the measure's rule set and frozen baseline (no table).
    "",
    // 16: retiring common measure definitions (no table).
    "",
    // 17: personal API tokens: a read-write token that has been used, a read-only one, and a
    // change made through the first.
    R"sql(
INSERT INTO api_tokens (user_id, name, secret_hash, can_write, created_at, expires_at,
                        last_used_at) VALUES
  (1, 'Rapportrobot', '4f1c9a0e6b2d8f3a5c7e9b1d3f5a7c9e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a', 1,
   1700015000, 1707791000, 1700015060),
  (2, 'Läsning för Excel', '0a2c4e6b8d0f2a4c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a1c',
   0, 1700015100, 1707791100, NULL);
UPDATE audit_events SET api_token = 'Rapportrobot' WHERE id = 1;
)sql",
    // 18: a file of a measure's values, staged and not yet committed.
    R"sql(
INSERT INTO observation_imports (organisation_id, measure_id, user_id, created_by, created_at,
                                 file_name, base_version, sheet_json, status, committed_at) VALUES
  (1, 1, 2, 'anna@solvik.example', 1700018000, 'hemtjänst 2025.csv', 0,
   '{"header_line":1,"header":["Period","Kvinnor","Män"],"rows":[[2,"2025-01","12","9"]]}',
   'staged', NULL);
)sql",
    // 19: the improvement story of project 1: the team's summary, leaving out one cycle.
    R"sql(
INSERT INTO project_stories (project_id, summary, left_out_measures, left_out_cycles, version,
                             updated_at, updated_by) VALUES
  (1, 'Färre fall på natten sedan lamporna kom.', '', '2', 1, 1700019000,
   'team@solvik.example');
)sql",
    // 20: notes on a measure's points: an exclusion with its reason and an annotation.
    R"sql(
INSERT INTO measure_point_notes (measure_id, period, kind, text, version, created_at, created_by,
                                 updated_at, updated_by) VALUES
  (1, '2025-02', 'exclusion', 'Larmet var trasigt halva månaden.', 1, 1700020000,
   'anna@solvik.example', 1700020000, 'anna@solvik.example'),
  (1, '2025-03', 'annotation', 'Nya nattlampor i alla rum.', 2, 1700020100,
   'anna@solvik.example', 1700020200, 'team@solvik.example');
)sql",
    // 21: the search index (filled by its own migration from what exists; no table to fill).
    "",
    // 22: invitations of teams into programmes: Norrby's team invited into Solvik's programme,
    // once declined and once still open.
    R"sql(
INSERT INTO programme_invitations (programme_id, team_id, organisation_id, status, invited_by,
                                   invited_at, answered_by, answered_at, project_id) VALUES
  (1, 2, 2, 'declined', 'admin@solvik.example', 1700022000, 'chef@norrby.example', 1700022100,
   NULL),
  (1, 2, 2, 'pending', 'admin@solvik.example', 1700022200, '', NULL, NULL);
)sql",
    // 23: a published story, and a stricter threshold for the second organisation.
    R"sql(
UPDATE organisations SET suppression_threshold = 10 WHERE id = 2;
INSERT INTO publications (organisation_id, project_id, slug, include_names, published_by,
                          published_at) VALUES
  (1, 1, 'farre-fall-pa-natten-00112233aabbccdd', 0, 'chef@solvik.example', 1700023000);
)sql",
    // 24: the programme's summary published.
    R"sql(
INSERT INTO programme_publications (organisation_id, programme_id, slug, published_by,
                                    published_at) VALUES
  (1, 1, 'trygg-hemtjanst-00112233aabbccdd', 'strateg@solvik.example', 1700024000);
)sql",
    // 25: a submitted monthly report and a draft.
    R"sql(
INSERT INTO monthly_reports (organisation_id, project_id, month, tested, learned, support,
                             submitted, submitted_at, submitted_by, version, updated_at,
                             updated_by) VALUES
  (1, 1, '2025-02', 'Nattlampor i två rum.', 'Färre fall när det är ljust.', 'Inget just nu.',
   1, 1700025000, 'anna@solvik.example', 2, 1700025000, 'anna@solvik.example'),
  (1, 1, '2025-03', 'Larm vid sängen.', '', 'Hjälp med mätningen.', 0, 0, '', 1, 1700025100,
   'team@solvik.example');
)sql",
    // 26: a sustain plan with one continuing measure and two review dates, one done.
    R"sql(
INSERT INTO sustain_plans (organisation_id, project_id, owner_user_id, standardised, version,
                           updated_at, updated_by) VALUES
  (1, 1, 2, 'Checklista vid varje nattpass; rutinen för nattlampor.', 1, 1700026000,
   'anna@solvik.example');
INSERT INTO sustain_measures (plan_id, measure_id, position, continues, frequency) VALUES
  (1, 1, 0, 1, 'month');
INSERT INTO sustain_reviews (plan_id, due_on, done_at, done_by) VALUES
  (1, '2025-06-01', 1700026100, 'anna@solvik.example'),
  (1, '2025-09-01', 0, '');
)sql",
    // 27: the team's adopted idea offered to the second organisation's team, still open.
    R"sql(
INSERT INTO idea_offers (idea_id, team_id, organisation_id, status, offered_by, offered_at)
  VALUES (2, 2, 2, 'open', 'team@solvik.example', 1700027000);
)sql",
    // 28: scope words in the search index, no table of its own.
    "",
    // 29: the team tests the change package's idea and abandons it.
    R"sql(
INSERT INTO pdsa_cycles (organisation_id, project_id, change_idea_id, previous_id, cycle_number,
                         phase, title, question, prediction, who, what, place, start_date,
                         end_date, data_plan, as_planned, observations, surprises, result,
                         learning, decision, next_step, created_at, do_at, study_at, act_at,
                         done_at, version, updated_at, updated_by) VALUES
  (1, 1, 1, NULL, 3, 'done', 'Fallrisk vid inflyttningen', 'Hinner vi bedöma första dagen?',
   'Tre av fyra bedöms första dagen', 'Sjuksköterskan Åsa', 'Bedömning vid inflyttning',
   'Avdelning 2', '2025-04-01', '2025-04-30', 'Andel bedömda', 'partly', 'Hemliga iakttagelser',
   'Anhöriga ville vara med', 'En av fyra', 'Dag två passar bättre än inflyttningsdagen',
   'abandon', 'Pröva dag två', 1700028000, 1700028100, 1700028200, 1700028300, 1700028400, 5,
   1700028400, 'team@solvik.example');
)sql",
    // 30: shared learnings and monthly reports in the search index, no table of its own.
    "",
    // 31: a reminder sent and one waiting to be tried again, and a user without reminders.
    R"sql(
INSERT INTO mail_outbox (recipient, subject, body, created_at, attempts, next_attempt_at,
                         sent_at, failed_at, last_error) VALUES
  ('team@solvik.example', 'Påminnelse från Stegvis', 'Hej Örjan!', 1700029000, 1, 1700029000,
   1700029005, NULL, ''),
  ('admin@solvik.example', 'Påminnelse från Stegvis', 'Hej Åsa!', 1700029000, 2, 1700029360,
   NULL, NULL, '451 4.7.1 försök senare');
INSERT INTO reminders_sent (reminder_key, user_id, sent_at) VALUES
  ('session:1:2025-03-11', 2, 1700029000);
INSERT INTO reminder_opt_outs (user_id, created_at) VALUES (3, 1700029100);
)sql",
    // 32: a retired change idea.
    R"sql(
INSERT INTO change_ideas (organisation_id, project_id, programme_id, title, description, version,
                          updated_at, updated_by, created_at, retired) VALUES
  (1, 1, NULL, 'Larmmatta vid sängen', 'Ersatt av nattlampor', 2, 1700030000,
   'team@solvik.example', 1700029900, 1);
)sql",
    // 33: a yearly measure that takes its values from Kolada, with a year's values.
    R"sql(
INSERT INTO measures (organisation_id, programme_id, project_id, definition_id, name, definition,
                      kind, data_type, unit, frequency, direction, target, target_date,
                      baseline, grouping, no_sex_reason, chart_override, version, updated_at,
                      updated_by, data_version, data_updated_at, data_updated_by, created_at,
                      source) VALUES
  (1, NULL, 1, NULL, 'Nöjdhet med hemtjänsten', 'Brukarbedömning, andel nöjda', 'outcome',
   'continuous', '%', 'year', 'up', '', '', '', 'women_men', '', '', 1, 1700031000,
   'team@solvik.example', 1, 1700031100, 'team@solvik.example', 1700031000,
   'kolada:U21468:municipality:0180');
INSERT INTO observations (measure_id, period, grp, value, denominator, note, updated_at,
                          updated_by) VALUES
  (6, '2024', 'women', '88', '', '', 1700031100, 'team@solvik.example'),
  (6, '2024', 'men', '91', '', 'Källa: Kolada', 1700031100, 'team@solvik.example');
)sql",
    // 34: a long table staged for project 1 and one committed.
    R"sql(
INSERT INTO long_table_imports (organisation_id, project_id, user_id, created_by, created_at,
                                file_name, sheet_json, status, committed_at) VALUES
  (1, 1, 2, 'team@solvik.example', 1700032000, 'alla mått 2025.csv',
   '{"header_line":1,"header":["Mått","Period","Grupp","Värde"],"rows":[[2,"Nöjdhet med hemtjänsten","2025","Kvinnor","90"]]}',
   'staged', NULL),
  (1, 1, 2, 'team@solvik.example', 1700032100, 'Värden.xlsx',
   '{"header_line":1,"header":["Mått","Period","Grupp","Värde"],"rows":[[2,"6","2024","Män","91"]],"sheet":"Värden"}',
   'committed', 1700032200);
)sql",
    // 35: the headings a measure's import remembers.
    R"sql(
INSERT INTO import_columns (measure_id, heading, role, updated_at, updated_by) VALUES
  (2, 'månad', 'period', 1700033000, 'team@solvik.example'),
  (2, 'antal kvinnor', 'women', 1700033000, 'team@solvik.example'),
  (2, 'enhet', 'skip', 1700033000, 'team@solvik.example');
)sql",
    // 36: the headings a project's long tables remember.
    R"sql(
INSERT INTO long_table_columns (project_id, heading, role, updated_at, updated_by) VALUES
  (1, 'indikator', 'measure', 1700034000, 'team@solvik.example'),
  (1, 'kön', 'group', 1700034000, 'team@solvik.example'),
  (1, 'kommentar', 'skip', 1700034000, 'team@solvik.example');
)sql",
    // 37: a coach of the first programme.
    R"sql(
INSERT INTO users (organisation_id, email, display_name, language, active, password_hash,
                   created_at) VALUES
  (1, 'coach@solvik.example', 'Cecilia Coach', 'sv', 1,
   '$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$Y29hY2hoYXNo', 1700035000);
INSERT INTO memberships (user_id, role, scope_kind, scope_id, created_at)
  SELECT id, 'coach', 'programme', 1, 1700035001 FROM users
  WHERE email = 'coach@solvik.example';
)sql",
    // 38: the coach's comments on a cycle and on a monthly report, and the team's answer.
    R"sql(
INSERT INTO comments (organisation_id, subject, subject_id, month, author_id, author,
                      author_organisation, text, created_at)
  SELECT 1, 'pdsa_cycle', 1, '', id, 'Cecilia Coach', 'Solviks kommun',
         'Hur svarade kvinnor och män?', 1700036000 FROM users
  WHERE email = 'coach@solvik.example';
INSERT INTO comments (organisation_id, subject, subject_id, month, author_id, author,
                      author_organisation, text, created_at) VALUES
  (1, 'pdsa_cycle', 1, '', 2, 'Örjan Ödman', 'Solviks kommun', 'Männen ville ha ljus.',
   1700036100),
  (1, 'monthly_report', 1, '2025-02', 1, 'Åsa Admin', 'Solviks kommun', 'Tack – 😀 «bra»!',
   1700036200);
)sql",
};

}  // namespace stegvis::store
