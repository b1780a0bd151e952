package io.canrun.catalog.service;

import io.canrun.catalog.model.ComputeSystem;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SystemRepository implements PanacheRepository<ComputeSystem> {}
