package org.moto4j.s3;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A bucket's configurations: its tags, CORS rules, lifecycle, encryption, website… each replaced
 * whole by its Put and removed by its Delete; and the configurations kept by id (analytics,
 * metrics, inventory, intelligent tiering). They live in the {@link Bucket}, so they go with it
 * when it is deleted or its account reset. Values are immutable; readers never see half a write.
 */
public final class BucketConfigurations {

  /**
   * Names one kind of configuration and the type of its value.
   *
   * @param name the sub-resource it is stored under, such as {@code lifecycle}
   * @param type the class of the stored value
   */
  public record Kind<T>(String name, Class<T> type) {

    public Kind {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }
  }

  private final ConcurrentMap<String, Object> single = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, ConcurrentNavigableMap<String, Object>> byId =
      new ConcurrentHashMap<>();

  /** The bucket's configuration of that kind, if it has one. */
  public <T> Optional<T> get(Kind<T> kind) {
    return Optional.ofNullable(single.get(kind.name())).map(kind.type()::cast);
  }

  /** Replaces the bucket's configuration of that kind. */
  public <T> void put(Kind<T> kind, T value) {
    single.put(kind.name(), kind.type().cast(Objects.requireNonNull(value, "value")));
  }

  /**
   * Stores the configuration unless the bucket already has one of that kind.
   *
   * @return the configuration the bucket already had, or {@code null} when this one was stored
   */
  public <T> T putIfAbsent(Kind<T> kind, T value) {
    return kind.type()
        .cast(single.putIfAbsent(kind.name(), kind.type().cast(Objects.requireNonNull(value))));
  }

  /** Replaces the configuration only if it is still {@code expected}; whether it was. */
  public <T> boolean replace(Kind<T> kind, T expected, T value) {
    return single.replace(kind.name(), expected, kind.type().cast(Objects.requireNonNull(value)));
  }

  /** Removes the configuration only if it is still {@code expected}; whether it was. */
  public <T> boolean remove(Kind<T> kind, T expected) {
    return single.remove(kind.name(), expected);
  }

  /** Removes the bucket's configuration of that kind; whether it had one. */
  public boolean remove(Kind<?> kind) {
    return single.remove(kind.name()) != null;
  }

  /**
   * The configurations of a kind kept by id (analytics, metrics…), in id order: a live map the
   * operations read and write.
   */
  public ConcurrentNavigableMap<String, Object> byId(Kind<?> kind) {
    return byId.computeIfAbsent(kind.name(), name -> new ConcurrentSkipListMap<>());
  }
}
