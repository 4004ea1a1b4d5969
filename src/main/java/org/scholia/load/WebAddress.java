package org.scholia.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A link target as the outputs can hold it. Authors paste addresses with spaces, control
 * characters, character references and a second '#'; an EPUB with such an href fails
 * EPUBCheck (RSC-020) and a PDF link goes nowhere. The address is percent-encoded where RFC
 * 3986 allows no such character, characters no XML document may hold are dropped, and what is
 * still not an address is refused, so that the renderers only ever see valid ones.
 */
final class WebAddress {
    // allowed as they are: unreserved, reserved and '%' (already encoded); anything else is encoded
    private static final String ALLOWED = "-._~:/?#[]@!$&'()*+,;=%";

    private WebAddress() {
    }

    /** The address to write, or empty when even encoded it is no address. */
    static Optional<String> clean(String written) {
        String url = written.strip();
        StringBuilder sb = new StringBuilder(url.length() + 16);
        boolean fragment = false;
        int authority = url.indexOf("://");
        int hostEnd = authority < 0 ? 0 : endOfHost(url, authority + 3);
        for (int i = 0; i < url.length(); ) {
            int at = i;
            int cp = url.codePointAt(i);
            i += Character.charCount(cp);
            if (!XmlChars.allowed(cp)) continue;
            if ((cp == '[' || cp == ']') && at >= hostEnd) {
                sb.append(cp == '[' ? "%5B" : "%5D");  // brackets belong to an IPv6 host only
                continue;
            }
            if (cp == '#' && fragment) {
                sb.append("%23");  // a fragment holds no second '#'
                continue;
            }
            if (cp == '#') fragment = true;
            if (cp == '%' && !encodedAt(url, i - 1)) {
                sb.append("%25");
            } else if (cp < 128 && (Character.isLetterOrDigit(cp) || ALLOWED.indexOf(cp) >= 0)) {
                sb.append((char) cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            }
        }
        String clean = sb.toString();
        try {
            URI uri = new URI(clean);
            if (uri.getScheme() == null) return Optional.empty();
            if (!uri.getScheme().equalsIgnoreCase("mailto") && (uri.getHost() == null || uri.getHost().isEmpty())) {
                return Optional.empty();
            }
            return Optional.of(clean);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Where the host (and port) that starts at {@code from} ends. */
    private static int endOfHost(String url, int from) {
        int i = from;
        while (i < url.length() && "/?#".indexOf(url.charAt(i)) < 0) i++;
        return i;
    }

    private static boolean encodedAt(String s, int i) {
        return i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0;
    }
}
