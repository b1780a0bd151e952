package io.canrun.policy.rest;

import io.canrun.policy.engine.ItemSpec;
import io.canrun.policy.engine.ItemType;
import io.canrun.policy.engine.MarketSegment;
import io.canrun.policy.engine.Precision;
import io.canrun.policy.engine.ScaleUpInterconnect;
import io.canrun.web.problem.ProblemException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An item's identity and the parameters the controls test; absent numbers are unknown. */
@Schema(
    description = "An item (chip) to classify or evaluate. Absent figures are unknown, never 0.")
public record ItemRequest(
    @Schema(example = "h100-sxm", description = "Catalog slug; product-specific rules match it")
        @NotBlank
        @Size(max = 100)
        String id,
    @Schema(example = "H100 SXM5 80GB") @Size(max = 200) String name,
    @Schema(example = "Nvidia") @Size(max = 100) String vendor,
    @Schema(example = "US", description = "ISO 3166-1 alpha-2 country of the designer")
        @NotBlank
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
        String designerCountry,
    @Schema(
            example = "IC",
            description =
                "IC (default), HBM (standalone high-bandwidth memory, 3A090.c) or SYSTEM (a"
                    + " computer, server, board or card; 4A090, licensed as the IC it contains)")
        ItemType itemType,
    @Schema(example = "TSMC") @Size(max = 100) String foundry,
    @Schema(example = "DATACENTER") MarketSegment marketSegment,
    @Schema(
            example = "true",
            description =
                "Commercially available in the US market; false for China-only SKUs; absent ="
                    + " unknown (the January 2026 review band is then not granted)")
        Boolean soldInUs,
    @Schema(example = "814", description = "Applicable (logic) die area, mm²")
        @Positive
        @DecimalMax("100000")
        Double dieAreaMm2,
    @Schema(example = "3350") @PositiveOrZero @DecimalMax("1000000") Double memoryBandwidthGBps,
    @Schema(example = "900", description = "Bidirectional chip-to-chip I/O, GB/s")
        @PositiveOrZero
        @DecimalMax("1000000")
        Double interconnectGBps,
    @Schema(
            example = "DEDICATED",
            description =
                "NONE (PCIe only, no chip-to-chip link) or DEDICATED; absent = unknown. NONE bounds"
                    + " the I/O the 2022 criteria test even without interconnectGBps")
        ScaleUpInterconnect scaleUpInterconnect,
    @Schema(example = "121", description = "HBM only: stack or package area, mm²")
        @Positive
        @DecimalMax("100000")
        Double packageAreaMm2,
    @Schema(
            description =
                "Dense TOPS/TFLOPS per precision (FP64, FP32, TF32, BF16, FP16, FP8, INT8, FP4)",
            example = "{\"FP8\": 1978.9, \"BF16\": 989.4, \"INT8\": 1978.9}")
        @Size(max = 16)
        Map<@NotBlank String, @NotNull @PositiveOrZero @DecimalMax("10000000") Double> tops) {

  /** The engine's view; {@code field} names this item in errors, e.g. {@code items[3]}. */
  public ItemSpec toSpec(String field) {
    Map<Precision, Double> parsed = new EnumMap<>(Precision.class);
    if (tops != null) {
      tops.forEach(
          (name, value) ->
              parsed.put(
                  Precision.parse(name)
                      .orElseThrow(
                          () ->
                              ProblemException.invalidParameter(
                                  field + ".tops." + name,
                                  "is not a known precision; use one of "
                                      + String.join(", ", Precision.names()))),
                  value));
    }
    return new ItemSpec(
        id,
        name,
        vendor,
        designerCountry.toUpperCase(Locale.ROOT),
        foundry,
        marketSegment,
        dieAreaMm2,
        memoryBandwidthGBps,
        interconnectGBps,
        parsed,
        itemType,
        soldInUs,
        scaleUpInterconnect,
        packageAreaMm2);
  }
}
