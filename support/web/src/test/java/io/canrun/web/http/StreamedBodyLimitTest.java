package io.canrun.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.canrun.web.problem.ProblemException;
import io.canrun.web.problem.ProblemType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A body without a declared length is read up to the limit and no further. */
class StreamedBodyLimitTest {

  @Test
  void aBodyAtTheLimitReadsWhole() throws IOException {
    try (InputStream in = new StreamedBodyLimit.Bounded(body(1_000), 1_000)) {
      assertThat(in.readAllBytes()).hasSize(1_000);
    }
  }

  @Test
  void oneByteOverTheLimitIsAPayloadTooLargeProblem() {
    InputStream in = new StreamedBodyLimit.Bounded(body(1_001), 1_000);
    assertThatThrownBy(in::readAllBytes)
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> {
              assertThat(problem.type()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE);
              assertThat(problem.status()).isEqualTo(413);
              assertThat(problem.getMessage()).contains("1000 bytes");
            });
  }

  @Test
  void byteByByteReadsCountToo() throws IOException {
    InputStream in = new StreamedBodyLimit.Bounded(body(3), 2);
    assertThat(in.read()).isEqualTo('x');
    assertThat(in.read()).isEqualTo('x');
    assertThatThrownBy(in::read).isInstanceOf(ProblemException.class);
  }

  private static InputStream body(int bytes) {
    return new ByteArrayInputStream("x".repeat(bytes).getBytes(StandardCharsets.US_ASCII));
  }
}
