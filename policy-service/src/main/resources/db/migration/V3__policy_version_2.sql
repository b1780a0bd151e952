-- Policy version 2. Facts from the research notes on embargoes, sanctions and country-group
-- history (export-controls-sanctions.md, 2026-12-06; newer than the notes behind version 1, whose
-- [Sx] keys still apply); [Fx] keys name its sources. Version 1 stays as it was stored, so its
-- answers can be reproduced: this migration closes the revisions it replaces (to_version = 2) and
-- inserts new ones, like any versioned write, and records each change in the audit log. Each block
-- is a JSON document so that tests and the benchmark load exactly this seed (see SeedDocument).

insert into policy_version (version, changed_at, changed_by, summary)
select (v->>'version')::bigint, (v->>'changedAt')::timestamptz, v->>'changedBy', v->>'summary'
from (select $version$
{
 "version": 2,
 "changedAt": "2026-12-06T00:00:00Z",
 "changedBy": "seed",
 "summary": "Seed: embargoes and sanctions, rule scope, domestic sales, January 2026 band conditions, dated country groups and Entity List dates (research of 2026-12-06)"
}
$version$::jsonb v) s;
update policy_head set current_version = 2, row_version = row_version + 1 where id = 1;

-- What each version does not model, stated with every answer.
alter table policy_version add column not_modelled text;
update policy_version p set not_modelled = n->>'line'
from jsonb_array_elements($not_modelled$[
 {
  "version": 1,
  "line": "Not modelled in this version: the part 746 embargoes and sanctions (Cuba, Iran, North Korea, Syria, Russia, Belarus), end-use and end-user catch-alls (15 CFR 744), the Affiliates (50 %) rule, licence exceptions other than NAC/ACA, OFAC sanctions and 4E091 model weights. \"No licence required\" means no restriction was found in the modelled rules, not a legal clearance."
 },
 {
  "version": 2,
  "line": "Not modelled: end-use and end-user catch-alls (15 CFR 744, incl. military end users), the Affiliates (50 %) rule after 2026-11-09, licence exceptions other than NAC/ACA, OFAC sanctions, 4E091 model weights, and the Crimea/DNR/LNR region embargoes. \"No licence required\" means no restriction was found in the modelled rules, not a legal clearance."
 }
]$not_modelled$::jsonb) n
where p.version = (n->>'version')::bigint;

-- Classification by item kind: processors (and the systems that contain them) or standalone HBM.
alter table classification_criterion
    add column item_type text not null default 'IC' check (item_type in ('IC', 'HBM'));
insert into classification_criterion (ordinal, vintage, clause, result_class, kind, tests, effective_from, effective_to, citation, source_url, note, item_type)
select (c->>'ordinal')::int, c->>'vintage', c->>'clause', c->>'class', c->>'kind', c->>'tests', (c->>'from')::date, (c->>'to')::date, c->>'citation', c->>'sourceUrl', c->>'note', c->>'itemType'
from jsonb_array_elements($criteria$[
 {
  "ordinal": 50,
  "vintage": "V2024-12",
  "clause": "3A090.c",
  "class": "3A090.c",
  "kind": "PRONG",
  "tests": "memoryBandwidthDensity > 2",
  "from": "2024-12-02",
  "to": null,
  "citation": "ECCN 3A090.c; 89 FR 96790 (FR Doc 2024-28270) [S12][F32]",
  "sourceUrl": "https://www.federalregister.gov/d/2024-28270",
  "note": "High-bandwidth memory with memory bandwidth density above 2 GB/s per mm² (bandwidth divided by the stack or package area). BIS stated that all HBM stacks in production exceed it.",
  "itemType": "HBM"
 }
]$criteria$::jsonb) c;

-- Country groups: dated memberships.
create temporary table written_membership as
select m from jsonb_array_elements($memberships$[
 {
  "id": "d5-kh",
  "group": "D:5",
  "country": "KH",
  "from": "2021-12-09",
  "to": "2025-11-07",
  "citation": "86 FR 70053 and 86 FR 70015 (2021-12-09); DDTC final rule removing Cambodia from ITAR 126.1, effective 2025-11-07; BIS conforming rule 2026-02-03 (RIN 0694-AK41) [F9][F11]",
  "confidence": "M",
  "notes": "D:5 follows the ITAR 126.1 date, not the later BIS conforming rule (2026-02-03). Removal date from DLA Piper (2025-11-14) and Export Compliance Daily (2025-11-07) (M). Remains D:1."
 },
 {
  "id": "d1-ni",
  "group": "D:1",
  "country": "NI",
  "from": "2024-03-15",
  "to": null,
  "citation": "89 FR 18780 (FR Doc 2024-05696) [S2]",
  "confidence": "H",
  "notes": "Moved from Country Group B to D:1 on 2024-03-15."
 },
 {
  "id": "d5-ni",
  "group": "D:5",
  "country": "NI",
  "from": "2024-03-15",
  "to": null,
  "citation": "89 FR 18780 (FR Doc 2024-05696) [S2]",
  "confidence": "H",
  "notes": "Added to D:5 (and 744.21) on 2024-03-15."
 },
 {
  "id": "d5-cy",
  "group": "D:5",
  "country": "CY",
  "from": null,
  "to": "2022-10-01",
  "citation": "ITAR 126.1: Cyprus arms embargo lifted 2022-10-01 (renewed yearly); BIS conformed on 2024-05-30 (89 FR 40369, FR Doc 2024-10280) [F10]",
  "confidence": "H",
  "notes": "D:5 follows the ITAR 126.1 date. Cyprus is also A:6, which excludes it from the 3A090 destination scope."
 }
]$memberships$::jsonb) m;
update group_membership set to_version = 2
where to_version is null and membership_id in (select m->>'id' from written_membership);
insert into group_membership (membership_id, group_code, country_code, effective_from, effective_to, citation, confidence, notes, from_version)
select m->>'id', m->>'group', m->>'country', (m->>'from')::date, (m->>'to')::date, m->>'citation', m->>'confidence', m->>'notes', 2
from written_membership;
insert into audit_entry (at, actor, kind, target_id, action, before, after, version)
select timestamptz '2026-12-06 00:00:00+00', 'seed', 'GROUP_MEMBERSHIP', coalesce(n.membership_id, o.membership_id),
       case when o.membership_id is null then 'CREATE' when n.membership_id is null then 'DELETE' else 'UPDATE' end,
       to_jsonb(o), to_jsonb(n), 2
from (select * from group_membership where to_version = 2) o
full join (select * from group_membership where from_version = 2) n on n.membership_id = o.membership_id
order by coalesce(n.membership_id, o.membership_id);
drop table written_membership;

