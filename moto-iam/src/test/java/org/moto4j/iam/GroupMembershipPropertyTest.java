package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import net.jqwik.api.lifecycle.BeforeTry;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;

/**
 * Whatever users join and leave groups, and however groups are renamed, {@code GetGroup} and {@code
 * ListGroupsForUser} tell the same memberships, by name, and those of the other account stay apart.
 */
class GroupMembershipPropertyTest {

  private static final List<String> USERS = List.of("alice", "bob", "carol");
  private static final List<String> GROUPS = List.of("admins", "devs", "ops", "qa");
  private static final String ACCOUNT = "111111111111";
  private static final Pattern GROUP_NAME = Pattern.compile("<GroupName>([^<]+)</GroupName>");
  private static final Pattern USER_NAME = Pattern.compile("<UserName>([^<]+)</UserName>");

  private static final Moto moto = Moto.builder().config(new MotoConfig(Map.of())).build();

  /** One change: add or remove {@code user} in {@code group}, or rename {@code group}. */
  record Change(String kind, String user, String group) {}

  @BeforeTry
  void reset() {
    moto.reset();
  }

  @Property(tries = 25)
  void get_group_and_list_groups_for_user_agree_with_the_changes_made(
      @ForAll("changes") List<Change> changes) {
    USERS.forEach(user -> send(ACCOUNT, "CreateUser", "UserName", user));
    GROUPS.forEach(group -> send(ACCOUNT, "CreateGroup", "GroupName", group));
    send("222222222222", "CreateUser", "UserName", "alice");
    send("222222222222", "CreateGroup", "GroupName", "admins");
    send("222222222222", "AddUserToGroup", "GroupName", "admins", "UserName", "alice");

    Map<String, TreeSet<String>> model = new TreeMap<>();
    List<String> names = new ArrayList<>(GROUPS);
    names.forEach(group -> model.put(group, new TreeSet<>()));
    for (Change change : changes) {
      String group = names.get(GROUPS.indexOf(change.group()));
      switch (change.kind()) {
        case "add" -> {
          send(ACCOUNT, "AddUserToGroup", "GroupName", group, "UserName", change.user());
          model.get(group).add(change.user());
        }
        case "remove" -> {
          send(ACCOUNT, "RemoveUserFromGroup", "GroupName", group, "UserName", change.user());
          model.get(group).remove(change.user());
        }
        default -> {
          String renamed = group + "x";
          send(ACCOUNT, "UpdateGroup", "GroupName", group, "NewGroupName", renamed);
          model.put(renamed, model.remove(group));
          names.set(GROUPS.indexOf(change.group()), renamed);
        }
      }
    }

    for (Map.Entry<String, TreeSet<String>> group : model.entrySet()) {
      String body = send(ACCOUNT, "GetGroup", "GroupName", group.getKey());
      assertThat(all(USER_NAME, body)).containsExactlyElementsOf(group.getValue());
    }
    for (String user : USERS) {
      List<String> expected =
          model.entrySet().stream()
              .filter(group -> group.getValue().contains(user))
              .map(Map.Entry::getKey)
              .toList();
      assertThat(all(GROUP_NAME, send(ACCOUNT, "ListGroupsForUser", "UserName", user)))
          .containsExactlyElementsOf(expected);
    }
    assertThat(all(GROUP_NAME, send("222222222222", "ListGroupsForUser", "UserName", "alice")))
        .containsExactly("admins");
  }

  @Provide
  Arbitrary<List<Change>> changes() {
    Arbitrary<Change> change =
        Combinators.combine(
                Arbitraries.of("add", "add", "remove", "rename"),
                Arbitraries.of(USERS),
                Arbitraries.of(GROUPS))
            .as(Change::new);
    return change.list().ofMaxSize(25);
  }

  private static List<String> all(Pattern pattern, String body) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(body);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static String send(String account, String action, String... parameters) {
    StringBuilder form = new StringBuilder("Action=" + action + "&Version=2010-05-08");
    for (int i = 0; i < parameters.length; i += 2) {
      form.append('&')
          .append(parameters[i])
          .append('=')
          .append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
    }
    MotoResponse response =
        moto.handle(
            MotoRequest.builder("POST", "/")
                .header("Host", "iam.amazonaws.com")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("x-moto-account-id", account)
                .body(form.toString())
                .build());
    String body = body(response);
    assertThat(response.status()).as(body).isEqualTo(200);
    return body;
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
