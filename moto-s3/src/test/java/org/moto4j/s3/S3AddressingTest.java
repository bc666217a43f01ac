package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.Setting;
import org.moto4j.core.protocol.AwsException;

class S3AddressingTest {

  private final MotoConfig config = new MotoConfig(Map.of());
  private final S3Addressing addressing = new S3Addressing(config);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "localhost",
        "127.0.0.1",
        "10.1.2.3",
        "[::1]",
        "motoserver",
        "localstack",
        "host.docker.internal",
        "moto.default.svc.cluster.local",
        "s3.amazonaws.com",
        "s3.eu-west-1.amazonaws.com",
        "s3-eu-west-1.amazonaws.com",
        "s3.dualstack.us-west-2.amazonaws.com",
        "s3.cn-north-1.amazonaws.com.cn"
      })
  void hosts_that_are_endpoints_carry_the_bucket_in_the_path(String host) {
    assertThat(addressing.isPathStyle(host)).isTrue();
    assertThat(addressing.resolve(host, "/bucket/key")).isEqualTo(address("bucket", "key", false));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bucket.localhost",
        "bucket.s3.amazonaws.com",
        "bucket.s3.eu-west-1.amazonaws.com",
        "bucket.s3-eu-west-1.amazonaws.com",
        "bucket.s3.dualstack.us-west-2.amazonaws.com",
        "bucket.example.com"
      })
  void a_host_below_a_known_endpoint_names_the_bucket(String host) {
    assertThat(addressing.isPathStyle(host)).isFalse();
    assertThat(addressing.resolve(host, "/key")).isEqualTo(address("bucket", "key", true));
  }

  @Test
  void bucket_names_with_dots_survive_virtual_host_addressing() {
    assertThat(addressing.resolve("my.dotted.bucket.localhost", "/k").bucket())
        .isEqualTo("my.dotted.bucket");
    assertThat(addressing.resolve("my.dotted.bucket.s3.us-east-2.amazonaws.com", "/k").bucket())
        .isEqualTo("my.dotted.bucket");
  }

  @Test
  void the_root_of_an_endpoint_is_the_service_and_of_a_bucket_host_the_bucket() {
    assertThat(addressing.resolve("localhost", "/").target()).isEqualTo(S3Address.Target.ROOT);
    assertThat(addressing.resolve("localhost", "/bucket").target())
        .isEqualTo(S3Address.Target.BUCKET);
    assertThat(addressing.resolve("localhost", "/bucket/").target())
        .isEqualTo(S3Address.Target.BUCKET);
    assertThat(addressing.resolve("bucket.localhost", "/").target())
        .isEqualTo(S3Address.Target.BUCKET);
    assertThat(addressing.resolve("bucket.localhost", "/k").target())
        .isEqualTo(S3Address.Target.OBJECT);
  }

  @Test
  void custom_endpoints_are_path_style_and_their_subdomains_are_buckets() {
    config.set(
        Setting.S3_CUSTOM_ENDPOINTS,
        "http://minio.internal:9000, https://ceph.example.org/base, spaces.local:8080, ::bad");
    assertThat(addressing.isPathStyle("minio.internal")).isTrue();
    assertThat(addressing.isPathStyle("ceph.example.org")).isTrue();
    assertThat(addressing.isPathStyle("spaces.local")).isTrue();
    assertThat(addressing.resolve("ceph.example.org", "/b/k")).isEqualTo(address("b", "k", false));
    assertThat(addressing.resolve("photos.minio.internal", "/k"))
        .isEqualTo(address("photos", "k", true));
  }

  @Test
  void ignoring_subdomains_forces_path_style() {
    config.set(Setting.S3_IGNORE_SUBDOMAIN_BUCKETNAME, "true");
    assertThat(addressing.resolve("bucket.localhost", "/other/key"))
        .isEqualTo(address("other", "key", false));
  }

  @Test
  void keys_are_percent_decoded_from_the_raw_path_and_plus_stays_a_plus() {
    assertThat(addressing.resolve("localhost", "/b/a+b%20c%2Bd").key()).isEqualTo("a+b c+d");
    assertThat(addressing.resolve("localhost", "/b/%E2%82%AC/%F0%9F%98%80").key())
        .isEqualTo("€/😀");
    assertThat(addressing.resolve("localhost", "/b/caf\u00e9").key()).isEqualTo("café");
    assertThat(addressing.resolve("localhost", "/b/a%2Fb").key()).isEqualTo("a/b");
  }

  @Test
  void double_slashes_dot_segments_and_trailing_slashes_are_part_of_the_key() {
    assertThat(addressing.resolve("localhost", "/b//x//y").key()).isEqualTo("/x//y");
    assertThat(addressing.resolve("localhost", "/b/../x/./y").key()).isEqualTo("../x/./y");
    assertThat(addressing.resolve("localhost", "/b/dir/").key()).isEqualTo("dir/");
    assertThat(addressing.resolve("bucket.localhost", "//lead").key()).isEqualTo("/lead");
    assertThat(addressing.resolve("bucket.localhost", "/dir/").key()).isEqualTo("dir/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/b/%", "/b/%4", "/b/%zz", "/b/a%G1", "/b/%C3%28", "/%ZZ/k"})
  void a_malformed_escape_is_InvalidURI(String rawPath) {
    assertThatThrownBy(() -> addressing.resolve("localhost", rawPath))
        .isInstanceOfSatisfying(
            AwsException.class,
            e -> {
              assertThat(e.code()).isEqualTo("InvalidURI");
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.getMessage()).isEqualTo("Couldn't parse the specified URI.");
            });
  }

  @Test
  void a_malformed_query_escape_is_InvalidURI() {
    assertThatThrownBy(() -> S3Addressing.checkQuery("prefix=%zz"))
        .isInstanceOfSatisfying(
            AwsException.class, e -> assertThat(e.code()).isEqualTo("InvalidURI"));
    S3Addressing.checkQuery("prefix=a%20b&list-type=2");
  }

  private static S3Address address(String bucket, String key, boolean virtualHosted) {
    return new S3Address(bucket, key, virtualHosted);
  }
}