-- Entity List entries with their Federal Register effective dates.
create temporary table written_entity as
select e from jsonb_array_elements($entities$[
 {
  "id": "sugon",
  "name": "Sugon",
  "aliases": [],
  "country": "CN",
  "from": "2019-06-24",
  "to": null,
  "citation": "84 FR 29371 (FR Doc 2019-13245), published and effective 2019-06-24; FN4 87 FR 62202 [F30]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "hygon",
  "name": "Chengdu Haiguang Integrated Circuit",
  "aliases": [
   "Hygon",
   "Higon",
   "Chengdu Haiguang Microelectronics",
   "Haiguang"
  ],
  "country": "CN",
  "from": "2019-06-24",
  "to": null,
  "citation": "84 FR 29371 (FR Doc 2019-13245), published and effective 2019-06-24; FN4 87 FR 62202 [F30]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "wuxi-jiangnan-institute",
  "name": "Wuxi Jiangnan Institute",
  "aliases": [],
  "country": "CN",
  "from": "2019-06-24",
  "to": null,
  "citation": "84 FR 29371 (FR Doc 2019-13245), published and effective 2019-06-24; FN4 87 FR 62202 [F30]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "tianjin-phytium",
  "name": "Tianjin Phytium",
  "aliases": [
   "Phytium"
  ],
  "country": "CN",
  "from": "2021-04-08",
  "to": null,
  "citation": "86 FR 18437, published 2021-04-09, effective 2021-04-08 [F30]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "sunway-microelectronics",
  "name": "Sunway Microelectronics",
  "aliases": [],
  "country": "CN",
  "from": "2021-04-08",
  "to": null,
  "citation": "86 FR 18437, published 2021-04-09, effective 2021-04-08 [F30]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "nscc-jinan",
  "name": "National Supercomputing Center Jinan",
  "aliases": [
   "NSCC Jinan"
  ],
  "country": "CN",
  "from": "2021-04-08",
  "to": null,
  "citation": "86 FR 18437, published 2021-04-09, effective 2021-04-08 [F30]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "nscc-shenzhen",
  "name": "National Supercomputing Center Shenzhen",
  "aliases": [
   "NSCC Shenzhen"
  ],
  "country": "CN",
  "from": "2021-04-08",
  "to": null,
  "citation": "86 FR 18437, published 2021-04-09, effective 2021-04-08 [F30]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "nscc-wuxi",
  "name": "National Supercomputing Center Wuxi",
  "aliases": [
   "NSCC Wuxi"
  ],
  "country": "CN",
  "from": "2021-04-08",
  "to": null,
  "citation": "86 FR 18437, published 2021-04-09, effective 2021-04-08 [F30]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "inspur-group",
  "name": "Inspur Group",
  "aliases": [
   "Inspur"
  ],
  "country": "CN",
  "from": "2023-03-02",
  "to": null,
  "citation": "88 FR 13675, published about 2023-03-06, effective 2023-03-02 [F30]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "M",
  "notes": "Effective date from the research notes (M); the FR citation was not verified."
 },
 {
  "id": "loongson",
  "name": "Loongson",
  "aliases": [],
  "country": "CN",
  "from": "2023-03-02",
  "to": null,
  "citation": "88 FR 13675, published about 2023-03-06, effective 2023-03-02 [F30]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "M",
  "notes": "Effective date from the research notes (M); the FR citation was not verified."
 },
 {
  "id": "4paradigm",
  "name": "4Paradigm",
  "aliases": [],
  "country": "CN",
  "from": "2023-03-02",
  "to": null,
  "citation": "88 FR 13675, published about 2023-03-06, effective 2023-03-02 [F30]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "M",
  "notes": "Effective date from the research notes (M); the FR citation was not verified."
 },
 {
  "id": "sophgo",
  "name": "Sophgo Technologies Ltd.",
  "aliases": [
   "Sophgo",
   "Qingdao Sophgo",
   "Xiamen Sophgo",
   "Wuhan Suanneng",
   "Wuxi Suanneng"
  ],
  "country": "CN",
  "from": "2025-01-16",
  "to": null,
  "citation": "90 FR 4621 (FR Doc 2025-00480), published and effective 2025-01-16 [F30][S37]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "H",
  "notes": "Listed after a TSMC-made Sophgo die was found in a Huawei Ascend 910B."
 },
 {
  "id": "sophgo-singapore",
  "name": "Sophgo Technologies Pte. Ltd.",
  "aliases": [],
  "country": "SG",
  "from": "2025-01-16",
  "to": null,
  "citation": "90 FR 4621 (FR Doc 2025-00480), published and effective 2025-01-16 [F30][S37]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "zhipu-ai",
  "name": "Zhipu AI",
  "aliases": [
   "Zhipu"
  ],
  "country": "CN",
  "from": "2025-01-16",
  "to": null,
  "citation": "90 FR 4617 (FR Doc 2025-00704), published and effective 2025-01-16 [F30][S37]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "H",
  "notes": "Seven Beijing, Hangzhou, Shanghai and Shenzhen entities."
 }
]$entities$::jsonb) e;
update entity_entry set to_version = 2
where to_version is null and entity_id in (select e->>'id' from written_entity);
insert into entity_entry (entity_id, name, aliases, country, effective_from, effective_to, citation, source_url, footnotes, review_policy, confidence, notes, from_version)
select e->>'id', e->>'name', array(select jsonb_array_elements_text(e->'aliases')), e->>'country', (e->>'from')::date, (e->>'to')::date, e->>'citation', e->>'sourceUrl', array(select jsonb_array_elements_text(e->'footnotes')), e->>'reviewPolicy', e->>'confidence', e->>'notes', 2
from written_entity;
insert into audit_entry (at, actor, kind, target_id, action, before, after, version)
select timestamptz '2026-12-06 00:00:00+00', 'seed', 'ENTITY', coalesce(n.entity_id, o.entity_id),
       case when o.entity_id is null then 'CREATE' when n.entity_id is null then 'DELETE' else 'UPDATE' end,
       to_jsonb(o), to_jsonb(n), 2
from (select * from entity_entry where to_version = 2) o
full join (select * from entity_entry where from_version = 2) n on n.entity_id = o.entity_id
order by coalesce(n.entity_id, o.entity_id);
drop table written_entity;

