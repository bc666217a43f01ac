package org.moto4j.sts;

/** A session tag passed to AssumeRole, GetFederationToken or GetWebIdentityToken. */
record SessionTag(String key, String value) {}
