package io.canrun.catalog.rest;

import io.canrun.web.paging.PageResult;
import io.canrun.web.precondition.EntityVersions;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The HTTP shapes every catalog resource answers with. */
final class CatalogResponses {

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
}
