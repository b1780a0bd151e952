-- The catalog: accelerators, systems built from them, models, and published compatibility claims.
-- Figures that vary in shape (per-precision compute, sources, software stacks) are JSONB documents
-- owned by their row; identities and the figures clients filter on are columns.

CREATE TABLE chip (
    id                     BIGSERIAL PRIMARY KEY,
    slug                   VARCHAR(63)  NOT NULL UNIQUE,
    name                   VARCHAR(200) NOT NULL,
    vendor                 VARCHAR(100) NOT NULL,
    designer_country       VARCHAR(2)   NOT NULL,
    released               VARCHAR(10),
    market_segment         VARCHAR(20)  NOT NULL,
    memory_gb              DOUBLE PRECISION,
    memory_usable_gib      DOUBLE PRECISION,
    memory_type            VARCHAR(100),
    memory_bandwidth_gbps  DOUBLE PRECISION,
    compute                JSONB        NOT NULL DEFAULT '[]',
    die_area_mm2           DOUBLE PRECISION,
    tdp_watts              DOUBLE PRECISION,
    scale_up_gbps          DOUBLE PRECISION,
    interconnect           VARCHAR(200),
    process_node           VARCHAR(100),
    foundry                VARCHAR(100),
    software_stack         JSONB        NOT NULL DEFAULT '[]',
    notes                  TEXT,
    sources                JSONB        NOT NULL DEFAULT '[]',
    version                BIGINT       NOT NULL DEFAULT 1
);

CREATE TABLE compute_system (
    id                     BIGSERIAL PRIMARY KEY,
    slug                   VARCHAR(63)  NOT NULL UNIQUE,
    name                   VARCHAR(200) NOT NULL,
    vendor                 VARCHAR(100) NOT NULL,
    chip_id                BIGINT       NOT NULL REFERENCES chip (id),
    chip_count             INTEGER      NOT NULL,
    scale_up_domain_chips  INTEGER,
    interconnect           VARCHAR(200),
    scale_up_gbps_per_chip DOUBLE PRECISION,
    memory_total_gb        DOUBLE PRECISION,
    released               VARCHAR(10),
    notes                  TEXT,
    sources                JSONB        NOT NULL DEFAULT '[]',
    version                BIGINT       NOT NULL DEFAULT 1
);

CREATE TABLE ai_model (
    id                                  BIGSERIAL PRIMARY KEY,
    slug                                VARCHAR(63)  NOT NULL UNIQUE,
    name                                VARCHAR(200) NOT NULL,
    organisation                        VARCHAR(200) NOT NULL,
    released                            VARCHAR(10),
    total_params_b                      DOUBLE PRECISION,
    active_params_b                     DOUBLE PRECISION,
    architecture                        VARCHAR(10),
    experts                             INTEGER,
    experts_per_token                   INTEGER,
    shared_experts                      INTEGER,
    layers                              INTEGER,
    hidden_size                         INTEGER,
    attention_heads                     INTEGER,
    kv_heads                            INTEGER,
    head_dim                            INTEGER,
    attention_kind                      VARCHAR(20),
    kv_layers                           INTEGER,
    kv_lora_rank                        INTEGER,
    qk_rope_head_dim                    INTEGER,
    sliding_window                      INTEGER,
    recurrent_state_bytes_per_sequence  BIGINT,
    max_context                         INTEGER,
    vocab_size                          INTEGER,
    native_precision                    VARCHAR(10),
    open_weights                        BOOLEAN,
    licence                             VARCHAR(200),
    training_compute_flop               DOUBLE PRECISION,
    notes                               TEXT,
    sources                             JSONB        NOT NULL DEFAULT '[]',
    version                             BIGINT       NOT NULL DEFAULT 1
);

CREATE TABLE compatibility_evidence (
    id              BIGSERIAL PRIMARY KEY,
    chip_id         BIGINT REFERENCES chip (id),
    system_id       BIGINT REFERENCES compute_system (id),
    model_id        BIGINT REFERENCES ai_model (id),
    hardware        VARCHAR(200) NOT NULL,
    model_name      VARCHAR(200) NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    workloads       JSONB        NOT NULL DEFAULT '[]',
    software_stack  VARCHAR(200),
    claim           TEXT         NOT NULL,
    announced_by    VARCHAR(200),
    claim_date      VARCHAR(10),
    notes           TEXT,
    sources         JSONB        NOT NULL DEFAULT '[]',
    seeded          BOOLEAN      NOT NULL DEFAULT FALSE,
    version         BIGINT       NOT NULL DEFAULT 1
);

CREATE INDEX compatibility_evidence_chip ON compatibility_evidence (chip_id);
CREATE INDEX compatibility_evidence_model ON compatibility_evidence (model_id);
CREATE INDEX compute_system_chip ON compute_system (chip_id);

-- Bumped by every write, so a whole collection can be revalidated with one ETag.
CREATE TABLE catalog_revision (
    id        SMALLINT PRIMARY KEY CHECK (id = 1),
    revision  BIGINT NOT NULL
);
INSERT INTO catalog_revision (id, revision) VALUES (1, 1);

-- Which seed files have been imported, so the start-up import runs once per seed content.
CREATE TABLE seed_import (
    name        VARCHAR(100) PRIMARY KEY,
    checksum    VARCHAR(64)  NOT NULL,
    applied_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
