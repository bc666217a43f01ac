package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;

/**
 * Copies, renames, in-place copies, puts and multi-deletes racing over a handful of keys, through
 * the dispatcher with no socket. Whatever interleaving happens, every object left is whole and
 * readable (no body released while a record still holds it), and no request fails with anything but
 * the errors the races allow (NoSuchKey, PreconditionFailed).
 */
class ConcurrentMovesTest {

  private static final List<String> KEYS = List.of("a", "b", "c");

  @Test
  @Timeout(60)
  void racing_moves_never_leave_a_released_or_torn_object_behind() throws Exception {
    Moto moto = Moto.builder().config(new MotoConfig(Map.of())).build();
    assertThat(send(moto, "PUT", "/race", null, null).status()).isEqualTo(200);
    for (String key : KEYS) {
      send(moto, "PUT", "/race/" + key, null, key);
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Integer>>> workers = new ArrayList<>();
      for (int worker = 0; worker < 4; worker++) {
        long seed = worker;
        workers.add(pool.submit((Callable<List<Integer>>) () -> storm(moto, new Random(seed))));
      }
      for (Future<List<Integer>> statuses : workers) {
        assertThat(statuses.get())
            .allMatch(status -> status == 200 || status == 204 || status == 404 || status == 412);
      }
    } finally {
      pool.shutdownNow();
    }

    Bucket bucket = moto.injector().getInstance(BucketNamespace.class).get("race");
    for (StoredObject object : bucket.objects().values()) {
      assertThat(object.body().isReleased()).as(object.key()).isFalse();
      MotoResponse read = send(moto, "GET", "/race/" + object.key(), null, null);
      assertThat(read.status()).isEqualTo(200);
      assertThat(bodyOf(read)).isIn(KEYS);
    }
  }

  private static List<Integer> storm(Moto moto, Random random) {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      String from = KEYS.get(random.nextInt(KEYS.size()));
      String to = KEYS.get(random.nextInt(KEYS.size()));
      MotoResponse response =
          switch (random.nextInt(5)) {
            case 0 -> send(moto, "PUT", "/race/" + to, null, from);
            case 1 -> send(moto, "PUT", "/race/" + to + "?renameObject", "rename:" + from, null);
            case 2 -> send(moto, "PUT", "/race/" + other(from), "copy:" + from, null);
            case 3 -> send(moto, "PUT", "/race/" + from, "replace:" + from, null);
            default -> delete(moto, from, to);
          };
      bodyOf(response);
      statuses.add(response.status());
    }
    return statuses;
  }

  /** Another key than {@code key}: a plain copy onto itself is refused, as it should be. */
  private static String other(String key) {
    return KEYS.get((KEYS.indexOf(key) + 1) % KEYS.size());
  }

  private static MotoResponse delete(Moto moto, String first, String second) {
    String xml =
        "<Delete><Object><Key>"
            + first
            + "</Key></Object><Object><Key>"
            + second
            + "</Key></Object></Delete>";
    MotoRequest request =
        MotoRequest.builder("POST", "/race")
            .rawQuery("delete")
            .header("Host", "localhost")
            .header("Content-MD5", md5(xml))
            .body(xml)
            .build();
    return moto.handle(request);
  }

  /**
   * @param source {@code rename:k}, {@code copy:k}, {@code replace:k} (copy onto itself with new
   *     metadata), or {@code null}
   */
  private static MotoResponse send(
      Moto moto, String method, String pathAndQuery, String source, String body) {
    int question = pathAndQuery.indexOf('?');
    MotoRequest.Builder request =
        MotoRequest.builder(
                method, question < 0 ? pathAndQuery : pathAndQuery.substring(0, question))
            .rawQuery(question < 0 ? null : pathAndQuery.substring(question + 1))
            .header("Host", "localhost");
    if (source != null) {
      String[] parts = source.split(":");
      switch (parts[0]) {
        case "rename" -> request.header("x-amz-rename-source", "race/" + parts[1]);
        case "copy" -> request.header("x-amz-copy-source", "race/" + parts[1]);
        default ->
            request
                .header("x-amz-copy-source", "race/" + parts[1])
                .header("x-amz-metadata-directive", "REPLACE")
                .header("x-amz-meta-touched", "yes");
      }
    }
    if (body != null) {
      request.body(body);
    }
    return moto.handle(request.build());
  }

  private static String bodyOf(MotoResponse response) {
    if (response.body() == null) {
      return "";
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      response.body().writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String md5(String text) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
