package io.canrun.gateway.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.canrun.gateway.api.Terms;
import io.canrun.gateway.client.CatalogChip;
import io.canrun.gateway.client.CatalogModel;
import io.canrun.gateway.feasibility.EngineConstants;
import io.canrun.gateway.upstream.CatalogSnapshot;
import io.canrun.web.problem.ProblemException;
import io.canrun.web.problem.ProblemType;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The defaults a question applies, and when its answer may be cached, without a server. */
class QuestionTest {

  private static final Terms NOTHING_ASKED =
      new Terms(null, null, null, null, null, null, null, null, null);
  private static final PolicyPin PINNED = new PolicyPin(7L, null);

  @Test
  void contextIs32kUnlessAskedOrTheModelHoldsLess() throws Exception {
    // The contract: 32768 tokens by default, or the model's maximum if that is smaller.
    Question<String> question = question(NOTHING_ASKED, false, PINNED);
    assertThat(question.context(model("short", 8_192))).isEqualTo(8_192);
    assertThat(question.context(model("long", 131_072))).isEqualTo(32_768);
    assertThat(question.context(model("unknown", null))).isEqualTo(32_768);
    Terms asked = new Terms(null, null, 1_000, null, null, null, null, null, null);
    assertThat(question(asked, false, PINNED).context(model("long", 131_072))).isEqualTo(1_000);
  }

  @Test
  void oneSequenceFromTheDesignersCountryForNoEndUserUnlessAsked() throws Exception {
    // A chip ships from where it was designed unless the question says otherwise: an MTT S5000
    // bought in China is a domestic sale, an H100 leaves the United States.
    Question<String> question = question(NOTHING_ASKED, false, PINNED);
    assertThat(question.concurrency()).isEqualTo(1);
    assertThat(question.exportFrom(chip("mtt-s5000", "CN"))).isEqualTo("CN");
    assertThat(question.exportFrom(chip("h100-sxm", "US"))).isEqualTo("US");
    assertThat(question.endUser()).isNull();
    Terms asked = new Terms(null, null, null, 4, null, "Example Cloud", "CN", "DE", null);
    Question<String> specific = question(asked, false, PINNED);
    assertThat(specific.concurrency()).isEqualTo(4);
    assertThat(specific.exportFrom(chip("mtt-s5000", "CN"))).isEqualTo("DE");
    assertThat(specific.endUser().name()).isEqualTo("Example Cloud");
    assertThat(specific.endUser().headquarters()).isEqualTo("CN");
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
