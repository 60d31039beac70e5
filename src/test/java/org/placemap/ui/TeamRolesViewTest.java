package org.placemap.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placemap.accounts.Role;
import org.placemap.library.ArticleLibrary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The UI's write paths in {@code team} mode, by role: an editor sees and uses "Add articles" and
 * "Delete article"; a reader sees neither, and a delete asked for anyway (a stale page, a forged event)
 * changes nothing and says why; someone not logged in is sent to the login page.
 */
@SpringBootTest(properties = {"placemap.test-context=team-roles-ui", "placemap.security=team",
    "placemap.admin-password=admin-password-1"})
class TeamRolesViewTest {
    private static Routes routes;

    @Autowired
    ApplicationContext context;

    @Autowired
    ArticleLibrary library;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.placemap.ui");
    }

    private void openAs(Role role) {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        if (role != null) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    role.name().toLowerCase(), null, List.of(new SimpleGrantedAuthority(role.authority()))));
        }
        UI.getCurrent().navigate(MapView.class);
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    @Test
    void anEditorSeesTheWriteButtonsAndTheirName() {
        openAs(Role.EDITOR);
        assertThat(_get(Button.class, spec -> spec.withId("add-articles")).isVisible()).isTrue();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("account-name")).getText())
                .isEqualTo("editor (editor)");
        String id = library.articles().getFirst().id();
        UI.getCurrent().navigate("article/" + id);
        assertThat(_get(Button.class, spec -> spec.withId("delete-article")).isVisible()).isTrue();
    }

    @Test
    void aReaderSeesNoWriteButtonsAndADeleteAskedForAnywayChangesNothing() {
        openAs(Role.READER);
        // Karibu finds visible components only: the button is there but hidden
        assertThat(_find(Button.class, spec -> spec.withId("add-articles"))).isEmpty();
        String id = library.articles().getFirst().id();
        UI.getCurrent().navigate("article/" + id);
        assertThat(_find(Button.class, spec -> spec.withId("delete-article"))).isEmpty();

        int before = library.articles().size();
        _get(MapView.class).confirmDelete(id);
        assertThat(library.articles()).hasSize(before);
        NotificationsKt.expectNotifications("Your account (reader) may read but not change the library.");
    }

    @Test
    void someoneNotLoggedInIsSentToTheLoginPage() {
        openAs(null);
        assertThat(_find(LoginView.class)).hasSize(1);
        assertThat(_find(MapView.class)).isEmpty();
    }
}
