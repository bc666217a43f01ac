package org.moto4j.core.internal;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.moto4j.core.AccountId;
import org.moto4j.core.access.AccessControl;
import org.moto4j.core.auth.CredentialRegistry;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.core.backend.BackendRegistry;
import org.moto4j.core.backend.ResetListener;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.spi.ModelInstance;
import org.moto4j.core.spi.ResourceInventory;

/**
 * moto's {@code /moto-api} endpoints: {@code POST /moto-api/reset} forgets everything, as moto
 * does, {@code POST /moto-api/reset-auth} sets {@code INITIAL_NO_AUTH_ACTION_COUNT} anew, and
 * {@code GET /moto-api/data.json} lists every resource in moto's shape. Our additions: {@code POST
 * /moto-api/accounts/{id}/reset} forgets one account, {@code GET /moto-api/health}, {@code GET
 * /moto-api/services} (the installed services), {@code GET /moto-api/accounts} (the accounts that
 * sent a request or hold anything) and {@code GET /moto-api/accounts/{id}/root-credentials} (the
 * account root user's keys).
 */
public final class ControlPlane {

  /** The path prefix of the control plane. */
  public static final String PREFIX = "/moto-api";

  private final Resetter resetter;
  private final List<String> services;
  private final Injector injector;

  /** What a reset acts on. */
  public interface Resetter {
    void resetAll();

    void reset(AccountId account);
  }

  /** A control plane that can reset but knows no services or state. */
  public ControlPlane(Resetter resetter) {
    this(resetter, List.of(), null);
  }

  /**
   * A control plane over the state the injector holds.
   *
   * @param services the names of the installed services
   */
  public ControlPlane(Resetter resetter, List<String> services, Injector injector) {
    this.resetter = resetter;
    this.services = List.copyOf(services);
    this.injector = injector;
  }

  /** Whether a request is for the control plane. */
  public static boolean handles(MotoRequest request) {
    String path = request.rawPath();
    return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
  }

  public MotoResponse handle(MotoRequest request) {
    String path = request.rawPath().substring(PREFIX.length());
    if (path.endsWith("/") && path.length() > 1) {
      path = path.substring(0, path.length() - 1);
    }
    switch (path) {
      case "/reset" -> {
        if (!request.method().equals("POST")) {
          return Json.response(400, Map.of("Error", "Need to POST to reset Moto"));
        }
        resetter.resetAll();
        return Json.response(200, Map.of("status", "ok"));
      }
      case "/reset-auth" -> {
        return resetAuth(request);
      }
      case "/data.json" -> {
        return read(request, () -> DataJson.of(inventories(), request.queryParameter("account")));
      }
      case "/health" -> {
        return read(request, () -> health());
      }
      case "/services" -> {
        return read(request, () -> Map.of("services", services));
      }
      case "/accounts" -> {
        return read(request, () -> Map.of("accounts", knownAccounts()));
      }
      default -> {
        if (path.startsWith("/accounts/") && path.endsWith("/root-credentials")) {
          String id =
              path.substring("/accounts/".length(), path.length() - "/root-credentials".length());
          return read(request, () -> rootCredentials(id));
        }
        if (path.startsWith("/accounts/") && path.endsWith("/reset")) {
          return resetAccount(
              request, path.substring("/accounts/".length(), path.length() - "/reset".length()));
        }
        return Json.response(
            404,
            Map.of(
                "Error",
                "No such moto-api endpoint: " + request.method() + " " + request.rawPath()));
      }
    }
  }

