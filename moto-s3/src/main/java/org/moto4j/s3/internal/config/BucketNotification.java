package org.moto4j.s3.internal.config;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.BucketAccess;

/**
 * {@code PUT|GET /bucket?notification}: event notifications to SNS topics, SQS queues, Lambda
 * functions and EventBridge (PutBucketNotificationConfiguration, and the legacy
 * PutBucketNotification with one configuration of each kind). Events must be S3's ({@code s3:…}),
 * destinations ARNs; a configuration without an {@code Id} gets one, as S3 gives it. An empty
 * document removes them all. No event is sent.
 */
public final class BucketNotification extends DocumentConfiguration {

  private static final Map<String, String> DESTINATIONS =
      Map.of(
          "TopicConfiguration", "Topic",
          "QueueConfiguration", "Queue",
          "CloudFunctionConfiguration", "CloudFunction");

  @Inject
  public BucketNotification(BucketAccess access) {
    super(access, kind("notification"), "NotificationConfiguration");
  }

  @Override
  protected XmlNode check(XmlNode document, Bucket bucket, AccountContext context) {
    List<XmlNode> children = new ArrayList<>();
    for (XmlNode child : document.children()) {
      String destination = DESTINATIONS.get(child.name());
      if (destination == null) {
        if (!child.name().equals("EventBridgeConfiguration")) {
          throw S3Errors.MALFORMED_XML.exception();
        }
        children.add(child);
        continue;
      }
      String arn = child.requiredText(destination);
      if (!arn.startsWith("arn:")) {
        throw S3Errors.INVALID_ARGUMENT
            .exception("The ARN is not well formed")
            .with("ArgumentName", destination)
            .with("ArgumentValue", arn);
      }
      List<XmlNode> events = child.children("Event");
      if (events.isEmpty()) {
        throw S3Errors.MALFORMED_XML.exception();
      }
      for (XmlNode event : events) {
        if (event.text() == null || !event.text().startsWith("s3:")) {
          throw S3Errors.INVALID_ARGUMENT
              .exception("The event is not supported for notifications")
              .with("ArgumentName", "Event")
              .with("ArgumentValue", event.text());
        }
      }
      children.add(child.has("Id") ? child : withId(child));
    }
    return XmlNode.parent(document.name(), children);
  }

  @Override
  protected MotoResponse absent(Bucket bucket) {
    return empty();
  }

  /** S3 names an unnamed configuration; the id comes first, as S3 answers it. */
  private static XmlNode withId(XmlNode configuration) {
    List<XmlNode> children = new ArrayList<>();
    children.add(XmlNode.leaf("Id", UUID.randomUUID().toString()));
    children.addAll(configuration.children());
    return new XmlNode(configuration.name(), configuration.attributes(), null, children);
  }
}
