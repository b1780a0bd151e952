package io.canrun.gateway.feasibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/** The engine profiles of {@code engines.properties}, one per {@link ServingEngine}. */
final class EngineProfiles {

  static final EngineProfiles STANDARD = load("engines.properties");

  private final Map<ServingEngine, EngineProfile> profiles;

  private EngineProfiles(Map<ServingEngine, EngineProfile> profiles) {
    this.profiles = profiles;
  }

  EngineProfile of(ServingEngine engine) {
    return profiles.get(engine);
  }

  static EngineProfiles load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = EngineProfiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing feasibility data file " + resource);
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<ServingEngine, EngineProfile> profiles = new EnumMap<>(ServingEngine.class);
    for (ServingEngine engine : ServingEngine.values()) {
      profiles.put(engine, profile(engine, new Keys(properties, engine.id())));
    }
    return new EngineProfiles(profiles);
  }

  private static EngineProfile profile(ServingEngine engine, Keys k) {
    EngineProfile.BudgetRule rule = EngineProfile.BudgetRule.valueOf(k.required("budget"));
    EngineProfile.SglangReserve reserve = null;
    if (rule == EngineProfile.BudgetRule.STATIC_FRACTION) {
      reserve =
          new EngineProfile.SglangReserve(
              k.number("reserveBaseMiB"),
              k.number("reservePerPrefillTokenMiB"),
              k.number("reservePerGraphBatchMiB"),
              k.number("reservePerChipMiB"),
              k.number("reserveFloorGiB"),
              k.number("reserveFloorAboveGiB"),
              k.integer("chunkedPrefill"),
              k.integer("chunkedPrefillSmallChip"),
              k.integer("cudaGraphBatch"),
              k.integer("cudaGraphBatchSmallChip"));
    }
    Set<WeightFormat> formats = formats(k.required("formats"));
    String quantizedKv = k.optional("quantizedCheckpointKv");
    String quantizedFormats = k.optional("quantizedCheckpointFormats");
    String small = k.optional("smallChipNames");
    return new EngineProfile(
        engine,
        k.required("name"),
        k.required("class"),
        rule,
        k.optionalNumber("memoryFraction"),
        k.number("runtimeGiB"),
        k.number("collectiveGiB"),
        k.optionalNumber("cudaGraphGiB"),
        k.optionalNumber("activationFfnFactor"),
        k.optionalNumber("activationHiddenFactor"),
        k.optionalNumber("samplerCopies"),
        k.optionalNumber("largeChipGiB"),
        small == null
            ? Set.of()
            : Arrays.stream(small.split(",")).map(String::trim).collect(Collectors.toSet()),
        k.optionalInteger("maxBatchedTokens"),
        k.optionalInteger("maxBatchedTokensSmallChip"),
        k.optionalInteger("maxSequences"),
        k.optionalInteger("maxSequencesSmallChip"),
        reserve,
        k.optionalInteger("microBatch"),
        WeightFormat.valueOf(k.required("kvDefault")),
        quantizedKv == null ? null : WeightFormat.valueOf(quantizedKv),
        quantizedFormats == null ? Set.of() : formats(quantizedFormats),
        formats,
        EngineProfile.Spread.valueOf(k.required("multiNode")),
        EngineProfile.Spread.valueOf(k.required("withinNode")));
  }

  private static Set<WeightFormat> formats(String list) {
    Set<WeightFormat> formats = EnumSet.noneOf(WeightFormat.class);
    for (String format : list.split(",")) {
      formats.add(WeightFormat.valueOf(format.trim()));
    }
    return formats;
  }

  /** Reads one engine's keys, naming the missing one when the file is incomplete. */
  private record Keys(Properties properties, String engine) {

    String optional(String key) {
      String value = properties.getProperty(engine + "." + key);
      return value == null ? null : value.trim();
    }

    String required(String key) {
      String value = optional(key);
      if (value == null) {
        throw new IllegalStateException("engines.properties lacks " + engine + "." + key);
      }
      return value;
    }

    double number(String key) {
      return Double.parseDouble(required(key));
    }

    int integer(String key) {
      return Integer.parseInt(required(key));
    }

    Double optionalNumber(String key) {
      String value = optional(key);
      return value == null ? null : Double.valueOf(value);
    }

    Integer optionalInteger(String key) {
      String value = optional(key);
      return value == null ? null : Integer.valueOf(value);
    }
  }
}
