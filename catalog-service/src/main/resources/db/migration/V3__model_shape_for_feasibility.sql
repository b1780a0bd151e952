-- The config.json shape the feasibility engine needs to size weights per tensor, choose legal
-- tensor-parallel layouts and apply context limits (issue 10). Every column is nullable: a figure
-- a model's publisher does not give stays unknown.

ALTER TABLE ai_model
    ADD COLUMN intermediate_size               INTEGER,
    ADD COLUMN moe_intermediate_size           INTEGER,
    ADD COLUMN shared_expert_intermediate_size INTEGER,
    ADD COLUMN dense_layers                    INTEGER,
    ADD COLUMN q_lora_rank                     INTEGER,
    ADD COLUMN qk_nope_head_dim                INTEGER,
    ADD COLUMN v_head_dim                      INTEGER,
    ADD COLUMN tied_embeddings                 BOOLEAN,
    ADD COLUMN linear_key_heads                INTEGER,
    ADD COLUMN linear_value_heads              INTEGER,
    ADD COLUMN linear_key_head_dim             INTEGER,
    ADD COLUMN linear_value_head_dim           INTEGER,
    ADD COLUMN extended_context                INTEGER,
    ADD COLUMN fp8_block_size                  INTEGER,
    ADD COLUMN fp8_attention_bf16              BOOLEAN;
