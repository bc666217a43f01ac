package org.moto4j.iam.internal.mfa;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.moto4j.core.AccountId;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.request.Page;
import org.moto4j.iam.internal.request.Paging;
import org.moto4j.iam.internal.tag.Tags;
import org.moto4j.iam.internal.user.User;
import org.moto4j.iam.internal.user.Users;

/**
 * The MFA devices of one account: its virtual devices, and which devices (virtual or hardware) are
 * enabled for which user. Changes hold the account's IAM lock; reads are lock-free.
 */
public final class MfaDevices {

  /** How many MFA devices a user may have enabled, as AWS allows. */
  public static final int MAX_PER_USER = 8;

  private static final Comparator<MfaDevice> OLDEST_FIRST =
      Comparator.comparing(MfaDevice::enableDate).thenComparing(MfaDevice::serialNumber);

  private final AccountId account;
  private final String partition;
  private final Users users;
  private final Clock clock;
  private final Object lock;
  private final NavigableMap<String, VirtualMfaDevice> virtualByKey = new ConcurrentSkipListMap<>();
  private final Map<String, MfaDevice> enabledByKey = new ConcurrentHashMap<>();

  public MfaDevices(AccountId account, String partition, Users users, Clock clock, Object lock) {
    this.account = account;
    this.partition = partition;
    this.users = users;
    this.clock = clock;
    this.lock = lock;
  }

  /**
   * Creates an unassigned virtual device with a new seed.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code EntityAlreadyExists} for a device of the
   *     same path and name
   */
  public VirtualMfaDevice createVirtual(String path, String name, Tags tags) {
    String serial = "arn:" + partition + ":iam::" + account.value() + ":mfa" + path + name;
    synchronized (lock) {
      if (virtualByKey.containsKey(VirtualMfaDevice.key(serial))) {
        throw IamErrors.VIRTUAL_MFA_DEVICE_ALREADY_EXISTS.exception();
      }
      String seed = Totp.newSeed();
      VirtualMfaDevice device =
          new VirtualMfaDevice(
              serial, seed, QrCodePng.of(name, account.value(), seed), clock.instant(), tags);
      virtualByKey.put(VirtualMfaDevice.key(serial), device);
      return device;
    }
  }

  /** The virtual device of this serial number. */
  public Optional<VirtualMfaDevice> findVirtual(String serialNumber) {
    return Optional.ofNullable(virtualByKey.get(VirtualMfaDevice.key(serialNumber)));
  }

  /**
   * The virtual device of this serial number.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity}
   */
  public VirtualMfaDevice getVirtual(String serialNumber) {
    return findVirtual(serialNumber)
        .orElseThrow(() -> IamErrors.NO_SUCH_VIRTUAL_MFA_DEVICE.exception(serialNumber));
  }

  /**
   * Deletes a virtual device.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity}, or {@code DeleteConflict}
   *     while it is enabled for a user
   */
  public void deleteVirtual(String serialNumber) {
    synchronized (lock) {
      VirtualMfaDevice device = getVirtual(serialNumber);
      if (enabledByKey.containsKey(VirtualMfaDevice.key(device.serialNumber()))) {
        throw IamErrors.MFA_DEVICE_IN_USE.exception();
      }
      virtualByKey.remove(VirtualMfaDevice.key(device.serialNumber()));
    }
  }

  /** A page of the virtual devices, by serial number, assigned or not as asked. */
  public Page<VirtualMfaDevice> listVirtual(String assignmentStatus, Paging paging) {
    return paging.page(
        virtualByKey,
        device ->
            switch (assignmentStatus) {
              case "Assigned" -> enabled(device.serialNumber()).isPresent();
              case "Unassigned" -> enabled(device.serialNumber()).isEmpty();
              default -> true;
            });
  }

  /** Every virtual device of the account, by serial number. */
  public Collection<VirtualMfaDevice> allVirtual() {
    return virtualByKey.values();
  }

  /** Every device enabled for a user, virtual or hardware. */
  public Collection<MfaDevice> allEnabled() {
    return enabledByKey.values();
  }

  /** The device of this serial number, if it is enabled for a user. */
  public Optional<MfaDevice> enabled(String serialNumber) {
    return Optional.ofNullable(enabledByKey.get(VirtualMfaDevice.key(serialNumber)));
  }