-- Rules: embargoes and sanctions, scope fixes, the January 2026 band's market condition, China's
-- measures narrowed to their sources.
create temporary table written_rule as
select r from jsonb_array_elements($rules$[
 {
  "id": "ear-embargo-cuba",
  "regime": "US-EAR",
  "title": "Cuba: licence for every item subject to the EAR (incl. EAR99), general policy of denial",
  "citation": "15 CFR 746.2; 81 FR 4580 [F19]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-746/section-746.2",
  "from": null,
  "to": null,
  "status": "ENFORCED",
  "condition": "(item.designerCountry == 'US' || shipment.from == 'US') && destination.treatedAs == 'CU'",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": "POLICY_OF_DENIAL",
  "precedence": 300,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "H",
  "notes": "Only the narrow 746.2 carve-outs (telecommunications, civil society, needs of the Cuban people) are reviewed otherwise; none covers AI accelerators in general."
 },
 {
  "id": "ear-embargo-iran",
  "regime": "US-EAR",
  "title": "Iran: licence for every CCL item; EAR99 under OFAC's Iranian sanctions; generally denied",
  "citation": "15 CFR 746.7 and Supp. No. 7 to part 746; 31 CFR 560 [F21][F22]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-746/section-746.7",
  "from": null,
  "to": null,
  "status": "ENFORCED",
  "condition": "(item.designerCountry == 'US' || shipment.from == 'US') && destination.treatedAs == 'IR'",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": "POLICY_OF_DENIAL",
  "precedence": 300,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "H",
  "notes": "Case-by-case review only for humanitarian or civil-aviation-safety needs. EAR99 items fall under OFAC's Iranian Transactions and Sanctions Regulations; an OFAC licence counts as EAR authorisation (746.7(a)(2))."
 },
 {
  "id": "ear-embargo-north-korea",
  "regime": "US-EAR",
  "title": "North Korea: licence for every item except EAR99 food and medicine, denial for controlled items",
  "citation": "15 CFR 746.4; BIS rule effective 2007-01-26 (FR Doc E7-1180) [F23]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-746/section-746.4",
  "from": "2007-01-26",
  "to": null,
  "status": "ENFORCED",
  "condition": "(item.designerCountry == 'US' || shipment.from == 'US') && destination.treatedAs == 'KP'",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": "POLICY_OF_DENIAL",
  "precedence": 300,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "M",
  "notes": "Confidence M for the review policy: BIS describes case-by-case review as the default, with denial for arms, multilaterally controlled items, luxury goods and items that could contribute to weapons programmes; the research notes encode North Korea as a policy of denial for every ECCN, which canrun follows. E.O. 13722 (2016) also bars US exports to North Korea without authorisation."
 },
 {
  "id": "ear-embargo-syria",
  "regime": "US-EAR",
  "title": "Syria before 2025-09-02: licence for every item except EAR99 food and medicine, general policy of denial",
  "citation": "15 CFR 746.9 (before 90 FR 42315) [F2][F3]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-746/section-746.9",
  "from": "2004-05-14",
  "to": "2025-09-02",
  "status": "ENFORCED",
  "condition": "(item.designerCountry == 'US' || shipment.from == 'US') && destination.treatedAs == 'SY'",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": "POLICY_OF_DENIAL",
  "precedence": 300,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "H",
  "notes": "Only a short list of licence exceptions (e.g. TMP for news media, GOV, TSU) applied."
 },
 {
  "id": "ear-embargo-syria-2025-3a090",
  "regime": "US-EAR",
  "title": "Syria from 2025-09-02: 3A090/4A090 items still need a licence, presumption of denial (Syria stays D:5)",
  "citation": "15 CFR 746.9 and 742.6(b)(10); 90 FR 42315 (FR Doc 2025-16724), implementing E.O. 14312 [F2][F4]",
  "sourceUrl": "https://www.federalregister.gov/d/2025-16724",
  "from": "2025-09-02",
  "to": null,
  "status": "ENFORCED",
  "condition": "(item.designerCountry == 'US' || shipment.from == 'US') && destination.treatedAs == 'SY' && item.class in ['3A090', '3A090.a', '3A090.b', '3A090.c', 'unknown']",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "precedence": 300,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "M",
  "notes": "Confidence M for the overlap with D:5: the 2025 rule keeps a licence for every CCL item, and Syria stays in D:5, where 3A090/4A090 items are reviewed under a presumption of denial. An item whose class is unknown is treated as such an item rather than relaxed to case-by-case."
 },
 {
  "id": "ear-embargo-syria-2025-other",
  "regime": "US-EAR",
  "title": "Syria from 2025-09-02: other items need a licence, reviewed case by case",
  "citation": "15 CFR 746.9; 90 FR 42315 (FR Doc 2025-16724), implementing E.O. 14312 [F2][F4]",
  "sourceUrl": "https://www.federalregister.gov/d/2025-16724",
  "from": "2025-09-02",
  "to": null,
  "status": "ENFORCED",
  "condition": "(item.designerCountry == 'US' || shipment.from == 'US') && destination.treatedAs == 'SY' && !(item.class in ['3A090', '3A090.a', '3A090.b', '3A090.c', 'unknown'])",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": "CASE_BY_CASE",
  "precedence": 300,
  "supersedes": [],
  "conditions": [
   "If the item is EAR99 (not on the CCL), License Exception SPP (15 CFR 740.5) can apply after screening the end user; canrun cannot tell EAR99 from a CCL entry such as 3A991 or 5A992 for this item, so it gives the licence requirement of CCL items."
  ],
  "assumptions": [],
  "confidence": "H",
  "notes": "Presumption of approval applies to civil telecommunications, sanitation, power and aviation; denial to malign actors. Syria is still a State Sponsor of Terrorism and in E:1."
 },
 {
  "id": "ear-embargo-russia",
  "regime": "US-EAR",
  "title": "Russia: licence for CCL items (Categories 3-9 from 2022-02-24, whole CCL from 2022-04-08), policy of denial",
  "citation": "15 CFR 746.8(a)(1), (b); 87 FR 12226 (FR Doc 2022-04300); 87 FR 22130 (FR Doc 2022-07937) [F5][F7]",
  "sourceUrl": "https://www.federalregister.gov/d/2022-04300",
  "from": "2022-02-24",
  "to": null,
  "status": "ENFORCED",
  "condition": "(item.designerCountry == 'US' || shipment.from == 'US') && destination.treatedAs == 'RU' && item.class in ['3A090', '3A090.a', '3A090.b', '3A090.c']",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": "POLICY_OF_DENIAL",
  "precedence": 300,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "H",
  "notes": "3A090, 4A090 and 3A090.c are CCL Category 3/4 items, so they are covered from the first rule. Case-by-case only for flight or maritime safety, humanitarian needs, civil nuclear safety, space cooperation, A:5/A:6-headquartered telecommunications and government-to-government use."
 },
 {
  "id": "ear-embargo-belarus",
  "regime": "US-EAR",
  "title": "Belarus: licence for CCL items (Categories 3-9 from 2022-03-02, whole CCL from 2022-04-08), policy of denial",
  "citation": "15 CFR 746.8(a)(1), (b); 87 FR 13048 (FR Doc 2022-04819); 87 FR 22130 (FR Doc 2022-07937) [F5][F7]",
  "sourceUrl": "https://www.federalregister.gov/d/2022-04819",
  "from": "2022-03-02",
  "to": null,
  "status": "ENFORCED",
  "condition": "(item.designerCountry == 'US' || shipment.from == 'US') && destination.treatedAs == 'BY' && item.class in ['3A090', '3A090.a', '3A090.b', '3A090.c']",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": "POLICY_OF_DENIAL",
  "precedence": 300,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "H",
  "notes": "As Russia; 3A090, 4A090 and 3A090.c are CCL Category 3/4 items."
 },
 {
  "id": "ear-embargo-russia-eccn-unknown",
  "regime": "US-EAR",
  "title": "Russia 2022-02-24 to 2023-05-18: an item that is not 3A090 needs a licence if it is on the CCL, none if EAR99",
  "citation": "15 CFR 746.8(a)(1); 87 FR 12226; 87 FR 22130 [F5]",
  "sourceUrl": "https://www.federalregister.gov/d/2022-04300",
  "from": "2022-02-24",
  "to": "2023-05-19",
  "status": "ENFORCED",
  "condition": "(item.designerCountry == 'US' || shipment.from == 'US') && destination.treatedAs == 'RU' && !(item.class in ['3A090', '3A090.a', '3A090.b', '3A090.c'])",
  "effect": "UNKNOWN",
  "reviewPolicy": null,
  "precedence": 300,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "M",
  "notes": "Whether the item is on the CCL (3A991, 4A994 or 5A992: licence, policy of denial) or EAR99 (no licence under 746.8 until EAR99 computers and parts were added on 2023-05-19) cannot be told from its figures."
 },
 {
  "id": "ear-embargo-belarus-eccn-unknown",
  "regime": "US-EAR",
  "title": "Belarus 2022-03-02 to 2023-05-18: an item that is not 3A090 needs a licence if it is on the CCL, none if EAR99",
  "citation": "15 CFR 746.8(a)(1); 87 FR 13048; 87 FR 22130 [F5]",
  "sourceUrl": "https://www.federalregister.gov/d/2022-04819",
  "from": "2022-03-02",
  "to": "2023-05-19",
  "status": "ENFORCED",
  "condition": "(item.designerCountry == 'US' || shipment.from == 'US') && destination.treatedAs == 'BY' && !(item.class in ['3A090', '3A090.a', '3A090.b', '3A090.c'])",
  "effect": "UNKNOWN",
  "reviewPolicy": null,
  "precedence": 300,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "M",
  "notes": "Whether the item is on the CCL or EAR99 cannot be told from its figures (EAR99 computers and parts need a licence from 2023-05-19)."
 },
 {
  "id": "ear-embargo-russia-belarus-hts",
  "regime": "US-EAR",
  "title": "Russia and Belarus from 2023-05-19: licence for every item, EAR99 computers, GPUs and parts included",
  "citation": "15 CFR 746.8(a); Supps. No. 4, 6 and 7 to part 746 (HTS chapters 84, 85 and 90); 88 FR 33422 (FR Doc 2023-10774) [F6]",
  "sourceUrl": "https://www.federalregister.gov/d/2023-10774",
  "from": "2023-05-19",
  "to": null,
  "status": "ENFORCED",
  "condition": "(item.designerCountry == 'US' || shipment.from == 'US') && destination.treatedAs in ['RU', 'BY']",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": "POLICY_OF_DENIAL",
  "precedence": 300,
  "supersedes": [],
  "conditions": [],
  "assumptions": [
   "AI accelerators, GPU cards and servers are classified in HTS chapters 84 and 85 (8471, 8473, 8542)."
  ],
  "confidence": "H",
  "notes": "Every HTS heading of chapters 84, 85 and 90 is listed, so EAR99 accelerators, GPU cards and servers need a licence too."
 },
 {
  "id": "ear-embargo-foreign-made-undecided",
  "regime": "US-EAR",
  "title": "Foreign-made item to an embargoed destination from outside the US: whether the EAR reaches it cannot be decided",
  "citation": "15 CFR 734.4 (de minimis) and 734.9 (foreign-direct-product rules, incl. 734.9(f) for Russia/Belarus from 87 FR 12226)",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-734",
  "from": null,
  "to": null,
  "status": "ENFORCED",
  "condition": "item.designerCountry != 'US' && shipment.from != 'US' && shipment.from != destination.country && (destination.treatedAs in ['CU', 'IR', 'KP', 'SY'] || (destination.treatedAs == 'RU' && asOf >= timestamp('2022-02-24T00:00:00Z')) || (destination.treatedAs == 'BY' && asOf >= timestamp('2022-03-02T00:00:00Z')))",
  "effect": "UNKNOWN",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "M",
  "notes": "The embargoes bind items subject to the EAR. A foreign-made item shipped from abroad is subject only through the foreign-direct-product rules or de minimis US content, which depend on how and where it was made; where the advanced-computing FDP rule already decides (TSMC/Samsung, 3A090) its licence wins."
 },
 {
  "id": "ear-destination-us-not-an-export",
  "regime": "US-EAR",
  "title": "Destination in the United States: not an export, reexport or transfer abroad, so no EAR licence",
  "citation": "15 CFR 734.13-734.16 (export, reexport, transfer (in-country)); BIS guidance 2026-05-31 [F26]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-734",
  "from": null,
  "to": null,
  "status": "ENFORCED",
  "condition": "destination.treatedAs == 'US'",
  "effect": "NOT_APPLICABLE",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [
   "A sale or delivery inside the United States is not an export. A later export or transfer abroad needs the licence the rules for that destination require (for a buyer whose parent is headquartered in Macau or D:5, a licence under the headquarters rule); releasing controlled technology to foreign nationals in the US is a deemed export."
  ],
  "confidence": "M",
  "notes": "Confidence M: the headquarters rule applies to all destinations outside the US (BIS guidance 2026-05-31); a sale inside the US, even to a US subsidiary of a Macau- or D:5-headquartered company, is not an export."
 },
 {
  "id": "ear-domestic-sale-foreign-designed",
  "regime": "US-EAR",
  "title": "Chip designed outside the US and sold in its own country: not an export from the US",
  "citation": "15 CFR 734.3 (scope of the EAR), 734.9 (foreign-direct-product rules), 744.6 (US-person activities)",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-734",
  "from": null,
  "to": null,
  "status": "ENFORCED",
  "condition": "(item.designerCountry != 'US' && item.designerCountry == destination.country && shipment.from == destination.country)",
  "effect": "NOT_APPLICABLE",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [
   "A domestic sale of a chip designed in that country is not an export from the US. It would be subject to the EAR if the chip was made at TSMC or Samsung with US technology (a foreign direct product: a transfer within Macau or D:5 of a 3A090 item needs a licence) or if a US person supports the sale (15 CFR 744.6)."
  ],
  "confidence": "M",
  "notes": "Confidence M: rests on the item being made outside the reach of the foreign-direct-product rules; a TSMC- or Samsung-made 3A090 item is decided by ear-3a090-2023-fdp-foreign-made instead."
 },
 {
  "id": "ear-3a090-2022-macau",
  "regime": "US-EAR",
  "title": "3A090 (2022 criteria) to Macau: licence, presumption of denial",
  "citation": "88 FR 2821 (FR Doc 2023-00888), effective 2023-01-17, published 2023-01-18 [F13]",
  "sourceUrl": "https://www.govinfo.gov/link/fr/88/2821",
  "from": "2023-01-17",
  "to": "2023-11-17",
  "status": "ENFORCED",
  "condition": "item.class == '3A090' && (item.designerCountry == 'US' || shipment.from == 'US') && destination.treatedAs == 'MO'",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "M",
  "notes": "Effective 2023-01-17, the day before publication (H); shipments en route on 2023-01-17 could still be exported until 2023-02-16. Confidence M for the review policy [S50]."
 },
 {
  "id": "ear-3a090-2022-class-unknown",
  "regime": "US-EAR",
  "title": "2022 criteria: class cannot be decided for a destination in scope",
  "citation": "15 CFR 742.6(a)(6); 87 FR 62186",
  "sourceUrl": "https://www.federalregister.gov/d/2022-21658",
  "from": "2022-10-07",
  "to": "2023-11-17",
  "status": "ENFORCED",
  "condition": "item.class == 'unknown' && (item.designerCountry == 'US' || shipment.from == 'US') && (destination.treatedAs == 'CN' || (destination.treatedAs == 'MO' && asOf >= timestamp('2023-01-17T00:00:00Z')))",
  "effect": "UNKNOWN",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "H",
  "notes": "An unknown input (TPP or interconnect) decides whether the item is 3A090; the answer cannot be given without it."
 },
 {
  "id": "ear-3a090-2023-hq-macau-d5",
  "regime": "US-EAR",
  "title": "3A090.a datacenter items for an entity headquartered in Macau or D:5, in any destination outside the US: licence, presumption of denial",
  "citation": "15 CFR 744.23(a)(3) (2023), later 742.6(a)(6)(iii)(A); 88 FR 73458; BIS guidance 2026-05-31 [S16][F26]",
  "sourceUrl": "https://www.federalregister.gov/d/2023-23055",
  "from": "2023-11-17",
  "to": null,
  "status": "ENFORCED",
  "condition": "(item.class == '3A090.a' && !item.nonDatacenter) && (item.designerCountry == 'US' || shipment.from == 'US') && (destination.treatedAs != 'US' && (endUser.headquarters == 'MO' || 'D:5' in endUser.headquartersGroups))",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "H",
  "notes": "The headquarters rule reaches exports, reexports and transfers to all destinations outside the United States (BIS guidance 2026-05-31, still enforced); a sale inside the US is not one."
 },
 {
  "id": "ear-3a090-2023-nac",
  "regime": "US-EAR",
  "title": "NAC-eligible 3A090 items to Macau/D:5 or Macau/D:5-headquartered parties, before the ACA split: License Exception NAC with notification",
  "citation": "15 CFR 740.8 (License Exception NAC, 2023); 88 FR 73458 (FR Doc 2023-23055) [F14]",
  "sourceUrl": "https://www.federalregister.gov/d/2023-23055",
  "from": "2023-11-17",
  "to": "2024-04-04",
  "status": "ENFORCED",
  "condition": "(item.class == '3A090.b' || (item.class == '3A090.a' && item.nonDatacenter)) && (item.designerCountry == 'US' || shipment.from == 'US') && !(shipment.from == destination.country) && ((destination.treatedAs == 'MO' || 'D:5' in destination.groups) || (destination.treatedAs != 'US' && (endUser.headquarters == 'MO' || 'D:5' in endUser.headquartersGroups)))",
  "effect": "NOTIFICATION_REQUIRED",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [
   "File a License Exception NAC notification in SNAP-R 25 days before shipment (TPP, parties, quantity, value); AES licence code C67.",
   "BIS may answer that a licence is required instead; it publishes no list of NAC-eligible chips."
  ],
  "assumptions": [],
  "confidence": "H",
  "notes": "The 2023 NAC notification applied only to exports and reexports to Macau or D:5 and to parties headquartered there; D:1/D:4 destinations and transfers within Macau/D:5 needed none (research notes, claim check C.2, H)."
 },
 {
  "id": "ear-3a090-2023-nac-no-notice",
  "regime": "US-EAR",
  "title": "NAC-eligible 3A090 items to D:1/D:4 (not Macau/D:5) or within Macau/D:5, before the ACA split: License Exception NAC without notification",
  "citation": "15 CFR 740.8 (License Exception NAC, 2023); 88 FR 73458 (FR Doc 2023-23055) [F14]",
  "sourceUrl": "https://www.federalregister.gov/d/2023-23055",
  "from": "2023-11-17",
  "to": "2024-04-04",
  "status": "ENFORCED",
  "condition": "(item.class == '3A090.b' || (item.class == '3A090.a' && item.nonDatacenter)) && (item.designerCountry == 'US' || shipment.from == 'US') && ((((('D:1' in destination.groups || 'D:4' in destination.groups || 'D:5' in destination.groups) && !('A:5' in destination.groups || 'A:6' in destination.groups)) || destination.country == 'AE') && !(destination.treatedAs == 'MO' || 'D:5' in destination.groups) && !(destination.treatedAs != 'US' && (endUser.headquarters == 'MO' || 'D:5' in endUser.headquartersGroups))) || ((destination.treatedAs == 'MO' || 'D:5' in destination.groups) && shipment.from == destination.country))",
  "effect": "NO_LICENSE_REQUIRED",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [
   "Ship under License Exception NAC (15 CFR 740.8); no prior notification was required for these destinations or for transfers within Macau/D:5."
  ],
  "assumptions": [],
  "confidence": "H",
  "notes": "Before 2024-04-04 License Exception NAC needed prior notification only for exports and reexports to Macau or D:5 and to parties headquartered there."
 },
 {
  "id": "ear-3a090-2024-nac-macau-d5",
  "regime": "US-EAR",
  "title": "NAC-eligible 3A090 items to Macau/D:5 or Macau/D:5-headquartered entities: License Exception NAC with notification",
  "citation": "15 CFR 740.8 (NAC); 89 FR 23876 (FR Doc 2024-07004) [S9][S10][S11][S51]",
  "sourceUrl": "https://www.federalregister.gov/d/2024-07004",
  "from": "2024-04-04",
  "to": null,
  "status": "ENFORCED",
  "condition": "(item.class == '3A090.b' || (item.class == '3A090.a' && item.nonDatacenter)) && (item.designerCountry == 'US' || shipment.from == 'US') && !(shipment.from == destination.country) && ((destination.treatedAs == 'MO' || 'D:5' in destination.groups) || (destination.treatedAs != 'US' && (endUser.headquarters == 'MO' || 'D:5' in endUser.headquartersGroups)))",
  "effect": "NOTIFICATION_REQUIRED",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [
   "File a License Exception NAC notification in SNAP-R 25 days before shipment (TPP, parties, quantity, value); AES licence code C67.",
   "BIS may answer that a licence is required instead; it publishes no list of NAC-eligible chips."
  ],
  "assumptions": [],
  "confidence": "H",
  "notes": "Transfers within Macau or D:5 use License Exception ACA instead (no notification)."
 },
 {
  "id": "ear-3a090-2024-aca-d1-d4",
  "regime": "US-EAR",
  "title": "NAC-eligible 3A090 items to D:1/D:4 (not Macau/D:5) or the UAE, or within Macau/D:5: License Exception ACA, no notification",
  "citation": "15 CFR 740.8 (ACA); 89 FR 23876 (FR Doc 2024-07004) [S9][S51]",
  "sourceUrl": "https://www.federalregister.gov/d/2024-07004",
  "from": "2024-04-04",
  "to": null,
  "status": "ENFORCED",
  "condition": "(item.class == '3A090.b' || (item.class == '3A090.a' && item.nonDatacenter)) && (item.designerCountry == 'US' || shipment.from == 'US') && ((((('D:1' in destination.groups || 'D:4' in destination.groups || 'D:5' in destination.groups) && !('A:5' in destination.groups || 'A:6' in destination.groups)) || destination.country == 'AE') && !(destination.treatedAs == 'MO' || 'D:5' in destination.groups) && !(destination.treatedAs != 'US' && (endUser.headquarters == 'MO' || 'D:5' in endUser.headquartersGroups))) || ((destination.treatedAs == 'MO' || 'D:5' in destination.groups) && shipment.from == destination.country))",
  "effect": "NO_LICENSE_REQUIRED",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [
   "Ship under License Exception ACA (15 CFR 740.8) without notification; AES code C68."
  ],
  "assumptions": [],
  "confidence": "H",
  "notes": "ACA covers D:1/D:4 destinations other than Macau/D:5 and in-country transfers (89 FR 23876)."
 },
 {
  "id": "ear-3a090-2023-class-unknown",
  "regime": "US-EAR",
  "title": "2023 criteria: class cannot be decided for a destination or end user in scope",
  "citation": "15 CFR 742.6(a)(6)(iii) and (b)(10); 88 FR 73458 (FR Doc 2023-23055)",
  "sourceUrl": "https://www.federalregister.gov/d/2023-23055",
  "from": "2023-11-17",
  "to": null,
  "status": "ENFORCED",
  "condition": "item.class == 'unknown' && item.type != 'HBM' && (item.designerCountry == 'US' || shipment.from == 'US') && (((('D:1' in destination.groups || 'D:4' in destination.groups || 'D:5' in destination.groups) && !('A:5' in destination.groups || 'A:6' in destination.groups)) || destination.country == 'AE') || (destination.treatedAs != 'US' && (endUser.headquarters == 'MO' || 'D:5' in endUser.headquartersGroups)))",
  "effect": "UNKNOWN",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "H",
  "notes": "An unknown input (TPP, performance density or market segment) decides whether and how the item is controlled."
 },
 {
  "id": "ear-3a090-2023-fdp-foreign-made",
  "regime": "US-EAR",
  "title": "Foreign-made 3A090 item from TSMC/Samsung to Macau/D:5 or a Macau/D:5-headquartered party: licence (FDP rule)",
  "citation": "15 CFR 734.9(h) and 742.6(a)(6); 88 FR 73458 [S1]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-734",
  "from": "2023-11-17",
  "to": null,
  "status": "ENFORCED",
  "condition": "item.designerCountry != 'US' && shipment.from != 'US' && item.foundry.matches('(?i)^(tsmc|samsung)') && item.class in ['3A090.a', '3A090.b'] && ((destination.treatedAs == 'MO' || 'D:5' in destination.groups) || (destination.treatedAs != 'US' && (endUser.headquarters == 'MO' || 'D:5' in endUser.headquartersGroups)))",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [
   "The item is the direct product of US technology or software (made at TSMC or Samsung)."
  ],
  "confidence": "M",
  "notes": "Confidence M: the pre-2025 reach of the advanced-computing FDP rule is used; the current eCFR wording appears to be Diffusion-era. It also covers a sale within Macau/D:5 of such an item (a transfer of an item subject to the EAR)."
 },
 {
  "id": "ear-3a090-2023-fdp-foundry-unknown",
  "regime": "US-EAR",
  "title": "Foreign 3A090 item of unknown foundry shipped across a border to Macau/D:5 or a Macau/D:5-headquartered party: FDP reach cannot be decided",
  "citation": "15 CFR 734.9(h) [S1]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-734",
  "from": "2023-11-17",
  "to": null,
  "status": "ENFORCED",
  "condition": "item.designerCountry != 'US' && shipment.from != 'US' && !item.foundryKnown && item.class in ['3A090.a', '3A090.b'] && !(item.designerCountry != 'US' && item.designerCountry == destination.country && shipment.from == destination.country) && ((destination.treatedAs == 'MO' || 'D:5' in destination.groups) || (destination.treatedAs != 'US' && (endUser.headquarters == 'MO' || 'D:5' in endUser.headquartersGroups)))",
  "effect": "UNKNOWN",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "M",
  "notes": "Whether the foreign-direct-product rule reaches the item depends on where it was made. A sale within the designer's own country is decided by ear-domestic-sale-foreign-designed, which states the assumption."
 },
 {
  "id": "ear-3a090c-2024-hbm",
  "regime": "US-EAR",
  "title": "3A090.c HBM to Macau/D:5 or Macau/D:5-headquartered entities: licence",
  "citation": "15 CFR 742.6(a)(6)(i)(B); 89 FR 96790 (FR Doc 2024-28270) [S12][S1]",
  "sourceUrl": "https://www.federalregister.gov/d/2024-28270",
  "from": "2024-12-02",
  "to": null,
  "status": "ENFORCED",
  "condition": "item.class == '3A090.c' && (item.designerCountry == 'US' || shipment.from == 'US') && ((destination.treatedAs == 'MO' || 'D:5' in destination.groups) || (destination.treatedAs != 'US' && (endUser.headquarters == 'MO' || 'D:5' in endUser.headquartersGroups)))",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "L",
  "notes": "The licence requirement is H (89 FR 96790); the headquarters part rests on a law-firm summary (M) and the review policy was not verified: presumption of denial is the research notes' likely reading (L). License Exception HBM (740.25) is available in part."
 },
 {
  "id": "ear-3a090c-2024-hbm-class-unknown",
  "regime": "US-EAR",
  "title": "HBM whose bandwidth density cannot be computed, to Macau/D:5 or a Macau/D:5-headquartered party",
  "citation": "15 CFR 742.6(a)(6)(i)(B); 89 FR 96790 (FR Doc 2024-28270) [S12]",
  "sourceUrl": "https://www.federalregister.gov/d/2024-28270",
  "from": "2024-12-02",
  "to": null,
  "status": "ENFORCED",
  "condition": "item.type == 'HBM' && item.class == 'unknown' && (item.designerCountry == 'US' || shipment.from == 'US') && ((destination.treatedAs == 'MO' || 'D:5' in destination.groups) || (destination.treatedAs != 'US' && (endUser.headquarters == 'MO' || 'D:5' in endUser.headquartersGroups)))",
  "effect": "UNKNOWN",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "H",
  "notes": "Bandwidth or stack area unknown: whether the memory meets 3A090.c decides."
 },
 {
  "id": "ear-3a090c-2024-hbm-foreign-made",
  "regime": "US-EAR",
  "title": "Foreign-made 3A090.c HBM shipped from outside the US to Macau/D:5 or a Macau/D:5-headquartered party",
  "citation": "89 FR 96790 (FR Doc 2024-28270); 15 CFR 734.9 [S12]",
  "sourceUrl": "https://www.federalregister.gov/d/2024-28270",
  "from": "2024-12-02",
  "to": null,
  "status": "ENFORCED",
  "condition": "item.type == 'HBM' && item.class == '3A090.c' && item.designerCountry != 'US' && shipment.from != 'US' && ((destination.treatedAs == 'MO' || 'D:5' in destination.groups) || (destination.treatedAs != 'US' && (endUser.headquarters == 'MO' || 'D:5' in endUser.headquartersGroups)))",
  "effect": "UNKNOWN",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "M",
  "notes": "Whether a foreign-direct-product rule reaches foreign-made HBM is not recorded in canrun's research notes, so the case is not decided."
 },
 {
  "id": "ear-2025-04-h20-mi308-licence",
  "regime": "US-EAR",
  "title": "H20 and MI308 to China, Macau, D:5 or their entities: licence required ('is-informed' letters)",
  "citation": "USG letters to Nvidia (2025-04-09) and AMD; Nvidia 8-K 2025-04-15 [S17]",
  "sourceUrl": null,
  "from": "2025-04-09",
  "to": "2025-08-08",
  "status": "ENFORCED",
  "condition": "item.id in ['h20', 'mi308x'] && (item.designerCountry == 'US' || shipment.from == 'US') && (destination.treatedAs in ['CN', 'MO'] || 'D:5' in destination.groups || (destination.treatedAs != 'US' && (endUser.headquarters == 'MO' || 'D:5' in endUser.headquartersGroups)))",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": null,
  "precedence": 200,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "H",
  "notes": "In effect 'for the indefinite future' (2025-04-14). The letters also reach ICs matching H20's memory or interconnect bandwidth, but those thresholds are not public (L), so only H20 and MI308 are matched, by catalog id. No licences were issued before about 2025-08-08; review policy not published."
 },
 {
  "id": "ear-2025-08-h20-mi308-licensing",
  "regime": "US-EAR",
  "title": "H20 and MI308 to China, Macau, D:5 or their entities: licences issued (case by case)",
  "citation": "Reuters/FT reports of H20 licences from ~2025-08-08 [S18]",
  "sourceUrl": null,
  "from": "2025-08-08",
  "to": null,
  "status": "ENFORCED",
  "condition": "item.id in ['h20', 'mi308x'] && (item.designerCountry == 'US' || shipment.from == 'US') && (destination.treatedAs in ['CN', 'MO'] || 'D:5' in destination.groups || (destination.treatedAs != 'US' && (endUser.headquarters == 'MO' || 'D:5' in endUser.headquartersGroups)))",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": "CASE_BY_CASE",
  "precedence": 200,
  "supersedes": [],
  "conditions": [
   "Reported licence condition: remit 15 % of China revenue from these chips to the US government (never codified)."
  ],
  "assumptions": [],
  "confidence": "M",
  "notes": "Confidence M: licensing began about 2025-08-08 (H, date approximate); 'case-by-case' is canrun's reading of licences being granted. A 15 % revenue remittance was agreed in August 2025 but never codified (L). Whether the requirement still binds in late 2026 is unclear."
 },
 {
  "id": "ear-2025-05-gp10-prc-class-unknown",
  "regime": "US-EAR",
  "title": "BIS guidance on General Prohibition 10: a PRC-designed chip whose 3A090 status is unknown",
  "citation": "BIS guidance 2025-05-13 on General Prohibition 10 (15 CFR 736.2(b)(10)) [S14]",
  "sourceUrl": null,
  "from": "2025-05-13",
  "to": null,
  "status": "ENFORCED",
  "condition": "item.designerCountry == 'CN' && item.class == 'unknown' && item.type != 'HBM'",
  "effect": "DISCOURAGED",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [
   "This PRC-designed chip's 3A090 status is unknown (its figures are not public); if it meets 3A090, BIS's guidance that using such chips anywhere risks General Prohibition 10 applies."
  ],
  "confidence": "M",
  "notes": "The guidance warns about PRC ICs meeting 3A090; whether this chip does is not known, so the warning is kept rather than dropped (M)."
 },
 {
  "id": "ear-3a090-2026-china-review-band",
  "regime": "US-EAR",
  "title": "January 2026 review band: exports from the US to end users in China/Macau of chips sold in the US, TPP < 21,000 and DRAM bandwidth < 6,500 GB/s: case-by-case",
  "citation": "15 CFR 742.6(b)(10); 91 FR 1684 (FR Doc 2026-00789, RIN 0694-AK43) [S27]",
  "sourceUrl": "https://www.govinfo.gov/content/pkg/FR-2026-01-15/html/2026-00789.htm",
  "from": "2026-01-15",
  "to": null,
  "status": "ENFORCED",
  "condition": "(item.class == '3A090.a' && !item.nonDatacenter) && (item.designerCountry == 'US' || shipment.from == 'US') && destination.treatedAs in ['CN', 'MO'] && shipment.from == 'US' && item.tppKnown && item.tpp < 21000 && item.memoryBandwidthKnown && item.memoryBandwidthGBps < 6500 && item.soldInUsKnown && item.soldInUs",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": "CASE_BY_CASE",
  "precedence": 100,
  "supersedes": [
   "ear-3a090-2023-macau-d5",
   "ear-3a090-2023-hq-macau-d5"
  ],
  "conditions": [
   "US supply is sufficient: exports to China/Macau do not delay US orders.",
   "No foundry capacity is diverted from US customers.",
   "Aggregate shipments to China/Macau stay at or below 50 % of the product's shipments to US end users.",
   "The transaction is not barred by end-user or end-use controls.",
   "The consignee runs rigorous know-your-customer checks, including screening against unauthorized remote access.",
   "Every shipment passes independent third-party testing in the US.",
   "No military end use.",
   "The exporter reports the units shipped to US end users."
  ],
  "assumptions": [
   "The chip is sold in the US market, as its description states; that it was commercially available in the US when the rule was published (2026-01-15) is assumed."
  ],
  "confidence": "H",
  "notes": "Names Nvidia H200 and AMD MI325X and less advanced chips. Reexports, exports from abroad and in-country transfers stay under presumption of denial. Follows the 2025-12-08 presidential announcement on H200 (not a legal change by itself); a 25 % Section 232 duty (Proclamation of 2026-01-14) applies to such chips imported for US testing."
 },
 {
  "id": "ear-3a090-2026-china-band-not-sold-in-us",
  "regime": "US-EAR",
  "title": "January 2026 band: a chip not sold in the US (China-only SKU) fails \"commercially available in the US\": presumption of denial",
  "citation": "15 CFR 742.6(b)(10); 91 FR 1684 (FR Doc 2026-00789) [S27][F1][F27][F28][F29]",
  "sourceUrl": "https://www.govinfo.gov/content/pkg/FR-2026-01-15/html/2026-00789.htm",
  "from": "2026-01-15",
  "to": null,
  "status": "ENFORCED",
  "condition": "(item.class == '3A090.a' && !item.nonDatacenter) && (item.designerCountry == 'US' || shipment.from == 'US') && destination.treatedAs in ['CN', 'MO'] && shipment.from == 'US' && item.tppKnown && item.tpp < 21000 && item.memoryBandwidthKnown && item.memoryBandwidthGBps < 6500 && item.soldInUsKnown && !item.soldInUs",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "M",
  "notes": "Any failed condition leaves the presumption of denial (H); that a China-only SKU such as the H800 is not commercially available in the US is the research notes' reading (M)."
 },
 {
  "id": "ear-3a090-2026-china-band-us-market-unknown",
  "regime": "US-EAR",
  "title": "January 2026 band: whether the chip is sold in the US is not known, so case-by-case or presumption of denial cannot be decided",
  "citation": "15 CFR 742.6(b)(10); 91 FR 1684 (FR Doc 2026-00789) [S27]",
  "sourceUrl": "https://www.govinfo.gov/content/pkg/FR-2026-01-15/html/2026-00789.htm",
  "from": "2026-01-15",
  "to": null,
  "status": "ENFORCED",
  "condition": "(item.class == '3A090.a' && !item.nonDatacenter) && (item.designerCountry == 'US' || shipment.from == 'US') && destination.treatedAs in ['CN', 'MO'] && shipment.from == 'US' && item.tppKnown && item.tpp < 21000 && item.memoryBandwidthKnown && item.memoryBandwidthGBps < 6500 && !item.soldInUsKnown",
  "effect": "UNKNOWN",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [
   "ear-3a090-2023-macau-d5",
   "ear-3a090-2023-hq-macau-d5",
   "ear-3a090-2023-d1-d4"
  ],
  "conditions": [],
  "assumptions": [],
  "confidence": "H",
  "notes": "Send soldInUs: a chip sold in the US is reviewed case by case (with the other conditions), a China-only SKU under a presumption of denial."
 },
 {
  "id": "ear-entity-list",
  "regime": "US-EAR",
  "title": "End user on the Entity List: licence for all items subject to the EAR",
  "citation": "15 CFR 744.11 and Supp. No. 4 to part 744; 15 CFR 734.9(e) for FN1/FN4 entities [S3][S35][S38]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "from": null,
  "to": null,
  "status": "ENFORCED",
  "condition": "destination.treatedAs != 'US' && endUser.entityListed && ((item.designerCountry == 'US' || shipment.from == 'US') || (item.foundry.matches('(?i)^(tsmc|samsung)') && ('FN1' in endUser.entityFootnotes || 'FN4' in endUser.entityFootnotes)))",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "precedence": 300,
  "supersedes": [],
  "conditions": [],
  "assumptions": [
   "End users are screened by name against the Entity List entries recorded here; check the live Consolidated Screening List before shipping."
  ],
  "confidence": "H",
  "notes": "Licence for all items subject to the EAR (even EAR99) when a listed party is purchaser, consignee or end user; most licence exceptions unavailable. For FN1/FN4 entities the foreign-direct-product rules reach foreign-made direct products of US technology (TSMC/Samsung). Review policy per entry; entries with a policy of denial are decided by ear-entity-list-policy-of-denial."
 },
 {
  "id": "ear-entity-list-policy-of-denial",
  "regime": "US-EAR",
  "title": "End user on the Entity List with a policy of denial: licence, policy of denial",
  "citation": "90 FR 14046 (2025-03-25) [S3][S40]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "from": null,
  "to": null,
  "status": "ENFORCED",
  "condition": "destination.treatedAs != 'US' && endUser.entityListed && 'POLICY_OF_DENIAL' in endUser.entityReviewPolicies && ((item.designerCountry == 'US' || shipment.from == 'US') || (item.foundry.matches('(?i)^(tsmc|samsung)') && ('FN1' in endUser.entityFootnotes || 'FN4' in endUser.entityFootnotes)))",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": "POLICY_OF_DENIAL",
  "precedence": 300,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "H",
  "notes": null
 },
 {
  "id": "cn-2025-08-amd-discouraged",
  "regime": "CN",
  "title": "Pressure on H20 purchases extended to AMD datacenter accelerators",
  "citation": "Bloomberg via btimesonline, 2025-08-12 [S20]",
  "sourceUrl": null,
  "from": "2025-08-12",
  "to": null,
  "status": "ENFORCED",
  "condition": "destination.country == 'CN' && item.vendor == 'AMD' && item.marketSegment in ['DATACENTER', '']",
  "effect": "DISCOURAGED",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "M",
  "notes": "Confidence M: reports say the pressure extended to AMD accelerators without naming products; applied to AMD datacenter items (Instinct) and to AMD items of unknown segment, not to other AMD products."
 },
 {
  "id": "cn-2025-10-customs-checks",
  "regime": "CN",
  "title": "Customs at major ports tightened checks on Nvidia AI chips",
  "citation": "FT via Asia Financial, 2025-10-10 [S23]",
  "sourceUrl": null,
  "from": "2025-10-10",
  "to": null,
  "status": "ENFORCED",
  "condition": "destination.country == 'CN' && item.vendor == 'Nvidia' && item.marketSegment != 'CONSUMER'",
  "effect": "DISCOURAGED",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "M",
  "notes": "Checks began with H20 and RTX Pro 6000D and extended to all advanced chips; applied to Nvidia datacenter and workstation parts (and unknown segments), not to consumer graphics cards, which the reports do not mention. Enforcement of the steering, not a legal bar (effect is canrun's reading, M)."
 },
 {
  "id": "ear-baseline-foreign-made-tsmc-samsung-before-fdp",
  "regime": "US-EAR",
  "title": "Foreign item made at TSMC or Samsung, not shipped from the US, before 2023-11-17: reach not modelled",
  "citation": "15 CFR 734.9 (foreign-direct-product rules)",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-734",
  "from": null,
  "to": "2023-11-17",
  "status": "ENFORCED",
  "condition": "item.designerCountry != 'US' && shipment.from != 'US' && item.foundry.matches('(?i)^(tsmc|samsung)')",
  "effect": "UNKNOWN",
  "reviewPolicy": null,
  "precedence": 0,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "M",
  "notes": "canrun models the advanced-computing foreign-direct-product reach from 2023-11-17 only; before that date whether a TSMC- or Samsung-made foreign chip was subject to the EAR is not decided (it was left uncovered in version 1)."
 },
 {
  "id": "ear-baseline-us-origin",
  "regime": "US-EAR",
  "title": "US-origin item or shipment from the US: subject to the EAR; no advanced-computing requirement matched",
  "citation": "15 CFR 734.3(a) (items in the US; US-origin items wherever located)",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-734",
  "from": null,
  "to": null,
  "status": "ENFORCED",
  "condition": "(item.designerCountry == 'US' || shipment.from == 'US')",
  "effect": "NO_LICENSE_REQUIRED",
  "reviewPolicy": null,
  "precedence": 0,
  "supersedes": [],
  "conditions": [],
  "assumptions": [
   "The item is US-origin or ships from the US, so the EAR applies to it wherever it goes."
  ],
  "confidence": "H",
  "notes": "Baseline: makes coverage explicit for US-origin items. NLR here means no licence under the controls modelled (3A090/4A090, embargoes and sanctions, Entity List, product decisions); end-use and end-user catch-alls are not modelled."
 }
]$rules$::jsonb) r;
update rule_revision set to_version = 2
where to_version is null and rule_id in (select r->>'id' from written_rule);
insert into rule_revision (rule_id, regime, title, citation, source_url, effective_from, effective_to, status, condition, effect, review_policy, precedence, supersedes, conditions, assumptions, confidence, notes, from_version)
select r->>'id', r->>'regime', r->>'title', r->>'citation', r->>'sourceUrl', (r->>'from')::date, (r->>'to')::date, r->>'status', r->>'condition', r->>'effect', r->>'reviewPolicy', (r->>'precedence')::int, array(select jsonb_array_elements_text(r->'supersedes')), array(select jsonb_array_elements_text(r->'conditions')), array(select jsonb_array_elements_text(r->'assumptions')), r->>'confidence', r->>'notes', 2
from written_rule;
insert into audit_entry (at, actor, kind, target_id, action, before, after, version)
select timestamptz '2026-12-06 00:00:00+00', 'seed', 'RULE', coalesce(n.rule_id, o.rule_id),
       case when o.rule_id is null then 'CREATE' when n.rule_id is null then 'DELETE' else 'UPDATE' end,
       to_jsonb(o), to_jsonb(n), 2
from (select * from rule_revision where to_version = 2) o
full join (select * from rule_revision where from_version = 2) n on n.rule_id = o.rule_id
order by coalesce(n.rule_id, o.rule_id);
drop table written_rule;
