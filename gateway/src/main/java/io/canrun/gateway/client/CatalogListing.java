package io.canrun.gateway.client;

import java.util.List;

/**
 * A whole catalog collection with the revision it was read at; {@code notModified} means the
 * revision the caller named is still current and {@code items} is empty.
 */
public record CatalogListing<T>(List<T> items, String etag, boolean notModified) {}
