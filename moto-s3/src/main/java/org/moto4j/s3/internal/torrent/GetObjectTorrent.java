package org.moto4j.s3.internal.torrent;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.http.ResponseBody;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.ObjectRestore;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.objects.ExpectedOwners;
import org.moto4j.s3.internal.objects.ObjectRead;
import org.moto4j.s3.internal.objects.ObjectReader;
import org.moto4j.s3.internal.objects.RangeRequest;
import org.moto4j.s3.internal.objects.ReadConditions;

/**
 * {@code GET /bucket/key?torrent}: a {@code .torrent} file describing the object (bencoded, SHA-1
 * hashes of 256 KiB pieces), as S3 documents the operation. S3 stopped seeding over BitTorrent in
 * 2022, so no tracker or peer will serve the pieces: the file is for clients that parse it. Objects
 * of 5 GiB or more, and SSE-C objects, have no torrent.
 */
public final class GetObjectTorrent implements S3Operation {

  /** S3's limit: torrents only for objects under 5 GiB. */
  static final long MAX_SIZE = 5L * 1024 * 1024 * 1024;

  /** The piece length S3's torrents used. */
  static final int PIECE_LENGTH = 256 * 1024;

  /** The tracker S3's torrents named (retired with the feature). */
  static final String ANNOUNCE = "http://tracker.amazonaws.com:6969/announce";

  private final BucketAccess access;
  private final Clock clock;

  @Inject
  public GetObjectTorrent(BucketAccess access, Clock clock) {
    this.access = access;
    this.clock = clock;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.forObjects(request.bucket(), context);
    ExpectedOwners.check(request.header("x-amz-expected-bucket-owner"), bucket);
    try (ObjectRead read =
        ObjectReader.read(bucket, request.key(), ReadConditions.NONE, RangeRequest.whole(), true)) {
      StoredObject object = read.object();
      if (!ObjectRestore.isReadable(object, clock.instant())) {
        throw S3Errors.INVALID_OBJECT_STATE
            .exception()
            .with("StorageClass", object.storageClass().name());
      }
      if (object.encryption().isCustomerKey()) {
        throw S3Errors.TORRENT_OF_ENCRYPTED_OBJECT.exception();
      }
      if (object.size() >= MAX_SIZE) {
        throw S3Errors.TORRENT_TOO_LARGE.exception();
      }
      byte[] torrent = torrent(bucket.name(), object, read);
      String name = fileName(object.key());
      return MotoResponse.status(200)
          .header("Content-Type", "application/x-bittorrent")
          .header("Content-Disposition", "attachment; filename=" + name + ".torrent;")
          .body(ResponseBody.of(torrent));
    }
  }

  private static byte[] torrent(String bucket, StoredObject object, ObjectRead read) {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("length", object.size());
    info.put("name", fileName(object.key()));
    info.put("piece length", PIECE_LENGTH);
    info.put("pieces", pieceHashes(read));
    info.put("x-amz-bucket", bucket);
    info.put("x-amz-key", object.key());
    Map<String, Object> torrent = new LinkedHashMap<>();
    torrent.put("announce", ANNOUNCE);
    torrent.put("info", info);
    return Bencode.encode(torrent);
  }

  /** The SHA-1 of each piece, concatenated, reading the body once as a stream. */
  private static byte[] pieceHashes(ObjectRead read) {
    long size = read.object().size();
    byte[] hashes = new byte[(int) ((size + PIECE_LENGTH - 1) / PIECE_LENGTH) * 20];
    byte[] piece = new byte[PIECE_LENGTH];
    MessageDigest sha1 = sha1();
    try (InputStream in = read.open()) {
      for (int index = 0; index * 20 < hashes.length; index++) {
        int length = in.readNBytes(piece, 0, PIECE_LENGTH);
        sha1.update(piece, 0, length);
        System.arraycopy(sha1.digest(), 0, hashes, index * 20, 20);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return hashes;
  }

  private static String fileName(String key) {
    String trimmed = key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
    String name = trimmed.substring(trimmed.lastIndexOf('/') + 1);
    return name.isEmpty() ? key : name;
  }

  private static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK has no SHA-1", e);
    }
  }
}
