-- Seed data = policy version 1. Facts from the project's research notes on export controls
-- (status date 2026-11-22); [Sx] keys name the sources listed there. Each block is a JSON
-- document so that tests and the benchmark load exactly this seed (see SeedDocument).
-- Country names: ISO 3166-1 alpha-2 codes with English short names (CLDR via JDK 17),
-- a few adjusted to the EAR's usage (Burma, Macau, Hong Kong, Congo).

insert into policy_version (version, changed_at, changed_by, summary)
values (1, timestamptz '2026-11-22 00:00:00+00', 'seed', 'Seed: export-control facts as of 2026-11-22');
insert into policy_head (id, current_version) values (1, 1);

insert into regime (code, name, description)
select r->>'code', r->>'name', r->>'description'
from jsonb_array_elements($regimes$[
 {
  "code": "US-EAR",
  "name": "US Export Administration Regulations",
  "description": "Exports from the US and of US-origin items (15 CFR 730-774): advanced-computing controls (3A090/4A090), the Entity List and product-specific decisions."
 },
 {
  "code": "CN",
  "name": "China's own measures",
  "description": "China's import and procurement measures on foreign AI chips (CAC, MIIT, customs, state-funded data centres)."
 }
]$regimes$::jsonb) r;

insert into country (code, name)
select c->>'code', c->>'name'
from jsonb_array_elements($countries$[
 {
  "code": "AD",
  "name": "Andorra"
 },
 {
  "code": "AE",
  "name": "United Arab Emirates"
 },
 {
  "code": "AF",
  "name": "Afghanistan"
 },
 {
  "code": "AG",
  "name": "Antigua & Barbuda"
 },
 {
  "code": "AI",
  "name": "Anguilla"
 },
 {
  "code": "AL",
  "name": "Albania"
 },
 {
  "code": "AM",
  "name": "Armenia"
 },
 {
  "code": "AO",
  "name": "Angola"
 },
 {
  "code": "AQ",
  "name": "Antarctica"
 },
 {
  "code": "AR",
  "name": "Argentina"
 },
 {
  "code": "AS",
  "name": "American Samoa"
 },
 {
  "code": "AT",
  "name": "Austria"
 },
 {
  "code": "AU",
  "name": "Australia"
 },
 {
  "code": "AW",
  "name": "Aruba"
 },
 {
  "code": "AX",
  "name": "Åland Islands"
 },
 {
  "code": "AZ",
  "name": "Azerbaijan"
 },
 {
  "code": "BA",
  "name": "Bosnia & Herzegovina"
 },
 {
  "code": "BB",
  "name": "Barbados"
 },
 {
  "code": "BD",
  "name": "Bangladesh"
 },
 {
  "code": "BE",
  "name": "Belgium"
 },
 {
  "code": "BF",
  "name": "Burkina Faso"
 },
 {
  "code": "BG",
  "name": "Bulgaria"
 },
 {
  "code": "BH",
  "name": "Bahrain"
 },
 {
  "code": "BI",
  "name": "Burundi"
 },
 {
  "code": "BJ",
  "name": "Benin"
 },
 {
  "code": "BL",
  "name": "St. Barthélemy"
 },
 {
  "code": "BM",
  "name": "Bermuda"
 },
 {
  "code": "BN",
  "name": "Brunei"
 },
 {
  "code": "BO",
  "name": "Bolivia"
 },
 {
  "code": "BQ",
  "name": "Caribbean Netherlands"
 },
 {
  "code": "BR",
  "name": "Brazil"
 },
 {
  "code": "BS",
  "name": "Bahamas"
 },
 {
  "code": "BT",
  "name": "Bhutan"
 },
 {
  "code": "BV",
  "name": "Bouvet Island"
 },
 {
  "code": "BW",
  "name": "Botswana"
 },
 {
  "code": "BY",
  "name": "Belarus"
 },
 {
  "code": "BZ",
  "name": "Belize"
 },
 {
  "code": "CA",
  "name": "Canada"
 },
 {
  "code": "CC",
  "name": "Cocos (Keeling) Islands"
 },
 {
  "code": "CD",
  "name": "Congo (Democratic Republic)"
 },
 {
  "code": "CF",
  "name": "Central African Republic"
 },
 {
  "code": "CG",
  "name": "Congo (Republic)"
 },
 {
  "code": "CH",
  "name": "Switzerland"
 },
 {
  "code": "CI",
  "name": "Côte d'Ivoire"
 },
 {
  "code": "CK",
  "name": "Cook Islands"
 },
 {
  "code": "CL",
  "name": "Chile"
 },
 {
  "code": "CM",
  "name": "Cameroon"
 },
 {
  "code": "CN",
  "name": "China"
 },
 {
  "code": "CO",
  "name": "Colombia"
 },
 {
  "code": "CR",
  "name": "Costa Rica"
 },
 {
  "code": "CU",
  "name": "Cuba"
 },
 {
  "code": "CV",
  "name": "Cape Verde"
 },
 {
  "code": "CW",
  "name": "Curaçao"
 },
 {
  "code": "CX",
  "name": "Christmas Island"
 },
 {
  "code": "CY",
  "name": "Cyprus"
 },
 {
  "code": "CZ",
  "name": "Czechia"
 },
 {
  "code": "DE",
  "name": "Germany"
 },
 {
  "code": "DJ",
  "name": "Djibouti"
 },
 {
  "code": "DK",
  "name": "Denmark"
 },
 {
  "code": "DM",
  "name": "Dominica"
 },
 {
  "code": "DO",
  "name": "Dominican Republic"
 },
 {
  "code": "DZ",
  "name": "Algeria"
 },
 {
  "code": "EC",
  "name": "Ecuador"
 },
 {
  "code": "EE",
  "name": "Estonia"
 },
 {
  "code": "EG",
  "name": "Egypt"
 },
 {
  "code": "EH",
  "name": "Western Sahara"
 },
 {
  "code": "ER",
  "name": "Eritrea"
 },
 {
  "code": "ES",
  "name": "Spain"
 },
 {
  "code": "ET",
  "name": "Ethiopia"
 },
 {
  "code": "FI",
  "name": "Finland"
 },
 {
  "code": "FJ",
  "name": "Fiji"
 },
 {
  "code": "FK",
  "name": "Falkland Islands"
 },
 {
  "code": "FM",
  "name": "Micronesia"
 },
 {
  "code": "FO",
  "name": "Faroe Islands"
 },
 {
  "code": "FR",
  "name": "France"
 },
 {
  "code": "GA",
  "name": "Gabon"
 },
 {
  "code": "GB",
  "name": "United Kingdom"
 },
 {
  "code": "GD",
  "name": "Grenada"
 },
 {
  "code": "GE",
  "name": "Georgia"
 },
 {
  "code": "GF",
  "name": "French Guiana"
 },
 {
  "code": "GG",
  "name": "Guernsey"
 },
 {
  "code": "GH",
  "name": "Ghana"
 },
 {
  "code": "GI",
  "name": "Gibraltar"
 },
 {
  "code": "GL",
  "name": "Greenland"
 },
 {
  "code": "GM",
  "name": "Gambia"
 },
 {
  "code": "GN",
  "name": "Guinea"
 },
 {
  "code": "GP",
  "name": "Guadeloupe"
 },
 {
  "code": "GQ",
  "name": "Equatorial Guinea"
 },
 {
  "code": "GR",
  "name": "Greece"
 },
 {
  "code": "GS",
  "name": "South Georgia & South Sandwich Islands"
 },
 {
  "code": "GT",
  "name": "Guatemala"
 },
 {
  "code": "GU",
  "name": "Guam"
 },
 {
  "code": "GW",
  "name": "Guinea-Bissau"
 },
 {
  "code": "GY",
  "name": "Guyana"
 },
 {
  "code": "HK",
  "name": "Hong Kong",
  "treatedAs": "CN",
  "treatedAsFrom": "2020-12-23",
  "citation": "85 FR 83788 (Hong Kong treated as China under the EAR since 2020-12-23) [S2]"
 },
 {
  "code": "HM",
  "name": "Heard & McDonald Islands"
 },
 {
  "code": "HN",
  "name": "Honduras"
 },
 {
  "code": "HR",
  "name": "Croatia"
 },
 {
  "code": "HT",
  "name": "Haiti"
 },
 {
  "code": "HU",
  "name": "Hungary"
 },
 {
  "code": "ID",
  "name": "Indonesia"
 },
 {
  "code": "IE",
  "name": "Ireland"
 },
 {
  "code": "IL",
  "name": "Israel"
 },
 {
  "code": "IM",
  "name": "Isle of Man"
 },
 {
  "code": "IN",
  "name": "India"
 },
 {
  "code": "IO",
  "name": "British Indian Ocean Territory"
 },
 {
  "code": "IQ",
  "name": "Iraq"
 },
 {
  "code": "IR",
  "name": "Iran"
 },
 {
  "code": "IS",
  "name": "Iceland"
 },
 {
  "code": "IT",
  "name": "Italy"
 },
 {
  "code": "JE",
  "name": "Jersey"
 },
 {
  "code": "JM",
  "name": "Jamaica"
 },
 {
  "code": "JO",
  "name": "Jordan"
 },
 {
  "code": "JP",
  "name": "Japan"
 },
 {
  "code": "KE",
  "name": "Kenya"
 },
 {
  "code": "KG",
  "name": "Kyrgyzstan"
 },
 {
  "code": "KH",
  "name": "Cambodia"
 },
 {
  "code": "KI",
  "name": "Kiribati"
 },
 {
  "code": "KM",
  "name": "Comoros"
 },
 {
  "code": "KN",
  "name": "St. Kitts & Nevis"
 },
 {
  "code": "KP",
  "name": "North Korea"
 },
 {
  "code": "KR",
  "name": "South Korea"
 },
 {
  "code": "KW",
  "name": "Kuwait"
 },
 {
  "code": "KY",
  "name": "Cayman Islands"
 },
 {
  "code": "KZ",
  "name": "Kazakhstan"
 },
 {
  "code": "LA",
  "name": "Laos"
 },
 {
  "code": "LB",
  "name": "Lebanon"
 },
 {
  "code": "LC",
  "name": "St. Lucia"
 },
 {
  "code": "LI",
  "name": "Liechtenstein"
 },
 {
  "code": "LK",
  "name": "Sri Lanka"
 },
 {
  "code": "LR",
  "name": "Liberia"
 },
 {
  "code": "LS",
  "name": "Lesotho"
 },
 {
  "code": "LT",
  "name": "Lithuania"
 },
 {
  "code": "LU",
  "name": "Luxembourg"
 },
 {
  "code": "LV",
  "name": "Latvia"
 },
 {
  "code": "LY",
  "name": "Libya"
 },
 {
  "code": "MA",
  "name": "Morocco"
 },
 {
  "code": "MC",
  "name": "Monaco"
 },
 {
  "code": "MD",
  "name": "Moldova"
 },
 {
  "code": "ME",
  "name": "Montenegro"
 },
 {
  "code": "MF",
  "name": "St. Martin"
 },
 {
  "code": "MG",
  "name": "Madagascar"
 },
 {
  "code": "MH",
  "name": "Marshall Islands"
 },
 {
  "code": "MK",
  "name": "North Macedonia"
 },
 {
  "code": "ML",
  "name": "Mali"
 },
 {
  "code": "MM",
  "name": "Burma (Myanmar)"
 },
 {
  "code": "MN",
  "name": "Mongolia"
 },
 {
  "code": "MO",
  "name": "Macau"
 },
 {
  "code": "MP",
  "name": "Northern Mariana Islands"
 },
 {
  "code": "MQ",
  "name": "Martinique"
 },
 {
  "code": "MR",
  "name": "Mauritania"
 },
 {
  "code": "MS",
  "name": "Montserrat"
 },
 {
  "code": "MT",
  "name": "Malta"
 },
 {
  "code": "MU",
  "name": "Mauritius"
 },
 {
  "code": "MV",
  "name": "Maldives"
 },
 {
  "code": "MW",
  "name": "Malawi"
 },
 {
  "code": "MX",
  "name": "Mexico"
 },
 {
  "code": "MY",
  "name": "Malaysia"
 },
 {
  "code": "MZ",
  "name": "Mozambique"
 },
 {
  "code": "NA",
  "name": "Namibia"
 },
 {
  "code": "NC",
  "name": "New Caledonia"
 },
 {
  "code": "NE",
  "name": "Niger"
 },
 {
  "code": "NF",
  "name": "Norfolk Island"
 },
 {
  "code": "NG",
  "name": "Nigeria"
 },
 {
  "code": "NI",
  "name": "Nicaragua"
 },
 {
  "code": "NL",
  "name": "Netherlands"
 },
 {
  "code": "NO",
  "name": "Norway"
 },
 {
  "code": "NP",
  "name": "Nepal"
 },
 {
  "code": "NR",
  "name": "Nauru"
 },
 {
  "code": "NU",
  "name": "Niue"
 },
 {
  "code": "NZ",
  "name": "New Zealand"
 },
 {
  "code": "OM",
  "name": "Oman"
 },
 {
  "code": "PA",
  "name": "Panama"
 },
 {
  "code": "PE",
  "name": "Peru"
 },
 {
  "code": "PF",
  "name": "French Polynesia"
 },
 {
  "code": "PG",
  "name": "Papua New Guinea"
 },
 {
  "code": "PH",
  "name": "Philippines"
 },
 {
  "code": "PK",
  "name": "Pakistan"
 },
 {
  "code": "PL",
  "name": "Poland"
 },
 {
  "code": "PM",
  "name": "St. Pierre & Miquelon"
 },
 {
  "code": "PN",
  "name": "Pitcairn Islands"
 },
 {
  "code": "PR",
  "name": "Puerto Rico"
 },
 {
  "code": "PS",
  "name": "Palestinian Territories"
 },
 {
  "code": "PT",
  "name": "Portugal"
 },
 {
  "code": "PW",
  "name": "Palau"
 },
 {
  "code": "PY",
  "name": "Paraguay"
 },
 {
  "code": "QA",
  "name": "Qatar"
 },
 {
  "code": "RE",
  "name": "Réunion"
 },
 {
  "code": "RO",
  "name": "Romania"
 },
 {
  "code": "RS",
  "name": "Serbia"
 },
 {
  "code": "RU",
  "name": "Russia"
 },
 {
  "code": "RW",
  "name": "Rwanda"
 },
 {
  "code": "SA",
  "name": "Saudi Arabia"
 },
 {
  "code": "SB",
  "name": "Solomon Islands"
 },
 {
  "code": "SC",
  "name": "Seychelles"
 },
 {
  "code": "SD",
  "name": "Sudan"
 },
 {
  "code": "SE",
  "name": "Sweden"
 },
 {
  "code": "SG",
  "name": "Singapore"
 },
 {
  "code": "SH",
  "name": "St. Helena"
 },
 {
  "code": "SI",
  "name": "Slovenia"
 },
 {
  "code": "SJ",
  "name": "Svalbard & Jan Mayen"
 },
 {
  "code": "SK",
  "name": "Slovakia"
 },
 {
  "code": "SL",
  "name": "Sierra Leone"
 },
 {
  "code": "SM",
  "name": "San Marino"
 },
 {
  "code": "SN",
  "name": "Senegal"
 },
 {
  "code": "SO",
  "name": "Somalia"
 },
 {
  "code": "SR",
  "name": "Suriname"
 },
 {
  "code": "SS",
  "name": "South Sudan"
 },
 {
  "code": "ST",
  "name": "São Tomé & Príncipe"
 },
 {
  "code": "SV",
  "name": "El Salvador"
 },
 {
  "code": "SX",
  "name": "Sint Maarten"
 },
 {
  "code": "SY",
  "name": "Syria"
 },
 {
  "code": "SZ",
  "name": "Eswatini"
 },
 {
  "code": "TC",
  "name": "Turks & Caicos Islands"
 },
 {
  "code": "TD",
  "name": "Chad"
 },
 {
  "code": "TF",
  "name": "French Southern Territories"
 },
 {
  "code": "TG",
  "name": "Togo"
 },
 {
  "code": "TH",
  "name": "Thailand"
 },
 {
  "code": "TJ",
  "name": "Tajikistan"
 },
 {
  "code": "TK",
  "name": "Tokelau"
 },
 {
  "code": "TL",
  "name": "Timor-Leste"
 },
 {
  "code": "TM",
  "name": "Turkmenistan"
 },
 {
  "code": "TN",
  "name": "Tunisia"
 },
 {
  "code": "TO",
  "name": "Tonga"
 },
 {
  "code": "TR",
  "name": "Turkey"
 },
 {
  "code": "TT",
  "name": "Trinidad & Tobago"
 },
 {
  "code": "TV",
  "name": "Tuvalu"
 },
 {
  "code": "TW",
  "name": "Taiwan"
 },
 {
  "code": "TZ",
  "name": "Tanzania"
 },
 {
  "code": "UA",
  "name": "Ukraine"
 },
 {
  "code": "UG",
  "name": "Uganda"
 },
 {
  "code": "UM",
  "name": "U.S. Outlying Islands"
 },
 {
  "code": "US",
  "name": "United States"
 },
 {
  "code": "UY",
  "name": "Uruguay"
 },
 {
  "code": "UZ",
  "name": "Uzbekistan"
 },
 {
  "code": "VA",
  "name": "Vatican City"
 },
 {
  "code": "VC",
  "name": "St. Vincent & Grenadines"
 },
 {
  "code": "VE",
  "name": "Venezuela"
 },
 {
  "code": "VG",
  "name": "British Virgin Islands"
 },
 {
  "code": "VI",
  "name": "U.S. Virgin Islands"
 },
 {
  "code": "VN",
  "name": "Vietnam"
 },
 {
  "code": "VU",
  "name": "Vanuatu"
 },
 {
  "code": "WF",
  "name": "Wallis & Futuna"
 },
 {
  "code": "WS",
  "name": "Samoa"
 },
 {
  "code": "YE",
  "name": "Yemen"
 },
 {
  "code": "YT",
  "name": "Mayotte"
 },
 {
  "code": "ZA",
  "name": "South Africa"
 },
 {
  "code": "ZM",
  "name": "Zambia"
 },
 {
  "code": "ZW",
  "name": "Zimbabwe"
 }
]$countries$::jsonb) c;

