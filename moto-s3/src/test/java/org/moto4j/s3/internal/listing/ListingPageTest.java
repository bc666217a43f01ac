package org.moto4j.s3.internal.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moto4j.s3.KeyOrder;

/** The page algorithm shared by ListObjects and ListObjectsV2, on examples, without HTTP. */
class ListingPageTest {

  private static final SeekCountingMap PHOTOS =
      new SeekCountingMap(
          List.of(
              "photos/2006/January/sample.jpg",
              "photos/2006/February/sample2.jpg",
              "photos/2006/February/sample3.jpg",
              "photos/2006/February/sample4.jpg",
              "photos/2007/index.html",
              "readme.txt",
              "videos/a.mp4"));

  @Test
  void a_delimiter_rolls_keys_up_into_common_prefixes_each_counted_once() {
    ListingPage<String> page = ListingPage.read(PHOTOS, "", "/", null, 2);
    assertThat(page.commonPrefixes()).containsExactly("photos/");
    assertThat(page.contents()).containsExactly("readme.txt");
    assertThat(page.truncated()).isTrue();
    assertThat(page.last()).isEqualTo("readme.txt");

    ListingPage<String> next = ListingPage.read(PHOTOS, "", "/", page.last(), 2);
    assertThat(next.commonPrefixes()).containsExactly("videos/");
    assertThat(next.contents()).isEmpty();
    assertThat(next.truncated()).isFalse();
  }

  @Test
  void under_a_prefix_the_delimiter_is_looked_for_after_the_prefix() {
    ListingPage<String> page = ListingPage.read(PHOTOS, "photos/2006/", "/", null, 1000);
    assertThat(page.commonPrefixes())
        .containsExactly("photos/2006/February/", "photos/2006/January/");
    assertThat(page.contents()).isEmpty();
    assertThat(page.size()).isEqualTo(2);
  }

  @Test
  void a_marker_that_is_a_common_prefix_or_inside_one_means_that_group_was_listed() {
    assertThat(ListingPage.read(PHOTOS, "", "/", "photos/", 1000).commonPrefixes())
        .containsExactly("videos/");
    ListingPage<String> inside =
        ListingPage.read(PHOTOS, "", "/", "photos/2006/February/sample3.jpg", 1000);
    assertThat(inside.contents()).containsExactly("readme.txt");
    assertThat(inside.commonPrefixes()).containsExactly("videos/");
  }

  @Test
  void without_a_delimiter_a_marker_inside_a_directory_lists_the_keys_after_it() {
    ListingPage<String> page =
        ListingPage.read(PHOTOS, "photos/", null, "photos/2006/February/sample3.jpg", 1000);
    assertThat(page.contents())
        .containsExactly(
            "photos/2006/February/sample4.jpg",
            "photos/2006/January/sample.jpg",
            "photos/2007/index.html");
  }

  @Test
  void a_marker_before_the_prefix_starts_at_the_prefix_and_one_after_it_lists_nothing() {
    assertThat(ListingPage.read(PHOTOS, "v", null, "a", 10).contents())
        .containsExactly("videos/a.mp4");
    ListingPage<String> none = ListingPage.read(PHOTOS, "photos/", null, "q", 10);
    assertThat(none.size()).isZero();
    assertThat(none.truncated()).isFalse();
    assertThat(none.last()).isNull();
  }

  @Test
  void a_page_that_ends_exactly_at_the_last_entry_is_not_truncated() {
    ListingPage<String> page = ListingPage.read(PHOTOS, "", "/", null, 3);
    assertThat(page.size()).isEqualTo(3);
    assertThat(page.truncated()).isFalse();
  }

  @Test
  void max_keys_zero_is_an_empty_page_that_is_not_truncated() {
    ListingPage<String> page = ListingPage.read(PHOTOS, "", null, null, 0);
    assertThat(page.size()).isZero();
    assertThat(page.truncated()).isFalse();
  }

  @Test
  void a_delimiter_of_several_characters_and_one_beyond_the_bmp_both_group() {
    SeekCountingMap keys =
        new SeekCountingMap(List.of("a::b", "a::c", "a:d", "x😀y", "x😀z", "x😁"));
    assertThat(ListingPage.read(keys, "", "::", null, 10).commonPrefixes()).containsExactly("a::");
    ListingPage<String> emoji = ListingPage.read(keys, "x", "😀", null, 10);
    assertThat(emoji.commonPrefixes()).containsExactly("x😀");
    assertThat(emoji.contents()).containsExactly("x😁");
  }

  @Test
  void keys_beyond_the_bmp_sort_after_every_other_character_as_their_utf8_bytes_do() {
    SeekCountingMap keys = new SeekCountingMap(List.of("a😀", "a\uFFFD", "a\uE000", "ab"));
    assertThat(ListingPage.read(keys, "a", null, null, 10).contents())
        .containsExactly("ab", "a\uE000", "a\uFFFD", "a😀");
  }

  @Test
  void the_end_of_a_group_is_the_prefix_with_its_last_code_point_raised() {
    assertThat(ListingPage.groupEnd("photos/")).isEqualTo("photos0");
    assertThat(ListingPage.groupEnd("a😀")).isEqualTo("a😁");
    assertThat(ListingPage.groupEnd("a\uDBFF\uDFFF")).isEqualTo("b");
    assertThat(ListingPage.groupEnd("\uDBFF\uDFFF")).isNull();
    assertThat(ListingPage.groupEnd("")).isNull();
    assertThat(KeyOrder.INSTANCE.compare("a\uDBFF\uDFFF\uDBFF\uDFFF", "b")).isNegative();
  }

  @Test
  void a_group_of_any_size_costs_one_seek_and_a_page_one_seek_per_entry() {
    List<String> keys = new ArrayList<>();
    for (int dir = 0; dir < 10; dir++) {
      for (int file = 0; file < 10_000; file++) {
        keys.add("dir-" + dir + "/file-" + file);
      }
    }
    SeekCountingMap bucket = new SeekCountingMap(keys);
    bucket.takeSeeks();

    ListingPage<String> grouped = ListingPage.read(bucket, "", "/", null, 1000);
    assertThat(grouped.commonPrefixes()).hasSize(10);
    assertThat(bucket.takeSeeks()).isLessThanOrEqualTo(grouped.size() + 2);

    ListingPage<String> middle = ListingPage.read(bucket, "dir-5/", null, "dir-5/file-5", 1000);
    assertThat(middle.contents()).hasSize(1000).first().isEqualTo("dir-5/file-50");
    assertThat(middle.truncated()).isTrue();
    assertThat(bucket.takeSeeks()).isLessThanOrEqualTo(middle.size() + 2);

    ListingPage<String> insideGroup = ListingPage.read(bucket, "", "/", "dir-3/file-77", 2);
    assertThat(insideGroup.commonPrefixes()).containsExactly("dir-4/", "dir-5/");
    assertThat(bucket.takeSeeks()).isLessThanOrEqualTo(insideGroup.size() + 2);
  }
}
