package io.canrun.gateway.feasibility;

/**
 * How a deployment spreads over chips: tensor parallelism within a scale-up domain, pipeline stages
 * (whole nodes, or llama.cpp's layer split), expert parallelism over the tensor-parallel ranks,
 * optionally attention data parallelism (MLA models: each rank attends for its own requests and
 * holds their KV), and independent replicas.
 *
 * @param nodes scale-up domains (nodes) the deployment occupies
 */
public record Layout(
    int tensorParallel,
    int pipelineStages,
    int expertParallel,
    boolean attentionDataParallel,
    int replicas,
    int nodes) {

  /** Chips that serve one copy of the model. */
  public int chipsPerReplica() {
    return tensorParallel * pipelineStages;
  }

  public int chips() {
    return chipsPerReplica() * replicas;
  }

  /** The same layout repeated {@code count} times. */
  Layout replicated(int count, int domain) {
    return new Layout(
        tensorParallel,
        pipelineStages,
        expertParallel,
        attentionDataParallel,
        count,
        nodesFor(tensorParallel, pipelineStages, count, domain));
  }

  static int nodesFor(int tp, int pp, int replicas, int domain) {
    int perReplica = tp * pp;
    if (pp > 1 || perReplica > domain) {
      return replicas * Math.max(pp, ceilDiv(tp, domain));
    }
    return ceilDiv(perReplica * replicas, domain);
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  /** For messages: "TP4 x PP2, EP4" and so on. */
  public String describe() {
    StringBuilder text = new StringBuilder("TP" + tensorParallel);
    if (pipelineStages > 1) {
      text.append(" x PP").append(pipelineStages);
    }
    if (expertParallel > 1) {
      text.append(", EP").append(expertParallel);
    }
    if (attentionDataParallel) {
      text.append(", attention DP");
    }
    if (replicas > 1) {
      text.append(", ").append(replicas).append(" replicas");
    }
    return text.toString();
  }
}
