package org.moto4j.sts;

import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moto4j.core.AccountContext;
import org.moto4j.core.AccountId;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;

/**
 * {@code AssumeRoot}: a short privileged session that acts as a member account's root user, scoped
 * by one of AWS's {@code root-task} managed policies.
 */
final class AssumeRoot implements QueryAction {

  private static final Pattern ROOT_ARN =
      Pattern.compile("arn:(aws(?:-[a-z]+)*):iam::(\\d{12}):root");
  private static final Pattern TASK_POLICY_ARN =
      Pattern.compile("arn:aws(?:-[a-z]+)*:iam::aws:policy/root-task/[\\w+=,.@-]+");

  private final TemporaryCredentials credentials;

  @Inject
  AssumeRoot(TemporaryCredentials credentials) {
    this.credentials = credentials;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation input = new Validation(request);
    String target = input.required("TargetPrincipal", StsShapes.TARGET_PRINCIPAL);
    String taskPolicyArn = null;
    if (request.has("TaskPolicyArn.arn")) {
      taskPolicyArn = input.required("TaskPolicyArn.arn", StsShapes.ARN);
    } else {
      input.missing("TaskPolicyArn");
    }
    Integer duration = input.integer("DurationSeconds", StsShapes.ROOT_DURATION);
    input.check();

    String partition = context.partition();
    AccountId account;
    Matcher rootArn = ROOT_ARN.matcher(target);
    if (AccountId.isValid(target)) {
      account = AccountId.of(target);
    } else if (rootArn.matches()) {
      partition = rootArn.group(1);
      account = AccountId.of(rootArn.group(2));
    } else {
      throw StsErrors.VALIDATION.exception(
          "The TargetPrincipal '"
              + target
              + "' is neither a 12-digit account ID nor an account root ARN"
              + " (arn:aws:iam::<account>:root).");
    }
    if (!TASK_POLICY_ARN.matcher(taskPolicyArn).matches()) {
      throw StsErrors.VALIDATION.exception(
          "The TaskPolicyArn '"
              + taskPolicyArn
              + "' is not one of AWS's root-task managed policies"
              + " (arn:aws:iam::aws:policy/root-task/<name>).");
    }

    IssuedCredential credential =
        credentials.issue(
            account,
            account.rootArn(partition),
            account.value(),
            IssuedCredential.Kind.ROOT,
            duration != null ? duration : StsShapes.ROOT_DURATION.max());
    TemporaryCredentials.write(result, credential);
  }
}
