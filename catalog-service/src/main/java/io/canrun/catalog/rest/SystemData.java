package io.canrun.catalog.rest;

import io.canrun.catalog.model.Chip;
import io.canrun.catalog.model.ComputeSystem;
import io.canrun.catalog.model.PartialDate;
import io.canrun.catalog.model.SourceRef;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A system as clients read and write it: {@code chipCount} × {@code chip} plus the fabric. */
@RegisterForReflection
@Schema(name = "System")
public record SystemData(
    @NotNull @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Schema(example = "dgx-h100")
        String slug,
    @NotBlank @Size(max = 200) @Schema(example = "Nvidia DGX H100") String name,
    @NotBlank @Size(max = 100) @Schema(example = "Nvidia") String vendor,
    @NotNull
        @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
        @Schema(description = "Slug of the chip it is built from", example = "h100-sxm")
        String chip,
    @NotNull @Min(1) @Max(1_000_000) @Schema(example = "8") Integer chipCount,
    @Min(1)
        @Max(1_000_000)
        @Schema(
            description = "Chips in one scale-up domain (NVLink/UB); null if unknown",
            example = "8")
        Integer scaleUpDomainChips,
    @Size(max = 200) @Schema(example = "NVSwitch") String interconnect,
    @PositiveOrZero @DecimalMax("100000") @Schema(example = "900") Double scaleUpGBpsPerChip,
    @PositiveOrZero @DecimalMax("100000000") @Schema(example = "640") Double memoryTotalGB,
    @Pattern(regexp = PartialDate.PATTERN, message = PartialDate.MESSAGE) String released,
    @Size(max = 10000) String notes,
    @Size(max = 50) List<@Valid @NotNull SourceRef> sources,
    @Schema(readOnly = true) Long version) {

  /** Fills {@code system}; {@code chip} is the catalog entry named by {@link #chip()}. */
  void applyTo(ComputeSystem system, Chip chip) {
    system.slug = slug;
    system.name = name;
    system.vendor = vendor;
    system.chip = chip;
    system.chipCount = chipCount;
    system.scaleUpDomainChips = scaleUpDomainChips;
    system.interconnect = interconnect;
    system.scaleUpGBpsPerChip = scaleUpGBpsPerChip;
    system.memoryTotalGB = memoryTotalGB;
    system.released = released;
    system.notes = notes;
    system.sources = sources == null ? new ArrayList<>() : new ArrayList<>(sources);
  }

  static SystemData of(ComputeSystem system) {
    return new SystemData(
        system.slug,
        system.name,
        system.vendor,
        system.chip.slug,
        system.chipCount,
        system.scaleUpDomainChips,
        system.interconnect,
        system.scaleUpGBpsPerChip,
        system.memoryTotalGB,
        system.released,
        system.notes,
        List.copyOf(system.sources),
        system.version);
  }
}
