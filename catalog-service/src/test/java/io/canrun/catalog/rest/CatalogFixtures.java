package io.canrun.catalog.rest;

import static io.restassured.RestAssured.given;

import io.canrun.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Request bodies and helpers shared by the catalog tests. */
final class CatalogFixtures {

  static final String EDITOR = TestTokens.bearer("editor@test", "catalog-editor");
  static final String READER = TestTokens.bearer("reader@test", "catalog-reader");

  private static final AtomicInteger SLUGS = new AtomicInteger();

  private CatalogFixtures() {}

  /** A slug no other test uses. */
  static String freshSlug(String prefix) {
    return prefix + "-" + System.nanoTime() % 100000 + "-" + SLUGS.incrementAndGet();
  }

  static Map<String, Object> chip(String slug) {
    return new HashMap<>(
        Map.of(
            "slug",
            slug,
            "name",
            "Test Chip " + slug,
            "vendor",
            "Testvendor",
            "designerCountry",
            "DE",
            "marketSegment",
            "DATACENTER",
            "memoryGB",
            64.0,
            "memoryBandwidthGBps",
            2000.0,
            "compute",
            List.of(Map.of("precision", "BF16", "denseTflops", 500.0, "supported", true)),
            "sources",
            List.of(
                Map.of(
                    "figures", "specs",
                    "citation", "Test fixture",
                    "url", "https://example.org/spec"))));
  }

  static Map<String, Object> model(String slug) {
    return new HashMap<>(
        Map.of(
            "slug",
            slug,
            "name",
            "Test Model " + slug,
            "organisation",
            "Testlab",
            "totalParamsB",
            7.0,
            "activeParamsB",
            7.0,
            "architecture",
            "DENSE",
            "layers",
            32,
            "attentionKind",
            "GQA",
            "kvLayers",
            32));
  }

  static RequestSpecification asEditor() {
    return given().header("Authorization", EDITOR).contentType(ContentType.JSON);
  }

  /** The catalog revision: it changes with every successful write, and only then. */
  static String revision() {
    return given().get("/api/v1/chips?size=1").then().statusCode(200).extract().header("ETag");
  }

  static String etagOf(String path) {
    return given().get(path).then().statusCode(200).extract().header("ETag");
  }

  static List<Object> listOf(Object... items) {
    return new ArrayList<>(List.of(items));
  }
}
