package fr.tierslieu.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code /w/{slug}/…} leads to a page of this site, never to another one. */
class WorkspaceFilterTest {

    @Test
    void thePageAskedIsKeptWithItsQuery() {
        assertThat(WorkspaceFilter.localTarget("/core/actors/list.xhtml", null)).isEqualTo("/core/actors/list.xhtml");
        assertThat(WorkspaceFilter.localTarget("/core/actors/view.xhtml", "id=12"))
                .isEqualTo("/core/actors/view.xhtml?id=12");
        assertThat(WorkspaceFilter.localTarget(null, null)).isEqualTo("/");
        assertThat(WorkspaceFilter.localTarget("/", null)).isEqualTo("/");
    }

    @Test
    void anAddressABrowserWouldReadAsAnotherHostLeadsToTheDashboard() {
        assertThat(WorkspaceFilter.localTarget("//evil.example/phish", null)).isEqualTo("/");
        assertThat(WorkspaceFilter.localTarget("/\\evil.example/phish", null)).isEqualTo("/");
        assertThat(WorkspaceFilter.localTarget("//evil.example", "a=b")).isEqualTo("/?a=b");
    }
}