update country set ear_treated_as = 'CN', ear_treated_as_from = date '2020-12-23',
    treated_as_citation = '85 FR 83788 (Hong Kong treated as China under the EAR since 2020-12-23) [S2]'
where code = 'HK';

insert into country_group (code, name, description, citation, source_url, confidence, notes, created_version)
select g->>'code', g->>'name', g->>'description', g->>'citation', g->>'sourceUrl', g->>'confidence', g->>'notes', 1
from jsonb_array_elements($groups$[
 {
  "code": "D:1",
  "name": "Country Group D:1 (national security)",
  "description": "15 CFR 740 Supp. 1, column D:1.",
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-740/appendix-Supplement%20No.%201%20to%20Part%20740",
  "confidence": "H",
  "notes": "Members as listed in the eCFR issue of 2026-07-23; earlier membership changes are not recorded."
 },
 {
  "code": "D:4",
  "name": "Country Group D:4 (missile technology)",
  "description": "15 CFR 740 Supp. 1, column D:4.",
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-740/appendix-Supplement%20No.%201%20to%20Part%20740",
  "confidence": "H",
  "notes": "Members as listed in the eCFR issue of 2026-07-23. The UAE was in D:4 when the 2023 rule applied to it; the date it left is unknown, so no UAE row is recorded (rules name the UAE expressly)."
 },
 {
  "code": "D:5",
  "name": "Country Group D:5 (US arms embargoed)",
  "description": "15 CFR 740 Supp. 1, column D:5; mirrors ITAR 126.1.",
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]; Cambodia removed 2026-02-03 [S34]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-740/appendix-Supplement%20No.%201%20to%20Part%20740",
  "confidence": "H",
  "notes": "Macau is not in D:5; the EAR writes 'Macau or a destination in D:5'."
 },
 {
  "code": "A:5",
  "name": "Country Group A:5",
  "description": "15 CFR 740 Supp. 1, column A:5 (38 members).",
  "citation": "15 CFR 740 Supp. No. 1 [S2]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-740/appendix-Supplement%20No.%201%20to%20Part%20740",
  "confidence": "M",
  "notes": "canrun's research notes name only Japan, South Korea, India, the UK and the UAE (plus 'most EU/NATO'); the other 33 members are recorded from general knowledge of Supplement No. 1 (confidence M). UAE: date of joining unknown."
 },
 {
  "code": "A:6",
  "name": "Country Group A:6",
  "description": "15 CFR 740 Supp. 1, column A:6.",
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-740/appendix-Supplement%20No.%201%20to%20Part%20740",
  "confidence": "H",
  "notes": null
 },
 {
  "code": "E:1",
  "name": "Country Group E:1 (terrorist supporting countries)",
  "description": "15 CFR 740 Supp. 1, column E:1.",
  "citation": "15 CFR 740 Supp. No. 1",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-740/appendix-Supplement%20No.%201%20to%20Part%20740",
  "confidence": "M",
  "notes": "Not in canrun's research notes; recorded from general knowledge of Supplement No. 1 (confidence M). No seeded rule uses it."
 },
 {
  "code": "E:2",
  "name": "Country Group E:2 (unilateral embargo)",
  "description": "15 CFR 740 Supp. 1, column E:2.",
  "citation": "15 CFR 740 Supp. No. 1",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-740/appendix-Supplement%20No.%201%20to%20Part%20740",
  "confidence": "M",
  "notes": "Not in canrun's research notes; recorded from general knowledge of Supplement No. 1 (confidence M). No seeded rule uses it."
 },
 {
  "code": "AI-TIER1",
  "name": "AI Diffusion Tier 1 (License Exception AIA)",
  "description": "The US and 18 destinations of Supp. 5 to part 740 para (a), Framework for AI Diffusion.",
  "citation": "90 FR 4544 (FR Doc 2025-00636) [S13]",
  "sourceUrl": "https://www.federalregister.gov/d/2025-00636",
  "confidence": "H",
  "notes": "On the books from 2025-01-13 but not enforced since 2025-05-13 (never required in practice)."
 },
 {
  "code": "AI-TIER3",
  "name": "AI Diffusion Tier 3",
  "description": "Macau and D:5 (presumption of denial) under the Framework for AI Diffusion.",
  "citation": "90 FR 4544 (FR Doc 2025-00636) [S13]",
  "sourceUrl": "https://www.federalregister.gov/d/2025-00636",
  "confidence": "H",
  "notes": "Recorded as D:5 + Macau on 2025-01-13; on the books, not enforced since 2025-05-13."
 }
]$groups$::jsonb) g;

