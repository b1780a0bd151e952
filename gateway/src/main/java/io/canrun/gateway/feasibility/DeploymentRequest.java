package io.canrun.gateway.feasibility;

/**
 * How the model is to be served.
 *
 * @param chipCount exactly this many chips, or null to find the fewest
 * @param maxChips the most chips available (a system's size), or null for no limit
 * @param scaleUpDomain chips that can share tensor parallelism (a system's NVLink / UB domain), or
 *     null for the default node of 8
 * @param weightFormat null for the model's native format (or the nearest the chip and engine run)
 * @param kvFormat null for the engine's default KV-cache precision
 * @param contextTokens the longest sequence (prompt plus output) the deployment must hold
 * @param inputTokens prompt tokens per request; null for a prompt that fills the rest of the
 *     context
 * @param outputTokens generated tokens per request; null for one (the first token)
 * @param concurrency requests served at once, or {@link Concurrency#MAX}
 * @param engine the serving engine whose rules apply; null for vLLM
 */
public record DeploymentRequest(
    Integer chipCount,
    Integer maxChips,
    Integer scaleUpDomain,
    WeightFormat weightFormat,
    WeightFormat kvFormat,
    int contextTokens,
    Integer inputTokens,
    Integer outputTokens,
    Concurrency concurrency,
    ServingEngine engine,
    EngineConstants constants) {

  /** A request for sequences of up to {@code contextTokens}, to be filled in by name. */
  public static Builder builder(int contextTokens) {
    return new Builder(contextTokens);
  }

  /** Builds a request by name; unset fields keep their defaults (see the record's parameters). */
  public static final class Builder {

    private final int contextTokens;
    private Integer chipCount;
    private Integer maxChips;
    private Integer scaleUpDomain;
    private WeightFormat weightFormat;
    private WeightFormat kvFormat;
    private Integer inputTokens;
    private Integer outputTokens;
    private Concurrency concurrency;
    private ServingEngine engine;
    private EngineConstants constants;

    private Builder(int contextTokens) {
      this.contextTokens = contextTokens;
    }

    public Builder chips(Integer count) {
      this.chipCount = count;
      return this;
    }

    /** The system's size and scale-up domain, when the chip is part of a system. */
    public Builder system(Integer chips, Integer domain) {
      this.maxChips = chips;
      this.scaleUpDomain = domain;
      return this;
    }

    public Builder weights(WeightFormat format) {
      this.weightFormat = format;
      return this;
    }

    public Builder kv(WeightFormat format) {
      this.kvFormat = format;
      return this;
    }

    public Builder shape(Integer input, Integer output) {
      this.inputTokens = input;
      this.outputTokens = output;
      return this;
    }

    public Builder concurrency(Concurrency value) {
      this.concurrency = value;
      return this;
    }

    public Builder engine(ServingEngine value) {
      this.engine = value;
      return this;
    }

    public Builder constants(EngineConstants value) {
      this.constants = value;
      return this;
    }

    public DeploymentRequest build() {
      return new DeploymentRequest(
          chipCount,
          maxChips,
          scaleUpDomain,
          weightFormat,
          kvFormat,
          contextTokens,
          inputTokens,
          outputTokens,
          concurrency,
          engine,
          constants);
    }
  }

  ServingEngine engineOrDefault() {
    return engine == null ? ServingEngine.VLLM : engine;
  }

  EngineConstants constantsOrDefault() {
    return constants == null ? EngineConstants.DEFAULTS : constants;
  }

  Concurrency concurrencyOrDefault() {
    return concurrency == null ? Concurrency.of(1) : concurrency;
  }

  int outputOrDefault() {
    return outputTokens == null ? 1 : outputTokens;
  }

  int inputOrDefault() {
    if (inputTokens != null) {
      return inputTokens;
    }
    return Math.max(1, contextTokens - outputOrDefault());
  }
}
