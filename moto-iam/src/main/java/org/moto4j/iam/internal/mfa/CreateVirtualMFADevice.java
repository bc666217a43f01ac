package org.moto4j.iam.internal.mfa;

import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.tag.Tag;
import org.moto4j.iam.internal.tag.Tags;

/**
 * {@code CreateVirtualMFADevice}: an unassigned virtual device with a new TOTP seed, answered once
 * as {@code Base32StringSeed} and {@code QRCodePNG}.
 */
public final class CreateVirtualMFADevice implements QueryAction {

  private final IamBackends backends;

  public CreateVirtualMFADevice(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String path = validation.optional("Path", IamShapes.PATH);
    String name = validation.required("VirtualMFADeviceName", IamShapes.VIRTUAL_MFA_DEVICE_NAME);
    List<Tag> tags = Tags.read(validation, "Tags", false);
    validation.check();
    Tags deviceTags = Tags.of(tags);
    VirtualMfaDevice device =
        backends
            .of(context)
            .mfaDevices()
            .createVirtual(path == null ? "/" : path, name, deviceTags);
    MfaXml.writeCreated(result, device);
  }
}
