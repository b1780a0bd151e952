-- Policy schema. Two time axes:
--   law time    effective_from <= asOf < effective_to   (either end open when null)
--   system time from_version <= policyVersion < to_version (to_version null = still current)
-- Every write allocates the next policy version under a lock on policy_head, closes the
-- current revision (to_version) and inserts the new one, so any past version can be re-read.

create table policy_version (
    version     bigint primary key check (version > 0),
    changed_at  timestamptz not null,
    changed_by  text not null,
    summary     text not null
);

create table policy_head (
    id              smallint primary key check (id = 1),
    current_version bigint not null references policy_version (version),
    row_version     bigint not null default 0
);

create table regime (
    code        text primary key,
    name        text not null,
    description text not null
);

create table country (
    code                text primary key check (code ~ '^[A-Z]{2}$'),
    name                text not null,
    ear_treated_as      text references country (code),
    ear_treated_as_from date,
    treated_as_citation text
);

create table country_group (
    code            text primary key,
    name            text not null,
    description     text not null,
    citation        text,
    source_url      text,
    confidence      text not null check (confidence in ('H', 'M', 'L')),
    notes           text,
    created_version bigint not null references policy_version (version)
);

create table group_membership (
    revision_id    bigserial primary key,
    membership_id  text not null,
    group_code     text not null references country_group (code),
    country_code   text not null references country (code),
    effective_from date,
    effective_to   date,
    citation       text,
    confidence     text not null check (confidence in ('H', 'M', 'L')),
    notes          text,
    from_version   bigint not null references policy_version (version),
    to_version     bigint references policy_version (version),
    row_version    bigint not null default 0,
    check (effective_from is null or effective_to is null or effective_to > effective_from),
    check (to_version is null or to_version > from_version)
);
create unique index group_membership_current on group_membership (membership_id) where to_version is null;
create index group_membership_versions on group_membership (from_version, to_version);

create table entity_entry (
    revision_id    bigserial primary key,
    entity_id      text not null,
    name           text not null,
    aliases        text[] not null default '{}',
    country        text not null references country (code),
    effective_from date,
    effective_to   date,
    citation       text not null,
    source_url     text,
    footnotes      text[] not null default '{}',
    review_policy  text check (review_policy in
        ('PRESUMPTION_OF_DENIAL', 'POLICY_OF_DENIAL', 'CASE_BY_CASE', 'PRESUMPTION_OF_APPROVAL')),
    confidence     text not null check (confidence in ('H', 'M', 'L')),
    notes          text,
    from_version   bigint not null references policy_version (version),
    to_version     bigint references policy_version (version),
    row_version    bigint not null default 0,
    check (effective_from is null or effective_to is null or effective_to > effective_from),
    check (to_version is null or to_version > from_version)
);
create unique index entity_entry_current on entity_entry (entity_id) where to_version is null;
create index entity_entry_versions on entity_entry (from_version, to_version);

-- Classification vintages as data: a new vintage is a migration, not a code change.
-- tests: "metric op threshold" joined by " and ", metrics tpp, performanceDensity,
-- interconnectGBps, datacenter (1/0).
create table classification_criterion (
    id             bigserial primary key,
    vintage        text not null,
    clause         text not null,
    result_class   text,
    kind           text not null check (kind in ('PRONG', 'EXEMPTION', 'SCOPE_NOTE')),
    tests          text not null,
    effective_from date,
    effective_to   date,
    citation       text not null,
    source_url     text,
    note           text,
    ordinal        integer not null unique
);

create table rule_revision (
    revision_id    bigserial primary key,
    rule_id        text not null check (rule_id ~ '^[a-z0-9][a-z0-9.-]{1,79}$'),
    regime         text not null references regime (code),
    title          text not null,
    citation       text not null,
    source_url     text,
    effective_from date,
    effective_to   date,
    status         text not null check (status in ('ENFORCED', 'ON_BOOKS_UNENFORCED')),
    condition      text not null,
    effect         text not null check (effect in ('NO_LICENSE_REQUIRED', 'LICENSE_REQUIRED',
        'NOTIFICATION_REQUIRED', 'PROHIBITED', 'DISCOURAGED', 'NOT_APPLICABLE', 'UNKNOWN')),
    review_policy  text check (review_policy in
        ('PRESUMPTION_OF_DENIAL', 'POLICY_OF_DENIAL', 'CASE_BY_CASE', 'PRESUMPTION_OF_APPROVAL')),
    precedence     integer not null,
    supersedes     text[] not null default '{}',
    conditions     text[] not null default '{}',
    assumptions    text[] not null default '{}',
    confidence     text not null check (confidence in ('H', 'M', 'L')),
    notes          text,
    from_version   bigint not null references policy_version (version),
    to_version     bigint references policy_version (version),
    row_version    bigint not null default 0,
    check (effective_from is null or effective_to is null or effective_to > effective_from),
    check (to_version is null or to_version > from_version)
);
create unique index rule_revision_current on rule_revision (rule_id) where to_version is null;
create index rule_revision_versions on rule_revision (from_version, to_version);

create table audit_entry (
    id        bigserial primary key,
    at        timestamptz not null,
    actor     text not null,
    kind      text not null check (kind in ('RULE', 'GROUP_MEMBERSHIP', 'ENTITY', 'COUNTRY_GROUP')),
    target_id text not null,
    action    text not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    before    jsonb,
    after     jsonb,
    version   bigint not null references policy_version (version)
);
create index audit_entry_target on audit_entry (kind, target_id);
