package io.canrun.gateway.composition;

import io.canrun.gateway.client.CatalogChip;
import io.canrun.gateway.client.CatalogModel;
import io.canrun.gateway.feasibility.AttentionKind;
import io.canrun.gateway.feasibility.ChipSpec;
import io.canrun.gateway.feasibility.DeploymentRequest;
import io.canrun.gateway.feasibility.ModelArchitecture;
import io.canrun.gateway.feasibility.Precision;
import io.canrun.gateway.feasibility.WeightFormat;
import io.canrun.gateway.question.Hardware;
import io.canrun.gateway.question.Question;
import java.util.EnumMap;
import java.util.Map;

/** Translates the catalog's descriptions into the feasibility engine's inputs. */
public final class EngineInputs {

  private EngineInputs() {}

  public static ModelArchitecture model(CatalogModel m) {
    ModelArchitecture.Mla mla =
        m.kvLoraRank() == null && m.qkRopeHeadDim() == null
            ? null
            : new ModelArchitecture.Mla(
                m.qLoraRank(), m.kvLoraRank(), m.qkNopeHeadDim(), m.qkRopeHeadDim(), m.vHeadDim());
    ModelArchitecture.LinearAttention linear =
        m.linearKeyHeads() == null && m.linearValueHeads() == null
            ? null
            : new ModelArchitecture.LinearAttention(
                m.linearKeyHeads(),
                m.linearValueHeads(),
                m.linearKeyHeadDim(),
                m.linearValueHeadDim());
    ModelArchitecture.Moe moe =
        "MOE".equals(m.architecture())
            ? new ModelArchitecture.Moe(
                m.experts(),
                m.expertsPerToken(),
                m.moeIntermediateSize(),
                m.sharedExpertIntermediateSize(),
                m.denseLayers())
            : null;
    return new ModelArchitecture(
        m.slug(),
        m.name(),
        m.totalParamsB(),
        m.activeParamsB(),
        m.layers(),
        m.hiddenSize(),
        m.vocabSize(),
        m.tiedEmbeddings(),
        m.intermediateSize(),
        new ModelArchitecture.Attention(
            enumOrNull(AttentionKind.class, m.attentionKind()),
            m.attentionHeads(),
            m.kvHeads(),
            m.headDim(),
            m.kvLayers(),
            m.slidingWindow(),
            mla,
            linear,
            m.recurrentStateBytesPerSequence()),
        moe,
        new ModelArchitecture.Context(m.maxContext(), m.extendedContext()),
        enumOrNull(WeightFormat.class, m.nativePrecision()),
        m.fp8BlockSize(),
        m.fp8AttentionBf16());
  }

  public static ChipSpec chip(CatalogChip c) {
    Map<Precision, ChipSpec.PrecisionSupport> compute = new EnumMap<>(Precision.class);
    if (c.compute() != null) {
      for (CatalogChip.Compute entry : c.compute()) {
        Precision precision = enumOrNull(Precision.class, entry.precision());
        if (precision != null) {
          compute.put(
              precision,
              new ChipSpec.PrecisionSupport(
                  !Boolean.FALSE.equals(entry.supported()), entry.denseTflops()));
        }
      }
    }
    return new ChipSpec(
        c.slug(),
        c.name(),
        c.memoryGB(),
        c.memoryUsableGiB(),
        c.memoryBandwidthGBps(),
        compute,
        c.scaleUpGBps());
  }

  /**
   * How a question asks the model to be served on this hardware: {@code count} chips exactly, or
   * null for the fewest that fit, within the system's size and fabric when it is a system; the
   * question's formats, request shape, concurrency, engine and constants.
   */
  public static DeploymentRequest deployment(
      Question<?> question, Hardware hardware, Integer count, int context) {
    return DeploymentRequest.builder(context)
        .chips(count)
        .system(hardware.maxChips(), hardware.scaleUpDomain())
        .weights(question.terms().precision())
        .kv(question.terms().kvPrecision())
        .shape(question.inputTokens(context), question.outputTokens())
        .concurrency(question.concurrency())
        .engine(question.engine())
        .constants(question.constants())
        .build();
  }

  /** Values the gateway does not know (a newer catalog) read as unknown, not as an error. */
  private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
    if (value == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    return null;
  }
}
