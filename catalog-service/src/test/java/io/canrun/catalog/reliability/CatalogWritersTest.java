package io.canrun.catalog.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.canrun.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Concurrency beyond {@code rest.ConcurrencyTest} (which shows that writers racing on one version
 * have one winner): writers that retry on 412 lose no update, and readers never see part of a
 * {@code chips:import} batch.
 */
@QuarkusTest
class CatalogWritersTest {

  private static final String EDITOR = TestTokens.bearer("writers@test", "catalog-editor");

  /**
   * Each writer reads the chip, adds one to its TDP and writes it back with If-Match, rereading on
   * 412. With no lost update the final TDP counts every successful write, and the version moved by
   * exactly that many: the final state is the one some serial order of the writes gives.
   */
  @Test
  void readModifyWriteWithIfMatchLosesNoUpdate() throws Exception {
    String slug = "rmw-" + System.nanoTime() % 1_000_000;
    Map<String, Object> chip = chip(slug, "Counter", 0.0);
    editor().body(chip).post("/api/v1/chips").then().statusCode(201);
    long startVersion = version(slug);
    int writers = 4;
    int incrementsEach = 5;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<int[]>> results = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      Callable<int[]> writer =
          () -> {
            start.await();
            int conflicts = 0;
            for (int done = 0; done < incrementsEach; ) {
              Response current = given().get("/api/v1/chips/" + slug);
              float tdp = current.path("tdpWatts");
              Map<String, Object> next = chip(slug, "Counter", tdp + 1.0);
              int status =
                  editor()
                      .header("If-Match", current.header("ETag"))
                      .body(next)
                      .put("/api/v1/chips/" + slug)
                      .statusCode();
              if (status == 200) {
                done++;
              } else {
                assertThat(status).as("only a stale version may refuse the write").isEqualTo(412);
                conflicts++;
              }
            }
            return new int[] {incrementsEach, conflicts};
          };
      results.add(pool.submit(writer));
    }
    start.countDown();
    int conflicts = 0;
    for (Future<int[]> result : results) {
      conflicts += result.get(2, TimeUnit.MINUTES)[1];
    }
    pool.shutdown();
    int writes = writers * incrementsEach;
    Response last = given().get("/api/v1/chips/" + slug);
    assertThat(((Number) last.path("tdpWatts")).doubleValue())
        .as("every one of %d writes counted (%d stale attempts retried)", writes, conflicts)
        .isEqualTo((double) writes);
    assertThat(version(slug))
        .as("one version per successful write")
        .isEqualTo(startVersion + writes);
  }

  /**
   * One writer imports the same batch of chips again and again, each time with a new generation
   * number in every row; readers list the batch meanwhile. Each listing must show the whole batch
   * at one generation, and a reader's generations never go back.
   */
  @Test
  void readersNeverSeePartOfAnImport() throws Exception {
    String vendor = "Atomic" + System.nanoTime() % 1_000_000;
    int batchSize = 25;
    int generations = 12;
    editor().body(batch(vendor, batchSize, 0)).post("/api/v1/chips:import").then().statusCode(200);

    AtomicBoolean writing = new AtomicBoolean(true);
    ConcurrentLinkedQueue<String> torn = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    List<Future<Integer>> readers = new ArrayList<>();
    for (int r = 0; r < 2; r++) {
      readers.add(
          pool.submit(
              () -> {
                int reads = 0;
                double lastSeen = -1;
                while (writing.get() || reads == 0) {
                  List<Float> tdps =
                      given()
                          .get("/api/v1/chips?size=500&vendor=" + vendor)
                          .then()
                          .statusCode(200)
                          .extract()
                          .path("items.tdpWatts");
                  reads++;
                  if (tdps.size() != batchSize || tdps.stream().distinct().count() != 1) {
                    torn.add("read " + reads + ": " + tdps);
                    continue;
                  }
                  double generation = tdps.get(0);
                  if (generation < lastSeen) {
                    torn.add("went back from " + lastSeen + " to " + generation);
                  }
                  lastSeen = generation;
                }
                return reads;
              }));
    }
    Future<?> writer =
        pool.submit(
            () -> {
              try {
                for (int g = 1; g <= generations; g++) {
                  editor()
                      .body(batch(vendor, batchSize, g))
                      .post("/api/v1/chips:import")
                      .then()
                      .statusCode(200);
                }
              } finally {
                writing.set(false);
              }
              return null;
            });
    writer.get(2, TimeUnit.MINUTES);
    int reads = 0;
    for (Future<Integer> reader : readers) {
      reads += reader.get(1, TimeUnit.MINUTES);
    }
    pool.shutdown();
    assertThat(torn).as("listings that showed part of an import (of %d reads)", reads).isEmpty();
    assertThat(reads).isGreaterThan(generations);
    List<Float> finalTdps =
        given()
            .get("/api/v1/chips?size=500&vendor=" + vendor)
            .then()
            .extract()
            .path("items.tdpWatts");
    assertThat(finalTdps).hasSize(batchSize).containsOnly((float) (100 + generations));
  }

  private static List<Map<String, Object>> batch(String vendor, int size, int generation) {
    List<Map<String, Object>> chips = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      chips.add(chip(vendor.toLowerCase() + "-" + i, vendor, 100.0 + generation));
    }
    return chips;
  }

  private static Map<String, Object> chip(String slug, String vendor, double tdpWatts) {
    Map<String, Object> chip = new HashMap<>();
    chip.put("slug", slug);
    chip.put("name", "Reliability chip " + slug);
    chip.put("vendor", vendor);
    chip.put("designerCountry", "DE");
    chip.put("marketSegment", "DATACENTER");
    chip.put("memoryGB", 64.0);
    chip.put("memoryBandwidthGBps", 2000.0);
    chip.put("tdpWatts", tdpWatts);
    chip.put(
        "compute", List.of(Map.of("precision", "BF16", "denseTflops", 500.0, "supported", true)));
    chip.put(
        "sources",
        List.of(
            Map.of("figures", "specs", "citation", "Test fixture", "url", "https://example.org")));
    return chip;
  }

  private static long version(String slug) {
    String etag =
        given().get("/api/v1/chips/" + slug).then().statusCode(200).extract().header("ETag");
    return Long.parseLong(etag.replace("\"", ""));
  }

  private static io.restassured.specification.RequestSpecification editor() {
    return given().header("Authorization", EDITOR).contentType(ContentType.JSON);
  }
}
