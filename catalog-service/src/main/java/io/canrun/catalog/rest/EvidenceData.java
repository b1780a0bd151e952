package io.canrun.catalog.rest;

import io.canrun.catalog.model.CompatibilityEvidence;
import io.canrun.catalog.model.EvidenceStatus;
import io.canrun.catalog.model.PartialDate;
import io.canrun.catalog.model.SourceRef;
import io.canrun.catalog.model.Workload;
import io.canrun.catalog.service.EvidenceCatalog;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A compatibility claim as clients read and write it. {@code hardware} names the hardware as the
 * source does; {@code chip} / {@code system} / {@code model} link to catalog entries where the
 * source names one (null when it does not, e.g. "Cambricon MLU" without a part number).
 */
@RegisterForReflection
@Schema(name = "CompatibilityEvidence")
public record EvidenceData(
    @Schema(readOnly = true) Long id,
    @NotBlank @Size(max = 200) @Schema(example = "Moore Threads MTT S5000") String hardware,
    @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Schema(example = "mtt-s5000")
        String chip,
    @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String system,
    @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Schema(example = "qwen3.5-35b-a3b")
        String model,
    @NotBlank @Size(max = 200) @Schema(example = "Qwen3.5-35B-A3B") String modelName,
    @NotNull EvidenceStatus status,
    @NotNull @Size(min = 1, max = 2) List<@NotNull Workload> workloads,
    @Size(max = 200) @Schema(example = "MUSA") String softwareStack,
    @NotBlank @Size(max = 5000) String claim,
    @Size(max = 200) @Schema(example = "Moore Threads") String announcedBy,
    @Pattern(regexp = PartialDate.PATTERN, message = PartialDate.MESSAGE)
        @Schema(example = "2026-02-26")
        String date,
    @Size(max = 10000) String notes,
    @Size(max = 50) List<@Valid @NotNull SourceRef> sources,
    @Schema(readOnly = true) Long version) {

  EvidenceCatalog.Claim toClaim() {
    return new EvidenceCatalog.Claim(
        hardware,
        chip,
        system,
        model,
        modelName,
        status,
        workloads,
        softwareStack,
        claim,
        announcedBy,
        date,
        notes,
        sources);
  }

  static EvidenceData of(CompatibilityEvidence e) {
    return new EvidenceData(
        e.id,
        e.hardware,
        e.chip == null ? null : e.chip.slug,
        e.system == null ? null : e.system.slug,
        e.model == null ? null : e.model.slug,
        e.modelName,
        e.status,
        List.copyOf(e.workloads),
        e.softwareStack,
        e.claim,
        e.announcedBy,
        e.date,
        e.notes,
        List.copyOf(e.sources),
        e.version);
  }
}
