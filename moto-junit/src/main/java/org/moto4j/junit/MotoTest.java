package org.moto4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against an embedded moto4j server on a free port. Test and lifecycle methods
 * may take a {@link MotoRuntime} and, when the AWS SDK v2 modules are on the classpath, an {@code
 * S3Client}, {@code S3AsyncClient}, {@code StsClient} or {@code IamClient} ready to talk to it.
 *
 * <pre>{@code
 * @MotoTest
 * class UploaderTest {
 *   @Test
 *   void uploads(S3Client s3) {
 *     s3.createBucket(b -> b.bucket("reports"));
 *   }
 * }
 *
 * @MotoTest(isolation = Isolation.ACCOUNT_PER_TEST, scope = ServerScope.JVM)
 * @Execution(ExecutionMode.CONCURRENT)
 * class ParallelTest { ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MotoExtension.class)
public @interface MotoTest {

  /** How tests are kept apart: reset before each (the default), or a fresh account per test. */
  Isolation isolation() default Isolation.RESET_BEFORE_EACH;

  /** One server per class (the default), or one for the whole run. */
  ServerScope scope() default ServerScope.CLASS;

  /**
   * Whether clients hand requests to moto4j in process, with no server and no socket (needs {@code
   * org.moto4j:moto-inprocess} on the test classpath).
   */
  boolean inProcess() default false;
}
