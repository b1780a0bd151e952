package io.canrun.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The researched facts are in the catalog, with their sources, under the canonical slugs. */
@QuarkusTest
class SeedDataTest {

  private static final List<String> CHIPS =
      List.of(
          "a100-sxm-80gb",
          "a800-sxm-80gb",
          "h100-sxm",
          "h100-pcie",
          "h800-sxm",
          "h20",
          "h200-sxm",
          "b200",
          "b300",
          "l4",
          "l20",
          "rtx-4090",
          "rtx-4090d",
          "rtx-pro-6000",
          "rtx-pro-6000d",
          "rtx-pro-6000-server",
          "mi300x",
          "mi308x",
          "mi325x",
          "mi355x",
          "ascend-910b",
          "ascend-910c",
          "ascend-950pr",
          "ascend-950dt",
          "mtt-s4000",
          "mtt-s5000",
          "zhenwu-810e",
          "zhenwu-m890",
          "mlu370-x8",
          "mlu590",
          "siyuan-690",
          "enflame-l600",
          "metax-c500",
          "metax-c600",
          "biren-br100",
          "biren-br104",
          "hygon-k100");
  private static final List<String> SYSTEMS =
      List.of(
          "dgx-h100",
          "dgx-b300",
          "gb200-nvl72",
          "gb300-nvl72",
          "panjiu-al128",
          "cloudmatrix-384",
          "atlas-950-superpod");
  private static final List<String> MODELS =
      List.of(
          "qwen3.5-397b-a17b",
          "qwen3.5-122b-a10b",
          "qwen3.5-35b-a3b",
          "qwen3.5-27b",
          "qwen3.5-9b",
          "qwen3-235b-a22b",
          "qwen3-32b",
          "qwen3-30b-a3b",
          "qwen3.7-max",
          "jiutian-35b",
          "deepseek-v3",
          "deepseek-r1",
          "deepseek-v3.2",
          "kimi-k2",
          "glm-4.5",
          "llama-3.1-8b",
          "llama-3.1-70b",
          "llama-3.1-405b",
          "gpt-oss-20b",
          "gpt-oss-120b",
          "mistral-large-2",
          "llama-2-7b",
          "llama-2-70b",
          "qwen3-8b");

  @Test
  void everyCanonicalSlugIsPresent() {
    assertThat(slugs("/api/v1/chips")).containsAll(CHIPS);
    assertThat(slugs("/api/v1/systems")).containsAll(SYSTEMS);
    assertThat(slugs("/api/v1/models")).containsAll(MODELS);
  }

  @Test
  void everySeededEntryCarriesItsSources() {
    for (String collection : List.of("chips", "systems", "models")) {
      List<List<?>> sources =
          given()
              .get("/api/v1/" + collection + "?size=500")
              .then()
              .statusCode(200)
              .extract()
              .path("items.sources");
      assertThat(sources).allSatisfy(list -> assertThat(list).isNotEmpty());
    }
  }

  @Test
  void h100FiguresAreDenseAndSourced() {
    given()
        .get("/api/v1/chips/h100-sxm")
        .then()
        .statusCode(200)
        .body("memoryBandwidthGBps", equalTo(3350.0f))
        .body("memoryUsableGiB", equalTo(79.6f))
        .body("marketSegment", equalTo("DATACENTER"))
        .body("compute.find { it.precision == 'FP8' }.denseTflops", equalTo(1978.9f))
        .body("compute.find { it.precision == 'FP4' }.supported", equalTo(false))
        .body("sources.key", hasItem("E"));
  }

  @Test
  void unknownFiguresStayUnknown() {
    given()
        .get("/api/v1/chips/zhenwu-m890")
        .then()
        .statusCode(200)
        .body("memoryBandwidthGBps", nullValue())
        .body("scaleUpGBps", equalTo(800.0f));
    given()
        .get("/api/v1/chips/mtt-s5000")
        .then()
        .statusCode(200)
        .body("memoryBandwidthGBps", equalTo(1600.0f))
        .body("compute.find { it.precision == 'BF16' }.denseTflops", nullValue())
        .body("compute.find { it.precision == 'BF16' }.supported", equalTo(true));
    given().get("/api/v1/models/jiutian-35b").then().statusCode(200).body("layers", nullValue());
  }

