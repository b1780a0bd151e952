package io.canrun.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The kustomize images transformer: new name, tag or digest for matching container images. */
final class Images {

  private Images() {}

  /** Rewrites matching images in {@code object}'s pod spec; returns how many changed. */
  static int apply(ObjectNode object, Kustomization.Image image) {
    if (image.name() == null) {
      throw new KustomizeException("images entry without a name");
    }
    if (image.newTag() != null && image.digest() != null) {
      throw new KustomizeException("images entry " + image.name() + " has both newTag and digest");
    }
    int changed = 0;
    ObjectNode podSpec = PodSpecs.podSpec(object).orElse(null);
    if (podSpec == null) {
      return 0;
    }
    for (ObjectNode container : PodSpecs.containers(podSpec)) {
      Reference ref = Reference.parse(container.path("image").asText(""));
      if (!ref.name.equals(image.name())) {
        continue;
      }
      String name = image.newName() != null ? image.newName() : ref.name;
      String suffix = ref.suffix;
      if (image.newTag() != null) {
        suffix = ":" + image.newTag();
      } else if (image.digest() != null) {
        suffix = "@" + image.digest();
      }
      container.put("image", name + suffix);
      changed++;
    }
    return changed;
  }

  /** An image reference split into repository name and ":tag" / "@digest" suffix. */
  static final class Reference {
    final String name;
    final String suffix;

    private Reference(String name, String suffix) {
      this.name = name;
      this.suffix = suffix;
    }

    static Reference parse(String image) {
      int at = image.indexOf('@');
      if (at >= 0) {
        return new Reference(image.substring(0, at), image.substring(at));
      }
      // A colon before the last slash is a registry port, not a tag.
      int colon = image.lastIndexOf(':');
      if (colon > image.lastIndexOf('/')) {
        return new Reference(image.substring(0, colon), image.substring(colon));
      }
      return new Reference(image, "");
    }

    /** The tag, or "" when the image has none (or is pinned by digest). */
    String tag() {
      return suffix.startsWith(":") ? suffix.substring(1) : "";
    }
  }
}