insert into group_membership (membership_id, group_code, country_code, effective_from, effective_to, citation, confidence, notes, from_version)
select m->>'id', m->>'group', m->>'country', (m->>'from')::date, (m->>'to')::date, m->>'citation', m->>'confidence', m->>'notes', 1
from jsonb_array_elements($memberships$[
 {
  "id": "d1-am",
  "group": "D:1",
  "country": "AM",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d1-az",
  "group": "D:1",
  "country": "AZ",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d1-by",
  "group": "D:1",
  "country": "BY",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d1-mm",
  "group": "D:1",
  "country": "MM",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d1-kh",
  "group": "D:1",
  "country": "KH",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d1-cn",
  "group": "D:1",
  "country": "CN",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d1-ge",
  "group": "D:1",
  "country": "GE",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d1-iq",
  "group": "D:1",
  "country": "IQ",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d1-kz",
  "group": "D:1",
  "country": "KZ",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d1-kp",
  "group": "D:1",
  "country": "KP",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d1-kg",
  "group": "D:1",
  "country": "KG",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d1-la",
  "group": "D:1",
  "country": "LA",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d1-ly",
  "group": "D:1",
  "country": "LY",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d1-mo",
  "group": "D:1",
  "country": "MO",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d1-md",
  "group": "D:1",
  "country": "MD",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d1-mn",
  "group": "D:1",
  "country": "MN",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d1-ni",
  "group": "D:1",
  "country": "NI",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d1-ru",
  "group": "D:1",
  "country": "RU",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d1-tj",
  "group": "D:1",
  "country": "TJ",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d1-tm",
  "group": "D:1",
  "country": "TM",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d1-uz",
  "group": "D:1",
  "country": "UZ",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d1-ve",
  "group": "D:1",
  "country": "VE",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d1-vn",
  "group": "D:1",
  "country": "VN",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d1-ye",
  "group": "D:1",
  "country": "YE",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d4-bh",
  "group": "D:4",
  "country": "BH",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d4-by",
  "group": "D:4",
  "country": "BY",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d4-cn",
  "group": "D:4",
  "country": "CN",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d4-eg",
  "group": "D:4",
  "country": "EG",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d4-ir",
  "group": "D:4",
  "country": "IR",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d4-iq",
  "group": "D:4",
  "country": "IQ",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d4-il",
  "group": "D:4",
  "country": "IL",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d4-jo",
  "group": "D:4",
  "country": "JO",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d4-kp",
  "group": "D:4",
  "country": "KP",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d4-kw",
  "group": "D:4",
  "country": "KW",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d4-lb",
  "group": "D:4",
  "country": "LB",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d4-ly",
  "group": "D:4",
  "country": "LY",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d4-mo",
  "group": "D:4",
  "country": "MO",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d4-om",
  "group": "D:4",
  "country": "OM",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d4-pk",
  "group": "D:4",
  "country": "PK",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d4-qa",
  "group": "D:4",
  "country": "QA",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d4-ru",
  "group": "D:4",
  "country": "RU",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d4-sa",
  "group": "D:4",
  "country": "SA",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d4-sy",
  "group": "D:4",
  "country": "SY",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d4-ve",
  "group": "D:4",
  "country": "VE",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d4-ye",
  "group": "D:4",
  "country": "YE",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d5-af",
  "group": "D:5",
  "country": "AF",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d5-by",
  "group": "D:5",
  "country": "BY",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d5-mm",
  "group": "D:5",
  "country": "MM",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d5-cf",
  "group": "D:5",
  "country": "CF",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d5-cn",
  "group": "D:5",
  "country": "CN",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d5-cd",
  "group": "D:5",
  "country": "CD",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d5-cu",
  "group": "D:5",
  "country": "CU",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d5-er",
  "group": "D:5",
  "country": "ER",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d5-ht",
  "group": "D:5",
  "country": "HT",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d5-ir",
  "group": "D:5",
  "country": "IR",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d5-iq",
  "group": "D:5",
  "country": "IQ",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d5-kp",
  "group": "D:5",
  "country": "KP",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d5-lb",
  "group": "D:5",
  "country": "LB",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d5-ly",
  "group": "D:5",
  "country": "LY",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d5-ni",
  "group": "D:5",
  "country": "NI",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d5-ru",
  "group": "D:5",
  "country": "RU",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d5-so",
  "group": "D:5",
  "country": "SO",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d5-ss",
  "group": "D:5",
  "country": "SS",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d5-sd",
  "group": "D:5",
  "country": "SD",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d5-sy",
  "group": "D:5",
  "country": "SY",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d5-ve",
  "group": "D:5",
  "country": "VE",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d5-zw",
  "group": "D:5",
  "country": "ZW",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "d5-kh",
  "group": "D:5",
  "country": "KH",
  "from": null,
  "to": "2026-02-03",
  "citation": "Removed from D:5 by BIS rule published 2026-02-03 [S34]; remains D:1",
  "confidence": "H",
  "notes": "Cambodia left D:5 on 2026-02-03 (State removed it from ITAR 126.1 in Nov 2025)."
 },
 {
  "id": "a6-al",
  "group": "A:6",
  "country": "AL",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "a6-cy",
  "group": "A:6",
  "country": "CY",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "a6-il",
  "group": "A:6",
  "country": "IL",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "a6-mt",
  "group": "A:6",
  "country": "MT",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "a6-mx",
  "group": "A:6",
  "country": "MX",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "a6-sg",
  "group": "A:6",
  "country": "SG",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "a6-za",
  "group": "A:6",
  "country": "ZA",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "a6-tw",
  "group": "A:6",
  "country": "TW",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "a5-jp",
  "group": "A:5",
  "country": "JP",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "a5-kr",
  "group": "A:5",
  "country": "KR",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "a5-in",
  "group": "A:5",
  "country": "IN",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "a5-gb",
  "group": "A:5",
  "country": "GB",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "a5-ae",
  "group": "A:5",
  "country": "AE",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (eCFR issue 2026-07-23) [S2]",
  "confidence": "M",
  "notes": "The eCFR of 2026-07-23 shows the UAE in A:5 and in no D group; the rule and date of the change are unknown, so no start date is recorded. Rules name the UAE expressly."
 },
 {
  "id": "a5-ar",
  "group": "A:5",
  "country": "AR",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-au",
  "group": "A:5",
  "country": "AU",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-at",
  "group": "A:5",
  "country": "AT",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-be",
  "group": "A:5",
  "country": "BE",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-bg",
  "group": "A:5",
  "country": "BG",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-ca",
  "group": "A:5",
  "country": "CA",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-hr",
  "group": "A:5",
  "country": "HR",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-cz",
  "group": "A:5",
  "country": "CZ",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-dk",
  "group": "A:5",
  "country": "DK",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-ee",
  "group": "A:5",
  "country": "EE",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-fi",
  "group": "A:5",
  "country": "FI",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-fr",
  "group": "A:5",
  "country": "FR",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-de",
  "group": "A:5",
  "country": "DE",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-gr",
  "group": "A:5",
  "country": "GR",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-hu",
  "group": "A:5",
  "country": "HU",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-is",
  "group": "A:5",
  "country": "IS",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-ie",
  "group": "A:5",
  "country": "IE",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-it",
  "group": "A:5",
  "country": "IT",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-lv",
  "group": "A:5",
  "country": "LV",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-lt",
  "group": "A:5",
  "country": "LT",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-lu",
  "group": "A:5",
  "country": "LU",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-nl",
  "group": "A:5",
  "country": "NL",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-nz",
  "group": "A:5",
  "country": "NZ",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-no",
  "group": "A:5",
  "country": "NO",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-pl",
  "group": "A:5",
  "country": "PL",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-pt",
  "group": "A:5",
  "country": "PT",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-ro",
  "group": "A:5",
  "country": "RO",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-sk",
  "group": "A:5",
  "country": "SK",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-si",
  "group": "A:5",
  "country": "SI",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-es",
  "group": "A:5",
  "country": "ES",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-se",
  "group": "A:5",
  "country": "SE",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-ch",
  "group": "A:5",
  "country": "CH",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "a5-tr",
  "group": "A:5",
  "country": "TR",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": "Member recorded from general knowledge of Supplement No. 1; confidence M."
 },
 {
  "id": "e1-ir",
  "group": "E:1",
  "country": "IR",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": null
 },
 {
  "id": "e1-kp",
  "group": "E:1",
  "country": "KP",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": null
 },
 {
  "id": "e1-sy",
  "group": "E:1",
  "country": "SY",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": null
 },
 {
  "id": "e2-cu",
  "group": "E:2",
  "country": "CU",
  "from": null,
  "to": null,
  "citation": "15 CFR 740 Supp. No. 1 (general knowledge; not in canrun's research notes)",
  "confidence": "M",
  "notes": null
 },
 {
  "id": "ai-tier1-us",
  "group": "AI-TIER1",
  "country": "US",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544, Supp. 5 to part 740 para (a) [S13]",
  "confidence": "H",
  "notes": "On the books, not enforced."
 },
 {
  "id": "ai-tier1-au",
  "group": "AI-TIER1",
  "country": "AU",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544, Supp. 5 to part 740 para (a) [S13]",
  "confidence": "H",
  "notes": "On the books, not enforced."
 },
 {
  "id": "ai-tier1-be",
  "group": "AI-TIER1",
  "country": "BE",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544, Supp. 5 to part 740 para (a) [S13]",
  "confidence": "H",
  "notes": "On the books, not enforced."
 },
 {
  "id": "ai-tier1-ca",
  "group": "AI-TIER1",
  "country": "CA",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544, Supp. 5 to part 740 para (a) [S13]",
  "confidence": "H",
  "notes": "On the books, not enforced."
 },
 {
  "id": "ai-tier1-dk",
  "group": "AI-TIER1",
  "country": "DK",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544, Supp. 5 to part 740 para (a) [S13]",
  "confidence": "H",
  "notes": "On the books, not enforced."
 },
 {
  "id": "ai-tier1-fi",
  "group": "AI-TIER1",
  "country": "FI",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544, Supp. 5 to part 740 para (a) [S13]",
  "confidence": "H",
  "notes": "On the books, not enforced."
 },
 {
  "id": "ai-tier1-fr",
  "group": "AI-TIER1",
  "country": "FR",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544, Supp. 5 to part 740 para (a) [S13]",
  "confidence": "H",
  "notes": "On the books, not enforced."
 },
 {
  "id": "ai-tier1-de",
  "group": "AI-TIER1",
  "country": "DE",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544, Supp. 5 to part 740 para (a) [S13]",
  "confidence": "H",
  "notes": "On the books, not enforced."
 },
 {
  "id": "ai-tier1-ie",
  "group": "AI-TIER1",
  "country": "IE",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544, Supp. 5 to part 740 para (a) [S13]",
  "confidence": "H",
  "notes": "On the books, not enforced."
 },
 {
  "id": "ai-tier1-it",
  "group": "AI-TIER1",
  "country": "IT",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544, Supp. 5 to part 740 para (a) [S13]",
  "confidence": "H",
  "notes": "On the books, not enforced."
 },
 {
  "id": "ai-tier1-jp",
  "group": "AI-TIER1",
  "country": "JP",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544, Supp. 5 to part 740 para (a) [S13]",
  "confidence": "H",
  "notes": "On the books, not enforced."
 },
 {
  "id": "ai-tier1-nl",
  "group": "AI-TIER1",
  "country": "NL",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544, Supp. 5 to part 740 para (a) [S13]",
  "confidence": "H",
  "notes": "On the books, not enforced."
 },
 {
  "id": "ai-tier1-nz",
  "group": "AI-TIER1",
  "country": "NZ",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544, Supp. 5 to part 740 para (a) [S13]",
  "confidence": "H",
  "notes": "On the books, not enforced."
 },
 {
  "id": "ai-tier1-no",
  "group": "AI-TIER1",
  "country": "NO",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544, Supp. 5 to part 740 para (a) [S13]",
  "confidence": "H",
  "notes": "On the books, not enforced."
 },
 {
  "id": "ai-tier1-kr",
  "group": "AI-TIER1",
  "country": "KR",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544, Supp. 5 to part 740 para (a) [S13]",
  "confidence": "H",
  "notes": "On the books, not enforced."
 },
 {
  "id": "ai-tier1-es",
  "group": "AI-TIER1",
  "country": "ES",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544, Supp. 5 to part 740 para (a) [S13]",
  "confidence": "H",
  "notes": "On the books, not enforced."
 },
 {
  "id": "ai-tier1-se",
  "group": "AI-TIER1",
  "country": "SE",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544, Supp. 5 to part 740 para (a) [S13]",
  "confidence": "H",
  "notes": "On the books, not enforced."
 },
 {
  "id": "ai-tier1-tw",
  "group": "AI-TIER1",
  "country": "TW",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544, Supp. 5 to part 740 para (a) [S13]",
  "confidence": "H",
  "notes": "On the books, not enforced."
 },
 {
  "id": "ai-tier1-gb",
  "group": "AI-TIER1",
  "country": "GB",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544, Supp. 5 to part 740 para (a) [S13]",
  "confidence": "H",
  "notes": "On the books, not enforced."
 },
 {
  "id": "ai-tier3-af",
  "group": "AI-TIER3",
  "country": "AF",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544 [S13]: Macau and D:5",
  "confidence": "H",
  "notes": "D:5 as of 2025-01-13 (Cambodia was then D:5) plus Macau; on the books, not enforced."
 },
 {
  "id": "ai-tier3-by",
  "group": "AI-TIER3",
  "country": "BY",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544 [S13]: Macau and D:5",
  "confidence": "H",
  "notes": "D:5 as of 2025-01-13 (Cambodia was then D:5) plus Macau; on the books, not enforced."
 },
 {
  "id": "ai-tier3-mm",
  "group": "AI-TIER3",
  "country": "MM",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544 [S13]: Macau and D:5",
  "confidence": "H",
  "notes": "D:5 as of 2025-01-13 (Cambodia was then D:5) plus Macau; on the books, not enforced."
 },
 {
  "id": "ai-tier3-cf",
  "group": "AI-TIER3",
  "country": "CF",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544 [S13]: Macau and D:5",
  "confidence": "H",
  "notes": "D:5 as of 2025-01-13 (Cambodia was then D:5) plus Macau; on the books, not enforced."
 },
 {
  "id": "ai-tier3-cn",
  "group": "AI-TIER3",
  "country": "CN",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544 [S13]: Macau and D:5",
  "confidence": "H",
  "notes": "D:5 as of 2025-01-13 (Cambodia was then D:5) plus Macau; on the books, not enforced."
 },
 {
  "id": "ai-tier3-cd",
  "group": "AI-TIER3",
  "country": "CD",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544 [S13]: Macau and D:5",
  "confidence": "H",
  "notes": "D:5 as of 2025-01-13 (Cambodia was then D:5) plus Macau; on the books, not enforced."
 },
 {
  "id": "ai-tier3-cu",
  "group": "AI-TIER3",
  "country": "CU",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544 [S13]: Macau and D:5",
  "confidence": "H",
  "notes": "D:5 as of 2025-01-13 (Cambodia was then D:5) plus Macau; on the books, not enforced."
 },
 {
  "id": "ai-tier3-er",
  "group": "AI-TIER3",
  "country": "ER",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544 [S13]: Macau and D:5",
  "confidence": "H",
  "notes": "D:5 as of 2025-01-13 (Cambodia was then D:5) plus Macau; on the books, not enforced."
 },
 {
  "id": "ai-tier3-ht",
  "group": "AI-TIER3",
  "country": "HT",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544 [S13]: Macau and D:5",
  "confidence": "H",
  "notes": "D:5 as of 2025-01-13 (Cambodia was then D:5) plus Macau; on the books, not enforced."
 },
 {
  "id": "ai-tier3-ir",
  "group": "AI-TIER3",
  "country": "IR",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544 [S13]: Macau and D:5",
  "confidence": "H",
  "notes": "D:5 as of 2025-01-13 (Cambodia was then D:5) plus Macau; on the books, not enforced."
 },
 {
  "id": "ai-tier3-iq",
  "group": "AI-TIER3",
  "country": "IQ",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544 [S13]: Macau and D:5",
  "confidence": "H",
  "notes": "D:5 as of 2025-01-13 (Cambodia was then D:5) plus Macau; on the books, not enforced."
 },
 {
  "id": "ai-tier3-kp",
  "group": "AI-TIER3",
  "country": "KP",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544 [S13]: Macau and D:5",
  "confidence": "H",
  "notes": "D:5 as of 2025-01-13 (Cambodia was then D:5) plus Macau; on the books, not enforced."
 },
 {
  "id": "ai-tier3-lb",
  "group": "AI-TIER3",
  "country": "LB",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544 [S13]: Macau and D:5",
  "confidence": "H",
  "notes": "D:5 as of 2025-01-13 (Cambodia was then D:5) plus Macau; on the books, not enforced."
 },
 {
  "id": "ai-tier3-ly",
  "group": "AI-TIER3",
  "country": "LY",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544 [S13]: Macau and D:5",
  "confidence": "H",
  "notes": "D:5 as of 2025-01-13 (Cambodia was then D:5) plus Macau; on the books, not enforced."
 },
 {
  "id": "ai-tier3-ni",
  "group": "AI-TIER3",
  "country": "NI",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544 [S13]: Macau and D:5",
  "confidence": "H",
  "notes": "D:5 as of 2025-01-13 (Cambodia was then D:5) plus Macau; on the books, not enforced."
 },
 {
  "id": "ai-tier3-ru",
  "group": "AI-TIER3",
  "country": "RU",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544 [S13]: Macau and D:5",
  "confidence": "H",
  "notes": "D:5 as of 2025-01-13 (Cambodia was then D:5) plus Macau; on the books, not enforced."
 },
 {
  "id": "ai-tier3-so",
  "group": "AI-TIER3",
  "country": "SO",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544 [S13]: Macau and D:5",
  "confidence": "H",
  "notes": "D:5 as of 2025-01-13 (Cambodia was then D:5) plus Macau; on the books, not enforced."
 },
 {
  "id": "ai-tier3-ss",
  "group": "AI-TIER3",
  "country": "SS",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544 [S13]: Macau and D:5",
  "confidence": "H",
  "notes": "D:5 as of 2025-01-13 (Cambodia was then D:5) plus Macau; on the books, not enforced."
 },
 {
  "id": "ai-tier3-sd",
  "group": "AI-TIER3",
  "country": "SD",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544 [S13]: Macau and D:5",
  "confidence": "H",
  "notes": "D:5 as of 2025-01-13 (Cambodia was then D:5) plus Macau; on the books, not enforced."
 },
 {
  "id": "ai-tier3-sy",
  "group": "AI-TIER3",
  "country": "SY",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544 [S13]: Macau and D:5",
  "confidence": "H",
  "notes": "D:5 as of 2025-01-13 (Cambodia was then D:5) plus Macau; on the books, not enforced."
 },
 {
  "id": "ai-tier3-ve",
  "group": "AI-TIER3",
  "country": "VE",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544 [S13]: Macau and D:5",
  "confidence": "H",
  "notes": "D:5 as of 2025-01-13 (Cambodia was then D:5) plus Macau; on the books, not enforced."
 },
 {
  "id": "ai-tier3-zw",
  "group": "AI-TIER3",
  "country": "ZW",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544 [S13]: Macau and D:5",
  "confidence": "H",
  "notes": "D:5 as of 2025-01-13 (Cambodia was then D:5) plus Macau; on the books, not enforced."
 },
 {
  "id": "ai-tier3-kh",
  "group": "AI-TIER3",
  "country": "KH",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544 [S13]: Macau and D:5",
  "confidence": "H",
  "notes": "D:5 as of 2025-01-13 (Cambodia was then D:5) plus Macau; on the books, not enforced."
 },
 {
  "id": "ai-tier3-mo",
  "group": "AI-TIER3",
  "country": "MO",
  "from": "2025-01-13",
  "to": null,
  "citation": "90 FR 4544 [S13]: Macau and D:5",
  "confidence": "H",
  "notes": "D:5 as of 2025-01-13 (Cambodia was then D:5) plus Macau; on the books, not enforced."
 }
]$memberships$::jsonb) m;

