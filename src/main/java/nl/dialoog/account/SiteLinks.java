package nl.dialoog.account;

import nl.dialoog.shared.SharedSettings;

/** Absolute links for places outside a request: the log at start-up, links an administrator passes on. */
final class SiteLinks {

    private SiteLinks() {
    }

    static String to(SharedSettings site, String path) {
        String base = site.baseUrl() == null ? "" : site.baseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
