package io.canrun.gateway.feasibility;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The serving engines whose memory rules and calibration the estimate can apply. */
public enum ServingEngine {
  VLLM("vllm"),
  SGLANG("sglang"),
  TRTLLM("trtllm"),
  LLAMACPP("llamacpp");

  private final String id;

  ServingEngine(String id) {
    this.id = id;
  }

  /** The lower-case identifier used in requests and data files. */
  public String id() {
    return id;
  }

  /** The allowed identifiers, for messages that name them. */
  public static String allowed() {
    return Arrays.stream(values()).map(ServingEngine::id).collect(Collectors.joining(", "));
  }

  /**
   * The engine named {@code value} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the allowed values
   */
  public static ServingEngine parse(String value) {
    for (ServingEngine engine : values()) {
      if (engine.id.equalsIgnoreCase(value) || engine.name().equalsIgnoreCase(value)) {
        return engine;
      }
    }
    throw new IllegalArgumentException("unknown engine '" + value + "'; allowed: " + allowed());
  }
}
