package io.canrun.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.canrun.web.problem.Problem;
import io.canrun.web.problem.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
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
  void oneByteOverTheLimitStopsTheRead() {
    InputStream in = new StreamedBodyLimit.Bounded(body(1_001), 1_000);
    assertThatThrownBy(in::readAllBytes)
        .isInstanceOfSatisfying(
            BodyTooLargeException.class, tooLarge -> assertThat(tooLarge.limit()).isEqualTo(1_000));
  }

  @Test
  void theOverflowIsAPayloadTooLargeProblem() {
    Response response =
        new RequestSizeLimit(new MemorySize(BigInteger.valueOf(2_097_152)))
            .tooLarge(new BodyTooLargeException(2_097_152), null);
    assertThat(response.getStatus()).isEqualTo(413);
    Problem problem = (Problem) response.getEntity();
    assertThat(problem.type()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE.uri());
    assertThat(problem.detail()).contains("2097152 bytes");
  }

  @Test
  void byteByByteReadsCountToo() throws IOException {
    InputStream in = new StreamedBodyLimit.Bounded(body(3), 2);
    assertThat(in.read()).isEqualTo('x');
    assertThat(in.read()).isEqualTo('x');
    assertThatThrownBy(in::read).isInstanceOf(BodyTooLargeException.class);
  }

  private static InputStream body(int bytes) {
    return new ByteArrayInputStream("x".repeat(bytes).getBytes(StandardCharsets.US_ASCII));
  }
}
