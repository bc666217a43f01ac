package org.moto4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.spi.ModelInstance;
import org.moto4j.core.spi.MotoService;
import org.moto4j.core.spi.OperationNames;
import org.moto4j.core.spi.ResourceInventory;
import org.moto4j.core.spi.ServiceDescriptor;
import org.moto4j.core.spi.ServiceHandler;
import org.slf4j.LoggerFactory;

class ControlPlaneTest {

  private final Moto moto =
      Moto.builder()
          .config(new MotoConfig(Map.of()))
          .services(List.of(new TestServices.EchoService(), new ThingService()))
          .build();

  @Test
  void data_json_lists_every_resource_per_service_and_model_in_motos_shape() {
    put("/alpha", "111111111111");
    put("/beta", "222222222222");
    MotoResponse response = get("/moto-api/data.json");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers().first("Content-Type")).isEqualTo("application/json");
    assertThat(DispatcherTest.body(response))
        .isEqualTo(
            "{\"s3\":{\"FakeThing\":["
                + "{\"account_id\":\"111111111111\",\"name\":\"alpha\"},"
                + "{\"account_id\":\"222222222222\",\"name\":\"beta\"}]}}");
  }

  @Test
  void data_json_can_be_asked_for_one_account_and_refuses_a_malformed_one() {
    put("/alpha", "111111111111");
    put("/beta", "222222222222");
    assertThat(DispatcherTest.body(get("/moto-api/data.json?account=222222222222")))
        .isEqualTo(
            "{\"s3\":{\"FakeThing\":[{\"account_id\":\"222222222222\",\"name\":\"beta\"}]}}");
    MotoResponse bad = get("/moto-api/data.json?account=12");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(DispatcherTest.body(bad)).contains("exactly 12 digits");
  }

  @Test
  void data_json_is_empty_per_service_after_a_reset() {
    put("/alpha", "111111111111");
    moto.reset();
    assertThat(DispatcherTest.body(get("/moto-api/data.json"))).isEqualTo("{\"s3\":{}}");
  }

  @Test
  void health_services_and_accounts_are_served() {
    assertThat(DispatcherTest.body(get("/moto-api/health")))
        .isEqualTo("{\"status\":\"ok\",\"services\":[\"echo\",\"s3\"]}");
    assertThat(DispatcherTest.body(get("/moto-api/services")))
        .isEqualTo("{\"services\":[\"echo\",\"s3\"]}");
    assertThat(DispatcherTest.body(get("/moto-api/accounts"))).isEqualTo("{\"accounts\":[]}");
    put("/alpha", "222222222222");
    moto.handle(
        MotoRequest.builder("GET", "/nothing").header("x-moto-account-id", "333333333333").build());
    assertThat(DispatcherTest.body(get("/moto-api/accounts")))
        .isEqualTo("{\"accounts\":[\"222222222222\",\"333333333333\"]}");
    moto.reset();
    assertThat(DispatcherTest.body(get("/moto-api/accounts"))).isEqualTo("{\"accounts\":[]}");
  }

  @Test
  void root_credentials_are_served_per_account_and_survive_a_reset() {
    String first = DispatcherTest.body(get("/moto-api/accounts/111111111111/root-credentials"));
    assertThat(first)
        .startsWith(
            "{\"AccountId\":\"111111111111\",\"Arn\":\"arn:aws:iam::111111111111:root\","
                + "\"AccessKeyId\":\"AKIA")
        .contains("\"SecretAccessKey\":\"");
    moto.reset();
    assertThat(DispatcherTest.body(get("/moto-api/accounts/111111111111/root-credentials")))
        .isEqualTo(first);
    assertThat(DispatcherTest.body(get("/moto-api/accounts/222222222222/root-credentials")))
        .isNotEqualTo(first.replace("111111111111", "222222222222"));
    MotoResponse bad = get("/moto-api/accounts/12/root-credentials");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(DispatcherTest.body(bad)).contains("exactly 12 digits");
  }

  @Test
  void read_only_endpoints_refuse_other_methods() {
    MotoResponse post = moto.handle(MotoRequest.builder("POST", "/moto-api/data.json").build());
    assertThat(post.status()).isEqualTo(405);
    assertThat(post.headers().first("Allow")).isEqualTo("GET, HEAD");
  }

  @Test
  void every_request_is_logged_once_at_debug_with_service_operation_account_status_and_time() {
    Logger logger = (Logger) LoggerFactory.getLogger(Dispatcher.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    Level previous = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    logger.addAppender(appender);
    try {
      put("/alpha", "111111111111");
      moto.handle(
          MotoRequest.builder("POST", "/")
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("x-moto-account-id", "222222222222")
              .body("Action=Echo&Version=2020-01-01&Say=hi")
              .build());
    } finally {
      logger.detachAppender(appender);
      logger.setLevel(previous);
    }
    assertThat(appender.list).hasSize(2);
    assertThat(appender.list.get(0).getLevel()).isEqualTo(Level.DEBUG);
    assertThat(appender.list.get(0).getFormattedMessage())
        .matches(
            "s3 PutThing account=111111111111 status=200 \\d+\\.\\d{3} ms \\(PUT /alpha\\)"
                + " request-id=\\S+");
    assertThat(appender.list.get(1).getFormattedMessage())
        .startsWith("echo Echo account=222222222222 status=200 ");
  }

  @Test
  void a_service_that_is_not_installed_is_a_clear_error_in_the_clients_protocol() {
    MotoResponse response =
        moto.handle(
            MotoRequest.builder("POST", "/")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(
                    "Authorization",
                    "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/sts/aws4_request,"
                        + " SignedHeaders=host, Signature=abc")
                .body("Action=GetCallerIdentity&Version=2011-06-15")
                .build());
    assertThat(response.status()).isEqualTo(501);
    assertThat(DispatcherTest.body(response))
        .contains("<ErrorResponse")
        .contains("<Code>NotImplemented</Code>")
        .contains(
            "The AWS service of this request (sts) is not installed in this moto4j: add its"
                + " module (org.moto4j:moto-sts) to the classpath. Installed: echo, s3.");
  }

  private void put(String path, String account) {
    MotoResponse response =
        moto.handle(MotoRequest.builder("PUT", path).header("x-moto-account-id", account).build());
    assertThat(response.status()).isEqualTo(200);
  }

  private MotoResponse get(String pathAndQuery) {
    int question = pathAndQuery.indexOf('?');
    return moto.handle(
        question < 0
            ? MotoRequest.builder("GET", pathAndQuery).build()
            : MotoRequest.builder("GET", pathAndQuery.substring(0, question))
                .rawQuery(pathAndQuery.substring(question + 1))
                .build());
  }

  /** A REST service of named things per account, with an inventory and operation names. */
  static final class ThingService implements MotoService {
    @Override
    public ServiceDescriptor descriptor() {
      return TestServices.REST;
    }

    @Override
    public Module module() {
      return new AbstractModule() {
        @Override
        protected void configure() {
          Multibinder.newSetBinder(binder(), org.moto4j.core.backend.ResetListener.class)
              .addBinding()
              .to(TestServices.Store.class);
          Multibinder.newSetBinder(binder(), ResourceInventory.class).addBinding().to(Things.class);
          Multibinder.newSetBinder(binder(), OperationNames.class)
              .addBinding()
              .toInstance(
                  new OperationNames() {
                    @Override
                    public String service() {
                      return "s3";
                    }

                    @Override
                    public Optional<String> operationOf(MotoRequest request) {
                      return Optional.of(request.method().equals("PUT") ? "PutThing" : "GetThing");
                    }
                  });
        }
      };
    }

    @Override
    public Class<? extends ServiceHandler> handler() {
      return TestServices.RestHandler.class;
    }
  }

  @Singleton
  static final class Things implements ResourceInventory {
    private final TestServices.Store store;

    @Inject
    Things(TestServices.Store store) {
      this.store = store;
    }

    @Override
    public String service() {
      return "s3";
    }

    @Override
    public List<ModelInstance> instances() {
      return store.values.entrySet().stream()
          .sorted(Map.Entry.comparingByKey((a, b) -> a.value().compareTo(b.value())))
          .map(e -> new ModelInstance("FakeThing", e.getKey(), Map.of("name", e.getValue())))
          .toList();
    }
  }
}
