package io.canrun.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.canrun.gateway.feasibility.FeasibilityEngine;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A native image holds only the resources {@code quarkus.native.resources.includes} names, so a
 * feasibility data file it misses would load in every JVM test and fail only in the native build.
 * This checks every data file beside the engine's classes against those globs, and that each loads
 * the way the engine loads it (relative to its package, through the class).
 */
class NativeResourcesTest {

  private static final String PACKAGE = "io/canrun/gateway/feasibility/";

  @Test
  void everyFeasibilityDataFileIsInTheNativeImage() throws Exception {
    List<PathMatcher> includes = includes();
    List<String> dataFiles = dataFiles();
    assertThat(dataFiles)
        .contains("formats.tsv", "engines.properties", "calibration.tsv", "chip-families.tsv");
    for (String name : dataFiles) {
      Path resource = Path.of(PACKAGE + name);
      assertThat(includes)
          .as("%s is matched by quarkus.native.resources.includes", resource)
          .anyMatch(glob -> glob.matches(resource));
      try (InputStream in = FeasibilityEngine.class.getResourceAsStream(name)) {
        assertThat(in).as("%s loads beside FeasibilityEngine", name).isNotNull();
        assertThat(in.read()).as("%s is not empty", name).isNotNegative();
      }
    }
  }

  private static List<PathMatcher> includes() throws Exception {
    Properties properties = new Properties();
    try (InputStream in =
        NativeResourcesTest.class.getClassLoader().getResourceAsStream("application.properties")) {
      properties.load(in);
    }
    String globs = properties.getProperty("quarkus.native.resources.includes", "");
    return Arrays.stream(globs.split(","))
        .map(String::trim)
        .filter(glob -> !glob.isEmpty())
        .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
        .toList();
  }

  /** The files beside the engine's classes that are not classes: its data. */
  private static List<String> dataFiles() throws Exception {
    URL formats = FeasibilityEngine.class.getResource("formats.tsv");
    assertThat(formats).isNotNull();
    Path directory = Path.of(formats.toURI()).getParent();
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> !name.endsWith(".class"))
          .sorted()
          .toList();
    }
  }
}
