package org.moto4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.moto4j.core.http.MotoRequest;

/**
 * Isolation as a property: random sequences of S3, IAM and STS operations, and per-account resets,
 * in random accounts (named by header or by access key), checked step by step against a model of
 * what each account owns. On a failure jqwik shrinks the sequence to a minimal one that breaks.
 */
class IsolationPropertyTest {

  private static final List<String> ACCOUNTS =
      List.of("111111111111", "222222222222", "333333333333");
  private static final List<String> BUCKETS = List.of("iso-a", "iso-b", "iso-c");
  private static final List<String> KEYS = List.of("k1", "k2", "dir/k3");
  private static final List<String> USERS = List.of("alice", "bob", "carol");

  private static InProcess moto;

  @BeforeContainer
  static void start() {
    moto = new InProcess(Servers.moto(new DiskSpace()));
  }

  @AfterContainer
  static void stop() {
    if (moto != null) {
      moto.moto().reset();
      moto.close();
    }
  }

  @Property
  void any_sequence_in_any_accounts_agrees_with_the_model(@ForAll("sequences") List<Op> ops) {
    moto.moto().reset();
    Model model = new Model();
    for (int step = 0; step < ops.size(); step++) {
      Op op = ops.get(step);
      String why = "step " + step + ": " + op;
      op.check(model, why);
    }
  }

  @Provide
  Arbitrary<List<Op>> sequences() {
    Arbitrary<Caller> caller =
        Combinators.combine(Arbitraries.of(ACCOUNTS), Arbitraries.of(true, false)).as(Caller::new);
    Arbitrary<String> bucket = Arbitraries.of(BUCKETS);
    Arbitrary<String> key = Arbitraries.of(KEYS);
    Arbitrary<String> user = Arbitraries.of(USERS);
    Arbitrary<String> value = Arbitraries.strings().alpha().ofMaxLength(8);
    Arbitrary<Op> op =
        Arbitraries.oneOf(
            Combinators.combine(caller, bucket).as(CreateBucket::new),
            Combinators.combine(caller, bucket).as(DeleteBucket::new),
            Combinators.combine(caller, bucket, key, value).as(PutObject::new),
            Combinators.combine(caller, bucket, key, value).as(PutObject::new),
            Combinators.combine(caller, bucket, key).as(GetObject::new),
            Combinators.combine(caller, bucket, key).as(DeleteObject::new),
            Combinators.combine(caller, bucket).as(ListObjects::new),
            caller.map(ListBuckets::new),
            Combinators.combine(caller, user).as(CreateUser::new),
            Combinators.combine(caller, user).as(DeleteUser::new),
            caller.map(ListUsers::new),
            caller.map(WhoAmI::new),
            Arbitraries.of(ACCOUNTS).map(ResetAccount::new));
    return op.list().ofMinSize(1).ofMaxSize(30);
  }

  /** What the accounts own, as the test expects it. */
  static final class Model {
    final Map<String, String> owners = new HashMap<>();
    final Map<String, Map<String, String>> objects = new HashMap<>();
    final Map<String, Set<String>> users = new HashMap<>();

    Set<String> users(String account) {
      return users.computeIfAbsent(account, a -> new TreeSet<>());
    }
  }

  /** Who sends a request: an account, named by header or by a 12-digit access key. */
  record Caller(String account, boolean byHeader) {
    MotoRequest.Builder sign(MotoRequest.Builder request, String service) {
      if (byHeader) {
        return request
            .header("x-moto-account-id", account)
            .header("Authorization", HostileInputTest.sigV4("AKIAIOSFODNN7EXAMPLE", service));
      }
      return request.header("Authorization", HostileInputTest.sigV4(account, service));
    }

    @Override
    public String toString() {
      return account + (byHeader ? "(header)" : "(key)");
    }
  }

  /** One step: sends its request and checks the answer against the model, then updates it. */
  interface Op {
    void check(Model model, String why);
  }

  record CreateBucket(Caller caller, String bucket) implements Op {
    public void check(Model model, String why) {
      InProcess.Answer answer = s3(caller, "PUT", "/" + bucket, null);
      String owner = model.owners.get(bucket);
      if (owner == null || owner.equals(caller.account())) {
        expect(answer, 200, why);
        if (owner == null) {
          model.owners.put(bucket, caller.account());
          model.objects.put(bucket, new TreeMap<>());
        }
      } else {
        expectError(answer, 409, "BucketAlreadyExists", why);
      }
    }
  }

  record DeleteBucket(Caller caller, String bucket) implements Op {
    public void check(Model model, String why) {
      InProcess.Answer answer = s3(caller, "DELETE", "/" + bucket, null);
      String owner = model.owners.get(bucket);
      if (owner == null) {
        expectError(answer, 404, "NoSuchBucket", why);
      } else if (!owner.equals(caller.account())) {
        expectError(answer, 403, "AccessDenied", why);
      } else if (!model.objects.get(bucket).isEmpty()) {
        expectError(answer, 409, "BucketNotEmpty", why);
      } else {
        expect(answer, 204, why);
        model.owners.remove(bucket);
        model.objects.remove(bucket);
      }
    }
  }

  record PutObject(Caller caller, String bucket, String key, String value) implements Op {
    public void check(Model model, String why) {
      InProcess.Answer answer = s3(caller, "PUT", "/" + bucket + "/" + key, value);
      if (!model.owners.containsKey(bucket)) {
        expectError(answer, 404, "NoSuchBucket", why);
      } else {
        expect(answer, 200, why);
        model.objects.get(bucket).put(key, value);
      }
    }
  }

