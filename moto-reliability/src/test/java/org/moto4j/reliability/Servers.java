package org.moto4j.reliability;

import com.google.inject.util.Modules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.blob.BlobStore;
import org.moto4j.core.spi.MotoService;
import org.moto4j.core.spi.ServiceDescriptor;
import org.moto4j.core.spi.ServiceHandler;
import org.moto4j.servlet.MotoServer;

/**
 * Servers for the reliability suites: every service on the classpath, the environment ignored, and
 * S3's blob store replaced by one the test can see into (its directory, its file count) and fail
 * (its {@link DiskSpace}). Objects over 4 KiB spill to files, so the file paths are exercised.
 */
final class Servers {

  /** Objects above this many bytes go to files. */
  static final int MEMORY_THRESHOLD = 4 * 1024;

  private Servers() {}

  /** A started server and the blob store and disk behind its S3. */
  record Started(MotoServer server, BlobStore blobs, DiskSpace disk) implements AutoCloseable {

    /** Files in the blob directory right now, as the file system sees them. */
    long filesOnDisk() {
      if (!Files.isDirectory(blobs.directory())) {
        return 0;
      }
      try (Stream<Path> files = Files.list(blobs.directory())) {
        return files.count();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      server.close();
      server.moto().reset();
    }
  }

  static Started start() {
    return start(MotoServer.builder());
  }

  /** Starts a server from {@code builder} (its limits), serving a Moto built here. */
  static Started start(MotoServer.Builder builder) {
    Moto moto = moto(new DiskSpace());
    return new Started(
        builder.port(0).moto(moto).build().start(),
        moto.injector().getInstance(BlobStore.class),
        disk(moto));
  }

  /** A Moto, no server, with the same blob store arrangement. */
  static Moto moto(DiskSpace disk) {
    BlobStore blobs;
    try {
      Path directory = Files.createTempDirectory("moto4j-reliability-");
      // empty once the suite resets, and then removed when the JVM exits
      directory.toFile().deleteOnExit();
      blobs = new BlobStore(directory, MEMORY_THRESHOLD, disk);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<MotoService> services = new ArrayList<>();
    for (MotoService service : ServiceLoader.load(MotoService.class)) {
      services.add(
          service.descriptor().name().equals("s3") ? withBlobs(service, blobs, disk) : service);
    }
    return Moto.builder().config(new MotoConfig(Map.of())).services(services).build();
  }

  private static DiskSpace disk(Moto moto) {
    return moto.injector().getInstance(DiskSpace.class);
  }

  private static MotoService withBlobs(MotoService s3, BlobStore blobs, DiskSpace disk) {
    return new MotoService() {
      @Override
      public ServiceDescriptor descriptor() {
        return s3.descriptor();
      }

      @Override
      public com.google.inject.Module module() {
        return Modules.override(s3.module())
            .with(
                binder -> {
                  binder.bind(BlobStore.class).toInstance(blobs);
                  binder.bind(DiskSpace.class).toInstance(disk);
                });
      }

      @Override
      public Class<? extends ServiceHandler> handler() {
        return s3.handler();
      }

      @Override
      public java.util.Set<String> queryActions() {
        return s3.queryActions();
      }
    };
  }
}
