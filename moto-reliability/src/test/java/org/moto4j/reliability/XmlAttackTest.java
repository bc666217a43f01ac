package org.moto4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.moto4j.core.http.MotoRequest;

/**
 * XML parsing is safe against XXE and entity expansion: every classic attack, sent to every request
 * that carries XML (S3's configurations, multi-delete and multipart completion; STS's SAML
 * assertion), answers a 4xx error within seconds, reads no local file, opens no connection, and
 * echoes nothing it should not have read.
 */
class XmlAttackTest {

  private static final String SECRET = "moto4j-xxe-secret-7f3a";

  @TempDir static Path directory;

  private static InProcess moto;
  private static LogCapture log;
  private static ServerSocket listener;
  private static final AtomicInteger connections = new AtomicInteger();
  private static Thread acceptor;

  @BeforeAll
  static void start() throws IOException {
    moto = new InProcess(Servers.moto(new DiskSpace()));
    log = LogCapture.start();
    Files.writeString(directory.resolve("secret.txt"), SECRET);
    // A local "attacker" endpoint: an external DTD or entity fetch would connect here.
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    listener.setSoTimeout(200);
    acceptor =
        new Thread(
            () -> {
              while (!listener.isClosed()) {
                try {
                  listener.accept().close();
                  connections.incrementAndGet();
                } catch (SocketTimeoutException e) {
                  // keep listening until closed
                } catch (IOException e) {
                  return;
                }
              }
            },
            "xxe-listener");
    acceptor.setDaemon(true);
    acceptor.start();
    assertThat(moto.send(MotoRequest.builder("PUT", "/xml-target").build()).status())
        .isEqualTo(200);
  }

  @AfterAll
  static void stop() throws Exception {
    listener.close();
    acceptor.join(5_000);
    log.close();
    moto.moto().reset();
    moto.close();
  }

  static List<String> attacks() {
    String file = directory.resolve("secret.txt").toUri().toString();
    String remote = "http://127.0.0.1:" + listener.getLocalPort() + "/evil.dtd";
    String lol = "lol";
    StringBuilder laughs = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"" + lol + "\">");
    for (int i = 1; i < 10; i++) {
      laughs.append("<!ENTITY lol").append(i).append(" \"");
      laughs.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    laughs.append("]>");
    return List.of(
        // external general entity reading a local file
        "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + file + "\">]>" + root("&xxe;"),
        // external entity over the network
        "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + remote + "\">]>" + root("&xxe;"),
        // external DTD
        "<!DOCTYPE r SYSTEM \"" + remote + "\">" + root("x"),
        // parameter entities (out-of-band exfiltration)
        "<!DOCTYPE r [<!ENTITY % p SYSTEM \"" + remote + "\"> %p;]>" + root("x"),
        // billion laughs
        laughs + root("&lol9;"),
        // quadratic blow-up: one big entity referenced many times
        "<!DOCTYPE r [<!ENTITY a \"" + "a".repeat(50_000) + "\">]>" + root("&a;".repeat(5_000)),
        // XInclude
        "<Delete xmlns:xi=\"http://www.w3.org/2001/XInclude\"><Object><Key>"
            + "<xi:include href=\""
            + file
            + "\" parse=\"text\"/></Key></Object></Delete>",
        // deeply nested
        "<Delete>" + "<a>".repeat(200_000) + "</a>".repeat(200_000) + "</Delete>",
        // larger than any configuration document
        "<Delete>" + "<Object><Key>k</Key></Object>".repeat(60_000) + "</Delete>");
  }

  private static String root(String content) {
    return "<Delete><Object><Key>" + content + "</Key></Object></Delete>";
  }

  @ParameterizedTest
  @MethodSource("attacks")
  void s3_xml_bodies_refuse_the_attack(String attack) {
    for (String target : List.of("POST /xml-target delete", "PUT /xml-other")) {
      String[] parts = target.split(" ");
      for (String body : List.of(attack, attack.replace("Delete", "CreateBucketConfiguration"))) {
        MotoRequest request =
            MotoRequest.builder(parts[0], parts[1])
                .rawQuery(parts.length > 2 ? parts[2] : null)
                .header("Content-MD5", md5(body))
                .body(body)
                .build();
        InProcess.Answer answer = moto.send(request);
        if (attack.contains("XInclude") && answer.status() < 300) {
          // not processed, so harmless: the include is an unknown element, nothing was read
          assertThat(new String(answer.body(), StandardCharsets.UTF_8)).doesNotContain(SECRET);
          moto.send(MotoRequest.builder("DELETE", "/xml-other").build());
          continue;
        }
        assertRefused(answer, "MalformedXML");
      }
    }
  }

  private static String md5(String body) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              java.security.MessageDigest.getInstance("MD5")
                  .digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("attacks")
  void a_saml_assertion_refuses_the_attack(String attack) {
    String assertion =
        Base64.getEncoder()
            .encodeToString(
                attack
                    .replace("Delete", "samlp:Response")
                    .replace(
                        "<samlp:Response>",
                        "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\">")
                    .getBytes(StandardCharsets.UTF_8));
    MotoRequest request =
        MotoRequest.builder("POST", "/")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Authorization", HostileInputTest.sigV4("AKIAIOSFODNN7EXAMPLE", "sts"))
            .body(
                "Action=AssumeRoleWithSAML&Version=2011-06-15"
                    + "&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fr"
                    + "&PrincipalArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Asaml-provider%2Fp"
                    + "&SAMLAssertion="
                    + java.net.URLEncoder.encode(assertion, StandardCharsets.UTF_8))
            .build();
    InProcess.Answer answer = moto.send(request);
    assertThat(answer.problems()).isEmpty();
    assertThat(new String(answer.body(), StandardCharsets.UTF_8)).doesNotContain(SECRET);
    assertThat(connections).hasValue(0);
    assertThat(log.errors()).isEmpty();
  }

  private static void assertRefused(InProcess.Answer answer, String code) {
    assertThat(answer.problems()).isEmpty();
    assertThat(ErrorShape.code(answer.body())).isEqualTo(code);
    assertThat(new String(answer.body(), StandardCharsets.UTF_8)).doesNotContain(SECRET);
    assertThat(connections).hasValue(0);
    assertThat(log.errors()).isEmpty();
  }
}