  record GetObject(Caller caller, String bucket, String key) implements Op {
    public void check(Model model, String why) {
      InProcess.Answer answer = s3(caller, "GET", "/" + bucket + "/" + key, null);
      if (!model.owners.containsKey(bucket)) {
        expectError(answer, 404, "NoSuchBucket", why);
      } else if (!model.objects.get(bucket).containsKey(key)) {
        expectError(answer, 404, "NoSuchKey", why);
      } else {
        expect(answer, 200, why);
        assertThat(text(answer)).as(why).isEqualTo(model.objects.get(bucket).get(key));
      }
    }
  }

  record DeleteObject(Caller caller, String bucket, String key) implements Op {
    public void check(Model model, String why) {
      InProcess.Answer answer = s3(caller, "DELETE", "/" + bucket + "/" + key, null);
      if (!model.owners.containsKey(bucket)) {
        expectError(answer, 404, "NoSuchBucket", why);
      } else {
        expect(answer, 204, why);
        model.objects.get(bucket).remove(key);
      }
    }
  }

  record ListObjects(Caller caller, String bucket) implements Op {
    public void check(Model model, String why) {
      InProcess.Answer answer =
          moto.send(
              caller
                  .sign(MotoRequest.builder("GET", "/" + bucket).rawQuery("list-type=2"), "s3")
                  .build());
      if (!model.owners.containsKey(bucket)) {
        expectError(answer, 404, "NoSuchBucket", why);
      } else {
        expect(answer, 200, why);
        assertThat(all(answer, "Key")).as(why).isEqualTo(model.objects.get(bucket).keySet());
      }
    }
  }

  record ListBuckets(Caller caller) implements Op {
    public void check(Model model, String why) {
      InProcess.Answer answer = s3(caller, "GET", "/", null);
      expect(answer, 200, why);
      Set<String> owned = new TreeSet<>();
      model.owners.forEach(
          (bucket, owner) -> {
            if (owner.equals(caller.account())) {
              owned.add(bucket);
            }
          });
      assertThat(all(answer, "Name")).as(why).isEqualTo(owned);
    }
  }

  record CreateUser(Caller caller, String user) implements Op {
    public void check(Model model, String why) {
      InProcess.Answer answer = iam(caller, "CreateUser&UserName=" + user);
      if (model.users(caller.account()).add(user)) {
        expect(answer, 200, why);
      } else {
        expectError(answer, 409, "EntityAlreadyExists", why);
      }
    }
  }

  record DeleteUser(Caller caller, String user) implements Op {
    public void check(Model model, String why) {
      InProcess.Answer answer = iam(caller, "DeleteUser&UserName=" + user);
      if (model.users(caller.account()).remove(user)) {
        expect(answer, 200, why);
      } else {
        expectError(answer, 404, "NoSuchEntity", why);
      }
    }
  }

  record ListUsers(Caller caller) implements Op {
    public void check(Model model, String why) {
      InProcess.Answer answer = iam(caller, "ListUsers");
      expect(answer, 200, why);
      assertThat(all(answer, "UserName")).as(why).isEqualTo(model.users(caller.account()));
    }
  }

  record WhoAmI(Caller caller) implements Op {
    public void check(Model model, String why) {
      InProcess.Answer answer =
          moto.send(
              caller
                  .sign(
                      MotoRequest.builder("POST", "/")
                          .header("Content-Type", "application/x-www-form-urlencoded")
                          .body("Action=GetCallerIdentity&Version=2011-06-15"),
                      "sts")
                  .build());
      expect(answer, 200, why);
      assertThat(all(answer, "Account")).as(why).containsExactly(caller.account());
    }
  }

  record ResetAccount(String account) implements Op {
    public void check(Model model, String why) {
      InProcess.Answer answer =
          moto.send(
              MotoRequest.builder("POST", "/moto-api/accounts/" + account + "/reset").build());
      assertThat(answer.status()).as(why).isBetween(200, 299);
      model
          .owners
          .entrySet()
          .removeIf(e -> e.getValue().equals(account) && drop(model, e.getKey()));
      model.users.remove(account);
    }

    private static boolean drop(Model model, String bucket) {
      model.objects.remove(bucket);
      return true;
    }
  }

  private static InProcess.Answer s3(Caller caller, String method, String path, String body) {
    MotoRequest.Builder request = MotoRequest.builder(method, path);
    if (body != null) {
      request.body(body);
    }
    return moto.send(caller.sign(request, "s3").build());
  }

  private static InProcess.Answer iam(Caller caller, String action) {
    return moto.send(
        caller
            .sign(
                MotoRequest.builder("POST", "/")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .body("Action=" + action + "&Version=2010-05-08"),
                "iam")
            .build());
  }

  private static void expect(InProcess.Answer answer, int status, String why) {
    assertThat(answer.status()).as("%s -> %s", why, text(answer)).isEqualTo(status);
  }

  private static void expectError(InProcess.Answer answer, int status, String code, String why) {
    expect(answer, status, why);
    assertThat(ErrorShape.code(answer.body())).as(why).isEqualTo(code);
  }

  private static String text(InProcess.Answer answer) {
    return new String(answer.body(), StandardCharsets.UTF_8);
  }

  private static Set<String> all(InProcess.Answer answer, String element) {
    Set<String> values = new TreeSet<>();
    Matcher matcher =
        Pattern.compile("<" + element + ">([^<]*)</" + element + ">").matcher(text(answer));
    while (matcher.find()) {
      values.add(matcher.group(1));
    }
    return values;
  }
}
