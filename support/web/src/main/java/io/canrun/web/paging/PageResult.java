package io.canrun.web.paging;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.function.Function;

/** One page of a listing, with what a client needs to fetch the next one. */
@RegisterForReflection
public record PageResult<T>(List<T> items, int page, int size, long total) {

  public <R> PageResult<R> map(Function<? super T, ? extends R> mapper) {
    return new PageResult<>(items.stream().<R>map(mapper).toList(), page, size, total);
  }
}
