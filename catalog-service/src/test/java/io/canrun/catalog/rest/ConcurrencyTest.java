package io.canrun.catalog.rest;

import static io.canrun.catalog.rest.CatalogFixtures.asEditor;
import static io.canrun.catalog.rest.CatalogFixtures.chip;
import static io.canrun.catalog.rest.CatalogFixtures.freshSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Writers racing on the same version: exactly one wins, the row holds the winner's value. */
@QuarkusTest
class ConcurrencyTest {

  private static final int WRITERS = 8;

  @Test
  void parallelReplacesWithTheSameIfMatchHaveOneWinner() throws Exception {
    String slug = freshSlug("race");
    asEditor().body(chip(slug)).post("/api/v1/chips").then().statusCode(201);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    List<Future<int[]>> results = new ArrayList<>();
    for (int writer = 1; writer <= WRITERS; writer++) {
      int tdp = 100 + writer;
      Callable<int[]> write =
          () -> {
            Map<String, Object> body = chip(slug);
            body.put("tdpWatts", (double) tdp);
            start.await();
            int status =
                asEditor()
                    .header("If-Match", "\"0\"")
                    .body(body)
                    .put("/api/v1/chips/" + slug)
                    .then()
                    .extract()
                    .statusCode();
            return new int[] {status, tdp};
          };
      results.add(pool.submit(write));
    }
    start.countDown();
    List<Integer> winners = new ArrayList<>();
    int stale = 0;
    for (Future<int[]> result : results) {
      int[] outcome = result.get();
      if (outcome[0] == 200) {
        winners.add(outcome[1]);
      } else {
        assertThat(outcome[0]).isEqualTo(412);
        stale++;
      }
    }
    pool.shutdown();
    assertThat(winners).hasSize(1);
    assertThat(stale).isEqualTo(WRITERS - 1);
    float stored = given().get("/api/v1/chips/" + slug).then().extract().path("tdpWatts");
    assertThat((double) stored).isEqualTo(winners.get(0).doubleValue());
  }
}
