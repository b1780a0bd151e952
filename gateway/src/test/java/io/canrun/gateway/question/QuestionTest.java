package io.canrun.gateway.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.canrun.gateway.api.Terms;
import io.canrun.gateway.client.CatalogChip;
import io.canrun.gateway.client.CatalogModel;
import io.canrun.gateway.feasibility.Concurrency;
import io.canrun.gateway.feasibility.EngineConstants;
import io.canrun.gateway.feasibility.ServingEngine;
import io.canrun.gateway.upstream.CatalogSnapshot;
import io.canrun.web.problem.ProblemException;
import io.canrun.web.problem.ProblemType;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The defaults a question applies, and when its answer may be cached, without a server. */
class QuestionTest {

  private static final Terms NOTHING_ASKED =
      new Terms(null, null, null, null, null, null, null, null, null, null, null, null);
  private static final PolicyPin PINNED = new PolicyPin(7L, null);

  @Test
  void contextIs32kUnlessAskedOrTheModelHoldsLess() throws Exception {
    // The contract: 32768 tokens by default, or the model's maximum if that is smaller.
    Question<String> question = question(NOTHING_ASKED, false, PINNED);
    assertThat(question.context(model("short", 8_192))).isEqualTo(8_192);
    assertThat(question.context(model("long", 131_072))).isEqualTo(32_768);
    assertThat(question.context(model("unknown", null))).isEqualTo(32_768);
    Terms asked =
        new Terms(null, null, null, 1_000, null, null, null, null, null, null, null, null);
    assertThat(question(asked, false, PINNED).context(model("long", 131_072))).isEqualTo(1_000);
  }

  @Test
  void oneSequenceFromTheDesignersCountryForNoEndUserUnlessAsked() throws Exception {
    // A chip ships from where it was designed unless the question says otherwise: an MTT S5000
    // bought in China is a domestic sale, an H100 leaves the United States.
    Question<String> question = question(NOTHING_ASKED, false, PINNED);
    assertThat(question.concurrency()).isEqualTo(Concurrency.of(1));
    assertThat(question.exportFrom(chip("mtt-s5000", "CN"))).isEqualTo("CN");
    assertThat(question.exportFrom(chip("h100-sxm", "US"))).isEqualTo("US");
    assertThat(question.endUser()).isNull();
    Terms asked =
        new Terms(null, null, null, null, null, null, "4", null, "Example Cloud", "CN", "DE", null);
    Question<String> specific = question(asked, false, PINNED);
    assertThat(specific.concurrency()).isEqualTo(Concurrency.of(4));
    assertThat(specific.exportFrom(chip("mtt-s5000", "CN"))).isEqualTo("DE");
    assertThat(specific.endUser().name()).isEqualTo("Example Cloud");
    assertThat(specific.endUser().headquarters()).isEqualTo("CN");
  }

  @Test
  void vllmAndAPromptThatFillsTheContextUnlessAsked() throws Exception {
    Question<String> question = question(NOTHING_ASKED, false, PINNED);
    assertThat(question.engine()).isEqualTo(ServingEngine.VLLM);
    assertThat(question.outputTokens()).isEqualTo(1);
    assertThat(question.inputTokens(32_768)).isEqualTo(32_767);

    Question<String> shaped = question(shape("SGLang", null, 2_048, 256, "MAX"), false, PINNED);
    assertThat(shaped.engine()).isEqualTo(ServingEngine.SGLANG);
    assertThat(shaped.concurrency()).isEqualTo(Concurrency.MAX);
    assertThat(shaped.inputTokens(32_768)).isEqualTo(2_048);
    assertThat(shaped.outputTokens()).isEqualTo(256);
    // Without a context of its own, a shape longer than the 32k default widens the context.
    Question<String> long_ = question(shape(null, null, 100_000, 1_000, null), false, PINNED);
    assertThat(long_.context(model("long", 131_072))).isEqualTo(101_000);
  }

