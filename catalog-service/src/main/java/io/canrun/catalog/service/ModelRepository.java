package io.canrun.catalog.service;

import io.canrun.catalog.model.AiModel;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ModelRepository implements PanacheRepository<AiModel> {}
