package io.canrun.gateway.feasibility;

/** Tensor parallelism within a scale-up domain, pipeline stages across domains. */
record Layout(int tensorParallel, int pipelineStages) {

  int chips() {
    return tensorParallel * pipelineStages;
  }
}