insert into entity_entry (entity_id, name, aliases, country, effective_from, effective_to, citation, source_url, footnotes, review_policy, confidence, notes, from_version)
select e->>'id', e->>'name', array(select jsonb_array_elements_text(e->'aliases')), e->>'country', (e->>'from')::date, (e->>'to')::date, e->>'citation', e->>'sourceUrl', array(select jsonb_array_elements_text(e->'footnotes')), e->>'reviewPolicy', e->>'confidence', e->>'notes', 1
from jsonb_array_elements($entities$[
 {
  "id": "huawei",
  "name": "Huawei Technologies Co., Ltd.",
  "aliases": [
   "Huawei",
   "HiSilicon"
  ],
  "country": "CN",
  "from": "2019-05-16",
  "to": null,
  "citation": "84 FR 22961/22963; expanded 85 FR 29853, 85 FR 51603 [S3][S38]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN1"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "H",
  "notes": "Huawei and affiliates (HiSilicon etc.); all items subject to the EAR; Huawei FDP rule (FN1)."
 },
 {
  "id": "sugon",
  "name": "Sugon",
  "aliases": [],
  "country": "CN",
  "from": "2019-06-01",
  "to": null,
  "citation": "84 FR 29373; FN4 87 FR 62202 [S3]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "M",
  "notes": "canrun's research notes give the month only; the first of the month is recorded."
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
  "from": "2019-06-01",
  "to": null,
  "citation": "84 FR 29373; FN4 87 FR 62202 [S3]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "M",
  "notes": "canrun's research notes give the month only; the first of the month is recorded."
 },
 {
  "id": "wuxi-jiangnan-institute",
  "name": "Wuxi Jiangnan Institute",
  "aliases": [],
  "country": "CN",
  "from": "2019-06-01",
  "to": null,
  "citation": "84 FR 29373; FN4 87 FR 62202 [S3]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "M",
  "notes": "canrun's research notes give the month only; the first of the month is recorded."
 },
 {
  "id": "tianjin-phytium",
  "name": "Tianjin Phytium",
  "aliases": [
   "Phytium"
  ],
  "country": "CN",
  "from": "2021-04-01",
  "to": null,
  "citation": "86 FR 18437 [S3]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "M",
  "notes": "canrun's research notes give the month only; the first of the month is recorded."
 },
 {
  "id": "sunway-microelectronics",
  "name": "Sunway Microelectronics",
  "aliases": [],
  "country": "CN",
  "from": "2021-04-01",
  "to": null,
  "citation": "86 FR 18437 [S3]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "M",
  "notes": "canrun's research notes give the month only; the first of the month is recorded."
 },
 {
  "id": "nscc-jinan",
  "name": "National Supercomputing Center Jinan",
  "aliases": [
   "NSCC Jinan"
  ],
  "country": "CN",
  "from": "2021-04-01",
  "to": null,
  "citation": "86 FR 18437 [S3]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "M",
  "notes": "canrun's research notes give the month only; the first of the month is recorded."
 },
 {
  "id": "nscc-shenzhen",
  "name": "National Supercomputing Center Shenzhen",
  "aliases": [
   "NSCC Shenzhen"
  ],
  "country": "CN",
  "from": "2021-04-01",
  "to": null,
  "citation": "86 FR 18437 [S3]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "M",
  "notes": "canrun's research notes give the month only; the first of the month is recorded."
 },
 {
  "id": "nscc-wuxi",
  "name": "National Supercomputing Center Wuxi",
  "aliases": [
   "NSCC Wuxi"
  ],
  "country": "CN",
  "from": "2021-04-01",
  "to": null,
  "citation": "86 FR 18437 [S3]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "M",
  "notes": "canrun's research notes give the month only; the first of the month is recorded."
 },
 {
  "id": "smic",
  "name": "Semiconductor Manufacturing International Corporation",
  "aliases": [
   "SMIC",
   "SMIC Beijing",
   "SMIC North",
   "SMIC Advanced Technology R&D"
  ],
  "country": "CN",
  "from": "2020-12-18",
  "to": null,
  "citation": "85 FR 83420 (publ. 2020-12-22); revised 89 FR 96837 [S3][S39]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN5"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "H",
  "notes": "FN5 applies to SMIC, SMIC Beijing, SMIC North and SMIC Advanced Technology R&D; 15 CFR 744.23(d) nuances for some affiliates."
 },
 {
  "id": "cambricon",
  "name": "Cambricon Technologies Corporation",
  "aliases": [
   "Cambricon"
  ],
  "country": "CN",
  "from": "2022-12-16",
  "to": null,
  "citation": "87 FR 77505 (publ. 2022-12-19) [S3][S36]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "H",
  "notes": "Ten entities: Cambricon Technologies Corp. and subsidiaries."
 },
 {
  "id": "inspur-group",
  "name": "Inspur Group",
  "aliases": [
   "Inspur"
  ],
  "country": "CN",
  "from": "2023-03-01",
  "to": null,
  "citation": "88 FR 13675 [S3]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "M",
  "notes": "canrun's research notes give the month only; the first of the month is recorded."
 },
 {
  "id": "loongson",
  "name": "Loongson",
  "aliases": [],
  "country": "CN",
  "from": "2023-03-01",
  "to": null,
  "citation": "88 FR 13675 [S3]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "M",
  "notes": "canrun's research notes give the month only; the first of the month is recorded."
 },
 {
  "id": "4paradigm",
  "name": "4Paradigm",
  "aliases": [],
  "country": "CN",
  "from": "2023-03-01",
  "to": null,
  "citation": "88 FR 13675 [S3]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "M",
  "notes": "canrun's research notes give the month only; the first of the month is recorded."
 },
 {
  "id": "moore-threads",
  "name": "Moore Threads Intelligent Technology",
  "aliases": [
   "Moore Threads",
   "Moore Thread Intelligent Technology Beijing",
   "Moore Thread Intelligent Technology Chengdu",
   "Moore Thread Intelligent Technology Shanghai"
  ],
  "country": "CN",
  "from": "2023-10-17",
  "to": null,
  "citation": "88 FR 71991/71992 (publ. 2023-10-19) [S3][S35]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "H",
  "notes": null
 },
 {
  "id": "biren",
  "name": "Shanghai Biren Intelligent Technology",
  "aliases": [
   "Biren",
   "Light Cloud Hangzhou"
  ],
  "country": "CN",
  "from": "2023-10-17",
  "to": null,
  "citation": "88 FR 71992; Shanghai Biren Intelligent revised 89 FR 25505 [S3][S35]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "H",
  "notes": "Beijing, Guangzhou, Hangzhou, Shanghai and Zhuhai Biren entities and Light Cloud Hangzhou."
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
  "from": "2025-01-15",
  "to": null,
  "citation": "90 FR 4621 [S3][S37]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "H",
  "notes": "Listed 2025-01-15/16 (the earlier date is recorded) after a TSMC-made Sophgo die was found in a Huawei Ascend 910B."
 },
 {
  "id": "sophgo-singapore",
  "name": "Sophgo Technologies Pte. Ltd.",
  "aliases": [],
  "country": "SG",
  "from": "2025-01-15",
  "to": null,
  "citation": "90 FR 4621 [S3][S37]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "H",
  "notes": "Singapore affiliate of Sophgo; listed 2025-01-15/16."
 },
 {
  "id": "zhipu-ai",
  "name": "Zhipu AI",
  "aliases": [
   "Zhipu"
  ],
  "country": "CN",
  "from": "2025-01-15",
  "to": null,
  "citation": "90 FR 4617 [S3][S37]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "H",
  "notes": "Seven Beijing, Hangzhou, Shanghai and Shenzhen entities; listed 2025-01-15/16."
 },
 {
  "id": "inspur-subsidiaries",
  "name": "Inspur subsidiaries listed 2025-03-25",
  "aliases": [
   "Inspur Taiwan"
  ],
  "country": "CN",
  "from": "2025-03-25",
  "to": null,
  "citation": "90 FR 14046 [S3][S40]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "POLICY_OF_DENIAL",
  "confidence": "M",
  "notes": "Six Inspur subsidiaries incl. Inspur Taiwan; the other five names are not in canrun's research notes. Date is the announcement (2025-03-25)."
 },
 {
  "id": "nettrix",
  "name": "Nettrix",
  "aliases": [],
  "country": "CN",
  "from": "2025-03-25",
  "to": null,
  "citation": "90 FR 14046 [S3][S40]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [
   "FN4"
  ],
  "reviewPolicy": "POLICY_OF_DENIAL",
  "confidence": "M",
  "notes": "Date is the announcement (2025-03-25)."
 },
 {
  "id": "naura",
  "name": "Naura",
  "aliases": [],
  "country": "CN",
  "from": "2024-12-02",
  "to": null,
  "citation": "89 FR 96837 [S3][S12]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "M",
  "notes": "Semiconductor-equipment maker in the 140-entity package; FN5 applies to some entities of the package (which ones not recorded)."
 },
 {
  "id": "piotech",
  "name": "Piotech",
  "aliases": [],
  "country": "CN",
  "from": "2024-12-02",
  "to": null,
  "citation": "89 FR 96837 [S3][S12]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "M",
  "notes": "Semiconductor-equipment maker in the 140-entity package; FN5 applies to some entities of the package (which ones not recorded)."
 },
 {
  "id": "sicarrier",
  "name": "SiCarrier",
  "aliases": [],
  "country": "CN",
  "from": "2024-12-02",
  "to": null,
  "citation": "89 FR 96837 [S3][S12]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "footnotes": [],
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "confidence": "M",
  "notes": "Semiconductor-equipment maker in the 140-entity package; FN5 applies to some entities of the package (which ones not recorded)."
 }
]$entities$::jsonb) e;

