package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.lifecycle.BeforeTry;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;

/** User names are one namespace per account, blind to case; accounts never share it. */
class UserNameCasePropertyTest {

  private static final String NAME_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+=,.@_-";

  private static final Moto moto = Moto.builder().config(new MotoConfig(Map.of())).build();

  @BeforeTry
  void reset() {
    moto.reset();
  }

  @Property(tries = 200)
  void names_differing_only_in_case_collide_within_an_account_but_not_across_accounts(
      @ForAll("namesAndCaseVariants") Tuple2<String, String> names) {
    String name = names.get1();
    String variant = names.get2();

    assertThat(createUser("111111111111", name).status()).isEqualTo(200);
    MotoResponse collision = createUser("111111111111", variant);
    assertThat(collision.status()).isEqualTo(409);
    assertThat(body(collision))
        .contains("<Code>EntityAlreadyExists</Code>")
        .contains("<Message>User with name " + variant + " already exists.</Message>");

    assertThat(createUser("222222222222", variant).status()).isEqualTo(200);
    assertThat(body(getUser("111111111111", variant)))
        .contains("<UserName>" + name + "</UserName>");
    assertThat(body(getUser("222222222222", name)))
        .contains("<UserName>" + variant + "</UserName>");
  }

  @Provide
  Arbitrary<Tuple2<String, String>> namesAndCaseVariants() {
    return Arbitraries.strings()
        .withChars(NAME_CHARS)
        .ofMinLength(1)
        .ofMaxLength(64)
        .flatMap(
            name ->
                Arbitraries.of(true, false)
                    .list()
                    .ofSize(name.length())
                    .map(flips -> Tuple.of(name, flipCase(name, flips))));
  }

  private static String flipCase(String name, List<Boolean> flips) {
    StringBuilder variant = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean flip = flips.get(i);
      variant.append(
          !flip
              ? c
              : Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
    }
    return variant.toString();
  }

  private static MotoResponse createUser(String account, String name) {
    return send(account, "Action=CreateUser&Version=2010-05-08&UserName=" + encode(name));
  }

  private static MotoResponse getUser(String account, String name) {
    return send(account, "Action=GetUser&Version=2010-05-08&UserName=" + encode(name));
  }

  private static MotoResponse send(String account, String form) {
    return moto.handle(
        MotoRequest.builder("POST", "/")
            .header("Host", "iam.amazonaws.com")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("x-moto-account-id", account)
            .body(form)
            .build());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String body(MotoResponse response) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      response.body().writeTo(out);
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
