package org.moto4j.s3;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A bucket's versions beyond its current objects: per key, the noncurrent versions and delete
 * markers, newest first. The bucket's {@link Bucket#objects()} map keeps holding each key's current
 * version when it is an object (so every reader of current objects, listings included, is unchanged
 * and skips keys whose current version is a delete marker); a current delete marker is the newest
 * entry of a key's history while the key has no current object.
 *
 * <p>Every change of a versioned key takes that key's lock (never a bucket-wide one), so the
 * current object and the history move together; a never-versioned bucket never comes here.
 */
public final class BucketVersions {

  /** The length of the version ids this store issues, as AWS's. */
  public static final int VERSION_ID_LENGTH = 32;

  private static final char[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._".toCharArray();

  private static final Pattern VERSION_ID_FORM = Pattern.compile("[A-Za-z0-9._-]{32,36}");

  private final ConcurrentNavigableMap<String, StoredObject> objects;
  private final ConcurrentNavigableMap<String, History> histories =
      new ConcurrentSkipListMap<>(KeyOrder.INSTANCE);

  BucketVersions(ConcurrentNavigableMap<String, StoredObject> objects) {
    this.objects = objects;
  }

  /** A fresh version id: 32 URL-safe characters, unique (192 random bits), like AWS's. */
  public static String newVersionId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    char[] id = new char[VERSION_ID_LENGTH];
    for (int i = 0; i < id.length; i++) {
      id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    return new String(id);
  }

  /**
   * Whether {@code versionId} is in the form of a version id: {@code null}, or 32 to 36 URL-safe
   * characters (AWS's 32, moto's UUIDs), so that an unknown id in that form is NoSuchVersion, and
   * anything else InvalidArgument, as S3 tells them apart.
   */
  public static boolean isWellFormed(String versionId) {
    return "null".equals(versionId) || VERSION_ID_FORM.matcher(versionId).matches();
  }

  /**
   * The version {@code versionId} ({@code "null"} for the null version) of {@code key}: the current
   * object, a noncurrent one or a delete marker.
   */
  public Optional<StoredObject> find(String key, String versionId) {
    return read(key, history -> find(key, versionId, history));
  }

  /**
   * The key's newest version: its current object, else the delete marker that hides it, else empty.
   */
  public Optional<StoredObject> latest(String key) {
    return read(
        key,
        history -> {
          StoredObject current = objects.get(key);
          if (current != null || history == null) {
            return Optional.ofNullable(current);
          }
          return Optional.ofNullable(history.newest()).filter(StoredObject::isDeleteMarker);
        });
  }

  /**
   * Up to {@code limit} versions of {@code key}, newest first, the current one first; after the
   * version {@code afterVersionId} when not null (a listing's version-id-marker).
   *
   * @return the versions, empty when {@code afterVersionId} is not a version of the key
   */
  public List<StoredObject> versionsOf(String key, String afterVersionId, int limit) {
    return read(
        key,
        history -> {
          List<StoredObject> page = new ArrayList<>();
          StoredObject current = objects.get(key);
          Iterable<StoredObject> older = history == null ? List.of() : history.values();
          if (afterVersionId == null) {
            if (current != null) {
              page.add(current);
            }
          } else if (current == null || !current.wireVersionId().equals(afterVersionId)) {
            if (history == null) {
              return page;
            }
            NavigableMap<Long, StoredObject> after = history.after(afterVersionId);
            if (after == null) {
              return page;
            }
            older = after.values();
          }
          for (StoredObject version : older) {
            if (page.size() >= limit) {
              break;
            }
            page.add(version);
          }
          return page.size() > limit ? page.subList(0, limit) : page;
        });
  }

  /** The first key at or after ({@code inclusive}) or strictly after {@code key} with versions. */
  public String nextKey(String key, boolean inclusive) {
    String object = inclusive ? objects.ceilingKey(key) : objects.higherKey(key);
    String history = inclusive ? histories.ceilingKey(key) : histories.higherKey(key);
    if (object == null) {
      return history;
    }
    if (history == null) {
      return object;
    }
    return KeyOrder.INSTANCE.compare(object, history) <= 0 ? object : history;
  }

  /**
   * Whether any noncurrent version or delete marker is left (a bucket holding them is not empty).
   */
  public boolean hasHistory() {
    return !histories.isEmpty();
  }

  /**
   * Makes {@code object} the current version of its key in a versioned bucket: with versioning
   * enabled it gets a new version id and the previous current version becomes noncurrent; while
   * suspended it becomes the {@code null} version, replacing (and releasing) any earlier one.
   *
   * @param check judges the current object (or null) under the key's lock, and may throw to refuse
   *     the write; nothing changes then
   * @return the object as placed, with its version id
   */
  public StoredObject put(
      StoredObject object, VersioningStatus status, Consumer<StoredObject> check) {
    String key = object.key();
    StoredObject placed =
        object.withVersionId(status == VersioningStatus.ENABLED ? newVersionId() : null);
    List<ObjectBody> released = new ArrayList<>();
    write(
        key,
        history -> {
          check.accept(objects.get(key));
          StoredObject previous = objects.put(key, placed);
          retire(history, previous, placed, released);
          return placed;
        });
    released.forEach(ObjectBody::release);
    return placed;
  }

  /**
   * Adds a delete marker as the key's current version (a delete without version id in a versioned
   * bucket): a new id when enabled, the {@code null} marker when suspended.
   *
   * @param check judges the current object (or null) under the key's lock, and may throw to refuse
   * @return the marker
   */
  public StoredObject addDeleteMarker(
      StoredObject marker, VersioningStatus status, Consumer<StoredObject> check) {
    String key = marker.key();
    StoredObject placed =
        marker.withVersionId(status == VersioningStatus.ENABLED ? newVersionId() : null);
    List<ObjectBody> released = new ArrayList<>();
    write(
        key,
        history -> {
          check.accept(objects.get(key));
          StoredObject previous = objects.remove(key);
          retire(history, previous, placed, released);
          history.push(placed);
          return placed;
        });
    released.forEach(ObjectBody::release);
    return placed;
  }

  /**
   * Removes version {@code versionId} of {@code key} for good and releases its body; when it was
   * the current object, the newest remaining version becomes current.
   *
   * @param veto judges the version under the key's lock and may throw to refuse (Object Lock)
   * @return the removed version, empty when there was none by that id
   */
  public Optional<StoredObject> remove(String key, String versionId, Consumer<StoredObject> veto) {
    Optional<StoredObject> removed =
        write(
            key,
            history -> {
              StoredObject current = objects.get(key);
              while (current != null && current.wireVersionId().equals(versionId)) {
                veto.accept(current);
                if (objects.remove(key, current)) {
                  promoteNewest(key, history);
                  return Optional.of(current);
                }
                // Re-tagged meanwhile (the same version, a new record): judge that one.
                current = objects.get(key);
              }
              StoredObject version = history.find(versionId);
              if (version == null) {
                return Optional.<StoredObject>empty();
              }
              veto.accept(version);
              history.remove(versionId);
              promoteNewest(key, history);
              return Optional.of(version);
            });
    removed.ifPresent(version -> version.body().release());
    return removed;
  }

  /**
   * Replaces one version by a record of the same version (new tags, say) sharing its body.
   *
   * @return whether {@code expected} was still that version and was replaced
   */
  public boolean replace(StoredObject expected, StoredObject replacement) {
    String key = expected.key();
    return write(
        key,
        history -> {
          if (objects.get(key) == expected) {
            return objects.replace(key, expected, replacement);
          }
          if (history.find(expected.wireVersionId()) == expected) {
            history.replace(replacement);
            return true;
          }
          return false;
        });
  }

  /** Drops every version (the bucket was deleted or reset) and releases their bodies. */
  void drain() {
    for (var entry = histories.pollFirstEntry();
        entry != null;
        entry = histories.pollFirstEntry()) {
      History history = entry.getValue();
      synchronized (history) {
        history.retired = true;
        history.values().forEach(version -> version.body().release());
      }
    }
  }

  /**
   * Files {@code previous} (the current object just replaced or removed) behind {@code placed}: it
   * becomes noncurrent, unless both are the null version, when it goes for good (as does any older
   * null version when {@code placed} is one).
   */
  private static void retire(
      History history, StoredObject previous, StoredObject placed, List<ObjectBody> released) {
    if (placed.versionId() == null) {
      StoredObject oldNull = history.remove("null");
      if (oldNull != null) {
        released.add(oldNull.body());
      }
    }
    if (previous == null) {
      return;
    }
    if (placed.versionId() == null && previous.versionId() == null) {
      if (previous.body() != placed.body()) {
        released.add(previous.body());
      }
      return;
    }
    history.push(previous);
  }

  /**
   * With no current object left (its version or the marker hiding it removed), the newest remaining
   * version becomes current: an object moves back to the current map; a delete marker stays, hiding
   * the key.
   */
  private void promoteNewest(String key, History history) {
    if (objects.containsKey(key)) {
      return;
    }
    StoredObject newest = history.newest();
    if (newest != null && !newest.isDeleteMarker()) {
      history.remove(newest.wireVersionId());
      objects.put(key, newest);
    }
  }

  private Optional<StoredObject> find(String key, String versionId, History history) {
    StoredObject current = objects.get(key);
    if (current != null && current.wireVersionId().equals(versionId)) {
      return Optional.of(current);
    }
    return history == null ? Optional.empty() : Optional.ofNullable(history.find(versionId));
  }

  /** Runs {@code reader} under the key's lock when the key has a history, with null otherwise. */
  private <T> T read(String key, Function<History, T> reader) {
    while (true) {
      History history = histories.get(key);
      if (history == null) {
        T answer = reader.apply(null);
        if (histories.get(key) == null) {
          return answer;
        }
        // A history appeared meanwhile (a version moved into it): read again under its lock.
        continue;
      }
      synchronized (history) {
        if (!history.retired) {
          return reader.apply(history);
        }
      }
    }
  }

  /** Runs {@code writer} under the key's lock, dropping the key's history once it is empty. */
  private <T> T write(String key, Function<History, T> writer) {
    while (true) {
      History history = histories.computeIfAbsent(key, k -> new History());
      synchronized (history) {
        if (history.retired) {
          continue;
        }
        try {
          return writer.apply(history);
        } finally {
          if (history.isEmpty()) {
            history.retired = true;
            histories.remove(key, history);
          }
        }
      }
    }
  }

  /** One key's noncurrent versions and delete markers, newest first; guarded by its monitor. */
  private static final class History {

    private final NavigableMap<Long, StoredObject> bySequence =
        new TreeMap<>(Comparator.reverseOrder());
    private final Map<String, Long> sequences = new HashMap<>();
    private long nextSequence;
    private boolean retired;

    void push(StoredObject version) {
      remove(version.wireVersionId());
      long sequence = nextSequence++;
      bySequence.put(sequence, version);
      sequences.put(version.wireVersionId(), sequence);
    }

    void replace(StoredObject version) {
      Long sequence = sequences.get(version.wireVersionId());
      bySequence.put(sequence, version);
    }

    StoredObject remove(String versionId) {
      Long sequence = sequences.remove(versionId);
      return sequence == null ? null : bySequence.remove(sequence);
    }

    StoredObject find(String versionId) {
      Long sequence = sequences.get(versionId);
      return sequence == null ? null : bySequence.get(sequence);
    }

    StoredObject newest() {
      var first = bySequence.firstEntry();
      return first == null ? null : first.getValue();
    }

    /** The versions older than {@code versionId}, or null when it is not one of them. */
    NavigableMap<Long, StoredObject> after(String versionId) {
      Long sequence = sequences.get(versionId);
      return sequence == null ? null : bySequence.tailMap(sequence, false);
    }

    Iterable<StoredObject> values() {
      return bySequence.values();
    }

    boolean isEmpty() {
      return bySequence.isEmpty();
    }
  }
}
