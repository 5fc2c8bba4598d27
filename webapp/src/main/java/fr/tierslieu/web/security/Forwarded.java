package fr.tierslieu.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the reverse proxy says of the original request ({@code X-Forwarded-For}, {@code -Proto},
 * {@code -Host}), believed only when the request comes from a trusted proxy
 * ({@code TIERSLIEU_TRUSTED_PROXIES}, default the local one: 127.0.0.1 and ::1). Anybody else
 * could claim any address, which would defeat the login throttle and the audit log.
 */
public final class Forwarded {

    private static final Set<String> TRUSTED =
            parse(System.getenv().getOrDefault("TIERSLIEU_TRUSTED_PROXIES", "127.0.0.1,::1,0:0:0:0:0:0:0:1"));

    private Forwarded() {}

    static Set<String> parse(String list) {
        return Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }

    static boolean trusted(String address) {
        return address != null && TRUSTED.contains(address);
    }

    /** The client's address: the last address of X-Forwarded-For that is not a trusted proxy. */
    public static String clientAddress(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String header = request.getHeader("X-Forwarded-For");
        if (!trusted(remote) || header == null || header.isBlank()) {
            return remote;
        }
        List<String> hops = Arrays.stream(header.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted(hops.get(i))) {
                return hops.get(i);
            }
        }
        return hops.isEmpty() ? remote : hops.get(0);
    }

    /** "https" when a trusted proxy says the original request came over TLS. */
    public static String scheme(HttpServletRequest request) {
        String proto = request.getHeader("X-Forwarded-Proto");
        if (trusted(request.getRemoteAddr())
                && proto != null
                && (proto.equalsIgnoreCase("https") || proto.equalsIgnoreCase("http"))) {
            return proto.toLowerCase(java.util.Locale.ROOT);
        }
        return request.getScheme();
    }
}
