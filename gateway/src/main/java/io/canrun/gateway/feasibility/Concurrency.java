package io.canrun.gateway.feasibility;

/**
 * How many requests are served at once: a fixed number, or {@link #MAX} for the largest number the
 * deployment holds (reported in the estimate).
 *
 * @param sequences the fixed number, or null for MAX
 */
public record Concurrency(Integer sequences) {

  public static final Concurrency MAX = new Concurrency(null);

  public Concurrency {
    if (sequences != null && sequences < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
  }

  public static Concurrency of(int sequences) {
    return new Concurrency(sequences);
  }

  public boolean isMax() {
    return sequences == null;
  }
}