insert into classification_criterion (ordinal, vintage, clause, result_class, kind, tests, effective_from, effective_to, citation, source_url, note)
select (c->>'ordinal')::int, c->>'vintage', c->>'clause', c->>'class', c->>'kind', c->>'tests', (c->>'from')::date, (c->>'to')::date, c->>'citation', c->>'sourceUrl', c->>'note'
from jsonb_array_elements($criteria$[
 {
  "ordinal": 10,
  "vintage": "V2022",
  "clause": "3A090",
  "class": "3A090",
  "kind": "PRONG",
  "tests": "tpp >= 4800 and interconnectGBps >= 600",
  "from": "2022-10-07",
  "to": "2023-11-17",
  "citation": "ECCN 3A090 (Oct 2022), 87 FR 62186, FR Doc 2022-21658 [S50][S7][S8]",
  "sourceUrl": "https://www.federalregister.gov/d/2022-21658",
  "note": "Both prongs: TPP >= 4800 and aggregate bidirectional I/O to non-memory ICs >= 600 GB/s."
 },
 {
  "ordinal": 20,
  "vintage": "V2023",
  "clause": "3A090.a.1",
  "class": "3A090.a",
  "kind": "PRONG",
  "tests": "tpp >= 4800",
  "from": "2023-11-17",
  "to": null,
  "citation": "ECCN 3A090.a.1; 88 FR 73458, FR Doc 2023-23055; eCFR 2026-07-23 [S1][S4]",
  "sourceUrl": "https://www.federalregister.gov/d/2023-23055",
  "note": null
 },
 {
  "ordinal": 21,
  "vintage": "V2023",
  "clause": "3A090.a.2",
  "class": "3A090.a",
  "kind": "PRONG",
  "tests": "tpp >= 1600 and performanceDensity >= 5.92",
  "from": "2023-11-17",
  "to": null,
  "citation": "ECCN 3A090.a.2; 88 FR 73458 [S1][S4]",
  "sourceUrl": "https://www.federalregister.gov/d/2023-23055",
  "note": null
 },
 {
  "ordinal": 22,
  "vintage": "V2023",
  "clause": "3A090.b.1",
  "class": "3A090.b",
  "kind": "PRONG",
  "tests": "tpp >= 2400 and tpp < 4800 and performanceDensity >= 1.6 and performanceDensity < 5.92",
  "from": "2023-11-17",
  "to": null,
  "citation": "ECCN 3A090.b.1; 88 FR 73458 [S1][S4]",
  "sourceUrl": "https://www.federalregister.gov/d/2023-23055",
  "note": null
 },
 {
  "ordinal": 23,
  "vintage": "V2023",
  "clause": "3A090.b.2",
  "class": "3A090.b",
  "kind": "PRONG",
  "tests": "tpp >= 1600 and performanceDensity >= 3.2 and performanceDensity < 5.92",
  "from": "2023-11-17",
  "to": null,
  "citation": "ECCN 3A090.b.2; 88 FR 73458 [S1][S4]",
  "sourceUrl": "https://www.federalregister.gov/d/2023-23055",
  "note": null
 },
 {
  "ordinal": 30,
  "vintage": "V2023",
  "clause": "3A090 Note 2",
  "class": null,
  "kind": "EXEMPTION",
  "tests": "datacenter == 0 and tpp < 4800",
  "from": "2023-11-17",
  "to": null,
  "citation": "ECCN 3A090, Note 2 to 3A090.a and .b [S1]",
  "sourceUrl": "https://www.federalregister.gov/d/2023-23055",
  "note": "3A090.a and .b do not apply to items not designed or marketed for use in datacenters that have TPP < 4800."
 },
 {
  "ordinal": 40,
  "vintage": "V2023",
  "clause": "3A090.c",
  "class": null,
  "kind": "SCOPE_NOTE",
  "tests": "",
  "from": "2024-12-02",
  "to": null,
  "citation": "ECCN 3A090.c; 89 FR 96790, FR Doc 2024-28270 [S12][S1]",
  "sourceUrl": "https://www.federalregister.gov/d/2024-28270",
  "note": "3A090.c (HBM with memory bandwidth density > 2 GB/s per mm², from 2024-12-02) does not apply: it excludes co-packaged ICs whose dominant function is processing, which are classified by their compute."
 }
]$criteria$::jsonb) c;

