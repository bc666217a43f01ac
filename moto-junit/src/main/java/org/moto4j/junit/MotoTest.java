package org.moto4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against an embedded moto4j server on a free port, reset before each test.
 * Test methods and lifecycle methods may take a {@link MotoRuntimeInfo} and, when the AWS SDK v2
 * modules are on the classpath, an {@code S3Client}, {@code StsClient} or {@code IamClient} ready
 * to talk to it.
 *
 * <pre>{@code
 * @MotoTest
 * class UploaderTest {
 *   @Test
 *   void uploads(S3Client s3) {
 *     s3.createBucket(b -> b.bucket("reports"));
 *   }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MotoExtension.class)
public @interface MotoTest {}
