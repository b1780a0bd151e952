package io.canrun.catalog.rest;

import io.canrun.web.http.QueryParameters;
import io.canrun.web.paging.PageResult;
import io.canrun.web.precondition.EntityVersions;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The HTTP shapes every catalog resource answers with. */
final class CatalogResponses {

  static final int DEFAULT_SIZE = 50;
  static final int MAX_SIZE = 500;
  static final List<String> PAGING = List.of("page", "size", "sort");

  private CatalogResponses() {}

  /** 200 with the entry's version as ETag, or 304 when the client already holds that version. */
  static Response entity(Object body, long version, Request request) {
    EntityTag tag = EntityVersions.etag(version);
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    return (notModified != null ? notModified : Response.ok(body)).tag(tag).build();
  }

  /** 200 with the catalog revision as ETag, or 304 when nothing in the catalog changed. */
  static Response collection(PageResult<?> page, long revision, Request request) {
    EntityTag tag = new EntityTag("r" + revision);
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    return (notModified != null ? notModified : Response.ok(page)).tag(tag).build();
  }

  static Response created(UriInfo uri, String id, Object body, long version) {
    return Response.created(uri.getAbsolutePathBuilder().path(id).build())
        .entity(body)
        .tag(EntityVersions.etag(version))
        .build();
  }

  static Response updated(Object body, long version) {
    return Response.ok(body).tag(EntityVersions.etag(version)).build();
  }

  /** The query parameters of a listing: its filters plus page, size and sort. */
  static QueryParameters listing(UriInfo uri, String... filters) {
    Set<String> allowed = new HashSet<>(PAGING);
    allowed.addAll(List.of(filters));
    return new QueryParameters(uri.getQueryParameters(), allowed, null);
  }

  static int page(QueryParameters parameters) {
    Integer page = parameters.integer("page", 0, 1_000_000);
    return page == null ? 0 : page;
  }

  static int size(QueryParameters parameters) {
    Integer size = parameters.integer("size", 1, MAX_SIZE);
    return size == null ? DEFAULT_SIZE : size;
  }
}
