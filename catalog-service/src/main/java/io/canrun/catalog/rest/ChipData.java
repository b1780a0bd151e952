package io.canrun.catalog.rest;

import io.canrun.catalog.model.Chip;
import io.canrun.catalog.model.ComputePeak;
import io.canrun.catalog.model.MarketSegment;
import io.canrun.catalog.model.PartialDate;
import io.canrun.catalog.model.ScaleUpInterconnect;
import io.canrun.catalog.model.SourceRef;
import io.canrun.web.validation.CountryCode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A chip as clients read and write it. Peaks are dense (no structured sparsity). {@code version} is
 * ignored on input: the {@code If-Match} header carries the version a write is based on.
 */
@RegisterForReflection
@Schema(name = "Chip")
public record ChipData(
    @NotNull @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Schema(example = "h100-sxm")
        String slug,
    @NotBlank @Size(max = 200) @Schema(example = "H100 SXM5 80GB") String name,
    @NotBlank @Size(max = 100) @Schema(example = "Nvidia") String vendor,
    @NotNull @CountryCode @Schema(example = "US") String designerCountry,
    @Pattern(regexp = PartialDate.PATTERN, message = PartialDate.MESSAGE) @Schema(example = "2022")
        String released,
    @NotNull MarketSegment marketSegment,
    @Schema(
            description =
                "Commercially available in the US market (the January 2026 export review band"
                    + " requires it); false for China-only SKUs; null = unknown",
            example = "true")
        Boolean soldInUs,
    @PositiveOrZero
        @DecimalMax("11000")
        @Schema(description = "As the vendor states it", example = "80")
        Double memoryGB,
    @PositiveOrZero
        @DecimalMax("10240")
        @Schema(description = "What the driver reports, where a source gives it", example = "79.6")
        Double memoryUsableGiB,
    @Size(max = 100) @Schema(example = "HBM3") String memoryType,
    @PositiveOrZero @DecimalMax("100000") @Schema(example = "3350") Double memoryBandwidthGBps,
    @Size(max = 16) List<@Valid @NotNull ComputePeak> compute,
    @PositiveOrZero @DecimalMax("100000") @Schema(example = "814") Double dieAreaMm2,
    @PositiveOrZero @DecimalMax("100000") @Schema(example = "700") Double tdpWatts,
    @PositiveOrZero
        @DecimalMax("100000")
        @Schema(
            description =
                "Per-chip scale-up bandwidth, bidirectional; null = none (see scaleUpInterconnect)"
                    + " or unknown")
        Double scaleUpGBps,
    @Schema(
            description =
                "NONE = PCIe only (no chip-to-chip link), DEDICATED = NVLink-style link; null ="
                    + " unknown",
            example = "DEDICATED")
        ScaleUpInterconnect scaleUpInterconnect,
    @Size(max = 200) @Schema(example = "NVLink4") String interconnect,
    @Size(max = 100) @Schema(example = "4N (5 nm class)") String processNode,
    @Size(max = 100) @Schema(example = "TSMC") String foundry,
    @Size(max = 20) List<@NotBlank @Size(max = 100) String> softwareStack,
    @Size(max = 10000) String notes,
    @Size(max = 50) List<@Valid @NotNull SourceRef> sources,
    @Schema(readOnly = true) Long version) {

  void applyTo(Chip chip) {
    chip.slug = slug;
    chip.name = name;
    chip.vendor = vendor;
    chip.designerCountry = designerCountry;
    chip.released = released;
    chip.marketSegment = marketSegment;
    chip.soldInUs = soldInUs;
    chip.memoryGB = memoryGB;
    chip.memoryUsableGiB = memoryUsableGiB;
    chip.memoryType = memoryType;
    chip.memoryBandwidthGBps = memoryBandwidthGBps;
    chip.compute = compute == null ? new ArrayList<>() : new ArrayList<>(compute);
    chip.dieAreaMm2 = dieAreaMm2;
    chip.tdpWatts = tdpWatts;
    chip.scaleUpGBps = scaleUpGBps;
    chip.scaleUpInterconnect = scaleUpInterconnect;
    chip.interconnect = interconnect;
    chip.processNode = processNode;
    chip.foundry = foundry;
    chip.softwareStack = softwareStack == null ? new ArrayList<>() : new ArrayList<>(softwareStack);
    chip.notes = notes;
    chip.sources = sources == null ? new ArrayList<>() : new ArrayList<>(sources);
  }

  static ChipData of(Chip chip) {
    return new ChipData(
        chip.slug,
        chip.name,
        chip.vendor,
        chip.designerCountry,
        chip.released,
        chip.marketSegment,
        chip.soldInUs,
        chip.memoryGB,
        chip.memoryUsableGiB,
        chip.memoryType,
        chip.memoryBandwidthGBps,
        List.copyOf(chip.compute),
        chip.dieAreaMm2,
        chip.tdpWatts,
        chip.scaleUpGBps,
        chip.scaleUpInterconnect,
        chip.interconnect,
        chip.processNode,
        chip.foundry,
        List.copyOf(chip.softwareStack),
        chip.notes,
        List.copyOf(chip.sources),
        chip.version);
  }
}
