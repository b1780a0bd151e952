package io.canrun.catalog.service;

import io.canrun.catalog.model.Chip;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ChipRepository implements PanacheRepository<Chip> {}
