package org.moto4j.iam.internal.report;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.moto4j.iam.internal.IamErrors;

/**
 * The service-last-accessed jobs of one account. moto4j computes a job when it is generated, so it
 * is {@code COMPLETED} from the start; it lists the services the entity's policies grant, none of
 * them ever accessed, since moto4j does not track access per service.
 */
public final class AccessReports {

  /** A service an entity's policies grant, as the report names it. */
  public record Service(String namespace, String name) {}

  /**
   * A generated job.
   *
   * @param jobId its id, a UUID
   * @param entityArn the user, group, role or policy reported on
   * @param granularity {@code SERVICE_LEVEL} or {@code ACTION_LEVEL}
   * @param created when it was generated
   * @param services the services granted, by namespace
   */
  public record Job(
      String jobId, String entityArn, String granularity, Instant created, List<Service> services) {

    public Job {
      Objects.requireNonNull(jobId, "jobId");
      Objects.requireNonNull(entityArn, "entityArn");
      Objects.requireNonNull(granularity, "granularity");
      Objects.requireNonNull(created, "created");
      services = List.copyOf(services);
    }
  }

  private final Clock clock;
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();

  public AccessReports(Clock clock) {
    this.clock = clock;
  }

  /** Records a completed job on {@code entityArn}. */
  public Job generate(String entityArn, String granularity, List<Service> services) {
    Job job =
        new Job(UUID.randomUUID().toString(), entityArn, granularity, clock.instant(), services);
    jobs.put(job.jobId(), job);
    return job;
  }

  /**
   * The job with this id.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} when there is none
   */
  public Job get(String jobId) {
    Job job = jobs.get(jobId);
    if (job == null) {
      throw IamErrors.NO_SUCH_ACCESS_JOB.exception(jobId);
    }
    return job;
  }
}
