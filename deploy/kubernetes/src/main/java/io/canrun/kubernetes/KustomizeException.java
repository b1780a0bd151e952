package io.canrun.kubernetes;

/** A kustomization that cannot be rendered: bad file, unsupported feature, dangling patch. */
public class KustomizeException extends RuntimeException {

  public KustomizeException(String message) {
    super(message);
  }
}
