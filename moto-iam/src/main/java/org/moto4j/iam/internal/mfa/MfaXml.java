package org.moto4j.iam.internal.mfa;

import java.util.Base64;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.user.UserXml;

/** Writes the model's {@code VirtualMFADevice} and {@code MFADevice} structures. */
final class MfaXml {

  private MfaXml() {}

  /** {@code CreateVirtualMFADevice}'s answer, the only one carrying the seed and QR code. */
  static void writeCreated(XmlWriter xml, VirtualMfaDevice device) {
    Base64.Encoder base64 = Base64.getEncoder();
    xml.start("VirtualMFADevice")
        .element("SerialNumber", device.serialNumber())
        .element("Base32StringSeed", base64.encodeToString(device.seed().getBytes()))
        .element("QRCodePNG", base64.encodeToString(device.qrCodePng()));
    device.tags().writeTo(xml);
    xml.end();
  }

  /** One member of {@code ListVirtualMFADevices}: its user and enable date when assigned. */
  static void writeListed(XmlWriter xml, IamBackend iam, VirtualMfaDevice device) {
    xml.start("member").element("SerialNumber", device.serialNumber());
    iam.mfaDevices()
        .enabled(device.serialNumber())
        .ifPresent(
            enabled -> {
              iam.users()
                  .findById(enabled.userId())
                  .ifPresent(user -> UserXml.write(xml, "User", user, false));
              xml.element("EnableDate", enabled.enableDate());
            });
    device.tags().writeTo(xml);
    xml.end();
  }

  /** The members of an {@code MFADevice}, inside an element the caller opened. */
  static void writeEnabled(XmlWriter xml, IamBackend iam, MfaDevice device) {
    xml.optional("UserName", iam.userName(device.userId()).orElse(null))
        .element("SerialNumber", device.serialNumber())
        .element("EnableDate", device.enableDate());
  }
}