  /**
   * moto's {@code POST /moto-api/reset-auth}: the body is the new {@code
   * INITIAL_NO_AUTH_ACTION_COUNT}; the request count restarts and the previous value is answered as
   * moto writes it.
   */
  private MotoResponse resetAuth(MotoRequest request) {
    if (!request.method().equals("POST")) {
      return Json.response(400, Map.of("Error", "Need to POST to reset Moto Auth"));
    }
    if (injector == null) {
      return Json.response(400, Map.of("Error", "No access control to reset"));
    }
    String count;
    try {
      count = new String(request.body().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String previous;
    try {
      previous = injector.getInstance(AccessControl.class).resetAuth(count);
    } catch (IllegalArgumentException e) {
      return Json.response(400, Map.of("Error", e.getMessage()));
    }
    Map<String, String> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("PREVIOUS_INITIAL_NO_AUTH_ACTION_COUNT", previous);
    return Json.response(200, body);
  }

  /** The account's root user keys, to sign requests as {@code arn:aws:iam::<id>:root}. */
  private Map<String, String> rootCredentials(String id) {
    if (!AccountId.isValid(id)) {
      throw new IllegalArgumentException(
          "An AWS account id is exactly 12 digits, got '" + id + "'");
    }
    if (injector == null) {
      throw new IllegalArgumentException("No credential registry");
    }
    IssuedCredential root = injector.getInstance(CredentialRegistry.class).root(AccountId.of(id));
    Map<String, String> body = new LinkedHashMap<>();
    body.put("AccountId", id);
    body.put("Arn", root.principalArn());
    body.put("AccessKeyId", root.accessKeyId());
    body.put("SecretAccessKey", root.secretAccessKey());
    return body;
  }

  private MotoResponse resetAccount(MotoRequest request, String id) {
    if (!request.method().equals("POST")) {
      return Json.response(400, Map.of("Error", "Need to POST to reset an account"));
    }
    if (!AccountId.isValid(id)) {
      return Json.response(
          400, Map.of("Error", "An AWS account id is exactly 12 digits, got '" + id + "'"));
    }
    resetter.reset(AccountId.of(id));
    Map<String, String> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("account", id);
    return Json.response(200, body);
  }

  /** A read-only endpoint: GET (or HEAD) only, answered with the JSON the body supplier makes. */
  private static MotoResponse read(MotoRequest request, java.util.function.Supplier<Object> body) {
    if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
      return Json.response(405, Map.of("Error", "Need to GET " + request.rawPath()))
          .header("Allow", "GET, HEAD");
    }
    try {
      return Json.response(200, body.get());
    } catch (IllegalArgumentException e) {
      return Json.response(400, Map.of("Error", e.getMessage()));
    }
  }

  private Map<String, Object> health() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("services", services);
    return body;
  }

  /**
   * Every account that sent a request since the last reset or holds a backend, a credential or a
   * resource, in order.
   */
  private List<String> knownAccounts() {
    Set<String> accounts = new TreeSet<>();
    if (injector == null) {
      return List.of();
    }
    injector.getInstance(SeenAccounts.class).all().forEach(a -> accounts.add(a.value()));
    injector
        .getInstance(BackendRegistry.class)
        .keys()
        .forEach(k -> accounts.add(k.account().value()));
    for (IssuedCredential credential : injector.getInstance(CredentialRegistry.class).all()) {
      accounts.add(credential.account().value());
    }
    for (ResourceInventory inventory : inventories()) {
      for (ModelInstance instance : inventory.instances()) {
        accounts.add(instance.account().value());
      }
    }
    return List.copyOf(accounts);
  }

  private Set<ResourceInventory> inventories() {
    if (injector == null) {
      return Set.of();
    }
    return injector.getInstance(Key.get(new TypeLiteral<Set<ResourceInventory>>() {}));
  }

  /** The accounts requests acted in since the last reset; cheap to record on every request. */
  @Singleton
  public static final class SeenAccounts implements ResetListener {
    private final Set<AccountId> accounts = ConcurrentHashMap.newKeySet();

    /** Records that a request acted in {@code account}. */
    public void saw(AccountId account) {
      // Reading first keeps the hot path free of writes once an account is known.
      if (!accounts.contains(account)) {
        accounts.add(account);
      }
    }

    /** The accounts seen so far. */
    public Set<AccountId> all() {
      return Set.copyOf(accounts);
    }

    @Override
    public void resetAll() {
      accounts.clear();
    }

    @Override
    public void reset(AccountId account) {
      accounts.remove(account);
    }
  }
}