insert into rule_revision (rule_id, regime, title, citation, source_url, effective_from, effective_to, status, condition, effect, review_policy, precedence, supersedes, conditions, assumptions, confidence, notes, from_version)
select r->>'id', r->>'regime', r->>'title', r->>'citation', r->>'sourceUrl', (r->>'from')::date, (r->>'to')::date, r->>'status', r->>'condition', r->>'effect', r->>'reviewPolicy', (r->>'precedence')::int, array(select jsonb_array_elements_text(r->'supersedes')), array(select jsonb_array_elements_text(r->'conditions')), array(select jsonb_array_elements_text(r->'assumptions')), r->>'confidence', r->>'notes', 1
from jsonb_array_elements($rules$[
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
  "notes": "Baseline: makes coverage explicit for US-origin items. NLR here means no licence under the controls modelled (3A090/4A090, Entity List, product decisions); end-use catch-alls and embargoes are not modelled."
 },
 {
  "id": "ear-baseline-foreign-made-outside-us",
  "regime": "US-EAR",
  "title": "Designed and made outside the US, not shipped from the US: not subject to the EAR",
  "citation": "15 CFR 734.3 (scope of the EAR), 734.9 (foreign-direct-product rules)",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-734",
  "from": null,
  "to": null,
  "status": "ENFORCED",
  "condition": "item.designerCountry != 'US' && shipment.from != 'US' && item.foundryKnown && !item.foundry.matches('(?i)^(tsmc|samsung)')",
  "effect": "NOT_APPLICABLE",
  "reviewPolicy": null,
  "precedence": 0,
  "supersedes": [],
  "conditions": [],
  "assumptions": [
   "Designed and made outside the US and not shipped from the US: assumed not subject to the EAR, i.e. no foreign-direct-product rule (15 CFR 734.9) reaches it."
  ],
  "confidence": "M",
  "notes": "Confidence M: assumes no foreign-direct-product rule reaches the item (its foundry is not TSMC or Samsung)."
 },
 {
  "id": "ear-baseline-foreign-made-tsmc-samsung",
  "regime": "US-EAR",
  "title": "Foreign item made at TSMC or Samsung: subject to the EAR only within the foreign-direct-product reach",
  "citation": "15 CFR 734.9(h) (advanced-computing FDP rule) [S1]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-734",
  "from": "2023-11-17",
  "to": null,
  "status": "ENFORCED",
  "condition": "item.designerCountry != 'US' && shipment.from != 'US' && item.foundry.matches('(?i)^(tsmc|samsung)')",
  "effect": "NOT_APPLICABLE",
  "reviewPolicy": null,
  "precedence": 0,
  "supersedes": [],
  "conditions": [],
  "assumptions": [
   "Made at TSMC or Samsung with US technology: the advanced-computing foreign-direct-product rule makes it subject to the EAR when it goes to Macau or a D:5 country or to a party headquartered there; outside that reach it is not subject."
  ],
  "confidence": "M",
  "notes": "Confidence M: the 2026-07-23 eCFR text of 734.9(h) reaches worldwide, which appears to be Diffusion-era wording; the enforced reach is taken to be the pre-2025 one (Macau/D:5 destinations and Macau/D:5-headquartered parties)."
 },
 {
  "id": "ear-baseline-foreign-unknown-foundry",
  "regime": "US-EAR",
  "title": "Foreign item of unknown foundry, not shipped from the US: assumed outside US jurisdiction",
  "citation": "15 CFR 734.3 (scope of the EAR), 734.9 (foreign-direct-product rules)",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-734",
  "from": null,
  "to": null,
  "status": "ENFORCED",
  "condition": "item.designerCountry != 'US' && shipment.from != 'US' && !item.foundryKnown",
  "effect": "NOT_APPLICABLE",
  "reviewPolicy": null,
  "precedence": 0,
  "supersedes": [],
  "conditions": [],
  "assumptions": [
   "Foundry unknown: assumed made outside US jurisdiction and not reached by a foreign-direct-product rule; if it was made at TSMC or Samsung, the EAR can reach it for Macau/D:5 destinations and parties."
  ],
  "confidence": "L",
  "notes": "Confidence L: the foundry is unknown; if the item was made at TSMC or Samsung the foreign-direct-product rules can reach it."
 },
 {
  "id": "ear-3a090-2022-china",
  "regime": "US-EAR",
  "title": "3A090 (2022 criteria) to China, incl. Hong Kong: licence, presumption of denial",
  "citation": "15 CFR 742.6(a)(6); 87 FR 62186 (FR Doc 2022-21658)",
  "sourceUrl": "https://www.federalregister.gov/d/2022-21658",
  "from": "2022-10-07",
  "to": "2023-11-17",
  "status": "ENFORCED",
  "condition": "item.class == '3A090' && (item.designerCountry == 'US' || shipment.from == 'US') && destination.treatedAs == 'CN'",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "M",
  "notes": "Confidence M for the review policy (presumption of denial with narrow case-by-case carve-outs) [S50]. Hong Kong counts as China since 2020-12-23."
 },
 {
  "id": "ear-3a090-2022-macau",
  "regime": "US-EAR",
  "title": "3A090 (2022 criteria) to Macau: licence, presumption of denial",
  "citation": "88 FR 2821 (Macau added, 2023-01-18)",
  "sourceUrl": "https://www.govinfo.gov/link/fr/88/2821",
  "from": "2023-01-18",
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
  "notes": "Confidence M: the date is the publication date of 88 FR 2821 and the review policy follows [S50]."
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
  "condition": "item.class == 'unknown' && (item.designerCountry == 'US' || shipment.from == 'US') && (destination.treatedAs == 'CN' || (destination.treatedAs == 'MO' && asOf >= timestamp('2023-01-18T00:00:00Z')))",
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
  "id": "ear-3a090-2023-macau-d5",
  "regime": "US-EAR",
  "title": "3A090.a datacenter items to Macau or D:5: licence, presumption of denial",
  "citation": "15 CFR 742.6(a)(6)(iii) and (b)(10); 88 FR 73458 (FR Doc 2023-23055)",
  "sourceUrl": "https://www.federalregister.gov/d/2023-23055",
  "from": "2023-11-17",
  "to": null,
  "status": "ENFORCED",
  "condition": "(item.class == '3A090.a' && !item.nonDatacenter) && (item.designerCountry == 'US' || shipment.from == 'US') && (destination.treatedAs == 'MO' || 'D:5' in destination.groups)",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "H",
  "notes": "Datacenter 3A090.a items are not eligible for License Exception NAC/ACA."
 },
 {
  "id": "ear-3a090-2023-d1-d4",
  "regime": "US-EAR",
  "title": "3A090.a datacenter items to D:1/D:4 (not Macau/D:5, not A:5/A:6) or the UAE: licence, presumption of approval",
  "citation": "15 CFR 742.6(a)(6)(iii) and (b)(10); 88 FR 73458 (FR Doc 2023-23055)",
  "sourceUrl": "https://www.federalregister.gov/d/2023-23055",
  "from": "2023-11-17",
  "to": null,
  "status": "ENFORCED",
  "condition": "(item.class == '3A090.a' && !item.nonDatacenter) && (item.designerCountry == 'US' || shipment.from == 'US') && ((('D:1' in destination.groups || 'D:4' in destination.groups || 'D:5' in destination.groups) && !('A:5' in destination.groups || 'A:6' in destination.groups)) || destination.country == 'AE') && !(destination.treatedAs == 'MO' || 'D:5' in destination.groups)",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": "PRESUMPTION_OF_APPROVAL",
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "M",
  "notes": "Confidence M: presumption of approval for D:1/D:4 destinations outside D:5 rests on a secondary summary of the FR [S7]. The UAE is named for 3A090.b in the CCL chart and licences were required and granted in 2025 (G42, 2025-11-19); when it moved to A:5 is unknown."
 },
 {
  "id": "ear-3a090-2023-hq-macau-d5",
  "regime": "US-EAR",
  "title": "3A090.a datacenter items for an entity headquartered in Macau or D:5, wherever located: licence, presumption of denial",
  "citation": "15 CFR 744.23(a)(3) (2023), later 742.6(a)(6)(iii)(A); 88 FR 73458; BIS guidance 2026-05-31 [S16]",
  "sourceUrl": "https://www.federalregister.gov/d/2023-23055",
  "from": "2023-11-17",
  "to": null,
  "status": "ENFORCED",
  "condition": "(item.class == '3A090.a' && !item.nonDatacenter) && (item.designerCountry == 'US' || shipment.from == 'US') && (endUser.headquarters == 'MO' || 'D:5' in endUser.headquartersGroups)",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "H",
  "notes": "The headquarters rule applies wherever the end user sits; BIS confirmed on 2026-05-31 that it is still enforced."
 },
 {
  "id": "ear-3a090-2023-nac",
  "regime": "US-EAR",
  "title": "NAC-eligible 3A090 items (3A090.b, or non-datacenter with TPP >= 4800) in scope, before the ACA split: notification",
  "citation": "15 CFR 740.8 (License Exception NAC, 2023); 88 FR 73458",
  "sourceUrl": "https://www.federalregister.gov/d/2023-23055",
  "from": "2023-11-17",
  "to": "2024-04-04",
  "status": "ENFORCED",
  "condition": "(item.class == '3A090.b' || (item.class == '3A090.a' && item.nonDatacenter)) && (item.designerCountry == 'US' || shipment.from == 'US') && (((('D:1' in destination.groups || 'D:4' in destination.groups || 'D:5' in destination.groups) && !('A:5' in destination.groups || 'A:6' in destination.groups)) || destination.country == 'AE') || (endUser.headquarters == 'MO' || 'D:5' in endUser.headquartersGroups))",
  "effect": "NOTIFICATION_REQUIRED",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [
   "File a License Exception NAC notification in SNAP-R 25 days before shipment (TPP, parties, quantity, value); AES licence code C67.",
   "BIS may answer that a licence is required instead; it publishes no list of NAC-eligible chips."
  ],
  "assumptions": [],
  "confidence": "L",
  "notes": "Confidence L: canrun's research notes do not say whether exports to D:1/D:4 under the original NAC needed prior notification; treated as notification required (the stricter reading) until ACA split off on 2024-04-04."
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
  "condition": "(item.class == '3A090.b' || (item.class == '3A090.a' && item.nonDatacenter)) && (item.designerCountry == 'US' || shipment.from == 'US') && ((destination.treatedAs == 'MO' || 'D:5' in destination.groups) || (endUser.headquarters == 'MO' || 'D:5' in endUser.headquartersGroups))",
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
  "notes": null
 },
 {
  "id": "ear-3a090-2024-aca-d1-d4",
  "regime": "US-EAR",
  "title": "NAC-eligible 3A090 items to D:1/D:4 (not Macau/D:5) or the UAE: License Exception ACA, no notification",
  "citation": "15 CFR 740.8 (ACA); 89 FR 23876 (FR Doc 2024-07004) [S9][S51]",
  "sourceUrl": "https://www.federalregister.gov/d/2024-07004",
  "from": "2024-04-04",
  "to": null,
  "status": "ENFORCED",
  "condition": "(item.class == '3A090.b' || (item.class == '3A090.a' && item.nonDatacenter)) && (item.designerCountry == 'US' || shipment.from == 'US') && ((('D:1' in destination.groups || 'D:4' in destination.groups || 'D:5' in destination.groups) && !('A:5' in destination.groups || 'A:6' in destination.groups)) || destination.country == 'AE') && !(destination.treatedAs == 'MO' || 'D:5' in destination.groups) && !(endUser.headquarters == 'MO' || 'D:5' in endUser.headquartersGroups)",
  "effect": "NO_LICENSE_REQUIRED",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [
   "Ship under License Exception ACA (15 CFR 740.8) without notification; AES code C68."
  ],
  "assumptions": [],
  "confidence": "H",
  "notes": null
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
  "condition": "item.class == 'unknown' && (item.designerCountry == 'US' || shipment.from == 'US') && (((('D:1' in destination.groups || 'D:4' in destination.groups || 'D:5' in destination.groups) && !('A:5' in destination.groups || 'A:6' in destination.groups)) || destination.country == 'AE') || (endUser.headquarters == 'MO' || 'D:5' in endUser.headquartersGroups))",
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
  "id": "ear-3a090-2023-interim-window",
  "regime": "US-EAR",
  "title": "Ambiguous window 2023-10-23 to 2023-11-16: BIS reportedly made the new requirement immediate for A100, A800, H100, H800, L40S",
  "citation": "Nvidia 8-K 2023-10-17 (SEC 0001045810-23-000217) as quoted by trade press [S55]",
  "sourceUrl": null,
  "from": "2023-10-23",
  "to": "2023-11-17",
  "status": "ENFORCED",
  "condition": "item.id in ['a100-sxm-80gb', 'a800-sxm-80gb', 'h100-sxm', 'h100-pcie', 'h800-sxm', 'l40s'] && (item.designerCountry == 'US' || shipment.from == 'US') && ((('D:1' in destination.groups || 'D:4' in destination.groups || 'D:5' in destination.groups) && !('A:5' in destination.groups || 'A:6' in destination.groups)) || destination.country == 'AE')",
  "effect": "UNKNOWN",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "L",
  "notes": "Confidence L: trade press reported that BIS told Nvidia about 2023-10-23/24 to apply the requirement at once for these five products; not checked against the 8-K. The regulatory effective date is 2023-11-17."
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
  "condition": "item.designerCountry != 'US' && shipment.from != 'US' && item.foundry.matches('(?i)^(tsmc|samsung)') && item.class in ['3A090.a', '3A090.b'] && ((destination.treatedAs == 'MO' || 'D:5' in destination.groups) || (endUser.headquarters == 'MO' || 'D:5' in endUser.headquartersGroups))",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": "PRESUMPTION_OF_DENIAL",
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [
   "The item is the direct product of US technology or software (made at TSMC or Samsung)."
  ],
  "confidence": "M",
  "notes": "Confidence M: the pre-2025 reach of the advanced-computing FDP rule is used; the current eCFR wording appears to be Diffusion-era."
 },
 {
  "id": "ear-3a090-2023-fdp-foundry-unknown",
  "regime": "US-EAR",
  "title": "Foreign 3A090 item of unknown foundry to Macau/D:5 or a Macau/D:5-headquartered party: FDP reach cannot be decided",
  "citation": "15 CFR 734.9(h) [S1]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-734",
  "from": "2023-11-17",
  "to": null,
  "status": "ENFORCED",
  "condition": "item.designerCountry != 'US' && shipment.from != 'US' && !item.foundryKnown && item.class in ['3A090.a', '3A090.b'] && ((destination.treatedAs == 'MO' || 'D:5' in destination.groups) || (endUser.headquarters == 'MO' || 'D:5' in endUser.headquartersGroups))",
  "effect": "UNKNOWN",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "M",
  "notes": "Whether the foreign-direct-product rule reaches the item depends on where it was made."
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
  "condition": "item.class == '3A090.c' && (item.designerCountry == 'US' || shipment.from == 'US') && ((destination.treatedAs == 'MO' || 'D:5' in destination.groups) || (endUser.headquarters == 'MO' || 'D:5' in endUser.headquartersGroups))",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "M",
  "notes": "Recorded for completeness: processors with co-packaged HBM are classified by their compute, so the classifier never yields 3A090.c. The headquarters part rests on a law-firm summary (M); License Exception HBM (740.25) is available in part. Review policy not stated in canrun's research notes."
 },
 {
  "id": "ear-2025-05-gp10-prc-advanced-ics",
  "regime": "US-EAR",
  "title": "BIS guidance: PRC advanced ICs meeting 3A090 (e.g. Huawei Ascend 910B/C/D) risk General Prohibition 10 anywhere",
  "citation": "BIS guidance 2025-05-13 on General Prohibition 10 (15 CFR 736.2(b)(10)) [S14]",
  "sourceUrl": null,
  "from": "2025-05-13",
  "to": null,
  "status": "ENFORCED",
  "condition": "item.designerCountry == 'CN' && item.class in ['3A090.a', '3A090.b']",
  "effect": "DISCOURAGED",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [
   "PRC-designed chip meeting 3A090: BIS warns such chips were likely made in violation of the EAR, so using them anywhere risks General Prohibition 10."
  ],
  "confidence": "M",
  "notes": "The guidance is H; expressing it as DISCOURAGED (a risk warning, not a licence requirement) is canrun's reading (M). It applies wherever the chip is used."
 },
 {
  "id": "ear-ai-diffusion-2025-worldwide",
  "regime": "US-EAR",
  "title": "AI Diffusion framework: 3A090.a licence to any destination outside Tier 1 (on the books, not enforced)",
  "citation": "15 CFR 742.6(a)(6)(iii)(A); 90 FR 4544 (FR Doc 2025-00636); BIS non-enforcement 2025-05-13 [S13][S14][S15]",
  "sourceUrl": "https://www.federalregister.gov/d/2025-00636",
  "from": "2025-01-13",
  "to": null,
  "status": "ON_BOOKS_UNENFORCED",
  "condition": "item.class == '3A090.a' && (item.designerCountry == 'US' || shipment.from == 'US') && destination.treatedAs != 'US' && !('AI-TIER1' in destination.groups)",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "H",
  "notes": "Effective 2025-01-13 with compliance from 2025-05-15; on 2025-05-13 BIS announced rescission and told staff not to enforce it (no FR rescission notice found; GAO B-337935 of 2026-05-12 held the announcement is a CRA rule). Never required in practice, so it never changes a verdict. The model-weights control 4E091 of the same rule is likewise unenforced and not modelled for chips."
 },
 {
  "id": "ear-3a090-2026-china-review-band",
  "regime": "US-EAR",
  "title": "January 2026 review band: exports from the US to end users in China/Macau, TPP < 21,000 and DRAM bandwidth < 6,500 GB/s: case-by-case",
  "citation": "15 CFR 742.6(b)(10); 91 FR 1684 (FR Doc 2026-00789, RIN 0694-AK43) [S27]",
  "sourceUrl": "https://www.govinfo.gov/content/pkg/FR-2026-01-15/html/2026-00789.htm",
  "from": "2026-01-15",
  "to": null,
  "status": "ENFORCED",
  "condition": "(item.class == '3A090.a' && !item.nonDatacenter) && (item.designerCountry == 'US' || shipment.from == 'US') && destination.treatedAs in ['CN', 'MO'] && shipment.from == 'US' && item.tppKnown && item.tpp < 21000 && item.memoryBandwidthKnown && item.memoryBandwidthGBps < 6500",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": "CASE_BY_CASE",
  "precedence": 100,
  "supersedes": [
   "ear-3a090-2023-macau-d5",
   "ear-3a090-2023-hq-macau-d5"
  ],
  "conditions": [
   "The chip was commercially available in the US when the rule was published.",
   "US supply is sufficient: exports to China/Macau do not delay US orders.",
   "No foundry capacity is diverted from US customers.",
   "Aggregate shipments to China/Macau stay at or below 50 % of the product's shipments to US end users.",
   "The transaction is not barred by end-user or end-use controls.",
   "The consignee runs rigorous know-your-customer checks, including screening against unauthorized remote access.",
   "Every shipment passes independent third-party testing in the US.",
   "No military end use.",
   "The exporter reports the units shipped to US end users."
  ],
  "assumptions": [],
  "confidence": "H",
  "notes": "Names Nvidia H200 and AMD MI325X and less advanced chips. Reexports, exports from abroad and in-country transfers stay under presumption of denial. Follows the 2025-12-08 presidential announcement on H200 (not a legal change by itself); a 25 % Section 232 duty (Proclamation of 2026-01-14) applies to such chips imported for US testing."
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
  "condition": "item.id in ['h20', 'mi308x'] && (item.designerCountry == 'US' || shipment.from == 'US') && (destination.treatedAs in ['CN', 'MO'] || 'D:5' in destination.groups || (endUser.headquarters == 'MO' || 'D:5' in endUser.headquartersGroups))",
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
  "condition": "item.id in ['h20', 'mi308x'] && (item.designerCountry == 'US' || shipment.from == 'US') && (destination.treatedAs in ['CN', 'MO'] || 'D:5' in destination.groups || (endUser.headquarters == 'MO' || 'D:5' in endUser.headquartersGroups))",
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
  "id": "ear-entity-list",
  "regime": "US-EAR",
  "title": "End user on the Entity List: licence for all items subject to the EAR",
  "citation": "15 CFR 744.11 and Supp. No. 4 to part 744; 15 CFR 734.9(e) for FN1/FN4 entities [S3][S35][S38]",
  "sourceUrl": "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744",
  "from": null,
  "to": null,
  "status": "ENFORCED",
  "condition": "endUser.entityListed && ((item.designerCountry == 'US' || shipment.from == 'US') || (item.foundry.matches('(?i)^(tsmc|samsung)') && ('FN1' in endUser.entityFootnotes || 'FN4' in endUser.entityFootnotes)))",
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
  "condition": "endUser.entityListed && 'POLICY_OF_DENIAL' in endUser.entityReviewPolicies && ((item.designerCountry == 'US' || shipment.from == 'US') || (item.foundry.matches('(?i)^(tsmc|samsung)') && ('FN1' in endUser.entityFootnotes || 'FN4' in endUser.entityFootnotes)))",
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
  "id": "cn-baseline-outside-china",
  "regime": "CN",
  "title": "Destination is not mainland China: China's import measures do not apply",
  "citation": "Scope of the Chinese measures recorded in this regime [S19]-[S29]",
  "sourceUrl": null,
  "from": null,
  "to": null,
  "status": "ENFORCED",
  "condition": "destination.country != 'CN'",
  "effect": "NOT_APPLICABLE",
  "reviewPolicy": null,
  "precedence": 0,
  "supersedes": [],
  "conditions": [],
  "assumptions": [
   "China's recorded import and procurement measures reach only imports into mainland China."
  ],
  "confidence": "M",
  "notes": "Confidence M: Hong Kong and Macau are separate customs territories; the recorded Chinese measures concern imports into and procurement in mainland China."
 },
 {
  "id": "cn-baseline-domestic",
  "regime": "CN",
  "title": "Chinese-designed chip in China: no Chinese restriction recorded",
  "citation": "Chinese measures 2025-2026 [S19]-[S29]: none restricts domestic chips",
  "sourceUrl": null,
  "from": null,
  "to": null,
  "status": "ENFORCED",
  "condition": "destination.country == 'CN' && item.designerCountry == 'CN'",
  "effect": "NO_LICENSE_REQUIRED",
  "reviewPolicy": null,
  "precedence": 0,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "M",
  "notes": "Baseline: China steers buyers toward domestic chips; no Chinese measure restricts them."
 },
 {
  "id": "cn-baseline-foreign-import",
  "regime": "CN",
  "title": "Foreign chip imported into China: no Chinese measure recorded for this item and date",
  "citation": "Chinese measures 2025-2026 [S19]-[S29]",
  "sourceUrl": null,
  "from": null,
  "to": null,
  "status": "ENFORCED",
  "condition": "destination.country == 'CN' && item.designerCountry != 'CN'",
  "effect": "NO_LICENSE_REQUIRED",
  "reviewPolicy": null,
  "precedence": 0,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "M",
  "notes": "Baseline: only the measures recorded in this regime are known; none matched."
 },
 {
  "id": "cn-2025-11-state-funded-assumed-not",
  "regime": "CN",
  "title": "End user's state funding not stated: assumed not state-funded",
  "citation": "Reuters, 2025-11-05 [S24]",
  "sourceUrl": null,
  "from": "2025-11-05",
  "to": null,
  "status": "ENFORCED",
  "condition": "destination.country == 'CN' && item.designerCountry != 'CN' && !endUser.stateFundedKnown",
  "effect": "NO_LICENSE_REQUIRED",
  "reviewPolicy": null,
  "precedence": 0,
  "supersedes": [],
  "conditions": [],
  "assumptions": [
   "End user assumed not state-funded: from 2025-11-05 new state-funded data-centre projects must use domestic AI chips only. Send endUser.stateFunded=true to check that case."
  ],
  "confidence": "H",
  "notes": null
 },
 {
  "id": "cn-2025-11-state-funded-domestic-only",
  "regime": "CN",
  "title": "State-funded data-centre projects must use domestic AI chips only",
  "citation": "Reuters, 2025-11-05 [S24]",
  "sourceUrl": null,
  "from": "2025-11-05",
  "to": null,
  "status": "ENFORCED",
  "condition": "destination.country == 'CN' && item.designerCountry != 'CN' && endUser.stateFunded",
  "effect": "PROHIBITED",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [
   "Projects less than 30 % complete must remove foreign chips or cancel orders; later-stage projects are decided case by case."
  ],
  "assumptions": [],
  "confidence": "H",
  "notes": null
 },
 {
  "id": "cn-2025-08-h20-discouraged",
  "regime": "CN",
  "title": "Chinese authorities discourage H20 purchases (CAC, MIIT)",
  "citation": "CAC summons 2025-07-31 [S19]; notices ~2025-08-12 [S20]",
  "sourceUrl": null,
  "from": "2025-08-12",
  "to": null,
  "status": "ENFORCED",
  "condition": "destination.country == 'CN' && item.id == 'h20'",
  "effect": "DISCOURAGED",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "H",
  "notes": "Date approximate (~2025-08-12). Notices discouraged H20 use, especially for government and national-security work, and MIIT asked buyers to justify H20 orders over domestic chips; not a ban."
 },
 {
  "id": "cn-2025-08-amd-discouraged",
  "regime": "CN",
  "title": "Pressure on H20 purchases extended to AMD accelerators",
  "citation": "Bloomberg via btimesonline, 2025-08-12 [S20]",
  "sourceUrl": null,
  "from": "2025-08-12",
  "to": null,
  "status": "ENFORCED",
  "condition": "destination.country == 'CN' && item.vendor == 'AMD'",
  "effect": "DISCOURAGED",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "M",
  "notes": "Confidence M: reports say the pressure extended to AMD accelerators without naming products; applied to every AMD item."
 },
 {
  "id": "cn-2025-09-rtx-pro-6000d-cancel",
  "regime": "CN",
  "title": "CAC told ByteDance, Alibaba and others to stop testing and cancel RTX Pro 6000D orders",
  "citation": "FT via the-decoder, 2025-09-17 [S22]",
  "sourceUrl": null,
  "from": "2025-09-17",
  "to": null,
  "status": "ENFORCED",
  "condition": "destination.country == 'CN' && item.id == 'rtx-pro-6000d'",
  "effect": "PROHIBITED",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "M",
  "notes": "The instruction is reported with high confidence; treating an instruction to named firms as a bar is canrun's reading (M)."
 },
 {
  "id": "cn-2025-10-customs-checks",
  "regime": "CN",
  "title": "Customs at major ports tightened checks on Nvidia chips",
  "citation": "FT via Asia Financial, 2025-10-10 [S23]",
  "sourceUrl": null,
  "from": "2025-10-10",
  "to": null,
  "status": "ENFORCED",
  "condition": "destination.country == 'CN' && item.vendor == 'Nvidia'",
  "effect": "DISCOURAGED",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "M",
  "notes": "Checks began with H20 and RTX Pro 6000D and extended to all advanced chips; enforcement of the steering, not a legal bar (effect is canrun's reading, M)."
 },
 {
  "id": "cn-2026-01-h200-pause",
  "regime": "CN",
  "title": "Some firms told to pause new H200 orders",
  "citation": "Reuters via news.az / Tom's Hardware, ~2026-01-07 [S28]",
  "sourceUrl": null,
  "from": "2026-01-07",
  "to": "2026-01-13",
  "status": "ENFORCED",
  "condition": "destination.country == 'CN' && item.id == 'h200-sxm'",
  "effect": "DISCOURAGED",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "M",
  "notes": "Confidence M; Beijing was also weighing a required ratio of domestic-chip purchases per import."
 },
 {
  "id": "cn-2026-01-h200-not-permitted",
  "regime": "CN",
  "title": "Customs told agents the H200 is not permitted to enter",
  "citation": "Reuters via news.az, oninvest, 2026-01-14 [S28]",
  "sourceUrl": null,
  "from": "2026-01-13",
  "to": "2026-01-28",
  "status": "ENFORCED",
  "condition": "destination.country == 'CN' && item.id == 'h200-sxm'",
  "effect": "PROHIBITED",
  "reviewPolicy": null,
  "precedence": 100,
  "supersedes": [],
  "conditions": [],
  "assumptions": [],
  "confidence": "H",
  "notes": "Firms told to buy only if necessary; R&D and university exemptions were discussed."
 },
 {
  "id": "cn-2026-01-h200-conditional-approval",
  "regime": "CN",
  "title": "Beijing approves H200 imports for selected buyers, with conditions",
  "citation": "Reuters via geo.tv, the-decoder, 2026-01-28 [S29]",
  "sourceUrl": null,
  "from": "2026-01-28",
  "to": null,
  "status": "ENFORCED",
  "condition": "destination.country == 'CN' && item.id == 'h200-sxm'",
  "effect": "LICENSE_REQUIRED",
  "reviewPolicy": "CASE_BY_CASE",
  "precedence": 100,
  "supersedes": [],
  "conditions": [
   "Beijing's import approval is needed: granted to ByteDance, Alibaba and Tencent (over 400,000 H200 in total) with conditions; state-owned and critical-infrastructure buyers are under tighter control."
  ],
  "assumptions": [],
  "confidence": "M",
  "notes": "Confidence M. Reports from 2026 H1 (L) say no H200 had shipped by June 2026 and buyers were again steered to Huawei and Cambricon."
 }
]$rules$::jsonb) r;
