package org.moto4j.iam.internal.tag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Page;
import org.moto4j.iam.internal.request.Paging;

/**
 * The tags of an IAM resource, immutable, in the order they were added. Keys are case-insensitive
 * but keep the case last given: tagging {@code department=hr} over {@code Department=finance}
 * replaces it, as IAM does for users and roles.
 */
public final class Tags {

  /** No tags. */
  public static final Tags NONE = new Tags(List.of());

  /** The most tags an IAM user or role may carry. */
  public static final int MAX_PER_RESOURCE = 50;

  private final List<Tag> tags;

  private Tags(List<Tag> tags) {
    this.tags = List.copyOf(tags);
  }

  /**
   * Reads a {@code Tags.member.N.Key/Value} list, checking it against the model; {@code null} when
   * absent. Call {@link Validation#check()} and then {@link #of} on the result.
   */
  public static List<Tag> read(Validation validation, String parameter, boolean required) {
    List<Map.Entry<String, String>> pairs =
        validation.tags(
            parameter, IamShapes.TAG_LIST, IamShapes.TAG_KEY, IamShapes.TAG_VALUE, required);
    return pairs == null
        ? null
        : pairs.stream().map(p -> new Tag(p.getKey(), p.getValue())).toList();
  }

  /**
   * The tags of one request.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidInput} when two keys differ only in
   *     case
   */
  public static Tags of(List<Tag> requested) {
    if (requested == null || requested.isEmpty()) {
      return NONE;
    }
    Set<String> seen = new HashSet<>();
    for (Tag tag : requested) {
      if (!seen.add(tag.identity())) {
        throw IamErrors.DUPLICATE_TAG_KEYS.exception();
      }
    }
    return new Tags(requested);
  }

  /** These tags with {@code added} set over them, each replacing the tag of the same key. */
  public Tags with(Tags added) {
    List<Tag> merged = new ArrayList<>(tags);
    for (Tag tag : added.tags) {
      int existing = indexOf(merged, tag.identity());
      if (existing >= 0) {
        merged.set(existing, tag);
      } else {
        merged.add(tag);
      }
    }
    return new Tags(merged);
  }

  /**
   * These tags with {@code added} set over them, at most {@link #MAX_PER_RESOURCE} in all.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code tooMany}, the resource's {@code
   *     LimitExceeded}, past fifty tags
   */
  public Tags with(Tags added, IamErrors tooMany) {
    Tags merged = with(added);
    if (merged.size() > MAX_PER_RESOURCE) {
      throw tooMany.exception(MAX_PER_RESOURCE);
    }
    return merged;
  }

  /** These tags without the given keys (matched case-insensitively); unknown keys are ignored. */
  public Tags without(Collection<String> keys) {
    Set<String> removed = new HashSet<>();
    keys.forEach(key -> removed.add(key.toLowerCase(Locale.ROOT)));
    return new Tags(tags.stream().filter(tag -> !removed.contains(tag.identity())).toList());
  }

  public List<Tag> list() {
    return tags;
  }

  public int size() {
    return tags.size();
  }

  public boolean isEmpty() {
    return tags.isEmpty();
  }

  /** Writes {@code <Tags><member><Key/><Value/></member>…</Tags>}, nothing when empty. */
  public void writeTo(XmlWriter xml) {
    if (!tags.isEmpty()) {
      write(xml, tags);
    }
  }

  /** Writes {@code <Tags>} holding exactly {@code tags}, even none. */
  public static void write(XmlWriter xml, List<Tag> tags) {
    xml.start("Tags");
    for (Tag tag : tags) {
      xml.start("member").element("Key", tag.key()).element("Value", tag.value()).end();
    }
    xml.end();
  }

  /** Writes one page of these tags and whether more follow: a {@code List*Tags} result. */
  public void writePage(XmlWriter xml, Paging paging) {
    Page<Tag> page = paging.page(tags);
    write(xml, page.items());
    page.writeTruncation(xml);
  }

  private static int indexOf(List<Tag> tags, String identity) {
    for (int i = 0; i < tags.size(); i++) {
      if (tags.get(i).identity().equals(identity)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tags other && tags.equals(other.tags);
  }

  @Override
  public int hashCode() {
    return tags.hashCode();
  }

  @Override
  public String toString() {
    return tags.toString();
  }
}
