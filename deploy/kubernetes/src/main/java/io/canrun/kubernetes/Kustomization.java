package io.canrun.kubernetes;

import java.util.List;
import java.util.Map;

/**
 * The subset of {@code kustomize.config.k8s.io/v1beta1 Kustomization} this renderer implements. It
 * is read with the strict mapper, so a field kustomize knows but this renderer does not (for
 * example {@code namePrefix}) fails the build instead of being silently ignored.
 */
public record Kustomization(
    String apiVersion,
    String kind,
    List<String> resources,
    String namespace,
    Map<String, String> commonLabels,
    List<Labels> labels,
    List<Image> images,
    List<Patch> patches,
    List<Generator> configMapGenerator,
    List<Generator> secretGenerator,
    GeneratorOptions generatorOptions) {

  /** A label set; selectors and pod templates only get it when asked, as in kustomize. */
  public record Labels(
      Map<String, String> pairs, Boolean includeSelectors, Boolean includeTemplates) {}

  /** Rewrites container images whose name (without tag or digest) equals {@code name}. */
  public record Image(String name, String newName, String newTag, String digest) {}

  /** A strategic-merge patch (object) or a JSON 6902 patch (list of operations). */
  public record Patch(String path, String patch, Target target) {}

  /** Which resources a patch applies to; unset fields match anything. */
  public record Target(String group, String version, String kind, String name, String namespace) {}

  /** A ConfigMap or Secret built from literals ({@code k=v}) and files ({@code [k=]path}). */
  public record Generator(
      String name,
      String behavior,
      String type,
      List<String> literals,
      List<String> files,
      GeneratorOptions options) {}

  /** Options for generated objects. */
  public record GeneratorOptions(Boolean disableNameSuffixHash, Map<String, String> labels) {}
}
