package org.moto4j.core.protocol;

/**
 * Makes the text an error echoes back (a header, a parameter, a key as the client sent it) safe to
 * carry in XML 1.0: characters XML cannot hold, even escaped (controls other than tab, LF and CR,
 * U+FFFE, U+FFFF, unpaired surrogates), become U+FFFD, so an error about bad input is still a
 * document every client can parse.
 */
final class ErrorText {

  private static final char REPLACEMENT = '\uFFFD';

  private ErrorText() {}

  static String xmlSafe(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder safe = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (ok) {
          if (safe != null) {
            safe.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        ok =
            !Character.isLowSurrogate(c)
                && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                && c != '\uFFFE'
                && c != '\uFFFF';
      }
      if (!ok && safe == null) {
        safe = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (safe != null) {
        safe.append(ok ? c : REPLACEMENT);
      }
    }
    return safe == null ? text : safe.toString();
  }
}
