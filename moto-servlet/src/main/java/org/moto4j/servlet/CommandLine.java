package org.moto4j.servlet;

import java.util.Map;

/** The standalone server's arguments. */
record CommandLine(String host, int port, boolean help) {

  static final String USAGE =
      """
      usage: java -jar moto-standalone.jar [--host HOST] [--port PORT] [--help]

        -H, --host HOST   address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
        -p, --port PORT   port to listen on (default $MOTO_PORT, else 5000; 0 for any free port)
        -h, --help        print this help and exit

      environment (each also a system property, such as -Dmoto.account.id=...):
        MOTO_PORT                          the default port (moto.port)
        MOTO_ACCOUNT_ID                    every request acts in this account (moto.account.id)
        MOTO_DEFAULT_REGION                region of requests that name none, default us-east-1
                                           (moto.default.region)
        MOTO_S3_ALLOW_CROSSACCOUNT_ACCESS  objects in other accounts' buckets may be used
                                           (default true)
        S3_IGNORE_SUBDOMAIN_BUCKETNAME     never read a bucket name from the host (default false)
        MOTO_S3_CUSTOM_ENDPOINTS           comma-separated hosts that are never bucket names
        MOTO_S3_BLOB_MEMORY_THRESHOLD      largest object body kept in memory, in bytes
                                           (default 1048576; larger ones go to temporary files)
        MOTO_S3_RESTORE_DELAY_SECONDS      how long an S3 RestoreObject takes (default 0)
        INITIAL_NO_AUTH_ACTION_COUNT       access control: the first N requests run unchecked,
                                           then every request is authenticated and authorised
        MOTO_IAM_ENFORCE                   access control from the first request (default false)
        MOTO_LOG_LEVEL                     INFO by default; DEBUG logs one line per request

      control plane:
        POST /moto-api/reset               forget everything
        POST /moto-api/accounts/{id}/reset forget one account
        GET  /moto-api/data.json           every resource, per service and model (moto's shape)
        GET  /moto-api/health              {"status":"ok","services":[...]}
        GET  /moto-api/services            the installed services
        GET  /moto-api/accounts            the accounts that sent requests or hold anything
        GET  /moto-api/accounts/{id}/root-credentials  the account root user's keys
        POST /moto-api/reset-auth          body N: restart the INITIAL_NO_AUTH_ACTION_COUNT count""";

  /**
   * Parses {@code --host H}, {@code --host=H}, {@code -H H}, {@code --port P}, {@code -p P}, {@code
   * --help}.
   *
   * @throws IllegalArgumentException on an unknown argument or a bad port
   */
  static CommandLine parse(String[] args, Map<String, String> environment) {
    String host = "127.0.0.1";
    String port = environment.getOrDefault("MOTO_PORT", String.valueOf(MotoServer.DEFAULT_PORT));
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        value = arg.substring(equals + 1);
        arg = arg.substring(0, equals);
      }
      switch (arg) {
        case "--help", "-h" -> help = true;
        case "--host", "-H" -> host = value != null ? value : next(args, ++i, arg);
        case "--port", "-p" -> port = value != null ? value : next(args, ++i, arg);
        default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
      }
    }
    return new CommandLine(host, parsePort(port), help);
  }

  private static String next(String[] args, int index, String name) {
    if (index >= args.length) {
      throw new IllegalArgumentException(name + " needs a value");
    }
    return args[index];
  }

  private static int parsePort(String text) {
    try {
      int port = Integer.parseInt(text.trim());
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("port must be a number from 0 to 65535, got '" + text + "'");
  }
}
