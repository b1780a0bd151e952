-- Two chip facts export controls turn on:
--   sold_in_us            the chip is commercially available in the US market (the January 2026
--                         review band requires it); false for China-only SKUs; null = unknown.
--   scale_up_interconnect NONE (PCIe only, no chip-to-chip link) or DEDICATED (NVLink, Infinity
--                         Fabric, HCCS, MTLink…); null = unknown. NONE is a fact, not a gap: it
--                         bounds the I/O the 2022 3A090 criteria test.
ALTER TABLE chip ADD COLUMN sold_in_us BOOLEAN;
ALTER TABLE chip ADD COLUMN scale_up_interconnect VARCHAR(20)
    CHECK (scale_up_interconnect IN ('NONE', 'DEDICATED'));
