package org.moto4j.core.backend;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.moto4j.core.AccountId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every service's state: one backend per (service, account, region or partition), created on first
 * use. Thread-safe; reset as a whole or one account at a time. A backend that is {@link
 * AutoCloseable} is closed when it is reset, so it can release files and memory.
 *
 * <pre>{@code
 * Backends<IamBackend> iam = registry.register("iam", IamBackend.class, key -> new IamBackend(key));
 * IamBackend backend = iam.get(context.account(), context.partition());
 * }</pre>
 */
@Singleton
public final class BackendRegistry implements ResetListener {

  private static final Logger log = LoggerFactory.getLogger(BackendRegistry.class);

  /** Identifies one backend. */
  public record Key(String service, AccountId account, String scope) {}

  private final Map<Key, Object> backends = new ConcurrentHashMap<>();
  private final Map<String, Class<?>> types = new ConcurrentHashMap<>();

  /**
   * Declares a service's backend type and how to create one, and returns the typed view through
   * which the service reaches its backends.
   */
  public <T> Backends<T> register(String service, Class<T> type, Function<Key, T> factory) {
    Class<?> previous = types.putIfAbsent(service, type);
    if (previous != null && previous != type) {
      throw new IllegalStateException(
          "Service " + service + " already registered with " + previous.getName());
    }
    return (account, scope) ->
        type.cast(backends.computeIfAbsent(new Key(service, account, scope), factory::apply));
  }

  /** The keys of every backend created so far. */
  public List<Key> keys() {
    return new ArrayList<>(backends.keySet());
  }

  @Override
  public void resetAll() {
    for (Key key : keys()) {
      close(key, backends.remove(key));
    }
  }

  @Override
  public void reset(AccountId account) {
    for (Key key : keys()) {
      if (key.account().equals(account)) {
        close(key, backends.remove(key));
      }
    }
  }

  private static void close(Key key, Object backend) {
    if (backend instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        log.warn("Closing backend {} failed", key, e);
      }
    }
  }

  /** A service's view of its backends. */
  @FunctionalInterface
  public interface Backends<T> {
    /**
     * The backend of {@code account} in {@code scope} (a region, or a partition for global
     * services).
     */
    T get(AccountId account, String scope);
  }
}
