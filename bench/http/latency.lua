-- Prints the percentiles wrk's --latency table leaves out, as one parsable line.
done = function(summary, latency, requests)
  io.write(string.format(
    "PERCENTILES p50_ms=%.3f p99_ms=%.3f p999_ms=%.3f requests=%d errors=%d non2xx=%d\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000,
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout, summary.errors.status))
end
