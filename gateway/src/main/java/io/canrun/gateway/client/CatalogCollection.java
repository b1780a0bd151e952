package io.canrun.gateway.client;

import jakarta.ws.rs.core.GenericType;

/** A collection the gateway reads whole from catalog-service, with the type of its pages. */
public final class CatalogCollection<T> {

  public static final CatalogCollection<CatalogChip> CHIPS =
      new CatalogCollection<>("chips", new GenericType<>() {});
  public static final CatalogCollection<CatalogSystem> SYSTEMS =
      new CatalogCollection<>("systems", new GenericType<>() {});
  public static final CatalogCollection<CatalogModel> MODELS =
      new CatalogCollection<>("models", new GenericType<>() {});
  public static final CatalogCollection<CatalogEvidence> EVIDENCE =
      new CatalogCollection<>("compatibility", new GenericType<>() {});

  private final String path;
  private final GenericType<CatalogPage<T>> pageType;

  private CatalogCollection(String path, GenericType<CatalogPage<T>> pageType) {
    this.path = path;
    this.pageType = pageType;
  }

  String path() {
    return path;
  }

  GenericType<CatalogPage<T>> pageType() {
    return pageType;
  }

  @Override
  public String toString() {
    return path;
  }
}