  /** The devices enabled for the user with this unique id, oldest first. */
  public List<MfaDevice> enabledFor(String userId) {
    return enabledByKey.values().stream()
        .filter(device -> device.userId().equals(userId))
        .sorted(OLDEST_FIRST)
        .toList();
  }

  /**
   * Enables a device for a user. A virtual device of the account must be given two consecutive
   * codes of its seed; any other serial number is taken as a hardware token, whose codes moto4j
   * cannot know and checks for shape only.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} for a user gone since or a
   *     virtual device the account does not have, {@code EntityAlreadyExists} for a device enabled
   *     already, {@code LimitExceeded} past eight devices, or {@code InvalidAuthenticationCode}
   */
  public MfaDevice enable(User user, String serialNumber, String code1, String code2) {
    synchronized (lock) {
      User current = current(user);
      Optional<VirtualMfaDevice> virtual = findVirtual(serialNumber);
      if (virtual.isEmpty() && serialNumber.startsWith("arn:")) {
        throw IamErrors.NO_SUCH_VIRTUAL_MFA_DEVICE.exception(serialNumber);
      }
      String serial = virtual.map(VirtualMfaDevice::serialNumber).orElse(serialNumber);
      if (enabledByKey.containsKey(VirtualMfaDevice.key(serial))) {
        throw IamErrors.MFA_DEVICE_ALREADY_ENABLED.exception();
      }
      if (enabledFor(current.id()).size() >= MAX_PER_USER) {
        throw IamErrors.MFA_DEVICES_PER_USER.exception(MAX_PER_USER);
      }
      checkCodes(virtual, code1, code2);
      MfaDevice device = new MfaDevice(serial, current.id(), clock.instant());
      enabledByKey.put(VirtualMfaDevice.key(serial), device);
      return device;
    }
  }

  /**
   * Resynchronises a device enabled for a user: its next two codes must follow each other.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} when the device is not
   *     enabled for the user, or {@code InvalidAuthenticationCode}
   */
  public void resync(User user, String serialNumber, String code1, String code2) {
    MfaDevice device = enabledFor(user, serialNumber);
    checkCodes(findVirtual(device.serialNumber()), code1, code2);
  }

  /**
   * Disables a device; a virtual device stays in the account, unassigned.
   *
   * @param user the user it must be enabled for, or {@code null} for whichever it is enabled for
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} when it is not enabled (for
   *     that user)
   */
  public void deactivate(User user, String serialNumber) {
    synchronized (lock) {
      MfaDevice device =
          user == null
              ? enabled(serialNumber)
                  .orElseThrow(() -> IamErrors.NO_SUCH_MFA_DEVICE.exception(serialNumber))
              : enabledFor(user, serialNumber);
      enabledByKey.remove(VirtualMfaDevice.key(device.serialNumber()));
    }
  }

  /**
   * The device of this serial number enabled for {@code user}.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} when it is not
   */
  public MfaDevice enabledFor(User user, String serialNumber) {
    return enabled(serialNumber)
        .filter(device -> device.userId().equals(user.id()))
        .orElseThrow(() -> IamErrors.NO_SUCH_MFA_DEVICE.exception(serialNumber));
  }

  /**
   * Sets tags over a virtual device's.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity}, or {@code LimitExceeded}
   *     past fifty tags
   */
  public void tag(String serialNumber, Tags added) {
    synchronized (lock) {
      VirtualMfaDevice device = getVirtual(serialNumber);
      Tags merged = device.tags().with(added, IamErrors.TAGS_PER_MFA_DEVICE);
      virtualByKey.put(VirtualMfaDevice.key(device.serialNumber()), device.withTags(merged));
    }
  }

  /** Removes tags from a virtual device; keys it does not have are ignored. */
  public void untag(String serialNumber, Collection<String> keys) {
    synchronized (lock) {
      VirtualMfaDevice device = getVirtual(serialNumber);
      virtualByKey.put(
          VirtualMfaDevice.key(device.serialNumber()),
          device.withTags(device.tags().without(keys)));
    }
  }

  private void checkCodes(Optional<VirtualMfaDevice> virtual, String code1, String code2) {
    if (virtual.isPresent()
        && !Totp.consecutive(virtual.get().seed(), code1, code2, clock.instant())) {
      throw IamErrors.INVALID_AUTHENTICATION_CODE.exception();
    }
  }

  private User current(User user) {
    return users
        .findById(user.id())
        .orElseThrow(() -> IamErrors.NO_SUCH_USER.exception(user.name()));
  }
}
