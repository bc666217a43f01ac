package org.moto4j.iam.internal.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.moto4j.iam.internal.tag.Tags;

/**
 * A managed policy, the account's own or AWS's, immutable: a change makes a new value, so readers
 * always see a whole policy.
 *
 * @param name the name, case kept as created
 * @param path the path, {@code /} unless given
 * @param id the unique id ({@code ANPA…})
 * @param arn {@code arn:<partition>:iam::<account or aws>:policy<path><name>}
 * @param description the description, or {@code null}
 * @param createDate when it was created
 * @param defaultVersionId the version in force
 * @param versions its versions, oldest first (at most five for the account's own)
 * @param nextVersion the number of the next version created
 * @param tags its tags
 * @param awsManaged whether AWS owns it (then no account may change it)
 */
public record ManagedPolicy(
    String name,
    String path,
    String id,
    String arn,
    String description,
    Instant createDate,
    String defaultVersionId,
    List<PolicyVersion> versions,
    int nextVersion,
    Tags tags,
    boolean awsManaged) {

  public ManagedPolicy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(createDate, "createDate");
    Objects.requireNonNull(defaultVersionId, "defaultVersionId");
    versions = List.copyOf(versions);
    Objects.requireNonNull(tags, "tags");
  }

  /** The ARN of the account's policy {@code name} at {@code path}. */
  public static String arn(String partition, String owner, String path, String name) {
    return "arn:" + partition + ":iam::" + owner + ":policy" + path + name;
  }

  /** Policy names are unique regardless of case within an account: the key they collide on. */
  public static String nameKey(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /**
   * The key listings sort on: by name whatever its case, then by ARN, since an account's policy may
   * share its name with one of AWS's.
   */
  String sortKey() {
    return nameKey(name) + '\u0000' + arn;
  }

  /** The version in force. */
  public PolicyVersion defaultVersion() {
    return version(defaultVersionId).orElseThrow();
  }

  /** The version {@code versionId}, if the policy has it. */
  public Optional<PolicyVersion> version(String versionId) {
    return versions.stream().filter(v -> v.versionId().equals(versionId)).findFirst();
  }

  /**
   * When it last changed: its creation while it has one version, else the creation of its newest
   * version, as AWS answers {@code UpdateDate}.
   */
  public Instant updateDate() {
    return versions.stream().map(PolicyVersion::createDate).max(Comparator.naturalOrder()).get();
  }

  ManagedPolicy withVersion(PolicyVersion version, boolean asDefault) {
    List<PolicyVersion> more = new ArrayList<>(versions);
    more.add(version);
    return withState(
        asDefault ? version.versionId() : defaultVersionId, more, nextVersion + 1, tags);
  }

  ManagedPolicy withoutVersion(String versionId) {
    return withState(
        defaultVersionId,
        versions.stream().filter(v -> !v.versionId().equals(versionId)).toList(),
        nextVersion,
        tags);
  }

  ManagedPolicy withDefaultVersion(String versionId) {
    return withState(versionId, versions, nextVersion, tags);
  }

  ManagedPolicy withTags(Tags newTags) {
    return withState(defaultVersionId, versions, nextVersion, newTags);
  }

  /** This policy, the same one (name, path, id, ARN, description), in a new state. */
  private ManagedPolicy withState(
      String newDefaultVersionId,
      List<PolicyVersion> newVersions,
      int newNextVersion,
      Tags newTags) {
    return new ManagedPolicy(
        name,
        path,
        id,
        arn,
        description,
        createDate,
        newDefaultVersionId,
        newVersions,
        newNextVersion,
        newTags,
        awsManaged);
  }
}