  /**
   * Facts export rules turn on (research notes: catalog-specs.md A1 marks China-market parts;
   * export-controls-sanctions.md C.3 MI308X, C.4 RTX PRO 6000 Server Edition), each with a source.
   */
  @Test
  void exportControlFactsAreSourced() {
    given()
        .get("/api/v1/chips/h800-sxm")
        .then()
        .body("soldInUs", equalTo(false))
        .body("sources.figures", hasItem("market"));
    given()
        .get("/api/v1/chips/h100-sxm")
        .then()
        .body("soldInUs", equalTo(true))
        .body("scaleUpInterconnect", equalTo("DEDICATED"))
        .body("scaleUpGBps", equalTo(900.0f));
    given().get("/api/v1/chips/ascend-910c").then().body("soldInUs", nullValue());
    // "None (PCIe only)" is a fact, distinct from an unknown link.
    given()
        .get("/api/v1/chips/rtx-4090")
        .then()
        .body("scaleUpInterconnect", equalTo("NONE"))
        .body("scaleUpGBps", nullValue());
    given().get("/api/v1/chips/mlu590").then().body("scaleUpInterconnect", nullValue());
    // MI308X: AMD publishes no dense figures; Epoch's are not used.
    given()
        .get("/api/v1/chips/mi308x")
        .then()
        .body("compute.findAll { it.denseTflops != null }", hasSize(0))
        .body("sources.key", hasItem("C3"));
    given()
        .get("/api/v1/chips/rtx-pro-6000-server")
        .then()
        .statusCode(200)
        .body("marketSegment", equalTo("DATACENTER"))
        .body("soldInUs", equalTo(true))
        .body("scaleUpInterconnect", equalTo("NONE"))
        .body("compute.find { it.precision == 'FP4' }.denseTflops", equalTo(2000.0f));
    // HGX B300: 105 PF dense FP4 over 8 GPUs = 13,125 per GPU [HB3][GK].
    given()
        .get("/api/v1/chips/b300")
        .then()
        .body("compute.find { it.precision == 'FP4' }.denseTflops", equalTo(13125.0f))
        .body("sources.key", hasItem("GK"));
  }

  @Test
  void marketSegmentsFollowTheFacts() {
    given().get("/api/v1/chips/rtx-4090").then().body("marketSegment", equalTo("CONSUMER"));
    given().get("/api/v1/chips/rtx-pro-6000d").then().body("marketSegment", equalTo("WORKSTATION"));
  }

  @Test
  void modelArchitecturesMatchTheirConfigs() {
    given()
        .get("/api/v1/models/qwen3.5-397b-a17b")
        .then()
        .body("attentionKind", equalTo("HYBRID_LINEAR"))
        .body("kvLayers", equalTo(15))
        .body("experts", equalTo(512));
    given()
        .get("/api/v1/models/deepseek-v3")
        .then()
        .body("attentionKind", equalTo("MLA"))
        .body("kvLoraRank", equalTo(512))
        .body("qkRopeHeadDim", equalTo(64));
    given()
        .get("/api/v1/models/gpt-oss-120b")
        .then()
        .body("nativePrecision", equalTo("MXFP4"))
        .body("slidingWindow", equalTo(128));
  }

  @Test
  void theShapeTheFeasibilityEngineNeedsIsSeededFromTheConfigs() {
    given()
        .get("/api/v1/models/deepseek-v3")
        .then()
        .body("moeIntermediateSize", equalTo(2048))
        .body("sharedExpertIntermediateSize", equalTo(2048))
        .body("denseLayers", equalTo(3))
        .body("intermediateSize", equalTo(18432))
        .body("qLoraRank", equalTo(1536))
        .body("qkNopeHeadDim", equalTo(128))
        .body("vHeadDim", equalTo(128))
        .body("fp8BlockSize", equalTo(128))
        .body("tiedEmbeddings", equalTo(false));
    // Recounted from config.json: 384 experts x 3 x 7,168 x 2,048 x 60 MoE layers plus the rest;
    // V3.2 counted without its MTP module, as V3 and R1 are.
    given().get("/api/v1/models/kimi-k2").then().body("totalParamsB", equalTo(1026.408f));
    given().get("/api/v1/models/deepseek-v3.2").then().body("totalParamsB", equalTo(671.026f));
    // Qwen3.5-27B's Gated DeltaNet state: 48 layers x (48 x 128 x 128 x 4 B + 61,440 B of conv).
    given()
        .get("/api/v1/models/qwen3.5-27b")
        .then()
        .body("linearValueHeads", equalTo(48))
        .body("recurrentStateBytesPerSequence", equalTo(153_944_064));
    given()
        .get("/api/v1/models/qwen3-235b-a22b")
        .then()
        .body("maxContext", equalTo(32_768))
        .body("extendedContext", equalTo(131_072));
    given().get("/api/v1/models/llama-3.1-405b").then().body("fp8AttentionBf16", equalTo(true));
  }

  @Test
  void theSeedArticlesClaimIsRecorded() {
    given()
        .get("/api/v1/compatibility?chip=mtt-s5000&model=qwen3.5-35b-a3b")
        .then()
        .statusCode(200)
        .body("items[0].status", equalTo("VERIFIED"))
        .body("items[0].date", equalTo("2026-02-26"))
        .body("items[0].sources.key", hasItem("SEED0"));
  }

  private static List<String> slugs(String path) {
    return given().get(path + "?size=500").then().statusCode(200).extract().path("items.slug");
  }
}
