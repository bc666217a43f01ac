package org.moto4j.s3.internal.acl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.moto4j.s3.AccessControlList;
import org.moto4j.s3.AccessControlList.Grant;
import org.moto4j.s3.AccessControlList.Grantee;
import org.moto4j.s3.AccessControlList.Permission;

/**
 * Any grants written as {@code x-amz-grant-*} headers, in any of the forms S3 accepts (quoted or
 * not, spaces around commas), read back as the same grants.
 */
class AclHeadersPropertiesTest {

  private static final String[] HEADER = {
    "x-amz-grant-full-control",
    "x-amz-grant-write",
    "x-amz-grant-write-acp",
    "x-amz-grant-read",
    "x-amz-grant-read-acp"
  };

  @Property(tries = 200)
  void grants_written_as_headers_read_back_the_same(
      @ForAll("grants") @Size(min = 1, max = 8) List<Grant> grants,
      @ForAll boolean quoted,
      @ForAll("separators") String separator) {
    Map<String, String> headers = new HashMap<>();
    Map<Permission, List<Grant>> byPermission =
        grants.stream().collect(Collectors.groupingBy(Grant::permission));
    byPermission.forEach(
        (permission, list) ->
            headers.put(
                HEADER[permission.ordinal()],
                list.stream()
                    .map(grant -> form(grant.grantee(), quoted))
                    .collect(Collectors.joining(separator))));

    AccessControlList acl = AclHeaders.parse(headers::get);

    assertThat(acl.canned()).isNull();
    assertThat(acl.grants()).containsExactlyInAnyOrderElementsOf(grants);
  }

  @Provide
  Arbitrary<List<Grant>> grants() {
    Arbitrary<Grantee> users =
        Arbitraries.bytes()
            .array(byte[].class)
            .ofSize(32)
            .map(bytes -> Grantee.user(HexFormat.of().formatHex(bytes)));
    Arbitrary<Grantee> groups =
        Arbitraries.of(
                AccessControlList.ALL_USERS,
                AccessControlList.AUTHENTICATED_USERS,
                AccessControlList.LOG_DELIVERY)
            .map(Grantee::group);
    Arbitrary<Grant> grant =
        Combinators.combine(Arbitraries.oneOf(users, groups), Arbitraries.of(Permission.class))
            .as(Grant::new);
    return grant.list();
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(",", ", ", " , ");
  }

  private static String form(Grantee grantee, boolean quoted) {
    String name = grantee.type() == AccessControlList.GranteeType.Group ? "uri" : "id";
    String value = quoted ? "\"" + grantee.value() + "\"" : grantee.value();
    return name + "=" + value;
  }
}
