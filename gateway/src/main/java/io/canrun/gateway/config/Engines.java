package io.canrun.gateway.config;

import io.canrun.gateway.feasibility.FeasibilityEngine;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one feasibility engine every use case estimates with, made once. */
public class Engines {

  @Produces
  @Singleton
  FeasibilityEngine engine() {
    return new FeasibilityEngine();
  }
}
