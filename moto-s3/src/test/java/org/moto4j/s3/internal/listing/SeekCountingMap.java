package org.moto4j.s3.internal.listing;

import java.util.Collection;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.moto4j.s3.KeyOrder;

/**
 * A bucket's map for tests of {@link ListingPage}: keys in {@link KeyOrder}, each key its own
 * value, every seek counted, and every way of walking the map refused, so a page that scans fails.
 */
final class SeekCountingMap extends TreeMap<String, String> {

  private int seeks;

  SeekCountingMap(Collection<String> keys) {
    super(KeyOrder.INSTANCE);
    keys.forEach(key -> put(key, key));
  }

  /** The seeks since the last call. */
  int takeSeeks() {
    int taken = seeks;
    seeks = 0;
    return taken;
  }

  @Override
  public Map.Entry<String, String> ceilingEntry(String key) {
    seeks++;
    return super.ceilingEntry(key);
  }

  @Override
  public Map.Entry<String, String> higherEntry(String key) {
    seeks++;
    return super.higherEntry(key);
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    throw scan();
  }

  @Override
  public Collection<String> values() {
    throw scan();
  }

  @Override
  public Set<String> keySet() {
    throw scan();
  }

  @Override
  public NavigableSet<String> navigableKeySet() {
    throw scan();
  }

  @Override
  public NavigableMap<String, String> descendingMap() {
    throw scan();
  }

  @Override
  public NavigableMap<String, String> tailMap(String from, boolean inclusive) {
    throw scan();
  }

  @Override
  public SortedMap<String, String> tailMap(String from) {
    throw scan();
  }

  @Override
  public NavigableMap<String, String> subMap(
      String from, boolean fromInclusive, String to, boolean toInclusive) {
    throw scan();
  }

  @Override
  public NavigableMap<String, String> headMap(String to, boolean inclusive) {
    throw scan();
  }

  private static UnsupportedOperationException scan() {
    return new UnsupportedOperationException("a listing page must seek, not walk the bucket");
  }
}
