package org.xingfeng.platform.provisioning.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.junit.jupiter.api.Test;

class UpdateSitesTest {

    private final UpdateSites sites = UpdateSites
            .parse("file:/opt/xingfeng/site, https://UPDATES.example.org:443/xingfeng/\nhttp://10.1.2.3:8080/p2 "
                    + "jar:file:/srv/sites/county.zip!/");

    @Test
    void aConfiguredSiteAndWhatLiesBelowItAreAllowed() {
        assertTrue(sites.allows(URI.create("file:/opt/xingfeng/site")));
        assertTrue(sites.allows(URI.create("file:///opt/xingfeng/site/")));
        assertTrue(sites.allows(URI.create("file:/opt/xingfeng/site/2026-12")));
        assertTrue(sites.allows(URI.create("https://updates.example.org/xingfeng/")));
        assertTrue(sites.allows(URI.create("HTTPS://updates.example.org/xingfeng/release")));
        assertTrue(sites.allows(URI.create("http://10.1.2.3:8080/p2/")));
        assertTrue(sites.allows(URI.create("jar:file:/srv/sites/county.zip!/")));
    }

    @Test
    void anythingElseIsNot() {
        assertFalse(sites.allows(URI.create("file:/opt/xingfeng/site-evil")), "a sibling with the same prefix");
        assertFalse(sites.allows(URI.create("file:/opt/xingfeng/site/../other")), "out of the site by ..");
        assertFalse(sites.allows(URI.create("file:/tmp/site")));
        assertFalse(sites.allows(URI.create("http://updates.example.org/xingfeng/")), "http is not https");
        assertFalse(sites.allows(URI.create("https://updates.example.org:8443/xingfeng/")), "another port");
        assertFalse(sites.allows(URI.create("https://evil.example.org/xingfeng/")));
        assertFalse(sites.allows(URI.create("http://10.1.2.3:8080/p2/../admin")));
        assertFalse(sites.allows(URI.create("jar:file:/srv/sites/other.zip!/")));
        assertFalse(sites.allows(URI.create("ftp://updates.example.org/xingfeng/")));
    }

    @Test
    void nothingConfiguredAllowsNothing() {
        UpdateSites none = UpdateSites.parse("  ");
        assertTrue(none.isEmpty());
        assertFalse(none.allows(URI.create("file:/opt/xingfeng/site")));
        assertTrue(UpdateSites.parse("::bad, ftp://x/").isEmpty(), "what cannot be a site allows nothing");
    }
}