  @Test
  void badEnginesConcurrenciesAndShapesAreRefusedByName() {
    assertRefused(question(shape("tgi", null, null, null, null), false, PINNED)::engine, "engine");
    for (String bad : new String[] {"0", "-2", "lots", "1.5", "100001"}) {
      assertRefused(
          question(shape(null, null, null, null, bad), false, PINNED)::concurrency, "concurrency");
    }
    Question<String> tooLong = question(shape(null, 4_096, 4_000, 200, null), false, PINNED);
    assertThatThrownBy(() -> tooLong.inputTokens(4_096))
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem ->
                assertThat(problem.errors())
                    .extracting(e -> e.field())
                    .containsExactly("inputTokens", "outputTokens"));
    Question<String> allOutput = question(shape(null, 4_096, null, 4_096, null), false, PINNED);
    assertThatThrownBy(() -> allOutput.inputTokens(4_096)).isInstanceOf(ProblemException.class);
  }

  private static void assertRefused(Runnable parse, String parameter) {
    assertThatThrownBy(parse::run)
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> {
              assertThat(problem.type()).isEqualTo(ProblemType.INVALID_PARAMETER);
              assertThat(problem.errors()).extracting(e -> e.field()).containsExactly(parameter);
            });
  }

  private static Terms shape(
      String engine, Integer context, Integer input, Integer output, String concurrency) {
    return new Terms(
        null, null, engine, context, input, output, concurrency, null, null, null, null, null);
  }

  @Test
  void theKeyNamesTheCatalogRevisionAndThePinnedVersion() {
    assertThat(question(NOTHING_ASKED, false, PINNED).key())
        .hasValueSatisfying(
            key -> {
              assertThat(key.policyVersion()).isEqualTo(7L);
              assertThat(key.catalogRevision()).containsEntry("chips", "\"r1\"");
              assertThat(key.asOf()).isEqualTo(LocalDate.of(2026, 11, 22));
            });
    assertThat(question(NOTHING_ASKED, false, PINNED).key())
        .isEqualTo(question(NOTHING_ASKED, false, PINNED).key());
  }

  @Test
  void nothingStaleOrUnpinnedIsKeyed() {
    assertThat(question(NOTHING_ASKED, true, PINNED).key()).isEmpty();
    assertThat(question(NOTHING_ASKED, false, new PolicyPin(null, "policy-service is down")).key())
        .isEmpty();
  }

  @Test
  void anUnknownModelIsNotFoundWithTheNearestNames() throws Exception {
    Question<String> question = question(NOTHING_ASKED, false, PINNED);
    assertThatThrownBy(() -> question.model("llama-3.1-7b"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> {
              assertThat(problem.type()).isEqualTo(ProblemType.NOT_FOUND);
              assertThat(problem.getMessage()).contains("Did you mean: llama-3.1-70b");
            });
  }

  private static Question<String> question(Terms terms, boolean stale, PolicyPin policy) {
    CatalogSnapshot catalog;
    try {
      catalog =
          new CatalogSnapshot(
              Map.of(),
              Map.of(),
              Map.of("llama-3.1-70b", model("llama-3.1-70b", 131_072)),
              Map.of(),
              Map.of("chips", "\"r1\""));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return new Question<>(
        "subject",
        terms,
        EngineConstants.DEFAULTS,
        catalog,
        stale,
        policy,
        LocalDate.of(2026, 11, 22));
  }

  private static CatalogChip chip(String slug, String designerCountry) throws Exception {
    return new ObjectMapper()
        .readValue(
            "{\"slug\":\"" + slug + "\",\"designerCountry\":\"" + designerCountry + "\"}",
            CatalogChip.class);
  }

  /** Read the way the gateway reads catalog-service's JSON; figures not given are unknown. */
  private static CatalogModel model(String slug, Integer maxContext) throws Exception {
    return new ObjectMapper()
        .readValue(
            "{\"slug\":\"" + slug + "\",\"maxContext\":" + maxContext + "}", CatalogModel.class);
  }
}
